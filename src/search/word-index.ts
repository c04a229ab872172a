/**
 * The words of a large corpus's search documents, and which documents hold each (its postings): what
 * prefilter.ts looks a query up in, so that a search of ten thousand articles reads a few postings
 * instead of scanning 58 million characters.
 *
 * A word is a run of letters and digits of the folded text; the vocabulary is the distinct words in
 * the order first met, and a word's postings are the numbers of the documents holding it, ascending.
 * Built as the documents are made, one pass over each document's text; a word is told apart by a
 * hash of its characters, checked against the word itself, so no string is made for a word already
 * known.
 */

/** Whether a UTF-16 unit is part of a word: ASCII letters and digits, and what lies above Latin-1's punctuation, but for general punctuation, symbols and CJK punctuation. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return false;
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff);
}

/** The words of a text, in order (with repeats). */
export function wordsOf(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isWordUnit(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export interface WordIndex {
  /** The vocabulary, a word a line. */
  list: string;
  /** Word w's postings are postings[starts[w]] … postings[starts[w + 1] - 1]. */
  starts: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Collects the words of each document in turn (documents numbered from 0, in order). Words are found
 * through a table of their own (open addressing on the hash, each slot a word's number + 1) rather
 * than a Map: the 32-bit hashes are mostly beyond V8's small integers, so a Map keyed by them boxed a
 * number for each of millions of words read.
 */
export class WordIndexBuilder {
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly postings: Int32Array[] = [];
  private readonly counts: number[] = [];
  /** The bits of the hash used: all 32, but fewer make collisions common (for the tests). */
  private readonly mask: number;

  constructor(hashBits = 32) {
    this.mask = hashBits >= 32 ? -1 : (1 << hashBits) - 1;
  }

  add(doc: number, s: string): void {
    let start = -1;
    let h = 0;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? s.charCodeAt(i) : 0x20;
      if (isWordUnit(c)) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (start >= 0) {
        this.note(doc, this.wordAt(s, start, i, h & this.mask));
        start = -1;
      }
    }
  }

  /** The number of the word s[from, to), whose hash is h; a new number if the word is new. */
  private wordAt(s: string, from: number, to: number, h: number): number {
    const last = this.slots.length - 1;
    for (let i = h & last; ; i = (i + 1) & last) {
      const w = this.slots[i]! - 1;
      if (w < 0) break;
      if (this.hashes[w] === h && sameWord(this.words[w]!, s, from, to)) return w;
    }
    const w = this.words.length;
    this.words.push(s.slice(from, to));
    this.hashes.push(h);
    this.postings.push(new Int32Array(4));
    this.counts.push(0);
    // At most half full, so a probe meets an empty slot soon.
    if (2 * this.words.length > this.slots.length) this.grow();
    else this.place(w);
    return w;
  }

  private place(w: number): void {
    const last = this.slots.length - 1;
    let i = this.hashes[w]! & last;
    while (this.slots[i] !== 0) i = (i + 1) & last;
    this.slots[i] = w + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let w = 0; w < this.words.length; w++) this.place(w);
  }

  private note(doc: number, w: number): void {
    // Documents come in order, so the last posting tells whether this one has the word already.
    const n = this.counts[w]!;
    let list = this.postings[w]!;
    if (n > 0 && list[n - 1] === doc) return;
    if (n === list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      this.postings[w] = list = grown;
    }
    list[n] = doc;
    this.counts[w] = n + 1;
  }

  /**
   * The vocabulary with where each word's postings start, and a writer of all postings, word after
   * word (as bytes), so they are never copied into one array.
   */
  finish(): { index: WordIndex; postings: (put: (bytes: Uint8Array) => void) => void } {
    const starts = new Int32Array(this.words.length + 1);
    let at = 0;
    this.words.forEach((_, w) => {
      starts[w] = at;
      at += this.counts[w]!;
    });
    starts[this.words.length] = at;
    const postings = (put: (bytes: Uint8Array) => void) => {
      this.postings.forEach((list, w) => put(new Uint8Array(list.buffer, 0, this.counts[w]! * 4)));
    };
    return { index: { list: this.words.join('\n'), starts }, postings };
  }
}

function sameWord(word: string, s: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(from + i)) return false;
  return true;
}
