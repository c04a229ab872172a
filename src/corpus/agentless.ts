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

/** A cue that is "report" or "reports" and nothing else. */
const BARE_REPORT = /^reports?$/iu;

/**
 * A claim's cue, read where it stands in `text` (the occurrence nearest the claim, at `near`): "report"
 * or "reports" alone names no one as a headline's tag ("…: Report", or a line of its own), but after a
 * word of its line it is that subject's verb ("Mr. Keeler reports", "dealers report", "two out of
 * three report"), and the subject is the source.
 */
export function agentlessCueIn(text: string, cue: string, near: number): string | undefined {
  const words = agentlessCue(cue);
  const toWhom = VERB_TO.test(cue.trim());
  if (words === undefined || (!BARE_REPORT.test(cue.trim()) && !toWhom)) return words;
  let at = -1;
  for (let i = text.indexOf(cue); i !== -1; i = text.indexOf(cue, i + 1)) {
    if (at === -1 || Math.abs(i - near) < Math.abs(at - near)) at = i;
  }
  if (at === -1) return words;
  // "said to Ritchie", "said to him": the one spoken to, not "said to be" (Brown A13).
  if (toWhom) return ADDRESSEE.test(text.slice(at + cue.length, at + cue.length + 40)) ? undefined : words;
  const lineBefore = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return /[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*\s+$/u.test(lineBefore) ? undefined : words;
}

/** A cue that is a verb of saying and "to", nothing else: agentless before a verb ("said to be"), not before whom it was said to. */
const VERB_TO = /^(?:said|reported|described)\s+to$/iu;
/** Whom something is said to: a name (a capital), a pronoun, or a noun phrase with its determiner. */
const ADDRESSEE = /^\s+(?:\p{Lu}|(?:him|her|them|me|us|you|the|a|an|his|her|their|its|my|our|your|this|that|these|those|reporters|newsmen|journalists)\b)/u;

/**
 * The agentless words a writer uses in a span, leaving out what stands in quotation marks: a quoted
 * speaker's own hedge ("what can be considered cyberespionage") is part of what the speaker says.
 */
export function agentlessInSpan(span: string): string | undefined {
  return agentlessCue(span.replace(/\u201c[^\u201d]*\u201d|"[^"]*"/g, '""'));
}
