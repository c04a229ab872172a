/**
 * The listings: `gloss list` (articles), `actors`, `agreements`, `claims`, `quotes`, `mentions`.
 * Each parses its filters, selects from the corpus and hands one Listing to `emit`.
 */
import { Option, type Command } from 'commander';
import { addFormatOptions, addLimitOption, emit, reportProblems, scopedCorpus, useCorpus, type FormatOptions } from '../cli/context.js';
import type { Store } from '../store/open.js';
import { actorRows, agreementRows, articleRows, articlesInvolving, partialCorpus, quotedClaims, talliesOf } from '../store/queries.js';
import { resolveArticleIn } from '../store/resolve.js';
import { GlossError } from '../errors.js';
import { ACTOR_TYPES, AGREEMENT_STATUSES, ATTRIBUTIONS, CLAIM_TYPES } from '../vocabulary.js';
import { resolveActor, resolveArticle, resolveSubject } from '../query/resolve.js';
import {
  actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, listings, mentionRecord,
} from '../query/records.js';
import type { Claim, Corpus } from '../model.js';
import { agentIds, hasAny } from '../query/agents.js';

interface ClaimFilters extends FormatOptions {
  article?: string;
  actor?: string;
  /** With `actor`: match it at any link of the attribution chain, not only as the source. */
  anyLink?: boolean;
  via?: string;
  about?: string;
  type?: string;
  attribution?: string;
}

export function filterClaims(c: Corpus, f: ClaimFilters): Claim[] {
  const article = f.article && resolveArticle(c, f.article);
  const actor = f.actor ? agentIds(c, resolveActor(c, f.actor)) : undefined;
  const via = f.via ? agentIds(c, resolveActor(c, f.via)) : undefined;
  const about = f.about ? agentIds(c, resolveSubject(c, f.about)) : undefined;
  return c.claims.filter(
    (cl) =>
      (!article || cl.article === article) &&
      (!actor || actor.has(cl.source) || (f.anyLink === true && hasAny(actor, cl.via))) &&
      (!via || hasAny(via, cl.via)) &&
      (!about || hasAny(about, cl.about)) &&
      (!f.type || cl.type === f.type) &&
      (!f.attribution || cl.attribution === f.attribution),
  );
}

/** The registry alone, for resolving an actor or agreement before any article is read. */
function registry(s: Store): Corpus {
  return partialCorpus('', { actors: actorRows(s.db).map((a) => a.actor), agreements: agreementRows(s.db).map((a) => a.agreement) });
}

/**
 * The articles a listing filtered by article, actor or subject can draw from, found through the
 * database ('all' without such a filter): the listing's own filter then picks its rows from them.
 */
function articlesFor(s: Store, f: { article?: string; actor?: string; via?: string; about?: string }): readonly string[] | 'all' {
  if (f.article) return [resolveArticleIn(s.db, f.article)];
  const r = f.actor ?? f.via ?? f.about;
  if (r === undefined) return 'all';
  const reg = registry(s);
  return articlesInvolving(s.db, agentIds(reg, f.about !== undefined && r === f.about ? resolveSubject(reg, r) : resolveActor(reg, r)));
}

/** A listing filtered by who (actor, relay or subject) and not by article: the articles it draws from are found through an index. */
const byWho = (f: { article?: string; actor?: string; via?: string; about?: string }) => !f.article && (f.actor ?? f.via ?? f.about) !== undefined;

function claimCommand(program: Command, name: string, description: string, quotesOnly = false): void {
  addFormatOptions(
    addLimitOption(program
      .command(name)
      .description(description)
      .option('-a, --article <id>', 'only in this article (any unambiguous prefix)')
      .option('--actor <id>', 'only claims this actor holds (a state and its government are one actor)')
      .option('--any-link', 'with --actor: also the claims the actor relays (any link of the attribution chain)')
      .option('--via <id>', 'only claims relayed through this actor (a link of the attribution chain)')
      .option('--about <id>', 'only claims about this actor or agreement')
      .addOption(new Option('-t, --type <type>', 'only claims of this type').choices(CLAIM_TYPES))
      .addOption(new Option('--attribution <how>', quotesOnly ? 'direct alone: quotes are direct claims (claims --attribution lists the others)' : 'only claims attributed this way').choices(ATTRIBUTIONS))),
  ).action(async (opts: ClaimFilters, cmd: Command) => {
    // quotes lists direct claims alone: another attribution matched nothing, and was taken as an
    // empty answer (exit 1), not as a question asked of the wrong listing.
    if (quotesOnly && opts.attribution !== undefined && opts.attribution !== 'direct') {
      throw new GlossError(`quotes lists direct claims only, so --attribution ${opts.attribution} matches none: gloss claims --attribution ${opts.attribution} lists them`);
    }
    let quoted: ReadonlySet<string> | undefined;
    const { corpus: c } = await scopedCorpus(
      cmd,
      (s) => {
        // Which claims are quotations was decided when the database was built (query/quotes.ts).
        if (quotesOnly) quoted = quotedClaims(s.db);
        return articlesFor(s, opts);
      },
      // A claim listing reads no mention or region. Filtered by who (not by article), any article may
      // have come to name them since the index was made: every file is checked.
      { texts: false, annotations: ['claims'], everyFile: () => byWho(opts) },
    );
    const actors = actorIndex(c);
    const claims = filterClaims(c, opts).filter((cl) => !quoted || quoted.has(cl.id));
    return emit(cmd, listings.claims(claims.map((cl) => claimRecord(cl, actors))), opts);
  });
}

