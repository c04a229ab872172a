/** `s` as a regular expression that matches exactly it: every character with a meaning in a pattern escaped. */
export function regexpLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
