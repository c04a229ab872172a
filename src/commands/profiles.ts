/** `gloss actor ID` and `gloss agreement ID`: a profile, for people or (--json) for scripts. */
import { Option, type Command } from 'commander';
import { chosenFormat, reportProblems, terminalFor, useCorpus } from '../cli/context.js';
import { actorRows, agreementRows, idsOf, partialCorpus, subjectCorpus } from '../store/queries.js';
import { agentIds } from '../query/agents.js';
import { resolveActor, resolveAgreement } from '../query/resolve.js';
import { actorProfile, agreementProfile } from '../query/profiles.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import { isVerbatim, words } from '../output/citation.js';
import { writeOut } from '../output/write.js';
import type { Row } from '../output/listing.js';
import type { Terminal } from '../output/terminal.js';
import { displayWidth, wrap } from '../output/width.js';
import { pagerWanted, writePaged } from '../output/paged.js';
import { articleAbbreviations, shortId } from '../query/short-ids.js';

type ClaimRow = { id: string; sourceName: string; attribution: string; type: string; quote: string; date?: string | null; verbatim?: boolean };

/**
 * Lines of `label  text` with the labels in one column and the text wrapped at word boundaries to the
 * terminal, continuation lines under the text's first column; where the labels leave the text too
 * little room, the text goes on its own lines beneath, indented. Nothing is cut.
 */
export function aligned(rows: readonly [string, string][], term: Terminal, indent = 2): string[] {
  const { chalk } = term;
  const label = Math.max(0, ...rows.map(([l]) => displayWidth(l)));
  const room = term.width - indent - label - 2;
  const beneath = room < 30;
  return rows.flatMap(([l, text]) => {
    const padded = l + ' '.repeat(label - displayWidth(l));
    if (beneath && displayWidth(text) > room) {
      const under = wrap(text, Math.max(10, term.width - indent - 4), { hard: true, trim: true }).split('\n');
      return [`${' '.repeat(indent)}${chalk.cyan(l.trimEnd())}`, ...under.map((x) => `${' '.repeat(indent + 4)}${x}`)];
    }
    const lines = wrap(text, room, { hard: true, trim: true }).split('\n');
    return lines.map((x, k) => `${' '.repeat(indent)}${k === 0 ? chalk.cyan(padded) : ' '.repeat(label)}  ${x}`);
  });
}

function claimLines(rows: readonly ClaimRow[], term: Terminal, withDate = false): string[] {
  if (rows.length === 0) return ['  (none)'];
  // Ids shortened as in tables (collins:c12), so the labels leave the words their room.
  const dated = Math.max(0, ...rows.map((r) => (r.date ?? '?').length));
  return aligned(
    rows.map((r) => [`${withDate ? `${(r.date ?? '?').padEnd(dated)}  ` : ''}${r.id}`, `${r.sourceName}, ${r.attribution} ${r.type}: ${words({ quote: r.quote.replace(/\s+/g, ' '), verbatim: r.verbatim === true })}`]),
    term,
  );
}

/** The name in bold and its id beside it, or under it where the line is too short for both. */
function heading(term: Terminal, name: string, id: string): string {
  const { chalk } = term;
  const title = wrap(name, term.width, { hard: true, trim: true });
  const last = title.split('\n').at(-1)!;
  const sep = displayWidth(last) + 2 + displayWidth(id) <= term.width ? '  ' : '\n';
  return `${chalk.bold(title)}${sep}${chalk.dim(id)}`;
}

/** `label: value` lines, wrapped under their value; empty values left out. */
function fields(term: Terminal, rows: [string, string | undefined][]): string[] {
  return rows.flatMap(([label, value]) => {
    if (!value) return [];
    const room = Math.max(10, term.width - label.length - 2);
    const lines = wrap(value, room, { hard: true, trim: true }).split('\n');
    return lines.map((l, k) => `${k === 0 ? `${label}: ` : ' '.repeat(label.length + 2)}${l}`);
  });
}

