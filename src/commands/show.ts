/**
 * `gloss show ID…`: any article, actor, agreement, claim, mention, region or passage, with its
 * context; several ids, or `-` for ids one a line on standard input.
 */
import { Option, type Command } from 'commander';
import { addFormatOptions, chosenFormat, scopedCorpus, terminalFor } from '../cli/context.js';
import { placeOf } from '../store/resolve.js';
import { expandStdin } from '../cli/stdin.js';
import { GlossError } from '../errors.js';
import type { Corpus, Span } from '../model.js';
import { paragraphsOf } from '../read/layout.js';
import { namesAnnotation, resolveAny } from '../query/resolve.js';
import {
  actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, regionRecord, type Tallies,
} from '../query/records.js';
import { toJson } from '../output/json.js';
import { flatCell, type Row } from '../output/listing.js';
import { inert, inertPiece, inertValue } from '../output/inert.js';
import type { Terminal } from '../output/terminal.js';
import { writeOut } from '../output/write.js';
import { pagerWanted, writePaged } from '../output/paged.js';
import { wrap as wrapAnsi } from '../output/width.js';

/**
 * The paragraphs around a span, as UTF-16 offsets into the article text: those it touches, and
 * `more` paragraphs before and after them. Paragraphs are read mode's (read/layout.ts paragraphsOf).
 */
export function paragraphAround(text: string, from: number, to: number, more = 0): { from: number; to: number } {
  const paras = paragraphsOf(text);
  if (paras.length === 0) return { from: 0, to: text.length };
  let first = paras.findIndex((p) => p.to >= from);
  if (first === -1) first = paras.length - 1;
  let last = paras.findIndex((p) => p.to >= to);
  if (last === -1) last = paras.length - 1;
  first = Math.max(0, first - more);
  last = Math.min(paras.length - 1, last + more);
  return { from: Math.min(paras[first]!.from, from), to: Math.max(paras[last]!.to, to) };
}

function context(c: Corpus, span: Span, more: number): Row {
  const text = c.articles.find((a) => a.id === span.article)!.text;
  const p = paragraphAround(text, span.from, span.to, more);
  return { paragraph: text.slice(p.from, p.to), before: text.slice(p.from, span.from), after: text.slice(span.to, p.to) };
}

/**
 * `text` wrapped between words to `columns` (Infinity: not at all), each of its own lines keeping its
 * indentation. A word longer than the line is left whole, for the terminal to fold: a URL or an id
 * broken at the margin was no longer one when copied, or when a script read it (`show X | grep url`).
 */
function wrapWords(text: string, columns: number): string[] {
  return text.split('\n').flatMap((line) => {
    if (!Number.isFinite(columns)) return [line];
    const indent = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(indent.length);
    return wrapAnsi(rest, Math.max(10, columns - indent.length), { hard: false, trim: true }).split('\n').map((l) => indent + l);
  });
}

function renderFields(kind: string, record: Row, term: Terminal, ctx?: Row, span?: Span): string {
  const { chalk } = term;
  const lines = [`${chalk.bold(kind)} ${chalk.cyan(String(record.id))}`];
  const width = Math.max(...Object.keys(record).map((k) => k.length));
  // Piped, lines are as long as they are (a width only where one is asked for, COLUMNS), as tables are.
  const columns = term.tableWidth;
  for (const [k, v] of Object.entries(record)) {
    if (k === 'id' || v === null || (Array.isArray(v) && v.length === 0)) continue;
    const value = inertValue(flatCell(v));
    const wrapped = wrapWords(value, Math.max(20, columns - width - 2));
    lines.push(`${chalk.dim(k.padEnd(width))}  ${wrapped.join(`\n${' '.repeat(width + 2)}`)}`);
  }
  if (ctx && span) {
    // Each paragraph wrapped on its own, so the blank line between paragraphs stays.
    // Made inert piece by piece, the marks between them: a CRLF line end the span starts or ends
    // inside is still shown as a line end (inertPiece), not as a stray CR.
    const after = String(ctx.after);
    const marked = `${inertPiece(String(ctx.before), span.quote)}${chalk.bold.yellow(`[${inertPiece(span.quote, after)}]`)}${inert(after)}`;
    const wrapped = marked.split(/\n[ \t\r]*\n/).map((p) => wrapWords(p, columns).join('\n')).join('\n\n');
    lines.push('', chalk.dim(`context (line ${span.line}, column ${span.column}):`), wrapped);
  }
  return `${lines.join('\n')}\n`;
}

