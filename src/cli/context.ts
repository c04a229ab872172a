/**
 * What every command shares: the global options (corpus folder, colour), the loaded corpus, and the
 * single exit point for results (`emit`), which picks the serializer for --format.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { GlossError, located } from '../errors.js';
import type { Corpus, Problem } from '../model.js';
import type { Loaded, Progress } from '../corpus/load.js';
import { partialNotice, soundPart } from '../corpus/sound.js';
import { Store } from '../store/open.js';
import { annotationsCorpus, articlesCorpus, type AnnotationTable, errorsOf, idsOf, leftOutOf } from '../store/queries.js';
import type { Tallies } from '../query/records.js';
import { tally } from '../query/records.js';
import { Damaged } from '../store/rows.js';
import { isDamage } from '../store/sqlite.js';
import { decideColor, isTerminal, loadChalk, openTerminal, stdoutIsTTY, type ColorWhen, type Terminal } from '../output/terminal.js';
import { selectFields, type Listing } from '../output/listing.js';
import { jsonChunks, ndjsonChunks, Streamed } from '../output/json.js';
import { tableChunks } from '../output/table.js';
import { writeChunks, writeErr, writeErrText } from '../output/write.js';
import { inert } from '../output/inert.js';
import { writePaged, pagerWanted } from '../output/paged.js';
import { articleAbbreviations, shortId } from '../query/short-ids.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  format?: Format;
  json?: boolean;
  fields?: string;
  /** --limit: at most this many records, 0 for all. */
  limit?: string;
  /** False with --no-header (csv, tsv). */
  header?: boolean;
}

/** The corpus shipped with gloss: `corpus/` beside `dist/` in the package. */
export function defaultCorpusDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
}

export function corpusDir(cmd: Command): string {
  const opts = cmd.optsWithGlobals<{ corpus?: string }>();
  // An empty GLOSS_CORPUS ("GLOSS_CORPUS= gloss …", an unset variable in a script) is unset, as command-line.ts reads it: not the current folder.
  return opts.corpus ?? (process.env.GLOSS_CORPUS || undefined) ?? defaultCorpusDir();
}

const colorWhen = (cmd: Command): ColorWhen => cmd.optsWithGlobals<{ color?: ColorWhen }>().color ?? 'auto';

export function terminalFor(cmd: Command): Terminal {
  return openTerminal(colorWhen(cmd));
}

/** Before a command runs: chalk is loaded when its output will be coloured (output/terminal.ts loadChalk). */
export async function prepareColor(cmd: Command): Promise<void> {
  if (decideColor(colorWhen(cmd), process.env, stdoutIsTTY())) await loadChalk();
}

/** Line breaks a message quotes from the corpus (a span across paragraphs), shown as \n: a problem is one line, for the tools that read check's output line by line. */
const BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * One problem, on one line: a line break in its message, or in its file's name (a corpus file may be
 * named anything), is shown as \n, so that a script reading file:line:col lines reads each problem whole.
 */
export function formatProblem(p: Problem): string {
  return located(oneLine(p.file), p.line, p.column, `${p.severity === 'warning' ? 'warning: ' : ''}${oneLine(p.message)}`);
}

/** `s` with its line breaks shown as \n. */
export const oneLine = (s: string): string => s.replace(BREAKS, '\\n');

let prepared: { dir: string; store?: Store; error?: unknown } | undefined;

/**
 * Opens the corpus's database before a command's action runs (a commander preAction hook), building
 * it if need be: the YAML parser and validator are imported only then. A failure is kept and raised
 * by `corpusStore`, so commands that need no corpus (init, help) are not stopped by a broken one.
 */
export async function prepareCorpus(cmd: Command): Promise<void> {
  const dir = corpusDir(cmd);
  try {
    prepared = { dir, store: await Store.open(dir, progressOnStderr()) };
  } catch (e) {
    prepared = { dir, error: e };
  }
}

/** The corpus's database, whatever problems the corpus has (for `gloss check`). */
export function corpusStore(cmd: Command): Store {
  const dir = corpusDir(cmd);
  if (!prepared || prepared.dir !== dir) throw new Error('corpus not prepared (preAction hook missing)');
  if (prepared.error !== undefined) throw prepared.error;
  return prepared.store!;
}

/** Set when a command ran on the sound part of a corpus with errors: it then exits 2 (main.ts). */
export let ranOnPartialCorpus = false;

