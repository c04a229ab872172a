/**
 * `gloss verify "QUOTE"`: is this quote verbatim in the corpus? Exit 0 with where it stands (and who
 * says it, where a claim covers it); otherwise exit 1 with the closest passage and the word-level
 * differences marked — for an analyst checking a quote before publishing it. `verify -` checks quotes
 * one a line from standard input; `verify --in DRAFT` checks every quotation of a draft report, and
 * whether the speaker it names is the corpus's.
 */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, emit, FORMATS, reportProblems, scopedCorpus, terminalFor, useCorpus, type FormatOptions } from '../cli/context.js';
import type { Corpus } from '../model.js';
import { actorNames, articleIdsContaining, claimsOverlapping, eachText } from '../store/queries.js';
import { linesOf, readStdin, STDIN } from '../cli/stdin.js';
import { GlossError } from '../errors.js';
import { actorIndex } from '../query/records.js';
import { closestVerdicts, verdictOf, type ClaimsAt, type Verdict } from '../query/verdict.js';
import { PlaceList, quotePlaces } from '../store/places.js';
import type { Database } from '../store/sqlite.js';
import { checkListing, checkQuote, quoteForms, type QuoteCheck, type QuoteToCheck } from '../query/quote-check.js';
import { scanDraft, wordCount } from '../text/draft-quotations.js';
import { firstInvalidUtf8, readRegularFile } from '../corpus/files.js';
import { at, diffLegend, fitted, renderCheckLines, renderChecks, renderDiff } from '../output/quote-report.js';
import { jsonChunks, Streamed, toJson } from '../output/json.js';
import { writeChunks, writeErr, writeOut } from '../output/write.js';
import { inert } from '../output/inert.js';

interface VerifyOpts extends FormatOptions {
  in?: string;
  all?: boolean;
}

