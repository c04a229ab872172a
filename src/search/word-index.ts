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

/** Collects the words of each document in turn (documents numbered from 0, in order). */
export class WordPostings {
  // Typed arrays grown by doubling, not number[]: a large corpus has millions of postings.
  private readonly lists = new Map<string, { docs: Int32Array; n: number }>();

  add(doc: number, s: string): void {
    for (const word of wordsOf(s)) {
      const list = this.lists.get(word);
      if (!list) {
        this.lists.set(word, { docs: Int32Array.of(doc, 0, 0, 0), n: 1 });
        continue;
      }
      // Documents come in order, so the last posting tells whether this one has the word already.
      if (list.docs[list.n - 1] === doc) continue;
      if (list.n === list.docs.length) {
        const grown = new Int32Array(list.n * 2);
        grown.set(list.docs);
        list.docs = grown;
      }
      list.docs[list.n++] = doc;
    }
  }

  /** Each word, in the order first met, with its postings. */
  *entries(): Generator<[string, Int32Array]> {
    for (const [word, list] of this.lists) yield [word, list.docs.subarray(0, list.n)];
  }
}
