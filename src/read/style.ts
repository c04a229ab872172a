/**
 * How read mode looks: one highlight colour per attribution, quieter marks for mentions and regions,
 * and the formatting of a claim's note. Shared by the colour and the plain renderers; with colour off
 * (a chalk of level 0) every style is the identity and the bracket marks carry the meaning.
 */
import type { ChalkInstance } from 'chalk';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';
import type { Piece } from './layout.js';
import type { ClaimNote } from './notes.js';

/** Pale backgrounds with black text: readable on dark and light terminals alike (256 colours). */
export const ATTRIBUTION_BG: Record<string, number> = {
  direct: 222,
  indirect: 153,
  author: 194,
  'second-hand': 218,
};

export function highlight(chalk: ChalkInstance, attribution: string): ChalkInstance {
  return chalk.bgAnsi256(ATTRIBUTION_BG[attribution] ?? 252).ansi256(16);
}

/** The text of a piece as it should look: claim highlight, mention underline, region dim. */
export function stylePiece(chalk: ChalkInstance, p: Piece, attributionOf: (key: string) => string): string {
  if (p.mark) return chalk.bold(p.text);
  let style: ChalkInstance | undefined;
  // The innermost claim (the last) shows its colour, so a claim nested in another stays visible.
  const inner = p.claims[p.claims.length - 1];
  if (inner !== undefined) style = highlight(chalk, attributionOf(inner));
  if (p.mention) style = (style ?? chalk).underline;
  if (p.region !== undefined) style = (style ?? chalk).dim;
  if (p.focus) style = (style ?? chalk).inverse;
  return style ? style(p.text) : p.text;
}

/**
 * A note as lines no wider than `width`: the key, then the source; how it is attributed; what it is
 * about. Continuation lines are indented past the key so each note reads as one block.
 */
export function noteLines(chalk: ChalkInstance, n: ClaimNote, width: number): string[] {
  const key = highlight(chalk, n.claim.attribution).bold(inert(n.key));
  const indent = n.key.length + 1;
  const inner = Math.max(8, width - indent);
  const block = (s: string) => wrap(s, inner, { hard: true, trim: true }).split('\n');
  const first = block(inert(n.source));
  const rest = [n.reportedBy, n.how, n.about].filter((s): s is string => s !== undefined).flatMap((s) => block(inert(s)));
  const pad = ' '.repeat(indent);
  return [`${key} ${chalk.bold(first[0] ?? '')}`, ...first.slice(1).map((l) => pad + chalk.bold(l)), ...rest.map((l) => pad + chalk.dim(l))];
}
