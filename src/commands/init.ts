/** `gloss init DIR` scaffolds a corpus; `gloss add FILE` brings a plain-text article into one. */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { GlossError } from '../errors.js';
import { DATE_PATTERN, ID_PATTERN, isCalendarDate } from '../vocabulary.js';
import { writeErr, writeOut } from '../output/write.js';
import { inert } from '../output/inert.js';
import { shellWord } from '../output/shell-word.js';
import { readStdinBytes, STDIN } from '../cli/stdin.js';
import { slug } from '../text/slug.js';

/** The longest id whose annotation file's name (ID.yaml) fits a file name's 255 bytes. */
const MAX_ID = 255 - '.yaml'.length;

/** The article text: a regular file (not a device or a pipe), read through one descriptor, bounded. */
async function readArticleFile(file: string): Promise<Buffer> {
  const { firstInvalidUtf8, readRegularFile } = await import('../corpus/files.js');
  const buf = readRegularFile(file, file);
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`${file}: binary file (NUL byte at byte offset ${nul})`);
  const bad = firstInvalidUtf8(buf);
  if (bad < buf.length) throw new GlossError(`${file}: invalid UTF-8 at byte offset ${bad}`);
  return buf;
}

/**
 * Ids of the corpus's articles, wherever their files are: an id lives in the file, not in its name. Each
 * annotation file is read for its `id` alone (a file that does not parse counts by its name), so an
 * article that fails to load — its text missing, say — still holds its id.
 */
