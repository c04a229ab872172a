/**
 * Agentless and evidential attributions: words that present a proposition as someone's without
 * saying whose ("is expected", "was described as", "are frequently seen as", "allegedly", "billed
 * as", ": Report"). A claim attributed by such words belongs to an unspecified source, not to the
 * writer who reports it nor to the nearest speaker (GUIDELINES §7), so `gloss check` looks for them
 * in every claim's cue and span.
 */
const PASSIVE_VERBS = 'expected|described|seen|believed|thought|said|reported|alleged|considered|billed|regarded|understood|rumou?red|claimed|known|viewed|perceived';
const AGENTLESS = new RegExp(
  [
    String.raw`\b(?:allegedly|reportedly|purportedly|supposedly|reputedly|ostensibly)\b`,
    String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?(?:${PASSIVE_VERBS})\b(?!\s+by\b)`,
    String.raw`^(?:${PASSIVE_VERBS})\s+(?:as|to)\b`,
    // A headline relaying an unnamed report ("Dragon Hack Attack on …: Report"), or that cue alone.
    String.raw`(?:^|:\s*)reports?$`,
  ].join('|'),
  'iu',
);

/** The agentless words in a claim's cue or span, or undefined when it has none. */
export function agentlessCue(text: string): string | undefined {
  return AGENTLESS.exec(text.trim())?.[0];
}

/**
 * The agentless words a writer uses in a span, leaving out what stands in quotation marks: a quoted
 * speaker's own hedge ("what can be considered cyberespionage") is part of what the speaker says.
 */
export function agentlessInSpan(span: string): string | undefined {
  return agentlessCue(span.replace(/\u201c[^\u201d]*\u201d|"[^"]*"/g, '""'));
}
