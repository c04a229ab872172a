/**
 * Direct quotations: the words inside quotation marks that a speaker is reported to have said, as
 * opposed to a word or phrase quoted inside the writer's own sentence (a mixed quotation, which is
 * part of an indirect claim). A quotation is direct when it opens a paragraph or a sentence, follows
 * a colon or comma, or follows a speech verb within a few words and ends its sentence.
 *
 * News style carries a quotation over paragraphs by leaving the paragraph's mark unclosed and opening
 * the next paragraph with a mark again; such a quotation is found paragraph by paragraph (a claim
 * anchors to one span), each later part `continued`.
 */
import type { Range16 } from './proposal.js';
import { CUE_VERB, VERB_TO_THAT, cueAfter } from './cues.js';

export interface Quotation {
  /** The content: inside the marks, without a trailing comma (a final . ? ! stays). */
  inner: Range16;
  /** From the opening mark to just after the closing one (or the paragraph's end, if unclosed). */
  outer: Range16;
  paragraph: Range16;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continued: boolean;
}

const OPEN = new Set(['\u201c', '"']);
/** A headline run into its paragraph: one to five words, the first capitalised, no punctuation. */
const RUN_IN_HEADLINE = /^\p{Lu}[\p{L}\p{N}'\u2019-]*(?:\s+[\p{L}\p{N}'\u2019-]+){0,4}\s+$/u;

export function paragraphs(text: string): Range16[] {
  const out: Range16[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length > 0) out.push({ from: m.index + lead, to: m.index + lead + body.length });
  }
  return out;
}

/** Every quotation in marks, paragraph by paragraph. */
export function allQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let leftOpen = false;
  const marks = { close: marksAhead(text, '\u201d'), open: marksAhead(text, '\u201c') };
  for (const p of paragraphs(text)) {
    let i = p.from;
    let openedHere = false;
    const unopened = leftOpen ? undefined : unopenedQuotation(text, p, marks);
    if (unopened) {
      out.push(unopened);
      i = unopened.outer.to;
    }
    while (i < p.to) {
      const ch = text[i]!;
      if (!OPEN.has(ch)) {
        i++;
        continue;
      }
      // A straight mark closes with a straight one; a curly one with either curly double mark (one
      // source closes with “ as well).
      const closeAt = ch === '"' ? text.indexOf('"', i + 1) : firstOf(text, ['\u201d', '\u201c'], i + 1);
      const closed = closeAt !== -1 && closeAt < p.to;
      const end = closed ? closeAt : p.to;
      const inner = trimContent(text, { from: i + 1, to: end });
      // A run-in headline may stand before the reopening mark ("Corporate existence “On the other
      // hand, …"): a few words with no stop of their own, the quotation still carried over.
      const continued = leftOpen && !openedHere && (text.slice(p.from, i).trim() === '' || RUN_IN_HEADLINE.test(text.slice(p.from, i)));
      openedHere = true;
      if (inner.to > inner.from) out.push({ inner, outer: { from: i, to: closed ? closeAt + 1 : p.to }, paragraph: p, continued });
      if (!closed) {
        leftOpen = true;
        break;
      }
      leftOpen = false;
      i = closeAt + 1;
    }
    if (!openedHere) leftOpen = false;
  }
  return out;
}

/**
 * A paragraph whose first mark closes a quotation never opened, and a cue follows it ("Rather than …
 * growth\u201d, he said \u201cit …"): a misprint that dropped the opening mark, so the quotation runs from
 * the paragraph's start. Without the comma and cue after it ("\u2026 for welfare\u201d.") the mark is
 * taken for a stray one and no quotation is read.
 */
function unopenedQuotation(text: string, p: Range16, marks: { close: (from: number) => number; open: (from: number) => number }): Quotation | undefined {
  const close = marks.close(p.from);
  const open = marks.open(p.from);
  if (close === -1 || close >= p.to || (open !== -1 && open < close) || text.slice(p.from, close).includes('"')) return undefined;
  if (!/^,\s/.test(text.slice(close + 1, close + 3)) || !cueAfter(text, close + 1, p.to)) return undefined;
  const inner = trimContent(text, { from: p.from, to: close });
  return inner.to > inner.from ? { inner, outer: { from: p.from, to: close + 1 }, paragraph: p, continued: false } : undefined;
}

