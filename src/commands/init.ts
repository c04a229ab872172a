/** `gloss init DIR` scaffolds a corpus; `gloss add FILE` brings a plain-text article into one. */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { GlossError } from '../errors.js';
import { DATE_PATTERN, ID_PATTERN, isCalendarDate } from '../vocabulary.js';
import { writeOut } from '../output/write.js';
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
async function articleIds(dir: string): Promise<Map<string, string>> {
  const articles = join(dir, 'articles');
  // A folder with no articles yet is a corpus add may start.
  if (!existsSync(articles)) return new Map();
  const [{ findCorpusFiles, readCorpusText }, { parseYaml }] = await Promise.all([import('../corpus/files.js'), import('../corpus/yaml-source.js')]);
  const files = findCorpusFiles(dir);
  const ids = new Map<string, string>();
  for (const file of files.articles) {
    ids.set(basename(file).replace(/\.ya?ml$/, ''), file);
    try {
      const id = (parseYaml(readCorpusText(files, file, file).text).data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.set(id, file);
    } catch {
      // Unreadable or unparsable: check reports it; its name stands for its id.
    }
  }
  return ids;
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
      writeOut(`created ${written.length} files in ${dir}:\n${written.map((f) => `  ${f}\n`).join('')}next: gloss --corpus ${inert(shellWord(dir))} check\n`);
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
      const [{ articleSkeleton, sha256 }, { publishArticle }] = await Promise.all([import('../corpus/scaffold.js'), import('../corpus/publish.js')]);
      if (file === STDIN && opts.id === undefined) throw new GlossError('gloss add - reads the article from standard input: give its --id');
      const buf = file === STDIN ? await readStdinBytes('the article') : await readArticleFile(file);
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      // No text, no article: nothing to quote, a checksum of nothing and a title of "-" (the file name
      // standing in for a first line) were written before, and check passed them. A pipe that failed
      // upstream (curl with no network) gives exactly this, so it is an error, not an empty article.
      if (text.trim() === '') throw new GlossError(`${file === STDIN ? 'standard input' : file}: ${text === '' ? 'empty' : 'only blank space'}: no article text to add; nothing written`);
      const title = opts.title ?? text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? basename(file);
      const id = opts.id ?? slug(title);
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
      if (other !== undefined) throw new GlossError(`--id "${id}": the article in ${other} has that id already; give another --id`);
      const written = await publishArticle(join(dir, 'articles'), id, buf, articleSkeleton(meta, sha256(buf)));
      // The next step is the README's: draft proposals to review (an id is letters, digits and hyphens: shell-safe).
      const corpus = inert(shellWord(dir));
      writeOut(
        `added ${inert(id)}: ${written.text} and ${written.annotations} (sha256 ${sha256(buf).slice(0, 12)}…)\n` +
          `next: gloss --corpus ${corpus} draft ${id} (proposals to review; --write saves them), then gloss --corpus ${corpus} check\n`,
      );
    });
}