/** Tells stderr, once, that the corpus has errors and what was left out; the command exits 2. */
export function reportPartial(lines: readonly string[]): void {
  if (ranOnPartialCorpus) return;
  ranOnPartialCorpus = true;
  for (const l of lines) writeErr(`${inert(l)}\n`);
}

/**
 * A corpus with errors is stored as its sound part (store/build.ts, corpus/sound.ts): a command that
 * reads it says so once on stderr, with what was left out, and exits 2 (main.ts).
 */
export function reportProblems(s: Store): void {
  const { errors } = errorsOf(s.db);
  if (errors.length > 0) reportPartial(partialNotice({ errors, leftOut: leftOutOf(s.db) }, formatProblem));
}

/**
 * For a command whose output stands for the whole corpus (export): with errors it is not run at
 * all, so no file or database is ever written, or replaced, with some articles silently missing.
 */
export function refuseErrors(s: Store, what: string): void {
  const { errors } = errorsOf(s.db);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more: gloss check lists every problem)` : '';
    throw new GlossError(`${what} a corpus with errors: ${formatProblem(errors[0]!)}${more}`);
  }
}

/** The sound rows that a command shows, and the whole corpus's counts. */
export interface Scoped {
  corpus: Corpus;
  tallies: Tallies;
}

/**
 * For a command that shows a few articles (read, show, cite, a profile, a listing by article or
 * actor): `find` names them through the database's indexes, those articles' files are checked for
 * changes, and only their rows and the registry are read. When they changed, or `find` failed on
 * rows that may be stale (an id edited in place), every file is checked and `find` is asked again.
 * `find` answering 'all' reads the whole corpus (texts: false leaves the articles' texts unread);
 * annotations: the kinds read (all three unless said). A corpus with errors is told of once on stderr
 * (reportProblems).
 *
 * everyFile: every file is checked, not only the articles found: true, before `find` (it searches every
 * text, as verify); a function, asked after `find`, for an answer any article may change (the
 * articles naming an actor, found through an index that an article edited in place to name it is
 * not in yet; a count over the corpus, as actors lists and an actor's profile shows). An edit saves a
 * file in place, which changes no folder's stamp: only the file's own stamp tells.
 */
export async function scopedCorpus(
  cmd: Command,
  find: (s: Store) => readonly string[] | 'all',
  { texts = true, everyFile = false, annotations }: { texts?: boolean; everyFile?: boolean | (() => boolean); annotations?: readonly AnnotationTable[] } = {},
): Promise<Scoped> {
  return useCorpus(cmd, async (s) => {
    let found: readonly string[] | 'all';
    // A command that searches every text (verify) checks every file first.
    const first = everyFile === true;
    if (first) await s.ensure('all');
    try {
      found = find(s);
      const all = found === 'all' || (typeof everyFile === 'function' && everyFile());
      if (!first && (await s.ensure(all ? 'all' : found))) found = find(s);
    } catch (e) {
      if (!(e instanceof GlossError)) throw e;
      if (!(await s.ensure('all'))) {
        // An id of an article left out of a corpus with errors is unknown: the note says why.
        reportProblems(s);
        throw e;
      }
      found = find(s);
    }
    reportProblems(s);
    const dir = s.meta('dir')!;
    if (found !== 'all') return articlesCorpus(s.db, dir, found, annotations);
    if (!texts) return annotationsCorpus(s.db, dir, annotations);
    const corpus = await openCorpus(cmd);
    return { corpus, tallies: tally(corpus) };
  });
}

let whole: { store: Store; loaded: Loaded } | undefined;

/**
 * The whole corpus read back from the database, with the loader's problems, in the shape the loader
 * gives (`Loaded`; a corpus with errors: its sound part): for the commands written against the
 * in-memory model (draft, check --fix). Every file is checked for changes first; a database found
 * damaged is rebuilt and read again.
 */
export async function loadedCorpus(cmd: Command): Promise<Loaded> {
  const store = corpusStore(cmd);
  if (whole?.store === store) return whole.loaded;
  const loaded = await useCorpus(cmd, (s) => s.whole());
  whole = { store, loaded };
  return loaded;
}

/** The whole corpus for a command that reads it: with errors, its sound articles (corpus/sound.ts), told once on stderr. */
export async function openCorpus(cmd: Command): Promise<Corpus> {
  const part = soundPart(await loadedCorpus(cmd));
  if (part.errors.length > 0) reportPartial(partialNotice(part, formatProblem));
  return part.corpus;
}

/** The whole corpus for a command whose output stands for all of it: with errors it does not run. */
export async function openWholeCorpus(cmd: Command, what: string): Promise<Corpus> {
  const loaded = await loadedCorpus(cmd);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more: gloss check lists every problem)` : '';
    throw new GlossError(`${what} a corpus with errors: ${formatProblem(errors[0]!)}${more}`);
  }
  return loaded.corpus;
}

