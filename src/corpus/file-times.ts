/**
 * When each article's annotations were last written: the modification time of its annotation file,
 * to the second, as the W3C export's `created`. It changes only when the file does, so an export of
 * an unchanged corpus is the same from one run to the next.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Corpus } from '../model.js';

export function annotationTimes(c: Corpus): Map<string, string> {
  const times = new Map<string, string>();
  for (const a of c.articles) {
    try {
      const ms = statSync(join(c.dir, 'articles', basename(a.annotationFile))).mtimeMs;
      times.set(a.id, new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    } catch {
      // A file gone since the corpus was read: its annotations get no time rather than a wrong one.
    }
  }
  return times;
}
