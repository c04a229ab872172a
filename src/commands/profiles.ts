/** `gloss actor ID` and `gloss agreement ID`: a profile, for people or (--json) for scripts. */
import { Option, type Command } from 'commander';
import { chosenFormat, scopedCorpus, terminalFor } from '../cli/context.js';
import { actorRows, agreementRows, articlesInvolving, partialCorpus } from '../store/queries.js';
import { agentIds } from '../query/agents.js';
import { resolveActor, resolveAgreement } from '../query/resolve.js';
import { actorProfile, agreementProfile } from '../query/profiles.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import type { Row } from '../output/listing.js';
import type { Terminal } from '../output/terminal.js';
import { writeOut } from '../output/write.js';

type ClaimRow = { id: string; sourceName: string; attribution: string; type: string; quote: string; date?: string };

function claimLines(rows: readonly ClaimRow[], term: Terminal, withDate = false): string[] {
  if (rows.length === 0) return ['  (none)'];
  return rows.map((r) => {
    const quote = r.quote.replace(/\s+/g, ' ');
    const short = quote.length > 110 ? `${quote.slice(0, 107)}…` : quote;
    return `  ${withDate ? `${r.date}  ` : ''}${term.chalk.cyan(r.id)}  ${r.sourceName}, ${r.attribution} ${r.type}: “${short}”`;
  });
}

function renderActor(p: Row, term: Terminal): string {
  const { chalk } = term;
  const mentions = Object.entries(p.mentions as Record<string, number>);
  return [
    `${chalk.bold(String(p.name))}  ${chalk.dim(`${p.id} · ${p.type}`)}`,
    ...(p.role ? [`role: ${p.role}`] : []),
    ...(p.affiliation ? [`affiliation: ${p.affiliation}`] : []),
    ...((p.aliases as string[]).length ? [`aliases: ${(p.aliases as string[]).join(', ')}`] : []),
    '',
    chalk.bold('Mentions'),
    ...(mentions.length ? mentions.map(([a, n]) => `  ${a}: ${n}`) : ['  (none)']),
    '',
    chalk.bold('Claims made'),
    ...claimLines(p.claimsMade as ClaimRow[], term),
    '',
    chalk.bold('Claims relayed'),
    ...claimLines(p.claimsRelayed as ClaimRow[], term),
    '',
    chalk.bold('Claims about'),
    ...claimLines(p.claimsAbout as ClaimRow[], term),
  ].join('\n');
}

function renderAgreement(p: Row, term: Terminal): string {
  const { chalk } = term;
  const history = p.history as { status: string; date: string; article: string; source: string | null }[];
  return [
    `${chalk.bold(String(p.name))}  ${chalk.dim(String(p.id))}`,
    `status: ${p.status}${p.date ? ` (${p.date})` : ''}`,
    `parties: ${(p.parties as { name: string }[]).map((x) => x.name).join(', ')}`,
    ...(p.scope ? [`scope: ${p.scope}`] : []),
    ...(p.excludes ? [`excludes: ${p.excludes}`] : []),
    '',
    chalk.bold('Status history'),
    ...(history.length ? history.map((h) => `  ${h.date}  ${h.status.padEnd(16)} ${h.article}${h.source ? ` (${h.source})` : ''}`) : ['  (none)']),
    '',
    chalk.bold('Timeline of claims about it'),
    ...claimLines(p.timeline as ClaimRow[], term, true),
  ].join('\n');
}

function inertDeep(v: unknown): unknown {
  if (typeof v === 'string') return inert(v);
  if (Array.isArray(v)) return v.map(inertDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, inertDeep(x)]));
  return v;
}

function profileCommand(program: Command, name: 'actor' | 'agreement'): void {
  program
    .command(name)
    .description(name === 'actor' ? 'profile of an actor: role, mentions per article, claims made and claims about it' : 'profile of an agreement: parties, status history, a timeline of the claims about it')
    .argument('<id>', `${name} id (an unambiguous prefix will do)`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
    .option('--json', 'shorthand for --format json')
    .action(async (typed: string, opts: { format?: 'table' | 'json'; json?: boolean }, cmd: Command) => {
      // Only the articles where the actor (with its state or government) or agreement appears are read.
      let id = '';
      const { corpus: c } = await scopedCorpus(cmd, (s) => {
        const registry = partialCorpus('', { actors: actorRows(s.db).map((a) => a.actor), agreements: agreementRows(s.db).map((a) => a.agreement) });
        id = name === 'actor' ? resolveActor(registry, typed) : resolveAgreement(registry, typed);
        return articlesInvolving(s.db, name === 'actor' ? agentIds(registry, id) : [id]);
      });
      const profile = name === 'actor' ? actorProfile(c, id) : agreementProfile(c, id);
      if (chosenFormat(opts) === 'json') writeOut(`${toJson(profile)}\n`);
      else {
        const term = terminalFor(cmd);
        // Corpus text is made inert before any colour of ours is added around it.
        const safe = inertDeep(profile) as Row;
        const text = name === 'actor' ? renderActor(safe, term) : renderAgreement(safe, term);
        writeOut(`${text}\n`);
      }
    });
}

export function registerProfiles(program: Command): void {
  profileCommand(program, 'actor');
  profileCommand(program, 'agreement');
}
