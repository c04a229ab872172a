/** `gloss show ID`: any article, actor, agreement, claim, mention or region, with its context. */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, openCorpus, terminalFor } from '../cli/context.js';
import type { Corpus, Span } from '../model.js';
import { resolveAny } from '../query/resolve.js';
import {
  actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, regionRecord, tally,
} from '../query/records.js';
import { toJson } from '../output/json.js';
import { flatCell, type Row } from '../output/listing.js';
import { inert } from '../output/inert.js';
import type { Terminal } from '../output/terminal.js';
import { writeOut } from '../output/write.js';
import { pagerWanted, writePaged } from '../output/paged.js';
import { wrap as wrapAnsi } from '../output/width.js';

/** The paragraph around a span, as UTF-16 offsets into the article text. */
export function paragraphAround(text: string, from: number, to: number): { from: number; to: number } {
  const before = text.lastIndexOf('\n\n', from);
  const after = text.indexOf('\n\n', to);
  return { from: before === -1 ? 0 : before + 2, to: after === -1 ? text.length : after };
}

function context(c: Corpus, span: Span): Row {
  const text = c.articles.find((a) => a.id === span.article)!.text;
  const p = paragraphAround(text, span.from, span.to);
  return { paragraph: text.slice(p.from, p.to), before: text.slice(p.from, span.from), after: text.slice(span.to, p.to) };
}

function renderFields(kind: string, record: Row, term: Terminal, ctx?: Row, span?: Span): string {
  const { chalk } = term;
  const lines = [`${chalk.bold(kind)} ${chalk.cyan(String(record.id))}`];
  const width = Math.max(...Object.keys(record).map((k) => k.length));
  for (const [k, v] of Object.entries(record)) {
    if (k === 'id' || v === null || (Array.isArray(v) && v.length === 0)) continue;
    const value = inert(flatCell(v));
    const wrapped = wrapAnsi(value, Math.max(20, term.width - width - 2), { hard: true }).split('\n');
    lines.push(`${chalk.dim(k.padEnd(width))}  ${wrapped.join(`\n${' '.repeat(width + 2)}`)}`);
  }
  if (ctx && span) {
    const marked = `${inert(String(ctx.before))}${chalk.bold.yellow(`[${inert(span.quote)}]`)}${inert(String(ctx.after))}`;
    lines.push('', chalk.dim(`context (line ${span.line}, column ${span.column}):`), wrapAnsi(marked, term.width, { hard: true }));
  }
  return `${lines.join('\n')}\n`;
}

export function registerShow(program: Command): void {
  addFormatOptions(
    program
      .command('show')
      .description('show any annotation, actor, agreement or article by id (an unambiguous prefix will do), with its context')
      .argument('<id>', 'e.g. mackay:c3, peter-mackay, us-china-cyber-accord, mackay'),
    ['table', 'json'],
    { fields: false },
  ).action((typed: string, opts: { format?: 'table' | 'json'; json?: boolean }, cmd: Command) => {
    const c = openCorpus(cmd);
    const r = resolveAny(c, typed);
    const t = tally(c);
    let record: Row;
    let span: Span | undefined;
    switch (r.kind) {
      case 'article':
        record = articleRecord(c.articles.find((a) => a.id === r.id)!, t);
        break;
      case 'actor':
        record = actorRecord(c.actors.find((a) => a.id === r.id)!, t);
        break;
      case 'agreement':
        record = agreementRecord(c.agreements.find((a) => a.id === r.id)!, t);
        break;
      case 'claim': {
        const claim = c.claims.find((x) => x.id === r.id)!;
        record = claimRecord(claim, actorIndex(c));
        span = claim;
        break;
      }
      case 'mention': {
        const m = c.mentions.find((x) => x.id === r.id)!;
        record = mentionRecord(m);
        span = m;
        break;
      }
      case 'region': {
        const reg = c.regions.find((x) => x.id === r.id)!;
        record = regionRecord(reg);
        span = reg;
        break;
      }
    }
    const ctx = span && context(c, span);
    if (chosenFormat(opts) === 'json') writeOut(`${toJson({ kind: r.kind, ...record, ...(ctx && { context: ctx }) })}\n`);
    else {
      const term = terminalFor(cmd);
      return writePaged(renderFields(r.kind, record, term, ctx, span), term, pagerWanted(cmd));
    }
  });
}
