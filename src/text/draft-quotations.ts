/**
 * The quotations of a draft report (Markdown or plain text), for `gloss verify --in`: text between
 * “ ” or " " marks, and Markdown block quotes, each with its line and column in the draft and the name
 * the draft gives its speaker in the same sentence ("said Walma", "MacKay said", "according to
 * Collins"), if any. A quotation never runs across a blank line, so an unclosed mark cannot swallow
 * the rest of the draft; fenced code blocks are not prose and are skipped.
 */

import { OffsetMap } from './offsets.js';
import { countBelow } from './sorted.js';

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

// The end of a sentence, or of a clause after a semicolon (a second speaker's: "MacKay said …; Walma
// called it “timely”"): not the full stop of a title ("Mr.") or of an initial ("J.").
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${HONORIFICS}|\p{Lu}))[.!?;](?:\s|$)`, 'u');
const SENTENCE_BREAK = new RegExp(String.raw`(?<!\b(?:${HONORIFICS}|\p{Lu}))[.!?;]["\u201d\u2019]?\s+`, 'u');

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
    for (const m of sentenceBefore.matchAll(re)) {
      // Before the quotation, "said Walma" names the speaker where the name ends the clause ("said
      // Walma: “…”", "according to Collins, “…”"); "MacKay said China should become “…”" reports what
      // China should do, in MacKay's words: there the name after "said" is the reported clause's subject.
      const rest = sentenceBefore.slice(m.index + m[0].length);
      if (re === VERB_THEN_NAME && !/^\s*(?:[,:(\u2014\u2013]|$)/.test(rest)) continue;
      consider(cleanName(m[1]!), sentenceBefore.length - m.index - m[0].length);
    }
  }
  return (best as { name: string } | null)?.name ?? null;
}

/**
 * Where each '\n\n' starts in `text`, ascending, for the paragraph around a quotation: looked for from
 * each quotation (lastIndexOf, indexOf), a draft with no blank line was scanned whole per quotation.
 * Block quotes are blanked out and marks replaced without moving a line end, so `text` and its prose
 * have the same ones.
 */
function blankLines(text: string): number[] {
  const at: number[] = [];
  for (let p = text.indexOf('\n\n'); p !== -1; p = text.indexOf('\n\n', p + 1)) at.push(p);
  return at;
}

/** text.lastIndexOf('\n\n', at), from blankLines (offsets are whole numbers: at most `at` is below at + 1). */
const blankAtOrBefore = (blanks: readonly number[], at: number) => blanks[countBelow(blanks, at + 1) - 1] ?? -1;
/** text.indexOf('\n\n', at), from blankLines. */
const blankAtOrAfter = (blanks: readonly number[], at: number) => blanks[countBelow(blanks, at)] ?? -1;

/**
 * The text a speaker is looked for in, beside a quotation: at most this many characters of its paragraph
 * on each side (a name is in the sentence next to the quotation), cut at a blank so no word is halved.
 * The whole paragraph, in a draft of one paragraph, was the whole draft for every quotation.
 */
const CONTEXT = 2000;

function contextBefore(text: string, from: number, to: number): string {
  if (to - from <= CONTEXT) return text.slice(from, to);
  const cut = text.slice(to - CONTEXT, to);
  return cut.slice(cut.search(/\s/) + 1);
}

function contextAfter(text: string, from: number, to: number): string {
  if (to - from <= CONTEXT) return text.slice(from, to);
  const cut = text.slice(from, from + CONTEXT);
  const blank = cut.search(/\s\S*$/);
  return blank === -1 ? cut : cut.slice(0, blank);
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
  return scanDraft(text).quotations;
}

/**
 * The quotations of a draft, and where a curly opening mark is never closed in its paragraph (a
 * quotation carried over paragraphs, “ opening each and ” closing the last, or a slip): those words
 * are not checked, and `verify --in` says so at each place rather than pass over them.
 */
