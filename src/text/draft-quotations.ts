/**
 * The quotations of a draft report (Markdown or plain text), for `gloss verify --in`: text between
 * “ ” or " " marks, and Markdown block quotes, each with its line and column in the draft and the name
 * the draft gives its speaker in the same sentence ("said Walma", "MacKay said", "according to
 * Collins"), if any. A quotation never runs across a blank line, so an unclosed mark cannot swallow
 * the rest of the draft; fenced code blocks are not prose and are skipped.
 */

export interface DraftQuotation {
  /** The words quoted, line breaks inside it (a wrapped Markdown line) read as spaces. */
  quote: string;
  /** 1-based line and column (in code points) of the quotation's first character in the draft. */
  line: number;
  column: number;
  /** Who the draft says spoke the words, as written ("Walma", "Peter MacKay"); null when it does not say. */
  attributedTo: string | null;
  block: boolean;
}

const VERBS = 'said|says|called|calls|told|tells|added|adds|wrote|writes|stated|states|warned|warns|argued|argues|noted|notes|explained|explains|insisted|insists|declared|declares';
// Courtesy and rank titles written before a name ("Mr. Walma", "Dr. Lee", "Sen. Smith"): part of how a
// report names someone, never the name itself; with their full stop they end no sentence.
const HONORIFICS = 'Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Sir|Dame';
// A name: capitalised words (MacKay, O’Brien, Jean-Pierre) and initials ("Michael J. Walma"), after
// a title if any, joined by a space each.
const WORD = String.raw`\p{Lu}[\p{L}'\u2019\-]*`;
const NAME = String.raw`(?:(?:${HONORIFICS})\.?\s+)?${WORD}(?:\s+(?:\p{Lu}\.|${WORD})){0,3}`;
// What a report may put between "said" and the name: a description ending in a word for a position
// ("Global Affairs official Michael Walma", "foreign minister Stéphane Dion").
const POSITIONS =
  'official|spokesman|spokeswoman|spokesperson|minister|secretary|president|director|adviser|advisor|analyst|expert|ambassador|envoy|chief|leader|premier|senator|professor|researcher|economist|chairman|chairwoman|commissioner|aide|executive|officer|lawyer|attorney|mayor|governor|manager|consultant|fellow|diplomat|negotiator|strategist|columnist|editor|reporter|correspondent';
const DESCRIPTION = String.raw`(?:[\p{L}'\u2019\-]+\s+){0,4}?(?:${POSITIONS})\s+`;
const NAME_THEN_VERB = new RegExp(String.raw`(${NAME})\s+(?:${VERBS})\b`, 'gu');
const VERB_THEN_NAME = new RegExp(String.raw`\b(?:${VERBS}|[Aa]ccording to)\s+(?:${DESCRIPTION})?(${NAME})`, 'gu');
const BYLINE = new RegExp(String.raw`^\s*(?:\u2014|\u2013|--|-)\s*(${NAME})`, 'u');
// Capitalised words that stand where a name would but name no one.
const NOT_NAMES = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'You', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'One']);
const TITLE = new RegExp(String.raw`^(?:${HONORIFICS})\.?$`, 'u');
// Capitalised positions before a name ("Foreign Minister Stéphane Dion", "Prime Minister Trudeau"): left out of the name compared.
const POSITION_WORD = new RegExp(String.raw`^(?:${POSITIONS}|prime|foreign|deputy|vice|general|state|defence|defense|public|safety|affairs|global|house|white)$`, 'iu');

function cleanName(found: string): string | null {
  const words = found.split(/\s+/).filter((w) => !NOT_NAMES.has(w) && !TITLE.test(w));
  // Leading words for a position go; the name is what follows them (all of them, where nothing does).
  let first = 0;
  while (first < words.length - 1 && POSITION_WORD.test(words[first]!)) first++;
  const name = words.slice(first);
  return name.length > 0 ? name.join(' ') : null;
}

