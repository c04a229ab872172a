/**
 * Splits an article into passages: sentences, as Intl.Segmenter finds them, mended where it breaks
 * after an abbreviation ("U.S. President Barack Obama", "Gen. Chang Wanquan" are one sentence), and
 * never across a paragraph break. Offsets are UTF-16 into the article text.
 */
export interface Passage {
  from: number;
  to: number;
}

// Titles and abbreviations that end in a full stop but rarely end a sentence in news prose.
const ABBREVIATION = /(?:^|[\s(\u201c"])(?:[A-Z]\.)+$|(?:^|[\s(\u201c"])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Prof|St|Corp|Inc|Ltd|Co|Jr|Sr|No|Vol|vs|Mt|Ft)\.$/;

let segmenter: Intl.Segmenter | undefined;

export function splitPassages(text: string): Passage[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Passage[] = [];
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p !== null; p = paragraph.exec(text)) {
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
        out.push(pending);
        pending = null;
      }
    }
    if (pending) out.push(pending);
  }
  return out;
}
