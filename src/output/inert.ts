/**
 * Makes untrusted text (article text, annotation values) inert before it reaches a terminal. Neither
 * chalk nor marked-terminal sanitises: an ESC in an article could recolour the screen, rewrite the
 * title, plant an OSC 8 link or write the clipboard (OSC 52). Every control character except tab and
 * newline is shown as visible notation instead, as bat and git do: C0 controls as their Unicode
 * control pictures (ESC → ␛), DEL as ␡, C1 controls and bidirectional overrides as <U+XXXX>.
 *
 * The line and paragraph separators U+2028 and U+2029 are shown as <U+2028> and <U+2029> too. They
 * are no terminal's line end: one terminal draws nothing, another a box, another breaks the line,
 * so a line gloss laid out (a table row, read's wrapped column, one problem a line) would show as two
 * or hide where the text breaks; string-width gives them no column, so the layout would be off either
 * way. Left alone on purpose: the implicit marks U+200E/U+200F/U+061C and joiners (ZWJ, ZWNJ), which
 * right-to-left and Indic text needs and which cannot reorder text beyond their own run.
 *
 * The one exception is the CR of a CRLF line end: it is part of the line end, not a stray control
 * (a CRLF text is an ordinary text, and read lays it out as lines), so it is dropped and the LF after
 * it ends the line. A CR with no LF after it could move the cursor back over a line already shown,
 * and stays visible (␍).
 */

// C0 except \t and \n, DEL, C1, the line and paragraph separators, and the bidi embedding/override/isolate controls ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function notation(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function inert(s: string): string {
  return s.replace(UNSAFE, (ch, at: number) => (ch === '\r' && s.charCodeAt(at + 1) === 0x0a ? '' : notation(ch)));
}

/**
 * inert() of a piece cut from a longer text, `next` the text right after it. A piece that ends
 * between the CR and the LF of a line end (a quote "…\r" of "…\r\n") drops that CR too: the LF, at
 * the start of the next piece, shows the line end.
 */
export function inertPiece(piece: string, next: string): string {
  return inert(piece.endsWith('\r') && next.startsWith('\n') ? piece.slice(0, -1) : piece);
}

/**
 * inert() of a value cut from a text without what follows it (a claim's quote in a table or in show):
 * a CR that ends it is taken for the CR of a CRLF line end the span stops inside, and shown as the line
 * end it is (dropped: the value ends there), not as ␍. A CR inside it with no LF after it stays ␍.
 */
export function inertValue(value: string): string {
  return inert(value.endsWith('\r') ? value.slice(0, -1) : value);
}