function renderActor(p: Row, term: Terminal): string {
  const { chalk } = term;
  const mentions = Object.entries(p.mentions as Record<string, number>);
  return [
    heading(term, String(p.name), `${p.id} · ${p.type}`),
    ...fields(term, [
      ['role', p.role as string | undefined],
      ['affiliation', p.affiliation as string | undefined],
      ['aliases', (p.aliases as string[]).join(', ')],
      ['note', p.note as string | undefined],
    ]),
    '',
    chalk.bold('Mentions'),
    ...(mentions.length ? aligned(mentions.map(([a, n]) => [a, String(n)]), term) : ['  (none)']),
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
    heading(term, String(p.name), String(p.id)),
    ...fields(term, [
      ['status', `${p.status}${p.date ? ` (${p.date})` : ''}`],
      ['parties', (p.parties as { name: string }[]).map((x) => x.name).join(', ')],
      ['scope', p.scope as string | undefined],
      ['excludes', p.excludes as string | undefined],
      ['mentions', String(p.mentions)],
      ['note', p.note as string | undefined],
    ]),
    '',
    chalk.bold('Status history'),
    // Dates of every precision (2024, 2024-05, 2024-05-15) in one column, and the statuses in the next.
    ...(history.length
      ? aligned(
          history.map((h) => [`${h.date.padEnd(Math.max(...history.map((x) => x.date.length)))}  ${h.status.padEnd(Math.max(...history.map((x) => x.status.length)))}`, `${h.article}${h.source ? ` (${h.source})` : ''}`]),
          term,
        )
      : ['  (none)']),
    '',
    chalk.bold('Timeline of claims about it'),
    ...claimLines(p.timeline as ClaimRow[], term, true),
  ].join('\n');
}

/** The profile with its claims' ids in their short form, for people, and whether their words are quoted. */
function shortIds(profile: Row, short: (id: string) => string, verbatim: ReadonlySet<string>): Row {
  const rows = (v: unknown) => (Array.isArray(v) ? v.map((r: ClaimRow) => ({ ...r, id: short(r.id), verbatim: verbatim.has(r.id) })) : v);
  return { ...profile, claimsMade: rows(profile.claimsMade), claimsRelayed: rows(profile.claimsRelayed), claimsAbout: rows(profile.claimsAbout), timeline: rows(profile.timeline) } as Row;
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
      // Only the rows that name the actor (with its state or government) or agreement are read, and
      // their articles (store/queries.ts subjectCorpus). Any article may name it, an edit saved in place
      // too: every file is checked first.
      let id = '';
      let allArticles: string[] = [];
      const c = await useCorpus(cmd, async (s) => {
        await s.ensure('all');
        reportProblems(s);
        const registry = partialCorpus('', { actors: actorRows(s.db).map((a) => a.actor), agreements: agreementRows(s.db).map((a) => a.agreement) });
        id = name === 'actor' ? resolveActor(registry, typed) : resolveAgreement(registry, typed);
        allArticles = idsOf(s.db, 'articles');
        return subjectCorpus(s.db, s.meta('dir')!, name === 'actor' ? [...agentIds(registry, id)] : [id], id);
      });
      const profile = name === 'actor' ? actorProfile(c, id) : agreementProfile(c, id);
      if (chosenFormat(opts) === 'json') writeOut(`${toJson(profile)}\n`);
      else {
        const term = terminalFor(cmd);
        // Corpus text is made inert before any colour of ours is added around it.
        // Shortened among every article of the corpus, not the profile's few: `city:c1` of city-council
        // is no id where city-budget is an article too.
        const short = articleAbbreviations(allArticles);
        const texts = new Map(c.articles.map((a) => [a.id, a.text]));
        const verbatim = new Set(c.claims.filter((cl) => isVerbatim(cl, texts.get(cl.article)!)).map((cl) => cl.id));
        const safe = inertDeep(shortIds(profile, (id) => shortId(id, short), verbatim)) as Row;
        const text = name === 'actor' ? renderActor(safe, term) : renderAgreement(safe, term);
        await writePaged(`${text}\n`, term, pagerWanted(cmd));
      }
    });
}

export function registerProfiles(program: Command): void {
  profileCommand(program, 'actor');
  profileCommand(program, 'agreement');
}