async function articleIds(dir: string): Promise<Map<string, { file: string; holds?: string }>> {
  const articles = join(dir, 'articles');
  // A folder with no articles yet is a corpus add may start.
  if (!existsSync(articles)) return new Map();
  const [{ findCorpusFiles, readCorpusText }, { parseYaml }] = await Promise.all([import('../corpus/files.js'), import('../corpus/yaml-source.js')]);
  const files = findCorpusFiles(dir);
  // Each id, with the file that holds it; an id that is only a file's name, with the id that file holds.
  const ids = new Map<string, { file: string; holds?: string }>();
  for (const file of files.articles) {
    const name = basename(file).replace(/\.ya?ml$/, '');
    if (!ids.has(name)) ids.set(name, { file });
    try {
      const id = (parseYaml(readCorpusText(files, file, file).text).data as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') continue;
      if (id !== name && ids.get(name)?.file === file) ids.set(name, { file, holds: id });
      ids.set(id, { file });
    } catch {
      // Unreadable or unparsable: check reports it; its name stands for its id.
    }
  }
  return ids;
}

/** Longer than this, a first line is a paragraph, not a title. */
const TITLE_MOST = 150;

/**
 * The title of a text whose first line stands for it: that line, or where it is a paragraph (a text
 * with no line break, or one long line first), its first sentence, or its first words, cut at a word.
 */
function titleOf(firstLine: string): string {
  if (firstLine.length <= TITLE_MOST) return firstLine;
  const sentence = /^.{10,}?[.!?](?=\s)/u.exec(firstLine)?.[0];
  if (sentence !== undefined && sentence.length <= TITLE_MOST) return sentence;
  const cut = firstLine.slice(0, TITLE_MOST);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MOST / 2)).trimEnd()}…`;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a new corpus folder with an example article and annotations that pass gloss check')
    .argument('<dir>', 'a new (or empty) folder')
    .action(async (dir: string) => {
      // The scaffold writes YAML: load the YAML library only for this command.
      const { scaffoldCorpus } = await import('../corpus/scaffold.js');
      const written = scaffoldCorpus(dir);
      writeOut(`created ${written.length} files in ${inert(dir)}:\n${written.map((f) => `  ${inert(f)}\n`).join('')}next: gloss --corpus ${inert(shellWord(dir))} check\n`);
    });

  program
    .command('add')
    .description('bring a plain-text (UTF-8) article into a corpus: copies it byte for byte and writes its annotation file with the checksum')
    .argument('<file>', 'the article text; - reads it from standard input (give --id)')
    .option('--id <id>', 'article id (default: a slug of the title)')
    .option('--title <title>', 'title (default: the first non-empty line)')
    .option('--outlet <outlet>', 'publishing outlet (default: left unset; check warns until it is given)')
    .option('--author <author>', 'author (default: none stated)')
    .option('--date <date>', 'publication date, YYYY[-MM[-DD]] (default: left unset; check warns until it is given)')
    .option('--url <url>', 'where the article was published')
    .action(async (file: string, opts: { id?: string; title?: string; outlet?: string; author?: string; date?: string; url?: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<{ corpus?: string }>();
      const dir = globals.corpus ?? process.env.GLOSS_CORPUS;
      if (!dir) throw new GlossError('gloss add writes into your own corpus: give --corpus DIR (or set GLOSS_CORPUS)');
      // A mistyped folder made a new corpus there, and the article went into it: exit 0, nothing said.
      if (!existsSync(dir)) throw new GlossError(`${dir}: no such corpus folder (gloss init ${inert(shellWord(dir))} makes one); nothing written`);
      const [{ articleSkeleton, sha256 }, { publishArticle }] = await Promise.all([import('../corpus/scaffold.js'), import('../corpus/publish.js')]);
      if (file === STDIN && opts.id === undefined) throw new GlossError('gloss add - reads the article from standard input: give its --id');
      const buf = file === STDIN ? await readStdinBytes('the article') : await readArticleFile(file);
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      // No text, no article: nothing to quote, a checksum of nothing and a title of "-" (the file name
      // standing in for a first line) were written before, and check passed them. A pipe that failed
      // upstream (curl with no network) gives exactly this, so it is an error, not an empty article.
      if (text.trim() === '') throw new GlossError(`${file === STDIN ? 'standard input' : file}: ${text === '' ? 'empty' : 'only blank space'}: no article text to add; nothing written`);
      const firstLine = text.split(/\r\n|\r|\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? basename(file);
      const title = opts.title ?? titleOf(firstLine);
      if (opts.title === undefined && title !== firstLine) writeErr(`gloss: the text's first line is not a title (${firstLine.length} characters): the title is "${inert(title)}"; --title sets another`);
      const id = opts.id ?? slug(title);
      // Which id a message is about: the one given, or the one made from the title (no --id was given).
      const idNamed = opts.id === undefined ? `the id "${id}" (made from the title; --id gives another)` : `--id "${id}"`;
      if (!ID_PATTERN.test(id)) throw new GlossError(`--id "${id}": an id is lower-case letters, digits and hyphens`);
      // Its files are ID.txt and ID.yaml, and a file name has at most 255 bytes on the usual file systems.
      if (id.length > MAX_ID) throw new GlossError(`--id "${id.slice(0, 20)}…": an id is at most ${MAX_ID} characters (${id.length} given): its annotation file's name, ID.yaml, must fit in 255 bytes`);
      if (opts.date !== undefined && !DATE_PATTERN.test(opts.date)) throw new GlossError(`--date "${opts.date}": a date is YYYY, YYYY-MM or YYYY-MM-DD`);
      if (opts.date !== undefined && !isCalendarDate(opts.date)) throw new GlossError(`--date "${opts.date}": no such day in the calendar`);
      // What is not given stays unset (null), never today's date or "unknown": a citation would print those as facts.
      const meta = {
        id,
        title,
        outlet: opts.outlet ?? null,
        author: opts.author ?? null,
        date: opts.date ?? null,
        ...(opts.url !== undefined && { url: opts.url }),
      };
      const other = (await articleIds(dir)).get(id);
      if (other?.holds !== undefined) throw new GlossError(`${idNamed}: ${other.file} is taken by the article "${other.holds}"; give another --id`);
      if (other !== undefined) throw new GlossError(`${idNamed}: the article in ${other.file} has that id already; give another --id`);
      const written = await publishArticle(join(dir, 'articles'), id, buf, articleSkeleton(meta, sha256(buf)));
      // The next step is the README's: draft proposals to review (an id is letters, digits and hyphens: shell-safe).
      const corpus = inert(shellWord(dir));
      writeOut(
        `added ${inert(id)}: ${written.text} and ${written.annotations} (sha256 ${sha256(buf).slice(0, 12)}…)\n` +
          `next: gloss --corpus ${corpus} draft ${id} (proposals to review; --write saves them), then gloss --corpus ${corpus} check\n`,
      );
    });
}
