/**
 * string-width, answering alone for text of one-column characters (NARROW in width.ts). string-width
 * segments any non-ASCII text into graphemes with Intl.Segmenter, whose first use loads ICU's break
 * data (~15 ms, a tenth of a whole read), and tests each against an emoji pattern; news text with
 * curly quotes and dashes never needs either.
 * wrap-ansi measures through this too (scripts/wiring.mjs points its import of string-width here).
 */
import stringWidth from 'string-width';
import { NARROW, narrowWidth } from './width.js';

type Options = Parameters<typeof stringWidth>[1];

export default function narrowFirstWidth(s: string, options?: Options): number {
  return NARROW.test(s) ? narrowWidth(s) : stringWidth(s, options);
}
