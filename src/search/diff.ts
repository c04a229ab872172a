/**
 * Word-level differences between a quote as typed and the passage it most resembles: the longest
 * common subsequence of words (quotes are short, so the quadratic table is small). Words compare
 * exactly — a curly versus a straight quote is a difference, which is the point of verifying.
 */
import { fold } from './fold.js';

export type DiffPart = { op: 'same' | 'removed' | 'added'; text: string };

const words = (s: string) => s.split(/(\s+)/).filter((w) => w.length > 0 && !/^\s+$/.test(w));

/** Parts turning `typed` into `source`: `removed` is only in what was typed, `added` only in the source. */
export function diffWords(typed: string, source: string): DiffPart[] {
  const a = words(typed);
  const b = words(source);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts.at(-1);
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  return parts;
}

/** How many words differ: those only typed plus those only in the source. */
export function changedWords(parts: readonly DiffPart[]): number {
  return parts.filter((p) => p.op !== 'same').reduce((n, p) => n + p.text.split(' ').length, 0);
}

const QUOTE_MARK = /['"\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]/;
const DASH = /[-\u2010-\u2014\u2212]/;

/**
 * Where typed and source differ only in typography — curly vs straight quotes, dashes, spacing,
 * case — what differs ("curly vs straight quotes, case"); null when words differ. Such a quote is
 * still not verbatim: published, it would not match the source character for character.
 */
export function typographyOnly(typed: string, source: string): string | null {
  const a = typed.trim().replace(/\s+/g, ' ');
  const b = source.trim().replace(/\s+/g, ' ');
  if (fold(a) !== fold(b)) return null;
  const reasons = new Set<string>();
  const gaps = (x: string) => (x.trim().match(/\s+/g) ?? []).join('|');
  if (gaps(typed) !== gaps(source)) reasons.add('spacing');
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (QUOTE_MARK.test(x) && QUOTE_MARK.test(y)) reasons.add('curly vs straight quotes');
    else if (DASH.test(x) && DASH.test(y)) reasons.add('dashes');
    else if (x.toLowerCase() === y.toLowerCase()) reasons.add('case');
    else reasons.add('spacing');
  }
  return reasons.size > 0 ? [...reasons].join(', ') : null;
}