/**
 * Runs a command over the corpus's database; if the database turns out damaged while it is read (a
 * checksum or SQLite says so), it is rebuilt from the corpus and the command runs again.
 */
export async function useCorpus<T>(cmd: Command, run: (s: Store) => T | Promise<T>): Promise<T> {
  const store = corpusStore(cmd);
  try {
    return await run(store);
  } catch (e) {
    if (!(e instanceof Damaged) && !isDamage(e)) throw e;
    await store.rebuild();
    return await run(store);
  }
}

/**
 * Reading, saving and indexing a large corpus from source takes a while: after a second, stderr says
 * what is being done and how far it got. Progress is for a person watching, not a diagnostic: as git
 * does, it is shown only when stderr is a terminal — one line, redrawn at most five times a second and
 * wiped when the last task ends — so a script or test that reads stderr sees only warnings and errors.
 * GLOSS_PROGRESS=1 asks for it in a log too: a line for each task, once.
 */
export function progressOnStderr(
  // Asked for only once a second has passed. Written as diagnostics are (writeErrText): a closed
  // stderr must not end the command.
  stream: () => { isTTY?: boolean; write(s: string): unknown } = () => ({ isTTY: isTerminal(2), write: writeErrText }),
  clock: () => number = Date.now,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  const started = clock();
  let last = 0;
  let drawn = false;
  let shown = '';
  const told = new Set<string>();
  return (task, done, total) => {
    const now = clock();
    if (now - started < 1000) return;
    const stderr = stream();
    const finished = done >= total;
    if (!stderr.isTTY) {
      if (env.GLOSS_PROGRESS !== '1') return;
      if (!told.has(task) && !finished) stderr.write(`gloss: ${task}${total > 1 ? ` (${total} articles)` : ''}\n`);
      told.add(task);
      return;
    }
    if (finished) {
      // Wiped, not ended with a newline: what follows starts on a clean line.
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
      return;
    }
    // A new task is drawn at once; a task's count at most five times a second.
    if (task === shown && now - last < 200) return;
    last = now;
    shown = task;
    drawn = true;
    stderr.write(`\r\x1b[Kgloss: ${task}${total > 1 ? `: ${done}/${total} articles` : ''}`);
  };
}

/** --format and --json, --no-header where csv or tsv is offered, and --fields for the commands whose rows can be cut down. */
export function addFormatOptions(cmd: Command, formats: readonly string[] = FORMATS, { fields = true } = {}): Command {
  cmd.addOption(new Option('-f, --format <format>', 'output format').choices(formats)).option('--json', 'shorthand for --format json');
  if (formats.includes('csv') || formats.includes('tsv')) cmd.option('--no-header', 'csv and tsv: leave out the header row');
  return fields ? cmd.option('--fields <list>', 'comma-separated fields for csv, tsv and table (see README "Output schemas")') : cmd;
}

/** --limit for a listing: emit keeps the first N records. */
export function addLimitOption(cmd: Command): Command {
  return cmd.option('-n, --limit <n>', 'at most this many records (0: all)');
}

/** A --limit value: a whole number, 0 meaning no limit. */
export function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new GlossError(`--limit ${JSON.stringify(value)}: give a whole number (0: all)`);
  return Number(value);
}

/**
 * Whether JSON is asked for, by --json or --format json. Both given and naming different formats is
 * an error, in every command, whatever its formats (cite's "text" too): neither is passed over.
 */
export function jsonWanted(opts: { format?: string; json?: boolean }): boolean {
  if (opts.json && opts.format && opts.format !== 'json') throw new GlossError(`--json and --format ${opts.format} disagree; give one`);
  return opts.json === true || opts.format === 'json';
}

/** The format asked for (--json or --format), else a table. */
export function chosenFormat(opts: FormatOptions): Format {
  return jsonWanted(opts) ? 'json' : (opts.format ?? 'table');
}

/**
 * Tables show annotation ids with the article shortened (`collins:c12`), and, on a terminal too narrow
 * for them, other ids as their shortest unambiguous prefix: both still resolve when typed.
 */