export function registerListings(program: Command): void {
  addFormatOptions(addLimitOption(program.command('list').description('list the articles of the corpus'))).action(async (opts: FormatOptions, cmd: Command) => {
    // The articles' rows without their texts: the counts were made when the database was built.
    const rows = await useCorpus(cmd, async (s) => {
      await s.ensure('all');
      reportProblems(s);
      return articleRows(s.db, null, false);
    });
    const t = talliesOf(rows, [], []);
    return emit(cmd, listings.articles(rows.map((a) => articleRecord(a.article, t, a.characters))), opts);
  });

  addFormatOptions(
    addLimitOption(program
      .command('actors')
      .description('list the registered actors, with their mentions and the claims they make and are about')
      .addOption(new Option('-t, --type <type>', 'only actors of this type').choices(ACTOR_TYPES))
      .option('-a, --article <id>', 'only actors mentioned in this article')),
  ).action(async (opts: FormatOptions & { type?: string; article?: string }, cmd: Command) => {
    // Each actor's counts are the whole corpus's: every file is checked.
    const { corpus: c, tallies: t } = await scopedCorpus(cmd, (s) => (opts.article ? [resolveArticleIn(s.db, opts.article)] : []), { everyFile: () => true });
    const article = opts.article && resolveArticle(c, opts.article);
    const inArticle = article ? new Set(c.mentions.filter((m) => m.article === article).map((m) => m.actor)) : null;
    const rows = c.actors.filter((a) => (!opts.type || a.type === opts.type) && (!inArticle || inArticle.has(a.id)));
    return emit(cmd, listings.actors(rows.map((a) => actorRecord(a, t))), opts);
  });

  addFormatOptions(
    addLimitOption(program
      .command('agreements')
      .description('list the agreements discussed: parties, date, status')
      .addOption(new Option('-s, --status <status>', 'only agreements with this status').choices(AGREEMENT_STATUSES))
      .option('--party <id>', 'only agreements this actor is a party to')
      .option('-a, --article <id>', 'only agreements mentioned in this article')),
  ).action(async (opts: FormatOptions & { status?: string; party?: string; article?: string }, cmd: Command) => {
    // As actors: counts over the whole corpus.
    const { corpus: c, tallies: t } = await scopedCorpus(cmd, (s) => (opts.article ? [resolveArticleIn(s.db, opts.article)] : []), { everyFile: () => true });
    const party = opts.party && resolveActor(c, opts.party);
    // As actors --article: those the article mentions by name or description.
    const article = opts.article && resolveArticle(c, opts.article);
    const inArticle = article ? new Set(c.mentions.filter((m) => m.article === article).map((m) => m.agreement)) : null;
    const rows = c.agreements.filter((a) => (!opts.status || a.status === opts.status) && (!party || a.parties.includes(party)) && (!inArticle || inArticle.has(a.id)));
    return emit(cmd, listings.agreements(rows.map((a) => agreementRecord(a, t))), opts);
  });

  claimCommand(program, 'claims', 'list the claims: who claims what, how, about whom');
  claimCommand(program, 'quotes', 'list the direct quotations with their speakers', true);

  addFormatOptions(
    addLimitOption(program
      .command('mentions')
      .description('list the tagged mentions of actors and agreements')
      .option('-a, --article <id>', 'only in this article')
      .option('--actor <id>', 'only mentions of this actor (or its state or government) or agreement')),
  ).action(async (opts: FormatOptions & { article?: string; actor?: string }, cmd: Command) => {
    const { corpus: c } = await scopedCorpus(cmd, (s) => articlesFor(s, { article: opts.article, about: opts.actor }), { texts: false, annotations: ['mentions'], everyFile: () => byWho({ about: opts.actor, article: opts.article }) });
    const article = opts.article && resolveArticle(c, opts.article);
    const who = opts.actor ? agentIds(c, resolveSubject(c, opts.actor)) : undefined;
    const rows = c.mentions.filter((m) => (!article || m.article === article) && (!who || who.has((m.actor ?? m.agreement)!)));
    return emit(cmd, listings.mentions(rows.map(mentionRecord)), opts);
  });
}