/**
 * `text.indexOf(mark, from)`, asked from paragraph starts that only move on: the place found is given
 * again until a paragraph starts past it, so each part of the text is searched once. Searched anew
 * from each paragraph, a text with no such mark was read to its end for every one of its paragraphs.
 */
function marksAhead(text: string, mark: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    // What was found from `searchedFrom` stands for any later start it does not lie before.
    if (from < searchedFrom || (found !== -1 && found < from)) {
      found = text.indexOf(mark, from);
      searchedFrom = from;
    }
    return found;
  };
}

function firstOf(text: string, marks: string[], from: number): number {
  const found = marks.map((m) => text.indexOf(m, from)).filter((i) => i !== -1);
  return found.length > 0 ? Math.min(...found) : -1;
}

function trimContent(text: string, r: Range16): Range16 {
  let { from, to } = r;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /[\s,]/.test(text[to - 1]!)) to--;
  return { from, to };
}

/** Words that make a clause of their own between a speech verb and a quotation ("said the plan was “…”"). */
const CLAUSE_WORD = /\b(?:that|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b/i;

/**
 * A speech verb and its "that" right before the mark, or that "that" taken up again after an aside
 * ("said that from his experience …, that “…"): nothing of the reported clause stands outside the marks.
 * The hearer and when, where or how it was said may stand between verb and "that" ("told reporters
 * on Monday that", "said in a statement that"): closed forms (VERB_TO_THAT), none a clause of its own.
 */
const THAT_QUOTE = new RegExp(`\\b(?:${CUE_VERB})${VERB_TO_THAT},?\\s+that(?:\\s+[^!?\u201c\u201d"]{1,160}?,\\s+that)?$`, 'u');

const CUE_IN = new RegExp(`\\b(?:${CUE_VERB})\\b`);

/** Whether a quotation stands as reported speech of its own rather than inside the writer's sentence. */
export function isDirect(text: string, q: Quotation): boolean {
  const before = text.slice(q.paragraph.from, q.outer.from);
  const trimmed = before.trimEnd();
  if (q.continued) return true;
  // "(\u201cI hope Roger hits 80\u201d, Mantle says), and each enjoys … (\u201cand I hope I hit 81\u201d)": a pair
  // of marks alone in parentheses, going on in lower case with "and" or "but" from a direct quotation
  // earlier in its paragraph, is more of the same speaker's words (guidelines call 79), not a phrase
  // of the writer's.
  if (trimmed.endsWith('(') && /^\)/.test(text.slice(q.outer.to)) && /^(?:and|but)\s/.test(text.slice(q.inner.from, q.inner.to))) {
    if (allQuotations(text).some((o) => o.paragraph.from === q.paragraph.from && o.outer.to <= q.outer.from && isDirect(text, o))) return true;
  }
  // A run-in headline in marks opening its paragraph ("“Of highest value” The fact that …"): a few
  // words, no stop of their own, and the paragraph's sentence starting right after the closing mark.
  const inner0 = text.slice(q.inner.from, q.inner.to);
  if (trimmed === '' && !/[.!?,;:]$/.test(inner0) && inner0.split(/\s+/).length <= 6 && /^\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(text.slice(q.outer.to, q.paragraph.to)) && !cueAfter(text, q.outer.to, q.paragraph.to)) return false;
  if (trimmed === '' || /[:,.!?\u201d"]/.test(trimmed.at(-1)!)) return true;
  const after = text.slice(q.outer.to, q.paragraph.to);
  // A whole sentence quoted and then attributed ("… “The plan will fail,” the mayor said."), whatever
  // stands before it without a full stop (a headline run into the paragraph): it opens with a capital,
  // has a few words, and a comma, ? or ! at its close hands it to a cue.
  const inner = text.slice(q.inner.from, q.inner.to);
  const handedOn = /^,/.test(after) || /[,!?]\s*$/.test(text.slice(q.inner.from, q.outer.to - 1));
  if (/^\p{Lu}/u.test(inner) && inner.split(/\s+/).length >= 3 && handedOn && cueAfter(text, q.outer.to, q.paragraph.to)) return true;
  if (interruptedByCue(text, q)) return true;
  // "MacKay said he encouraged China “to become …”": a speech verb a few words before, nothing between
  // it and the mark that makes a clause of its own (the quotation is then only the end of a reported
  // clause, a mixed quotation: "He said evidence was obtained “in violation …”"), and the quotation
  // ends the sentence.
  // "He cautioned that “…”.", "He said that, from his experience, that “…”.": the quotation is the
  // whole content of the reported clause (guidelines call 5), so direct, where it ends the sentence.
  if (trimmed.endsWith('that') && THAT_QUOTE.test(trimmed) && endsSentence(text.slice(q.outer.to, q.paragraph.to), text.slice(q.inner.from, q.inner.to))) return true;
  // "he said the odds favor higher rates, but “there is reason to believe …”": a clause of its own in
  // marks, joined by "but" or "and" to what a cue in its sentence reports, and ending the sentence, is
  // the same speaker's direct quotation (guidelines call 152).
  const sentenceBefore = () => trimmed.split(/[.!?]\s+(?=\p{Lu})/u).at(-1)!;
  if (commaThenButOrAnd(trimmed) && CUE_IN.test(sentenceBefore()) && CLAUSE_WORD.test(text.slice(q.inner.from, q.inner.to)) && endsSentence(text.slice(q.outer.to, q.paragraph.to), text.slice(q.inner.from, q.inner.to))) return true;
  const near = lastWords(trimmed, 4);
  const verbs = [...near.matchAll(new RegExp(`\\b(?:${CUE_VERB}|asked|called)\\b`, 'g'))];
  if (verbs.length === 0) return false;
  const lastVerb = verbs.at(-1)!;
  if (CLAUSE_WORD.test(near.slice(lastVerb.index + lastVerb[0].length))) return false;
  return endsSentence(after, inner);
}

// The words before a quotation run from its paragraph's start: what isDirect asks of their end is read
// from the end, as a paragraph of thousands of quotations would be read for each of them.

/** `/,\s+(?:but|and)$/.test(s)`. */
function commaThenButOrAnd(s: string): boolean {
  if (!s.endsWith('but') && !s.endsWith('and')) return false;
  let at = s.length - 3;
  while (at > 0 && /\s/.test(s[at - 1]!)) at--;
  return at < s.length - 3 && s[at - 1] === ',';
}

/** `s.split(/\s+/).slice(-n).join(' ')`. */
function lastWords(s: string, n: number): string {
  let at = s.length;
  for (let count = 1; at > 0; count++) {
    while (at > 0 && !/\s/.test(s[at - 1]!)) at--;
    if (count === n) return s.slice(at).split(/\s+/).join(' ');
    while (at > 0 && /\s/.test(s[at - 1]!)) at--;
  }
  return s.split(/\s+/).slice(-n).join(' ');
}

/**
 * A cue set between two pairs of marks with a comma on each side ("… hospitality “and, when guests
 * arrive”, says Mrs. Grinsfelder, “that is exactly what we expect”.") interrupts one quotation
 * (guidelines call 66): the speaker's words run on across the cue, so the part before it is theirs
 * too, even where it opens in lower case inside the writer's sentence. A phrase of the writer's in
 * marks is not followed by a cue and a second pair of marks.
 */
function interruptedByCue(text: string, q: Quotation): boolean {
  const after = text.slice(q.outer.to, q.paragraph.to);
  // The cue may hold a title's stop ("says Mrs. Okafor"), never a quotation mark or a clause's end.
  const between = /^,\s+([^\u201c\u201d"!?;:]{1,80}?),\s*[\u201c"]/.exec(after);
  if (!between) return false;
  const cue = cueAfter(text, q.outer.to, q.outer.to + between[0].length);
  return cue !== undefined && cue.subject.to <= q.outer.to + between[0].length;
}

/** Whether a quotation ends its sentence: nothing but a stop after it, or a new sentence, or a stop inside. */
function endsSentence(after: string, inner: string): boolean {
  return /^[.!?]?\s*$/.test(after) || /^[.!?]?\s+\p{Lu}/u.test(after) || /[.!?]$/.test(inner);
}
