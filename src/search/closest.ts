/**
 * The stretch of an article closest to a misquote, by words: what `gloss verify` shows when a quote
 * is not verbatim. Character-level nearest matching (corpus/suggest.ts) finds typos and typography
 * but gives up on a paraphrase ("the law of the jungle is very destabilizing"); here the quote's
 * words are aligned, in order, with a window of each paragraph a little longer than the quote, and
 * the window with most words in common wins, trimmed to its first and last common word and widened
 * by as many words as the quote has unmatched before and after them. Words
 * compare folded (case, quotes, dashes) and without punctuation, so "jungle" meets "jungle,".
 */
import { fold } from '../text/fold.js';

interface Alignment {
  length: number;
  first: number;
  last: number;
  /** Indices in the quote of the first and last word matched. */
  qFirst: number;
  qLast: number;
}

interface Word {
  key: string;
  from: number;
  to: number;
}

/** A word's key: folded, without punctuation. */
export function keyOf(token: string): string {
  // Most words of an English text are ASCII, whose key is its letters and digits in lower case: no
  // regular expression for them (a misquote at 10,000 articles keys 7 million words).
  let plain = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80) return fold(token).replace(/[^\p{L}\p{N}]/gu, '');
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) plain = false;
  }
  return plain ? token : token.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = keyOf(m[0]);
    if (key) out.push({ key, from: base + m.index, to: base + m.index + m[0].length });
  }
  return out;
}

