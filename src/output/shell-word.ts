/**
 * A path put in a command line that gloss prints for a person to copy ("next: gloss --corpus DIR
 * check"): as it is where no shell gives any of its characters a meaning, else in single quotes, in
 * which a POSIX shell takes every character as it stands but the quote itself (written '\''). A folder
 * named "My corpus" printed bare made the suggested command fail on the space.
 */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
