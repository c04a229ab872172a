/**
 * Puts a new article (its text and its annotation file) into a corpus whole or not at all, and never
 * over a file that is there. Both files are first written in full under temporary names; then each is
 * linked to its real name — link(2) fails if the name exists, where a rename would replace it. The
 * text goes first and the annotation file last: the annotation file is what makes an article part of
 * the corpus, so until it is linked the corpus has not changed, and whichever of two racing `add`s of
 * one id links it first wins while the other fails.
 *
 * A process killed between the two links (a SIGKILL: Ctrl-C is held for them) leaves the text with no
 * annotation file. A retry of the same text takes it as its own; a different text is refused with a
 * message naming the file, never written over it.
 */
import { closeSync, constants, existsSync, fsyncSync, linkSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GlossError } from '../errors.js';
import { uninterrupted } from '../runtime/interrupt.js';
import { cannotWrite, removeTemp, writeTemp } from '../runtime/temp-file.js';
import { readRegularFile } from './files.js';

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every file system lets a folder be synced; the links are made either way.
  }
}

/** Links `tmp` to `path`; false if `path` exists. */
function linkNew(tmp: string, path: string): boolean {
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Removes a file this run linked; quiet, as an error is on its way. */
function removeLinked(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to undo.
  }
}

export async function publishArticle(articlesDir: string, id: string, text: Buffer, annotations: string): Promise<{ text: string; annotations: string }> {
  const txt = join(articlesDir, `${id}.txt`);
  const yaml = join(articlesDir, `${id}.yaml`);
  const taken = () => new GlossError(`${yaml}: already exists; not overwriting it`);
  if (existsSync(yaml)) throw taken();
  const temps: string[] = [];
  // The file being written or linked, for the error.
  let writing = articlesDir;
  // Whether this run linked the text: if the annotation file then cannot be linked for a reason of
  // its own (not another add's, which won and took this text as its own), the text goes too.
  let linkedText = false;
  try {
    mkdirSync(articlesDir, { recursive: true });
    writing = txt;
    temps.push(writeTemp(txt, text));
    writing = yaml;
    temps.push(writeTemp(yaml, Buffer.from(annotations, 'utf8')));
    await uninterrupted(() => {
      writing = txt;
      linkedText = linkNew(temps[0]!, txt);
      if (!linkedText) {
        if (existsSync(yaml)) throw taken();
        let same = false;
        try {
          same = readRegularFile(txt, txt, { limit: text.length }).equals(text);
        } catch {
          // Larger, unreadable or not a file: not ours either way.
        }
        if (!same) {
          throw new GlossError(`${txt}: already exists with another text, and no ${id}.yaml refers to it (another add of this id under way, or one interrupted): remove it or give another --id`);
        }
      }
      // Losing here leaves the text linked above: the winner's text is the same (a different one
      // cannot get past the text's link), so it is the winner's text now.
      writing = yaml;
      if (!linkNew(temps[1]!, yaml)) throw taken();
      syncFolder(articlesDir);
    });
  } catch (e) {
    if (linkedText && writing === yaml && (e as NodeJS.ErrnoException).code !== undefined) removeLinked(txt);
    if (e instanceof GlossError || (e as NodeJS.ErrnoException).code === undefined) throw e;
    throw cannotWrite(writing, e);
  } finally {
    temps.forEach(removeTemp);
  }
  return { text: txt, annotations: yaml };
}