/** Longest common subsequence of `a` and `b`, with the indices in `b` of the first and last word it uses. */
function align(a: readonly string[], b: readonly Word[]): Alignment {
  const none: Alignment = { length: 0, first: -1, last: -1, qFirst: -1, qLast: -1 };
  let prev = new Array<Alignment>(b.length + 1).fill(none);
  for (const [i, word] of a.entries()) {
    const cur: Alignment[] = [none];
    for (let j = 0; j < b.length; j++) {
      const diag = prev[j]!;
      if (word === b[j]!.key) {
        cur.push(diag.length === 0 ? { length: 1, first: j, last: j, qFirst: i, qLast: i } : { ...diag, length: diag.length + 1, last: j, qLast: i });
      }
      else cur.push(prev[j + 1]!.length >= cur[j]!.length ? prev[j + 1]! : cur[j]!);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A paragraph of a text, split into words only when asked (`words`): most paragraphs of a corpus
 * share too few words with a misquote to be aligned, and `letters` tells so without splitting them
 * (at 10,000 articles, splitting every paragraph was half of a misquote's verify).
 */
export class Paragraph {
  private split: Word[] | undefined;
  private kept: string | null | undefined;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  words(): readonly Word[] {
    return (this.split ??= words(this.text, this.base));
  }

  /** The paragraph's letters (lettersOf), made once. */
  letters(): string | null {
    if (this.kept === undefined) this.kept = lettersOf(this.text);
    return this.kept;
  }
}

/**
 * A text in lower case with all but ASCII letters, digits and blanks removed: each word whose key
 * (keyOf) is ASCII stands in it whole, so an ASCII key not in it is no word's (keys with other
 * letters are not looked for: `mayShare` counts them as there). Null where lower case changes the
 * text's length ("İ"): fold then keeps such a word's case, and the keys could be missed. ASCII only:
 * the same with every Unicode letter and digit kept took ten times as long.
 */
export function lettersOf(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower.replace(/[^a-z0-9\s]/g, '') : null;
}

/** The last text's letters: one article's, asked by every quote of a draft. */
let lastLetters: { text: string; letters: string | null } = { text: '', letters: '' };

function articleLetters(text: string): string | null {
  if (lastLetters.text !== text) lastLetters = { text, letters: lettersOf(text) };
  return lastLetters.letters;
}

/** A text's paragraphs; made once for all the quotes of a draft (`add`), whose words each is split into once at most. */
export type Paragraphs = Iterable<Paragraph>;

export function paragraphsOf(text: string): Paragraphs {
  return Array.from(eachParagraph(text));
}

/** One paragraph at a time, for one quote. */
function* eachParagraph(text: string): Generator<Paragraph> {
  for (const p of text.matchAll(/[^\n]+/g)) yield new Paragraph(p[0], p.index);
}

/** What a stretch finder gives: the article (as it was given) and the stretch's offsets. */
export interface StretchIn<A> {
  article: A;
  /** UTF-16 offsets into the article text. */
  from: number;
  to: number;
}

/**
 * The closest stretch, looked for in articles given one at a time (so that a large corpus's texts
 * can be read one by one): `add` each article in reading order, then `best`.
 */
export class StretchFinder<A extends { id: string; text: string }> {
  private readonly q: string[];
  private readonly wanted: Set<string>;
  private readonly need: number;
  private readonly span: number;
  /** The quote's distinct keys of ASCII letters and digits, looked for in letters (mayShare); how many others it has. */
  private readonly asciiKeys: string[];
  private readonly otherKeys: number;
  private found: (StretchIn<A> & { common: number; width: number }) | null = null;

  constructor(quote: string) {
    this.q = words(quote).map((w) => w.key);
    this.wanted = new Set(this.q);
    this.need = Math.max(1, Math.ceil(this.q.length / 2));
    this.span = Math.ceil(this.q.length * 1.5) + 2;
    // Longest first: a long word is likelier missing, which ends mayShare soonest.
    this.asciiKeys = [...this.wanted].filter((k) => /^[a-z0-9]+$/.test(k)).sort((a, b) => b.length - a.length);
    this.otherKeys = this.wanted.size - this.asciiKeys.length;
  }

  /** An article, with its words where they were split already (paragraphsOf). */
  add(a: A, paragraphs: Paragraphs = eachParagraph(a.text)): void {
    const { q, wanted, need, span } = this;
    if (q.length === 0) return;
    // A text whose letters hold fewer than `need` of the quote's keys has no paragraph that does.
    if (!this.mayShare(articleLetters(a.text))) return;
    for (const p of paragraphs) {
      // Most paragraphs share too few words to matter: skip them before splitting them into words
      // (fewer than `need` of the quote's keys in their letters), then before aligning anything.
      if (!this.mayShare(p.letters())) continue;
      const ws = p.words();
      let shared: Set<string> | undefined;
      for (const w of ws) if (wanted.has(w.key)) (shared ??= new Set()).add(w.key);
      if ((shared?.size ?? 0) < need) continue;
      for (let s = 0; s < ws.length; s++) {
        if (!wanted.has(ws[s]!.key)) continue;
        const window = ws.slice(s, s + span);
        const { length, first, last, qFirst, qLast } = align(q, window);
        if (length < need) continue;
        const width = last - first + 1;
        const best = this.found;
        if (!best || length > best.common || (length === best.common && width < best.width)) {
          // Widen by the quote's unmatched words at either end, so a changed first or last word
          // shows as a change ("[-crime-] {+criminal+}"), not as a word missing from the source.
          const start = Math.max(0, s + first - qFirst);
          const end = Math.min(ws.length - 1, s + last + (q.length - 1 - qLast));
          this.found = { article: a, from: ws[start]!.from, to: ws[end]!.to, common: length, width };
        }
      }
    }
  }

  /** Whether `letters` (lettersOf) hold `need` of the quote's keys: else no `need` of the words they were made from can be the quote's. */
  private mayShare(letters: string | null): boolean {
    if (letters === null) return true;
    let found = this.otherKeys;
    if (found >= this.need) return true;
    // Each key is a scan of the letters: stop as soon as the answer is known either way.
    let missing = 0;
    const spare = this.wanted.size - this.need;
    for (const key of this.asciiKeys) {
      if (letters.includes(key)) {
        if (++found >= this.need) return true;
      } else if (++missing > spare) return false;
    }
    return false;
  }

  /** The closest stretch of the articles added; null when none shares half the quote's words. */
  best(): (StretchIn<A> & { common: number }) | null {
    if (!this.found) return null;
    const { width: _width, ...stretch } = this.found;
    return stretch;
  }
}
