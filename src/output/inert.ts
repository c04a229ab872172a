/**
 * Makes untrusted text (article text, annotation values) inert before it reaches a terminal. Neither
 * chalk nor marked-terminal sanitises: an ESC in an article could recolour the screen, rewrite the
 * title, plant an OSC 8 link or write the clipboard (OSC 52). Every control character except tab and
 * newline is shown as visible notation instead, as bat and git do: C0 controls as their Unicode
 * control pictures (ESC → ␛), DEL as ␡, C1 controls and bidirectional overrides as <U+XXXX>.
 */

// C0 except \t and \n, DEL, C1, and the bidi embedding/override/isolate controls ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;

function notation(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function inert(s: string): string {
  return s.replace(UNSAFE, notation);
}
