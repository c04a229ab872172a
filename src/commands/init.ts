/** `gloss init DIR` scaffolds a corpus; `gloss add FILE` brings a plain-text article into one. */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { GlossError } from '../errors.js';
import { DATE_PATTERN, ID_PATTERN } from '../vocabulary.js';
import { writeOut } from '../output/write.js';
import { inert } from '../output/inert.js';
import { readStdinBytes, STDIN } from '../cli/stdin.js';

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'article';
}

async function readArticleFile(file: string): Promise<Buffer> {
  const { MAX_FILE_BYTES, firstInvalidUtf8 } = await import('../corpus/files.js');
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new GlossError(`${file}: no such file`);
  }
  if (st.isDirectory()) throw new GlossError(`${file}: is a directory, not a file`);
  if (st.size > MAX_FILE_BYTES) throw new GlossError(`${file}: ${st.size} bytes is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit`);
  const buf = readFileSync(file);
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`${file}: binary file (NUL byte at byte offset ${nul})`);
  const bad = firstInvalidUtf8(buf);
  if (bad < buf.length) throw new GlossError(`${file}: invalid UTF-8 at byte offset ${bad}`);
  return buf;
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
      writeOut(`created ${written.length} files in ${dir}:\n${written.map((f) => `  ${f}\n`).join('')}next: gloss --corpus ${dir} check\n`);
    });

  program
    .command('add')
    .description('bring a plain-text (UTF-8) article into a corpus: copies it byte for byte and writes its annotation file with the checksum')
    .argument('<file>', 'the article text; - reads it from standard input (give --id)')
    .option('--id <id>', 'article id (default: a slug of the title)')
    .option('--title <title>', 'title (default: the first non-empty line)')
    .option('--outlet <outlet>', 'publishing outlet', 'unknown')
    .option('--author <author>', 'author (default: none stated)')
    .option('--date <date>', 'publication date, YYYY[-MM[-DD]] (default: today, marked as inferred)')
    .option('--url <url>', 'where the article was published')
    .action(async (file: string, opts: { id?: string; title?: string; outlet: string; author?: string; date?: string; url?: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<{ corpus?: string }>();
      const dir = globals.corpus ?? process.env.GLOSS_CORPUS;
      if (!dir) throw new GlossError('gloss add writes into your own corpus: give --corpus DIR (or set GLOSS_CORPUS)');
      const { articleSkeleton, sha256, writeAtomically } = await import('../corpus/scaffold.js');
      if (file === STDIN && opts.id === undefined) throw new GlossError('gloss add - reads the article from standard input: give its --id');
      const buf = file === STDIN ? await readStdinBytes('the article') : await readArticleFile(file);
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      const title = opts.title ?? text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? basename(file);
      const id = opts.id ?? slug(title);
      if (!ID_PATTERN.test(id)) throw new GlossError(`--id "${id}": an id is lower-case letters, digits and hyphens`);
      if (opts.date !== undefined && !DATE_PATTERN.test(opts.date)) throw new GlossError(`--date "${opts.date}": a date is YYYY, YYYY-MM or YYYY-MM-DD`);
      const today = new Date().toISOString().slice(0, 10);
      const meta = {
        id,
        title,
        outlet: opts.outlet,
        author: opts.author ?? null,
        date: opts.date ?? today,
        ...(opts.date === undefined && { inferredDate: `not given to gloss add; ${today} is the day it was added, replace it with the publication date` }),
        ...(opts.url !== undefined && { url: opts.url }),
      };
      const base = join(dir, 'articles', id);
      writeAtomically([
        { path: `${base}.txt`, content: buf },
        { path: `${base}.yaml`, content: articleSkeleton(meta, sha256(buf)) },
      ]);
      writeOut(`added ${inert(id)}: ${base}.txt and ${base}.yaml (sha256 ${sha256(buf).slice(0, 12)}…)\nnext: annotate ${base}.yaml, then gloss --corpus ${dir} check\n`);
    });
}
