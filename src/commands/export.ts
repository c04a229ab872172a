/**
 * `gloss export`: everything in one document. JSON is the whole corpus, each article with its full
 * text; NDJSON is one record per line tagged with its `kind`; CSV and TSV are one row per annotation
 * (claims, mentions, regions) with a `kind` column; w3c is a Web Annotation collection; sqlite is a
 * database file for analysts (output/sqlite-schema.ts).
 *
 * Every format but table is written as it is produced, record by record, so the size of the corpus
 * is bounded by the disk, not by memory or V8's longest string. `--output FILE` writes FILE whole or
 * not at all (output/atomic-file.ts).
 */
import type { Command } from 'commander';
import { addFormatOptions, chosenFields, chosenFormat, corpusDir, emit, FORMATS, openWholeCorpus, refuseErrors, tableChunksFor, useCorpus, type Format, type FormatOptions } from '../cli/context.js';
import { corpusPartAt } from '../corpus/files.js';
import { exportsNothing, storedExportRecords } from '../store/export-rows.js';
import { quotedClaims } from '../store/queries.js';
import { GlossError } from '../errors.js';
import { webAnnotationChunks } from '../output/web-annotation.js';
import { annotationTimes } from '../corpus/file-times.js';
import { CLAIM_FIELDS, MENTION_FIELDS, REGION_FIELDS, type ExportRecords } from '../query/records.js';
import type { Listing, Row } from '../output/listing.js';
import { exportText } from '../store/export-chunks.js';
import type { Store } from '../store/open.js';
import { openTerminal, stdoutIsTTY } from '../output/terminal.js';
import { writeChunks, type Chunk } from '../output/write.js';
import { turn } from '../runtime/interrupt.js';
import { writeAtomically, writeFileAtomically } from '../output/atomic-file.js';
import { writeSqliteExport } from '../output/sqlite-export.js';

const ANNOTATION_FIELDS = ['kind', ...new Set([...CLAIM_FIELDS, ...MENTION_FIELDS, ...REGION_FIELDS])];
const TABLE_FIELDS = ['kind', 'id', 'quote'];

type ExportFormat = Format | 'w3c' | 'sqlite';
type ExportOptions = Omit<FormatOptions, 'format'> & { format?: ExportFormat; output?: string };

function* tagged(kind: string, rows: Iterable<Row>): Generator<Row> {
  for (const r of rows) yield { kind, ...r };
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const p of parts) yield* p;
}

/** The annotations as one listing, for csv, tsv and table. */
function annotationListing(records: ExportRecords): Omit<Listing, 'records'> & { records: Iterable<Row> } {
  return {
    fields: ANNOTATION_FIELDS,
    tableFields: TABLE_FIELDS,
    flexible: ['quote'],
    records: concat(tagged('claim', records.claims), tagged('mention', records.mentions), tagged('region', records.regions)),
  };
}

/** The export as text in pieces, for every format but table, sqlite and w3c. */
function textChunks(s: Store, format: 'json' | 'ndjson' | 'csv' | 'tsv', fieldsOption: string | undefined, toTerminal: boolean, header = true): Generator<Chunk> {
  // The columns are the listing's (its records unread).
  const fields = format === 'csv' || format === 'tsv' || fieldsOption !== undefined ? chosenFields({ fields: ANNOTATION_FIELDS, tableFields: TABLE_FIELDS }, fieldsOption, format) : [];
  // Straight at a terminal, corpus text must not drive it; in a pipe or a file it stays as it is.
  return exportText(s.db, s.file, format, { fields, header, inert: toTerminal && stdoutIsTTY() });
}

/** The chunks as they are, `first` told when the first is taken (something has gone out). */
function* noting(chunks: Iterable<Chunk>, first: () => void): Generator<Chunk> {
  for (const c of chunks) {
    first();
    yield c;
  }
}

/** Characters (or bytes) of output held at most while the files are checked (some 16 to 64 MiB). */
const AHEAD = 16 * 1024 * 1024;

/**
 * The first chunks, taken while every file is checked on another thread (Store.checkAside): at most
 * AHEAD characters, more only once the answer is in. Null when the files changed: the database is
 * then rebuilt and the export made again from it, nothing having been written.
 */
async function takenWhileChecked(chunks: Iterator<Chunk>, fresh: Promise<boolean>): Promise<Chunk[] | null> {
  let answer: boolean | undefined;
  void fresh.then((f) => (answer = f));
  const taken: Chunk[] = [];
  let size = 0;
  while (answer === undefined && size < AHEAD) {
    const next = chunks.next();
    if (next.done) break;
    taken.push(next.value);
    size += next.value.length;
    // The thread's answer comes in by the event loop.
    if (taken.length % 16 === 0) await turn();
  }
  return (await fresh) ? taken : null;
}

