/**
 * The listings: `gloss list` (articles), `actors`, `agreements`, `claims`, `quotes`, `mentions`.
 * Each parses its filters, selects from the corpus and hands one Listing to `emit`.
 */
import { Option, type Command } from 'commander';
import { addFormatOptions, emit, scoped, soundAll, useCorpus, type FormatOptions } from '../cli/context.js';
import { ACTOR_TYPES, AGREEMENT_STATUSES, ATTRIBUTIONS, CLAIM_TYPES } from '../vocabulary.js';
import { resolveActorIn, resolveArticleIn, resolveSubjectIn } from '../store/resolve.js';
import { actorRecord, agreementRecord, articleRecord, claimRecord, listings, mentionRecord } from '../query/records.js';
import type { Claim } from '../model.js';
import { actorRows, agreementRows, articleRows, claimsWhere, mentionsWhere, talliesOf } from '../store/queries.js';
import type { Store } from '../store/open.js';

interface ClaimFilters extends FormatOptions {
  article?: string;
  actor?: string;
  about?: string;
  type?: string;
  attribution?: string;
}

/**
 * The claims a listing's filters select, through the database's indexes. With --article only that
 * article's files are checked for changes; otherwise every file.
 */
export async function filterClaims(s: Store, f: ClaimFilters, quotation?: boolean): Promise<Claim[]> {
  const article = f.article ? await articleScope(s, f.article) : undefined;
  if (article === undefined) await soundAll(s);
  const actor = f.actor ? resolveActorIn(s.db, f.actor) : undefined;
  const about = f.about ? resolveSubjectIn(s.db, f.about) : undefined;
  return claimsWhere(s.db, {
    ...(article && { article }),
    ...(actor && { actor }),
    ...(about && { about }),
    ...(f.type && { type: f.type }),
    ...(f.attribution && { attribution: f.attribution }),
    ...(quotation !== undefined && { quotation }),
  });
}

/** An --article filter, resolved; that article's files checked for changes. */
const articleScope = (s: Store, typed: string) => scoped(s, () => resolveArticleIn(s.db, typed), (id) => [id]);

const actorIndexOf = (s: Store) => new Map(actorRows(s.db).map((a) => [a.actor.id, a.actor]));

function claimCommand(program: Command, name: string, description: string, quotation?: boolean): void {
  addFormatOptions(
    program
      .command(name)
      .description(description)
      .option('-a, --article <id>', 'only in this article (any unambiguous prefix)')
      .option('--actor <id>', 'only claims this actor makes (or reports)')
      .option('--about <id>', 'only claims about this actor or agreement')
      .addOption(new Option('-t, --type <type>', 'only claims of this type').choices(CLAIM_TYPES))
      .addOption(new Option('--attribution <how>', 'only claims attributed this way').choices(ATTRIBUTIONS)),
  ).action((opts: ClaimFilters, cmd: Command) => useCorpus(cmd, async (s) => {
    const claims = await filterClaims(s, opts, quotation);
    const actors = actorIndexOf(s);
    emit(cmd, listings.claims(claims.map((cl) => claimRecord(cl, actors))), opts);
  }));
}

export function registerListings(program: Command): void {
  addFormatOptions(program.command('list').description('list the articles of the corpus')).action((opts: FormatOptions, cmd: Command) => useCorpus(cmd, async (s) => {
    await soundAll(s);
    // The articles' metadata and counts, not their texts.
    const rows = articleRows(s.db, null, false);
    const t = talliesOf(rows, [], []);
    emit(cmd, listings.articles(rows.map((a) => articleRecord(a.article, t, a.characters))), opts);
  }));

  addFormatOptions(
    program
      .command('actors')
      .description('list the registered actors, with their mentions and the claims they make and are about')
      .addOption(new Option('-t, --type <type>', 'only actors of this type').choices(ACTOR_TYPES))
      .option('-a, --article <id>', 'only actors mentioned in this article'),
  ).action((opts: FormatOptions & { type?: string; article?: string }, cmd: Command) => useCorpus(cmd, async (s) => {
    // The counts span the corpus: every file is checked for changes.
    await soundAll(s);
    const article = opts.article && resolveArticleIn(s.db, opts.article);
    const inArticle = article ? new Set(mentionsWhere(s.db, { article }).map((m) => m.actor)) : null;
    const all = actorRows(s.db);
    const t = talliesOf([], all, []);
    const rows = all.map((a) => a.actor).filter((a) => (!opts.type || a.type === opts.type) && (!inArticle || inArticle.has(a.id)));
    emit(cmd, listings.actors(rows.map((a) => actorRecord(a, t))), opts);
  }));

  addFormatOptions(
    program
      .command('agreements')
      .description('list the agreements discussed: parties, date, status')
      .addOption(new Option('-s, --status <status>', 'only agreements with this status').choices(AGREEMENT_STATUSES))
      .option('--party <id>', 'only agreements this actor is a party to'),
  ).action((opts: FormatOptions & { status?: string; party?: string }, cmd: Command) => useCorpus(cmd, async (s) => {
    await soundAll(s);
    const party = opts.party && resolveActorIn(s.db, opts.party);
    const all = agreementRows(s.db);
    const t = talliesOf([], [], all);
    const rows = all.map((a) => a.agreement).filter((a) => (!opts.status || a.status === opts.status) && (!party || a.parties.includes(party)));
    emit(cmd, listings.agreements(rows.map((a) => agreementRecord(a, t))), opts);
  }));

  claimCommand(program, 'claims', 'list the claims: who claims what, how, about whom');
  claimCommand(program, 'quotes', 'list the direct quotations with their speakers', true);

  addFormatOptions(
    program
      .command('mentions')
      .description('list the tagged mentions of actors and agreements')
      .option('-a, --article <id>', 'only in this article')
      .option('--actor <id>', 'only mentions of this actor or agreement'),
  ).action((opts: FormatOptions & { article?: string; actor?: string }, cmd: Command) => useCorpus(cmd, async (s) => {
    const article = opts.article ? await articleScope(s, opts.article) : undefined;
    if (article === undefined) await soundAll(s);
    const who = opts.actor ? resolveSubjectIn(s.db, opts.actor) : undefined;
    const rows = mentionsWhere(s.db, { ...(article && { article }), ...(who && { subject: who }) });
    emit(cmd, listings.mentions(rows.map(mentionRecord)), opts);
  }));
}