export function scanDraft(text: string): { quotations: DraftQuotation[]; unclosed: { line: number; column: number }[] } {
  const split = proseOnly(text);
  // A block quote that holds quotation marks ("> “…,” MacKay said.") is prose quoting someone: its
  // quotations are found as inline ones, with the '>' read as a space. Joined once: spliced into the
  // prose one block at a time, the draft was copied whole for each.
  const pieces: string[] = [];
  let kept = 0;
  const blocks = split.blocks.filter((b) => {
    const raw = text.slice(b.from, b.to);
    if (!/[\u201c"]/.test(raw)) return true;
    pieces.push(split.prose.slice(kept, b.from), raw.replace(/^(\s{0,3})>/gm, '$1 '));
    kept = b.to;
    return false;
  });
  pieces.push(split.prose.slice(kept));
  const prose = pieces.join('');
  const blanks = blankLines(text);
  const found: (Omit<DraftQuotation, 'line' | 'column'> & { at: number })[] = [];
  // The curly marks that open or close a quotation found; any other “ is one never closed.
  const paired = new Set<number>();
  // “…” (either curly mark may close, as sources print it) or "…"; within a paragraph.
  const re = /\u201c([^\u201c\u201d]*)[\u201d\u201c]|"([^"]*)"/g;
  for (let m = re.exec(prose); m !== null; m = re.exec(prose)) {
    const inner = m[1] ?? m[2] ?? '';
    if (/\n\s*\n/.test(inner)) {
      // An unclosed mark: start again just after it.
      re.lastIndex = m.index + 1;
      continue;
    }
    paired.add(m.index).add(m.index + m[0].length - 1);
    const from = m.index + 1;
    const lead = inner.length - inner.trimStart().length;
    const end = m.index + m[0].length;
    const paraStart = Math.max(0, blankAtOrBefore(blanks, m.index) + 1);
    const paraEnd = blankAtOrAfter(blanks, end);
    const before = contextBefore(prose, paraStart, m.index).replace(/\s+/g, ' ');
    const after = contextAfter(prose, end, paraEnd === -1 ? prose.length : paraEnd).replace(/\s+/g, ' ');
    // A line "— Name" right after the closing mark (a block quote in marks, read as prose) names the speaker.
    const byline = BYLINE.exec(after);
    found.push({
      at: from + lead,
      quote: inner.trim().replace(/\s*\n\s*/g, ' '),
      attributedTo: byline ? cleanName(byline[1]!) : speakerIn(before, after),
      block: false,
    });
  }
  const unclosedAt: number[] = [];
  for (let at = prose.indexOf('\u201c'); at !== -1; at = prose.indexOf('\u201c', at + 1)) if (!paired.has(at)) unclosedAt.push(at);
  for (const b of blocks) {
    const body = b.lines.map((l) => l.body).join(' ').trim().replace(/\s+/g, ' ');
    const first = b.lines.find((l) => l.body.trim() !== '');
    if (!first) continue;
    // A closing line "— Name" attributes the block; otherwise the sentence before it may ("MacKay said:").
    const lastLine = b.lines.at(-1)!.body;
    const byline = BYLINE.exec(lastLine);
    const quote = byline && b.lines.length > 1 ? b.lines.slice(0, -1).map((l) => l.body).join(' ').trim().replace(/\s+/g, ' ') : body;
    const before = contextBefore(text, Math.max(0, blankAtOrBefore(blanks, b.from - 2) + 1), b.from).replace(/\s+/g, ' ');
    const after = contextAfter(text, b.to + 1, (blankAtOrAfter(blanks, b.to + 1) + 1 || text.length + 1) - 1).replace(/\s+/g, ' ');
    const at = first.at + (first.body.length - first.body.trimStart().length);
    found.push({
      at,
      quote,
      attributedTo: byline ? cleanName(byline[1]!) : speakerIn(before.trim() ? `${before.trim()} ` : '', after),
      block: true,
    });
  }
  found.sort((a, b) => a.at - b.at);
  // Line and column from the text's line starts, found once (offsets.ts): counted from the draft's
  // start for each quotation, a draft of 40,000 quotations took hours.
  const offsets = new OffsetMap(text);
  return {
    quotations: found.map(({ at, ...q }) => ({ quote: q.quote, ...offsets.lineColumn(at), attributedTo: q.attributedTo, block: q.block })),
    unclosed: unclosedAt.map((at) => offsets.lineColumn(at)),
  };
}

/** Words of a quotation, for the three-word floor of `verify --in`. */
export const wordCount = (quote: string) => quote.split(/\s+/).filter(Boolean).length;