/** The chunks taken ahead, then the rest. */
function* joined(taken: readonly Chunk[], rest: Iterator<Chunk>): Generator<Chunk> {
  yield* taken;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

export function registerExport(program: Command): void {
  addFormatOptions(
    program
      .command('export')
      .description('export the whole corpus: articles with their text, actors, agreements and every annotation (w3c: a Web Annotation collection; sqlite: a database file)')
      .option('-o, --output <file>', 'write to FILE, replacing it only once complete (- is stdout; sqlite needs a file)'),
    [...FORMATS, 'w3c', 'sqlite'],
  ).action(async (opts: ExportOptions, cmd: Command) => {
    // `-o -` is stdout, as for most tools that take an output file.
    if (opts.output === '-') opts = { ...opts, output: undefined };
    const format: ExportFormat = opts.format === 'w3c' || opts.format === 'sqlite' ? opts.format : opts.format === undefined && !opts.json ? 'json' : chosenFormat(opts as FormatOptions);
    if (format === 'sqlite' && opts.output === undefined) {
      throw new GlossError('--format sqlite writes a database file, not text: give --output FILE');
    }
    // An export written over (or into) the files the corpus is read from would replace them: refused before any work.
    if (opts.output !== undefined) {
      const part = corpusPartAt(corpusDir(cmd), opts.output);
      if (part !== null) throw new GlossError(`cannot write ${opts.output}: it is in the corpus's ${part}, which gloss reads the corpus from; write the export outside it`);
    }
    // Said to do nothing there (and its names checked), before the corpus is read.
    if ((format === 'w3c' || format === 'sqlite') && opts.fields !== undefined) chosenFields({ fields: ANNOTATION_FIELDS, tableFields: TABLE_FIELDS }, opts.fields, format);
    // An export stands for the whole corpus: a corpus with errors is not exported in part.
    if (format === 'w3c') {
      // The Web Annotation collection's selectors need every text at hand: the corpus is read whole.
      const c = await openWholeCorpus(cmd, 'cannot export');
      const chunks = webAnnotationChunks(c, annotationTimes(c));
      if (opts.output === undefined) await writeChunks(chunks);
      else await writeFileAtomically(opts.output, (to) => writeChunks(chunks, to));
      if (c.claims.length + c.mentions.length + c.regions.length === 0) process.exitCode = 1;
      return;
    }
    // Every other format is read from the database row by row as it is written.
    let written = false;
    const empty = await useCorpus(cmd, async (s) => {
      if (written) throw new GlossError('the corpus database was found damaged during the export and has been rebuilt: run the export again');
      if (format === 'json' || format === 'ndjson' || format === 'csv' || format === 'tsv') {
        // Text is made while every file is checked on another thread; none is written before the answer.
        for (let fresh = s.checkAside(); ; fresh = Promise.resolve(true)) {
          try {
            refuseErrors(s, 'cannot export');
          } catch (e) {
            if (await fresh) throw e;
            await s.rebuild(true);
            continue;
          }
          const chunks = textChunks(s, format, opts.fields, opts.output === undefined, opts.header !== false);
          const taken = await takenWhileChecked(chunks, fresh);
          if (taken === null) {
            // Its threads, if any, end.
            chunks.return(undefined);
            await s.rebuild(true);
            continue;
          }
          const all = joined(taken, chunks);
          if (opts.output === undefined) await writeChunks(noting(all, () => (written = true)));
          else await writeFileAtomically(opts.output, (to) => writeChunks(all, to));
          return exportsNothing(s.db, format);
        }
      }
      await s.ensure('all');
      refuseErrors(s, 'cannot export');
      const records = storedExportRecords(s.db);
      const empty = exportsNothing(s.db, format);
      if (format === 'sqlite') {
        const quoted = quotedClaims(s.db);
        await writeAtomically(opts.output!, (temp) => writeSqliteExport(temp, records, (id) => quoted.has(id)));
      } else {
        const listing = annotationListing(records);
        if (opts.output === undefined) {
          await emit(cmd, { ...listing, records: [...listing.records] }, { ...opts, format });
        } else {
          // Written to a file, a table is laid out as for a pipe: no colour, nothing cut.
          const plain = { ...openTerminal('never'), isTTY: false, tableWidth: Number.POSITIVE_INFINITY };
          const lines = empty ? [] : tableChunksFor({ ...listing, records: [...listing.records] }, chosenFields(listing, opts.fields, format), plain);
          await writeFileAtomically(opts.output, (to) => writeChunks(lines, to));
        }
      }
      return empty;
    });
    // Nothing to export is exit status 1 in every format, as a listing's JSON `[]` is: a script asks
    // the status, not the format, whether there was anything; the document is still whole (a header,
    // empty arrays, a collection of total 0, a database with empty tables).
    if (empty) process.exitCode = 1;
  });
}
