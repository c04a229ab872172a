/**
 * The words of a large corpus's search documents, and which documents hold each (its postings): what
 * prefilter.ts looks a query up in, so that a search of ten thousand articles reads a few postings
 * instead of scanning 58 million characters.
 *
 * A word is a run of letters and digits of the folded text; the vocabulary is the distinct words in
 * the order first met, and a word's postings are the numbers of the documents holding it, ascending.
 * Built as the documents are made, one pass over each document's text; stored in the corpus's
 * database (store/build.ts, table `vocabulary`), a word's postings as one blob of Int32 numbers.
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

/**
 * Collects the words of each document in turn (documents numbered from 0, in order). The words are
 * found in place, never cut out of the text: a hash of each run of word units is taken as it is
 * scanned and looked up in a table of its own, and a word is made a string only the first time it is
 * met. With `wordsOf` and a Map, ten thousand articles' 426,000 documents made some 20 million short
 * strings (for a vocabulary of a thousand words), each hashed again by the Map: 4.7 s of the writer
 * thread's 42 in a profile, and young garbage for its collector.
 */
export class WordPostings {
  /** The vocabulary in the order first met, each word's hash, and its postings (typed arrays grown by doubling: a large corpus has millions). */
  private readonly words: string[] = [];
  private hashes = new Int32Array(64);
  private docs: Int32Array[] = [];
  private counts = new Int32Array(64);
  /** Open addressing: a word's number + 1 at its hash's slot or the next free one; 0 is free. */
  private slots = new Int32Array(1024);

  add(doc: number, s: string): void {
    const n = s.length;
    let start = -1;
    let h = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? s.charCodeAt(i) : 0;
      if (i < n && isWordUnit(c)) {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5;
        }
        h = Math.imul(h ^ c, 0x01000193);
      } else if (start >= 0) {
        this.post(doc, s, start, i, h);
        start = -1;
      }
    }
  }

  /** Each word, in the order first met, with its postings. */
  *entries(): Generator<[string, Int32Array]> {
    for (let w = 0; w < this.words.length; w++) yield [this.words[w]!, this.docs[w]!.subarray(0, this.counts[w])];
  }

  private post(doc: number, s: string, from: number, to: number, h: number): void {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const w = this.slots[at]! - 1;
      if (w < 0) {
        this.slots[at] = this.met(s.slice(from, to), h, doc) + 1;
        if (this.words.length * 2 > this.slots.length) this.rehash();
        return;
      }
      if (this.hashes[w] === h && this.same(this.words[w]!, s, from, to)) {
        const count = this.counts[w]!;
        let docs = this.docs[w]!;
        // Documents come in order, so the last posting tells whether this one has the word already.
        if (docs[count - 1] === doc) return;
        if (count === docs.length) {
          const grown = new Int32Array(count * 2);
          grown.set(docs);
          this.docs[w] = docs = grown;
        }
        docs[count] = doc;
        this.counts[w] = count + 1;
        return;
      }
    }
  }

  private same(word: string, s: string, from: number, to: number): boolean {
    if (word.length !== to - from) return false;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(from + i)) return false;
    return true;
  }

  /** A new word: its number. */
  private met(word: string, h: number, doc: number): number {
    const w = this.words.length;
    if (w === this.hashes.length) {
      const hashes = new Int32Array(w * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const counts = new Int32Array(w * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.words.push(word);
    this.hashes[w] = h;
    this.docs.push(Int32Array.of(doc, 0, 0, 0));
    this.counts[w] = 1;
    return w;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let w = 0; w < this.words.length; w++) {
      let at = this.hashes[w]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = w + 1;
    }
    this.slots = slots;
  }
}
