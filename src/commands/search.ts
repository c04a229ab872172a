/** `gloss search QUERY…`: fuzzy search over passages, quotes, claims, actors and agreements. */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, emit, reportProblems, terminalFor, useCorpus, type FormatOptions } from '../cli/context.js';
import { GlossError } from '../errors.js';
import { nameIndex, resolveArticleId, resolvePrefix } from '../query/resolve.js';
import { leftOutOf } from '../store/queries.js';
import { KINDS, type Kind } from '../search/documents.js';
import { openSearchIndex } from '../store/search-index.js';
import { writePaged, pagerWanted } from '../output/paged.js';
import { writeErr } from '../output/write.js';
import { inert } from '../output/inert.js';
import { loadWidth, needsWidthLibrary } from '../output/width.js';
import { readStdin, STDIN } from '../cli/stdin.js';

interface SearchFlags extends FormatOptions {
  kind?: string[];
  article?: string;
  actor?: string;
  about?: string;
  limit: string;
  threshold: string;
  all?: boolean;
}

function number(value: string, name: string, min: number, max: number, integer: boolean): number {
  // Decimal notation only: Number() also reads "0x1" and "1e0", which no one means by a threshold.
  const n = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new GlossError(`${name} ${JSON.stringify(value)}: give ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return n;
}

export function registerSearch(program: Command): void {
  addFormatOptions(
    program
      .command('search')
      .description('fuzzy search over passages, quotes, claims, actors and agreements (typos welcome)')
      .argument('<query...>', "words to look for (- reads them from standard input); fuse.js extended syntax works too: 'exact ^prefix suffix$ !not a | b")
      .option('-k, --kind <kind>', `only these kinds: ${KINDS.join(', ')} (claim includes quotes); repeat or use commas`, (v: string, prev: string[] = []) => [...prev, v])
      .option('-a, --article <id>', 'only in this article')
      .option('--actor <id>', 'claims this actor makes, passages that mention it')
      .option('--about <id>', 'claims about this actor or agreement, passages mentioning it')
      .option('-n, --limit <n>', 'at most this many results (0: all)', '10')
      .option('--threshold <t>', 'how fuzzy: 0 exact … 1 anything', '0.4')
      .option('--all', 'include site furniture (comment forms, captions, cookie notices)'),
  ).action(async (typed: string[], opts: SearchFlags, cmd: Command) => {
    const words = typed.length === 1 && typed[0] === STDIN ? (await readStdin('the query')).split(/\s+/).filter(Boolean) : typed;
    if (words.length === 0) throw new GlossError('empty query on standard input: give words to look for');
    await useCorpus(cmd, async (s) => {
    const kinds = opts.kind?.flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean);
    const bad = kinds?.find((k) => !(KINDS as readonly string[]).includes(k));
    if (bad) throw new GlossError(`--kind ${JSON.stringify(bad)}: choose from ${KINDS.join(', ')}`);
    const limit = number(opts.limit, '--limit', 0, 1e9, true);
    const threshold = number(opts.threshold, '--threshold', 0, 1, false);
    const format = chosenFormat(opts);
    // The engine (fuse.js) and the renderers load with this command only: every other command starts faster.
    const [{ search }, { renderHits }, { searchListing }] = await Promise.all([
      import('../search/engine.js'),
      import('../search/render.js'),
      import('../search/records.js'),
    ]);
    // Searched while every file is checked on another thread (Store.readingAll, from 5,000 files on:
    // at 10,000 articles the 20,000 stats cost the main thread 130 ms of a 0.9 s search); nothing is
    // shown before the answer, and a changed corpus is searched again once rebuilt.
    const { hits, notes } = await s.readingAll(() => {
      const index = openSearchIndex(s.db, (key) => s.meta(key));
      // Actor and agreement ids for the filters: their documents are few, at the end of the index.
      const entries = (kind: Kind) => {
        const out: { id: string; name: string; aliases: string[] }[] = [];
        for (let i = index.kinds.length - 1; i >= 0 && 'ag'.includes(index.kinds[i]!); i--) {
          if (index.kinds[i] !== (kind === 'actor' ? 'a' : 'g')) continue;
          const r = index.record(i);
          // An actor's names are its aliases; an agreement's, its parties and then its aliases.
          out.unshift({ id: r.id, name: r.text, aliases: kind === 'actor' ? r.names.split(', ') : [] });
        }
        return out;
      };
      const ids = (kind: Kind) => entries(kind).map((e) => e.id);
      const articles = index.articles;
      const notes: string[] = [];
      const hits = search(index, {
        query: words.join(' '),
        kinds: kinds ? (kinds as Kind[]) : null,
        ...(opts.article && { article: resolveArticleId(opts.article, articles, leftOutOf(s.db)) }),
        ...(opts.actor && { actor: resolvePrefix(opts.actor, ids('actor'), 'actor', undefined, nameIndex(entries('actor'))) }),
        ...(opts.about && { about: resolvePrefix(opts.about, [...ids('actor'), ...ids('agreement')], 'actor or agreement', undefined, nameIndex([...entries('actor'), ...entries('agreement')])) }),
        limit,
        sayCut: cmd.getOptionValueSource('limit') === 'default',
        threshold,
        all: opts.all === true,
      }, (message) => notes.push(message));
      return { hits, notes };
    });
    // A corpus with errors is searched without its broken articles, told once on stderr.
    reportProblems(s);
    for (const message of notes) writeErr(`${message}\n`);
    if (hits.length === 0) {
      // A query pasted from a whole page is not echoed whole: its start says which it was.
      const query = words.join(' ');
      const shown = [...query].length > 80 ? `${[...query].slice(0, 80).join('')}…` : query;
      writeErr(`gloss: nothing matches ${JSON.stringify(shown)} (try fewer words, a higher --threshold, or --all)\n`);
    }
    // --fields makes a table of the chosen fields, as the listings do.
    if (format === 'table' && opts.fields === undefined) {
      if (hits.some((h) => needsWidthLibrary(inert(`${h.doc.text}${h.doc.notes.join('')}`)))) await loadWidth();
      const term = terminalFor(cmd);
      if (hits.length > 0) await writePaged(renderHits(hits, term), term, pagerWanted(cmd));
      process.exitCode = hits.length > 0 ? 0 : 1;
      return;
    }
    return emit(cmd, searchListing(hits), opts);
    });
  });
}
