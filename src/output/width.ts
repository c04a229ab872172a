/**
 * Terminal display width and wrapping, by string-width and wrap-ansi (graphemes, wide and zero-width
 * characters, ANSI codes). Machine formats never measure width, so the libraries are imported only
 * before human output (`loadWidth`, awaited by the CLI's preAction hook), and the functions here stay
 * synchronous for the renderers. Text of one-column characters (NARROW) is measured without
 * string-width's grapheme and emoji machinery.
 */
type StringWidth = (s: string) => number;
type WrapAnsi = (s: string, columns: number, options?: { hard?: boolean; trim?: boolean; wordWrap?: boolean }) => string;

let lib: { stringWidth: StringWidth; wrapAnsi: WrapAnsi } | undefined;

export async function loadWidth(): Promise<void> {
  if (lib) return;
  const [sw, wa] = await Promise.all([import('./narrow-width.js'), import('wrap-ansi')]);
  lib = { stringWidth: sw.default, wrapAnsi: wa.default };
}

function loaded(): NonNullable<typeof lib> {
  if (!lib) throw new Error('loadWidth() must be awaited before human output is rendered');
  return lib;
}

/**
 * Characters one column wide in every terminal, counted without the library: printable ASCII, Latin-1
 * and Latin Extended (not the soft hyphen, not combining marks), general punctuation (curly quotes,
 * dashes, the ellipsis), the simple arrows, box drawing and the white brackets ⟦ ⟧ ⟨ ⟩ that read mode
 * draws with, the control pictures inert() shows, and newlines (no column). News text is almost all
 * of these. test/width.test.ts checks every one against string-width.
 */
export const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u2199\u2400-\u2426\u2500-\u257f\u27e6-\u27ed\n]*$/;

/** Whether measuring `s` needs the library (to be loaded first with `loadWidth`). */
export function needsWidthLibrary(s: string): boolean {
  return !NARROW.test(s);
}

/** The width of a string NARROW matches: a column a character, none for a newline (string-width agrees). */
export function narrowWidth(s: string): number {
  let newlines = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) newlines++;
  return s.length - newlines;
}

export function displayWidth(s: string): number {
  // Layout pieces that end a line carry their newline.
  return NARROW.test(s) ? narrowWidth(s) : loaded().stringWidth(s);
}

export function wrap(s: string, columns: number, options?: Parameters<WrapAnsi>[2]): string {
  return loaded().wrapAnsi(s, columns, options);
}
