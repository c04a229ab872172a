/**
 * string-width, answering alone for text of one-column characters (NARROW in width.ts). string-width
 * segments any non-ASCII text into graphemes and tests each against an emoji pattern: compiling that
 * pattern (`\p{RGI_Emoji}` with the v flag) when the module loads costs some 20–50 ms, and news text
 * with curly quotes and dashes never needs it. So string-width itself is loaded only for the first
 * text that does (a require: the bundle keeps it as a module run on first use; the tests, which run
 * as ES modules, require it through createRequire).
 * wrap-ansi measures through this too (scripts/wiring.mjs points its import of string-width here).
 */
import { createRequire } from 'node:module';
import type stringWidthOf from 'string-width';
import { NARROW, narrowWidth } from './width.js';

type StringWidth = typeof stringWidthOf;
type Options = Parameters<StringWidth>[1];

let full: StringWidth | undefined;

function loadStringWidth(): StringWidth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously (see above)
  const mod = (typeof require === 'function' ? require('string-width') : createRequire(import.meta.url)('string-width')) as { default: StringWidth };
  return mod.default;
}

export default function narrowFirstWidth(s: string, options?: Options): number {
  return NARROW.test(s) ? narrowWidth(s) : (full ??= loadStringWidth())(s, options);
}