function tableIds(listing: Listing): { listing: Listing; shorten?: (id: string) => string } {
  const db = prepared?.store?.db;
  if (!db || listing.wholeIds) return { listing };
  const articles = idsOf(db, 'articles');
  const abbreviations = articleAbbreviations(articles);
  const all = articleAbbreviations([...articles, ...idsOf(db, 'actors'), ...idsOf(db, 'agreements')]);
  const records = listing.records.map((r) => (typeof r.id === 'string' ? { ...r, id: shortId(r.id, abbreviations) } : r));
  return { listing: { ...listing, records }, shorten: (id) => all.get(id) ?? id };
}

/** The columns to write: those --fields names (each checked), else the format's default. */
export function chosenFields(listing: Pick<Listing, 'fields' | 'tableFields'>, fieldsOption: string | undefined, format: Format | 'w3c' | 'sqlite'): readonly string[] {
  const wanted = fieldsOption?.split(',').map((f) => f.trim()).filter(Boolean);
  // "--fields ," (or only commas and spaces) names no field: not every field, silently.
  if (wanted?.length === 0) throw new GlossError(`--fields ${JSON.stringify(fieldsOption)} names no field; fields are: ${listing.fields.join(', ')}`);
  // JSON, NDJSON and export's documents (a Web Annotation collection, a database) give every field:
  // a --fields given with them is said to do nothing, not passed over.
  if (wanted !== undefined && format !== 'csv' && format !== 'tsv' && format !== 'table') writeErr(`gloss: --fields applies to csv, tsv and table; ${format} gives every field\n`);
  const unknown = wanted?.filter((f) => !listing.fields.includes(f)) ?? [];
  if (unknown.length > 0) throw new GlossError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; fields are: ${listing.fields.join(', ')}`);
  // A field named twice would be a column twice, under one header (csv.DictReader keeps the last).
  const twice = wanted?.find((f, i) => wanted.indexOf(f) !== i);
  if (twice !== undefined) throw new GlossError(`--fields names ${twice} twice`);
  return selectFields(listing, wanted, format === 'table');
}

/** Writes a listing in the chosen format; exit status 1 when it is empty, as grep does. */
export async function emit(cmd: Command, whole: Listing, opts: FormatOptions): Promise<void> {
  const format = chosenFormat(opts);
  const limit = opts.limit === undefined ? 0 : parseLimit(opts.limit);
  const listing = limit > 0 && whole.records.length > limit ? { ...whole, records: whole.records.slice(0, limit) } : whole;
  const header = opts.header !== false;
  const fields = chosenFields(listing, opts.fields, format);
  // As --fields: an option that does nothing in this format is said to, not passed over.
  if (!header && format !== 'csv' && format !== 'tsv') writeErr(`gloss: --no-header applies to csv and tsv; ${format} is written as it is\n`);
  // CSV and TSV keep the data as it is for the programs they are piped to, but a person who runs
  // them straight at a terminal must not have corpus text drive it (JSON escapes controls anyway).
  const cellFilter = (format === 'csv' || format === 'tsv') && stdoutIsTTY() ? inert : undefined;
  // Written as it is made, a record (or a batch) at a time, never as one string: a listing of a large
  // corpus is longer than a string can be, and its string was as large again as the records.
  switch (format) {
    case 'json':
      await writeChunks(jsonChunks(new Streamed(listing.records)));
      break;
    case 'ndjson':
      await writeChunks(ndjsonChunks(listing.records));
      break;
    case 'csv':
    case 'tsv': {
      // csv-stringify is loaded only for the formats that use it.
      const { csvChunks, tsvChunks } = await import('../output/delimited.js');
      const chunks = (format === 'csv' ? csvChunks : tsvChunks)(listing.records, fields, cellFilter);
      // The first chunk is the header line.
      if (!header) chunks.next();
      await writeChunks(chunks);
      break;
    }
    case 'table':
      if (listing.records.length === 0) writeErr('gloss: no results\n');
      break;
  }
  if (listing.records.length === 0) process.exitCode = 1;
  else if (format === 'table') {
    const term = terminalFor(cmd);
    await writePaged(tableChunksFor(listing, fields, term), term, pagerWanted(cmd));
  }
}

/** A listing as a table for `term`, line by line, its ids shortened as tables show them (tableIds). */
export function tableChunksFor(listing: Listing, fields: readonly string[], term: Terminal): Generator<string> {
  const short = tableIds(listing);
  return tableChunks(short.listing.records, fields, term, listing.flexible, short.shorten, listing.roomy);
}