/** One id's record, its span (for the context) and its kind. */
function shown(c: Corpus, typed: string, t: Tallies): { kind: string; record: Row; span?: Span } {
  const r = resolveAny(c, typed);
  switch (r.kind) {
    case 'article':
      return { kind: r.kind, record: articleRecord(c.articles.find((a) => a.id === r.id)!, t) };
    case 'actor':
      return { kind: r.kind, record: actorRecord(c.actors.find((a) => a.id === r.id)!, t) };
    case 'agreement':
      return { kind: r.kind, record: agreementRecord(c.agreements.find((a) => a.id === r.id)!, t) };
    case 'claim': {
      const claim = c.claims.find((x) => x.id === r.id)!;
      return { kind: r.kind, record: claimRecord(claim, actorIndex(c)), span: claim };
    }
    case 'mention': {
      const m = c.mentions.find((x) => x.id === r.id)!;
      return { kind: r.kind, record: mentionRecord(m), span: m };
    }
    case 'region': {
      const reg = c.regions.find((x) => x.id === r.id)!;
      return { kind: r.kind, record: regionRecord(reg), span: reg };
    }
    case 'passage': {
      const p = r.span;
      return { kind: r.kind, record: { id: r.id, article: p.article, start: p.start, end: p.end, line: p.line, column: p.column, quote: p.quote }, span: p };
    }
  }
}

export function registerShow(program: Command): void {
  addFormatOptions(
    program
      .command('show')
      .description('show any annotation, actor, agreement, article or passage by id (an unambiguous prefix will do), with its context')
      .argument('<id...>', 'e.g. mackay:c3, peter-mackay, us-china-cyber-agreement, mackay, et-cyber-deal-2017@2225; - reads ids one a line')
      .addOption(new Option('-C, --context <n>', 'paragraphs of context before and after the one it stands in').default('0')),
    ['table', 'json'],
    { fields: false },
  ).action(async (typed: string[], opts: { format?: 'table' | 'json'; json?: boolean; context: string }, cmd: Command) => {
    if (!/^\d+$/.test(opts.context)) throw new GlossError(`--context ${JSON.stringify(opts.context)}: give a whole number of paragraphs`);
    const more = Number(opts.context);
    const ids = await expandStdin(typed, 'ids');
    // Every id is resolved before anything is printed: a bad one stops the command, naming where it came from.
    const named = <T>(value: string, from: string, f: () => T): T => {
      try {
        return f();
      } catch (e) {
        if (e instanceof GlossError && from !== value) throw new GlossError(`${from}: ${e.message}`);
        throw e;
      }
    };
    // Only the articles the ids are in (and the registry) are read; their annotations only if an id
    // names one (an article's tallies are counted in the database): a passage of an article naming
    // someone 50,000 times is shown without reading those mentions.
    // An actor's or agreement's counts are the whole corpus's: then every file is checked.
    let entity = false;
    const { corpus: c, tallies } = await scopedCorpus(
      cmd,
      (s) => [
        ...new Set(ids.flatMap(({ value, from }) => {
          const place = named(value, from, () => placeOf(s.db, value));
          if ('entity' in place) entity = true;
          return 'article' in place ? [place.article] : [];
        })),
      ],
      { annotations: ids.some(({ value }) => namesAnnotation(value)) ? undefined : [], everyFile: () => entity },
    );
    const items = ids.map(({ value, from }) => named(value, from, () => shown(c, value, tallies)));
    if (items.length === 0) throw new GlossError('no ids on standard input');
    const several = items.length > 1 || typed.includes('-');
    if (chosenFormat(opts) === 'json') {
      const docs = items.map(({ kind, record, span }) => ({ kind, ...record, ...(span && { context: context(c, span, more) }) }));
      writeOut(`${toJson(several ? docs : docs[0])}\n`);
      return;
    }
    const term = terminalFor(cmd);
    return writePaged(items.map(({ kind, record, span }) => renderFields(kind, record, term, span && context(c, span, more), span)).join('\n'), term, pagerWanted(cmd));
  });
}