/** A draft named on the command line: a file, or a pipe (`--in <(pandoc draft.docx -t plain)`), read up to the size limit. */
function readDraft(file: string): string {
  const buf = readRegularFile(file, file, { streams: true, what: 'a draft' });
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`${file}: binary file (NUL byte at byte offset ${nul})`);
  const bad = firstInvalidUtf8(buf);
  if (bad < buf.length) throw new GlossError(`${file}: invalid UTF-8 at byte offset ${bad}`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The articles the quotes stand in, found by the database (every text searched, none decoded): only
 * they are read (as a report's check does: or with its inner quotation marks made double again, and
 * with `orBare` without its closing punctuation). Quotes found nowhere in any form (quote-check.ts) are given their places
 * up to Unicode normalisation, else their closest passages (`closest`), from every text, read one at a time for them all, not kept.
 */
async function corpusFor(cmd: Command, quotes: readonly string[], orBare: boolean): Promise<{ c: Corpus; claimsAt: ClaimsAt; closest: ReadonlyMap<string, Verdict> }> {
  let db: Database | undefined;
  let nowhere = new Set<string>();
  const { corpus: c } = await scopedCorpus(
    cmd,
    (s) => {
      db = s.db;
      nowhere = new Set();
      const found = new Set<string>();
      for (const q of quotes) {
        // The forms the quote may stand for, in checkQuote's order (quote-check.ts quoteForms): the first that stands is the one checked.
        let hits: string[] = [];
        for (const form of quoteForms(q, orBare)) if ((hits = articleIdsContaining(s.db, form)).length > 0) break;
        if (hits.length === 0) nowhere.add(q);
        for (const h of hits) found.add(h);
      }
      return [...found];
    },
    // The texts alone: the claims at each place are found through the database's index.
    { everyFile: true, annotations: [] },
  );
  const claimsAt = claimsOverlapping(db!);
  const missed = [...nowhere];
  const verdicts = missed.length === 0 ? [] : closestVerdicts(eachText(db!), missed, claimsAt, actorNames(db!), (q) => quoteForms(q, orBare));
  return { c, claimsAt, closest: new Map(missed.map((q, i) => [q, verdicts[i]!])) };
}

/**
 * One quote, as verify has always answered it. Where it stands is found in the database (every
 * file checked meanwhile: the quote may have come into any text); a quote found nowhere needs every
 * text for its closest passage.
 */
async function verifyOne(cmd: Command, quote: string, json: boolean): Promise<void> {
  const v = await useCorpus(cmd, async (s): Promise<Verdict | { verbatim: true; quote: string; places: PlaceList }> => {
    const found = await s.readingAll((): Verdict | PlaceList | null => {
      const places = quotePlaces(s.db, quote);
      if (places === null || places.length > 0) return places;
      // Found nowhere as typed: its places up to Unicode normalisation, else the closest passage, from
      // every text read one at a time (the claims through the index), not from the whole corpus in memory.
      return closestVerdicts(eachText(s.db), [quote], claimsOverlapping(s.db), actorNames(s.db))[0]!;
    });
    if (found === null) {
      // A quote no database text can hold as such (a lone surrogate): the corpus in memory answers.
      const { c, claimsAt, closest } = await corpusFor(cmd, [quote], false);
      return closest.get(quote) ?? verdictOf(c, quote, claimsAt);
    }
    reportProblems(s);
    return found instanceof PlaceList ? { verbatim: true, quote, places: found } : found;
  });
  const term = terminalFor(cmd);
  // A common quote ("e") stands in millions of places: written a place at a time, its answer is
  // never one string (V8's longest is some 512 MiB), the JSON exactly what toJson gives for the whole.
  if (v.verbatim) {
    const places = v.places;
    await writeChunks(json ? jsonChunks({ ...v, places: new Streamed(places) }) : (function* () {
      for (const p of places) yield `${fitted(`${term.chalk.green('verbatim')}  ${at(p)}`, term)}\n`;
    })());
    return;
  }
  if (json) writeOut(`${toJson(v)}\n`);
  process.exitCode = 1;
  if (json) return;
  if (!v.closest) {
    writeErr('gloss: not in the corpus, and nothing close to it');
    return;
  }
  const verdict = v.closest.difference ? `not verbatim: only the typography differs (${v.closest.difference})` : 'not verbatim';
  writeOut(`${fitted(`${term.chalk.red(verdict)}; closest: ${at(v.closest)}\n  ${renderDiff(v.closest.diff, term)}\n  ${diffLegend(term)}`, term)}\n`);
}

/** Many quotes: a line each; exit 0 only when every one is verbatim and none misattributed. */
async function report(cmd: Command, quotes: QuoteToCheck[], file: string, opts: VerifyOpts, unclosed = 0): Promise<void> {
  const checks: QuoteCheck[] = await useCorpus(cmd, async () => {
    const { c, claimsAt, closest } = await corpusFor(cmd, quotes.map((q) => q.quote), true);
    const actors = actorIndex(c);
    return quotes.map((q) => checkQuote(c, q, actors, claimsAt, closest.get(q.quote)));
  });
  const why = unclosed > 0 ? ` (${unclosed === 1 ? 'a quotation mark is' : `${unclosed} quotation marks are`} not closed: above)` : opts.in !== undefined && !opts.all ? ' (quotations of fewer than three words are skipped unless --all)' : '';
  if (checks.length === 0) writeErr(`gloss: no quotations to check in ${file === '-' ? 'standard input' : inert(file)}${why}`);
  if (chosenFormat(opts) === 'table' && opts.fields === undefined) {
    const term = terminalFor(cmd);
    if (checks.length > 0) writeOut(fitted(opts.in === undefined ? renderCheckLines(checks, file, term) : renderChecks(checks, file, term), term));
  } else await emit(cmd, checkListing(checks), opts);
  process.exitCode = checks.length > 0 && unclosed === 0 && checks.every((k) => k.verdict === 'verbatim') ? 0 : 1;
}

export function registerVerify(program: Command): void {
  addFormatOptions(
    program
      .command('verify')
      .description('check that a quote is verbatim in the corpus; if not, show the closest passage with the differences')
      .argument('[quote]', 'the quote, exactly as you mean to publish it; - reads quotes from standard input, one a line')
      .option('--in <file>', 'check every quotation of a draft report (Markdown or text; - for standard input)')
      .option('--all', 'with --in: also check quotations of fewer than three words'),
    FORMATS,
  ).action(async (quote: string | undefined, opts: VerifyOpts, cmd: Command) => {
    if (opts.in !== undefined) {
      if (quote !== undefined) throw new GlossError('give a quote or --in FILE, not both');
      const file = opts.in === STDIN ? '-' : opts.in;
      const text = opts.in === STDIN ? await readStdin('the draft') : readDraft(opts.in);
      const { quotations, unclosed } = scanDraft(text);
      const quotes = quotations.filter((q) => opts.all || wordCount(q.quote) >= 3);
      // Words after a mark never closed are not checked: said at each place, and the draft not passed (exit 1).
      for (const u of unclosed) writeErr(`${file === '-' ? '-' : inert(file)}:${u.line}:${u.column}: warning: a quotation mark opened here is not closed in its paragraph: its words are not checked`);
      await report(cmd, quotes, file, opts, unclosed.length);
      return;
    }
    if (quote === undefined) throw new GlossError('which quote? gloss verify "QUOTE", gloss verify - (quotes one a line), or gloss verify --in DRAFT');
    if (quote === STDIN) {
      const lines = linesOf(await readStdin('quotes'));
      // A line quoted whole (“…” or "…", as gloss prints quotes and --in reads them) is checked without its marks.
      const unquoted = (t: string) => /^(?:\u201c[^\u201c\u201d]*\u201d|"[^"]*")$/.test(t) && t.length > 2 ? t.slice(1, -1) : t;
      await report(cmd, lines.map((l) => ({ quote: unquoted(l.text), line: l.line, column: 1, attributedTo: null })), '-', opts);
      return;
    }
    if (quote.trim().length === 0) throw new GlossError('empty quote: give the words to verify');
    const format = chosenFormat(opts);
    if (format === 'table' || format === 'json') {
      if (opts.fields === undefined) return await verifyOne(cmd, quote, format === 'json');
    }
    await report(cmd, [{ quote, line: 1, column: 1, attributedTo: null }], 'argument', opts);
  });
}
