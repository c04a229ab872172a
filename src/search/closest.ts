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

export interface Stretch {
  article: string;
  /** UTF-16 offsets into the article text. */
  from: number;
  to: number;
  /** Words of the quote found, in order, in the stretch. */
  common: number;
}

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

function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const key = fold(m[0]).replace(/[^\p{L}\p{N}]/gu, '');
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

export function closestStretch(articles: readonly { id: string; text: string }[], quote: string): Stretch | null {
  const q = words(quote).map((w) => w.key);
  if (q.length === 0) return null;
  const wanted = new Set(q);
  const need = Math.max(1, Math.ceil(q.length / 2));
  const span = Math.ceil(q.length * 1.5) + 2;
  let best: (Stretch & { width: number }) | null = null;
  for (const a of articles) {
    for (const p of a.text.matchAll(/[^\n]+/g)) {
      const ws = words(p[0], p.index);
      // Most paragraphs share too few words to matter: skip them before aligning anything.
      if (new Set(ws.filter((w) => wanted.has(w.key)).map((w) => w.key)).size < need) continue;
      for (let s = 0; s < ws.length; s++) {
        if (!wanted.has(ws[s]!.key)) continue;
        const window = ws.slice(s, s + span);
        const { length, first, last, qFirst, qLast } = align(q, window);
        if (length < need) continue;
        const width = last - first + 1;
        if (!best || length > best.common || (length === best.common && width < best.width)) {
          // Widen by the quote's unmatched words at either end, so a changed first or last word
          // shows as a change ("[-crime-] {+criminal+}"), not as a word missing from the source.
          const start = Math.max(0, s + first - qFirst);
          const end = Math.min(ws.length - 1, s + last + (q.length - 1 - qLast));
          best = { article: a.id, from: ws[start]!.from, to: ws[end]!.to, common: length, width };
        }
      }
    }
  }
  if (!best) return null;
  const { width: _width, ...stretch } = best;
  return stretch;
}
