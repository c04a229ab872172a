/**
 * Word-level differences between a quote as typed and the passage it most resembles: the longest
 * common subsequence of words (quotes are short, so the quadratic table is small). Words compare
 * exactly — a curly versus a straight quote is a difference, which is the point of verifying.
 */
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
