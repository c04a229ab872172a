/**
 * Splits an article into passages: sentences, as Intl.Segmenter finds them, mended where it breaks
 * after an abbreviation ("U.S. President Barack Obama", "Gen. Chang Wanquan" are one sentence), and
 * never across a paragraph break. A sentence longer than MAX_PASSAGE is cut into pieces of at most
 * that. Offsets are UTF-16 into the article text.
 */
export interface Passage {
  from: number;
  to: number;
}

// Titles and abbreviations that end in a full stop but rarely end a sentence in news prose.
const ABBREVIATION = /(?:^|[\s(\u201c"])(?:[A-Z]\.)+$|(?:^|[\s(\u201c"])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Prof|St|Corp|Inc|Ltd|Co|Jr|Sr|No|Vol|vs|Mt|Ft)\.$/;

/**
 * The longest passage, in UTF-16 units. Search ranks each passage with fuse.js, and the draft reads
 * each with regular expressions: a "sentence" of megabytes (a text with no full stop) overflowed the
 * stack in both (fuse.js spreads every match of a word into one call; a lazy `.{12,}?` backtracks
 * through the whole of it). News sentences run to a few hundred characters; a longer run is no
 * sentence anyone reads as one, and is cut, at a space where there is one, into bounded pieces.
 */
export const MAX_PASSAGE = 2000;

let segmenter: Intl.Segmenter | undefined;

/**
 * The passages of `text`, or of its lines from the one at `from` up to `to` (both at line starts or
 * ends): a passage never crosses a line end, so one line's passages are found without the rest of a
 * text of megabytes (resolve.ts, a passage id).
 */
export function splitPassages(text: string, from = 0, to = text.length): Passage[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Passage[] = [];
  // An empty line holds none; asked anyway, the search below would run on through the line ends after it.
  if (from >= to) return out;
  const paragraph = /[^\n]+/g;
  paragraph.lastIndex = from;
  for (let p = paragraph.exec(text); p !== null && p.index < to; p = paragraph.exec(text)) {
    const base = p.index;
    let pending: Passage | null = null;
    for (const seg of segmenter.segment(p[0])) {
      const trimmed = seg.segment.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      if (trimmed.trim().length === 0) continue;
      const piece = { from: base + seg.index + lead, to: base + seg.index + trimmed.length };
      if (pending) pending.to = piece.to;
      else pending = piece;
      if (!ABBREVIATION.test(trimmed)) {
        pushBounded(text, pending, out);
        pending = null;
      }
    }
    if (pending) pushBounded(text, pending, out);
  }
  return out;
}

const SPACE = /\s/;

/** The passage, cut where it is longer than MAX_PASSAGE: at the last space that keeps a piece within it, else at the limit. */
function pushBounded(text: string, p: Passage, out: Passage[]): void {
  let from = p.from;
  while (p.to - from > MAX_PASSAGE) {
    // The first character past the limit may be the space to cut at: the piece is then exactly MAX_PASSAGE.
    let end = from + MAX_PASSAGE;
    while (end > from && !SPACE.test(text[end]!)) end--;
    while (end > from && SPACE.test(text[end - 1]!)) end--;
    // No space to cut at: cut at the limit, never between a surrogate pair's halves.
    if (end === from) {
      end = from + MAX_PASSAGE;
      if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
    }
    out.push({ from, to: end });
    from = end;
    while (from < p.to && SPACE.test(text[from]!)) from++;
  }
  if (from < p.to) out.push({ from, to: p.to });
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