// The end of a sentence: not the full stop of a title ("Mr.") or of an initial ("J.").
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${HONORIFICS}|\p{Lu}))[.!?](?:\s|$)`, 'u');
const SENTENCE_BREAK = new RegExp(String.raw`(?<!\b(?:${HONORIFICS}|\p{Lu}))[.!?]["\u201d\u2019]?\s+`, 'u');

/** The name nearest the quotation in the text beside it: `before` ends where the quotation opens. */
function speakerIn(before: string, after: string): string | null {
  const sentenceBefore = before.split(SENTENCE_BREAK).at(-1) ?? '';
  const end = after.search(SENTENCE_END);
  const sentenceAfter = end === -1 ? after : after.slice(0, end);
  let best: { name: string; distance: number } | null = null;
  const consider = (name: string | null, distance: number) => {
    if (name !== null && (best === null || distance < best.distance)) best = { name, distance };
  };
  for (const re of [NAME_THEN_VERB, VERB_THEN_NAME]) {
    for (const m of sentenceAfter.matchAll(re)) consider(cleanName(m[1]!), m.index);
    for (const m of sentenceBefore.matchAll(re)) consider(cleanName(m[1]!), sentenceBefore.length - m.index - m[0].length);
  }
  return (best as { name: string } | null)?.name ?? null;
}

const codePoints = (s: string) => [...s].length;

/** Line and column (1-based, code points) of a UTF-16 offset. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: codePoints(before.slice(nl + 1)) + 1 };
}

/** Blanks out fenced code blocks and block quote lines (same length), so inline quotations are not found there. */
function proseOnly(text: string): { prose: string; blocks: { from: number; to: number; lines: { at: number; body: string }[] }[] } {
  const lines = text.split('\n');
  let at = 0;
  let fenced = false;
  const blank = (l: string) => l.replace(/[^\r]/g, ' ');
  const blocks: { from: number; to: number; lines: { at: number; body: string }[] }[] = [];
  const out = lines.map((l) => {
    const start = at;
    at += l.length + 1;
    if (/^\s{0,3}(```|~~~)/.test(l)) {
      fenced = !fenced;
      return blank(l);
    }
    if (fenced) return blank(l);
    const m = /^\s{0,3}>\s?/.exec(l);
    if (!m) return l;
    const body = l.slice(m[0].length).replace(/\r$/, '');
    const last = blocks.at(-1);
    if (last && last.to === start - 1) {
      last.lines.push({ at: start + m[0].length, body });
      last.to = start + l.length;
    } else blocks.push({ from: start, to: start + l.length, lines: [{ at: start + m[0].length, body }] });
    return blank(l);
  });
  return { prose: out.join('\n'), blocks };
}

export function draftQuotations(text: string): DraftQuotation[] {
  const split = proseOnly(text);
  let prose = split.prose;
  // A block quote that holds quotation marks ("> “…,” MacKay said.") is prose quoting someone: its
  // quotations are found as inline ones, with the '>' read as a space.
  const blocks = split.blocks.filter((b) => {
    const raw = text.slice(b.from, b.to);
    if (!/[\u201c"]/.test(raw)) return true;
    prose = prose.slice(0, b.from) + raw.replace(/^(\s{0,3})>/gm, '$1 ') + prose.slice(b.to);
    return false;
  });
  const found: (DraftQuotation & { at: number })[] = [];
  // “…” (either curly mark may close, as sources print it) or "…"; within a paragraph.
  const re = /\u201c([^\u201c\u201d]*)[\u201d\u201c]|"([^"]*)"/g;
  for (let m = re.exec(prose); m !== null; m = re.exec(prose)) {
    const inner = m[1] ?? m[2] ?? '';
    if (/\n\s*\n/.test(inner)) {
      // An unclosed mark: start again just after it.
      re.lastIndex = m.index + 1;
      continue;
    }
    const from = m.index + 1;
    const lead = inner.length - inner.trimStart().length;
    const paraStart = Math.max(0, prose.lastIndexOf('\n\n', m.index) + 1);
    const paraEnd = prose.indexOf('\n\n', m.index + m[0].length);
    const before = prose.slice(paraStart, m.index).replace(/\s+/g, ' ');
    const after = prose.slice(m.index + m[0].length, paraEnd === -1 ? prose.length : paraEnd).replace(/\s+/g, ' ');
    found.push({
      at: from + lead,
      quote: inner.trim().replace(/\s*\n\s*/g, ' '),
      ...lineColumn(text, from + lead),
      attributedTo: speakerIn(before, after),
      block: false,
    });
  }
  for (const b of blocks) {
    const body = b.lines.map((l) => l.body).join(' ').trim().replace(/\s+/g, ' ');
    const first = b.lines.find((l) => l.body.trim() !== '');
    if (!first) continue;
    // A closing line "— Name" attributes the block; otherwise the sentence before it may ("MacKay said:").
    const lastLine = b.lines.at(-1)!.body;
    const byline = BYLINE.exec(lastLine);
    const quote = byline && b.lines.length > 1 ? b.lines.slice(0, -1).map((l) => l.body).join(' ').trim().replace(/\s+/g, ' ') : body;
    const before = text.slice(Math.max(0, text.lastIndexOf('\n\n', b.from - 2) + 1), b.from).replace(/\s+/g, ' ');
    const after = text.slice(b.to + 1, (text.indexOf('\n\n', b.to + 1) + 1 || text.length + 1) - 1).replace(/\s+/g, ' ');
    const at = first.at + (first.body.length - first.body.trimStart().length);
    found.push({
      at,
      quote,
      ...lineColumn(text, at),
      attributedTo: byline ? cleanName(byline[1]!) : speakerIn(before.trim() ? `${before.trim()} ` : '', after),
      block: true,
    });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...q }) => q);
}

/** Words of a quotation, for the three-word floor of `verify --in`. */
export const wordCount = (quote: string) => quote.split(/\s+/).filter(Boolean).length;
