/** `gloss show ID`: any article, actor, agreement, claim, mention or region, with its context. */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, scoped, soundAll, terminalFor, useCorpus } from '../cli/context.js';
import type { Span } from '../model.js';
import { resolveAnyIn } from '../store/resolve.js';
import { actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, regionRecord } from '../query/records.js';
import { actorRows, agreementRows, articleRows, claimsWhere, mentionsWhere, regionsWhere, talliesOf } from '../store/queries.js';
import type { Store } from '../store/open.js';
import { toJson } from '../output/json.js';
import { flatCell, type Row } from '../output/listing.js';
import { inert } from '../output/inert.js';
import type { Terminal } from '../output/terminal.js';
import { writeOut } from '../output/write.js';
import { wrap as wrapAnsi } from '../output/width.js';

/** The paragraph around a span, as UTF-16 offsets into the article text. */
export function paragraphAround(text: string, from: number, to: number): { from: number; to: number } {
  const before = text.lastIndexOf('\n\n', from);
  const after = text.indexOf('\n\n', to);
  return { from: before === -1 ? 0 : before + 2, to: after === -1 ? text.length : after };
}

function context(text: string, span: Span): Row {
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
  ).action((typed: string, opts: { format?: 'table' | 'json'; json?: boolean }, cmd: Command) => useCorpus(cmd, async (s) => {
    // An annotation or an article is read from its own article's rows; an actor's or agreement's
    // counts span the corpus, so for them every file is checked for changes.
    const r = await scoped(s, () => resolveAnyIn(s.db, typed), (found) => (found.kind === 'actor' || found.kind === 'agreement' ? [] : [articleOf(s, found)]));
    if (r.kind === 'actor' || r.kind === 'agreement') await soundAll(s);
    const { record, span } = recordOf(s, r);
    const ctx = span && context(articleRows(s.db, [span.article], true)[0]!.article.text, span);
    if (chosenFormat(opts) === 'json') writeOut(`${toJson({ kind: r.kind, ...record, ...(ctx && { context: ctx }) })}\n`);
    else writeOut(renderFields(r.kind, record, terminalFor(cmd), ctx, span));
  }));
}

/** The article an annotation id (or an article id) belongs to. */
function articleOf(s: Store, r: { kind: string; id: string }): string {
  if (r.kind === 'article') return r.id;
  const table = r.kind === 'claim' ? 'claims' : r.kind === 'mention' ? 'mentions' : 'regions';
  return s.db.prepare(`SELECT article FROM ${table} WHERE id = ?`).get(r.id)!.article as string;
}

function recordOf(s: Store, r: { kind: string; id: string }): { record: Row; span?: Span } {
  const actors = () => actorRows(s.db);
  switch (r.kind) {
    case 'article': {
      const a = articleRows(s.db, [r.id], false)[0]!;
      return { record: articleRecord(a.article, talliesOf([a], [], []), a.characters) };
    }
    case 'actor': {
      const a = actors().find((x) => x.actor.id === r.id)!;
      return { record: actorRecord(a.actor, talliesOf([], [a], [])) };
    }
    case 'agreement': {
      const a = agreementRows(s.db).find((x) => x.agreement.id === r.id)!;
      return { record: agreementRecord(a.agreement, talliesOf([], [], [a])) };
    }
    case 'claim': {
      const claim = claimsWhere(s.db, { id: r.id })[0]!;
      return { record: claimRecord(claim, new Map(actors().map((a) => [a.actor.id, a.actor]))), span: claim };
    }
    case 'mention': {
      const m = mentionsWhere(s.db, { id: r.id })[0]!;
      return { record: mentionRecord(m), span: m };
    }
    default: {
      const reg = regionsWhere(s.db, { id: r.id })[0]!;
      return { record: regionRecord(reg), span: reg };
    }
  }
}
