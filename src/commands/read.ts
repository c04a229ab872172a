/**
 * `gloss read ARTICLE`: the article in the terminal, each claim highlighted with its source beside it.
 * The renderer (and marked-terminal behind it) is imported only here, when read mode runs, so the
 * other commands do not pay for loading it.
 */
import { writeErr } from '../output/write.js';
import type { Command } from 'commander';
import { scopedCorpus, terminalFor } from '../cli/context.js';
import { placeOf, resolveArticleIn } from '../store/resolve.js';
import { GlossError } from '../errors.js';
import { pagerWanted } from '../output/paged.js';
import { resolveActor, resolveAny, resolveArticle, type Resolved } from '../query/resolve.js';
import { aOrAn } from '../text/english.js';
import type { Corpus } from '../model.js';

interface ReadOpts {
  claim?: string;
  at?: string;
  actor?: string;
}

export function registerRead(program: Command): void {
  program
    .command('read')
    .description('read an article with every claim highlighted and its note beside it (paged on a terminal)')
    .argument('[article]', 'article id (an unambiguous prefix will do); optional with --claim ARTICLE:ID or --at ID')
    .option('--claim <id>', 'open at one claim: its paragraph, highlighted, with its full annotation (c4, or mackay:c4)')
    .option('--at <id>', 'open the whole article at a place, highlighted: any id gloss prints (mackay:c4, mackay:m1234, et-cyber-deal-2017@2225; c4 or @2225 in the article given)')
    .option('--actor <id>', 'mark only what this actor claims or reports, and where it is mentioned')
    .action(async (typed: string | undefined, opts: ReadOpts, cmd: Command) => {
      // c4 alone names a place only in an article given: said so (as for @2225), not "no id".
      if (typed === undefined && opts.at !== undefined && LOCAL_ID.test(opts.at)) throw new GlossError(`--at ${opts.at} needs an article: gloss read ARTICLE --at ${opts.at}, or --at ARTICLE:${opts.at}`);
      if (typed === undefined && opts.claim !== undefined && /@\d*$/.test(opts.claim)) throw new GlossError(`${opts.claim} is a passage, not a claim: --claim takes a claim id (ARTICLE:c4, or c4 after the article); --at takes a passage`);
      const local = opts.at === undefined || namesArticle(opts.at) ? undefined : inArticle(opts.at, typed);
      // Only the article read (and the registry): found from what was typed, through the database.
      const { corpus: c } = await scopedCorpus(cmd, (s) => {
        const named = typed === undefined ? [] : [resolveArticleIn(s.db, typed)];
        for (const id of [opts.claim?.includes(':') ? opts.claim : undefined, opts.at]) {
          if (id === undefined) continue;
          let place;
          try {
            place = placeOf(s.db, id);
          } catch (e) {
            // An id taken in the article typed (c4) need name nothing of its own.
            if (!(e instanceof GlossError) || id !== opts.at || local === undefined) throw e;
          }
          if (place && 'article' in place) named.push(place.article);
        }
        return [...new Set(named)];
      });
      let article = typed === undefined ? undefined : resolveArticle(c, typed);
      let claim: string | undefined;
      if (opts.claim !== undefined) {
        const qualified = opts.claim.includes(':') ? opts.claim : article ? `${article}:${opts.claim}` : undefined;
        if (qualified === undefined) {
          // An id of something else (an actor, a passage) is said to be that, not to need an article.
          const other = resolvedOrNot(c, opts.claim);
          if (other) throw new GlossError(`${other.id} is ${aOrAn(other.kind)}, not a claim: --claim takes a claim id (ARTICLE:c4, or c4 after the article)`);
          throw new GlossError('--claim needs an article: gloss read ARTICLE --claim c4, or --claim ARTICLE:c4');
        }
        const r = resolveAny(c, qualified);
        if (r.kind !== 'claim') throw new GlossError(`${r.id} is ${aOrAn(r.kind)}, not a claim`);
        claim = r.id;
        const of = c.claims.find((x) => x.id === claim)!.article;
        if (article !== undefined && article !== of) throw new GlossError(`claim ${claim} is not in article ${article}`);
        article = of;
      }
      let at: { from: number; to: number } | undefined;
      if (opts.at !== undefined) {
        if (opts.claim !== undefined) throw new GlossError('give --claim or --at, not both');
        const r = local === undefined ? resolveAny(c, opts.at) : resolveLocal(c, local, opts.at);
        const span =
          r.kind === 'passage' ? r.span
          : r.kind === 'claim' ? c.claims.find((x) => x.id === r.id)
          : r.kind === 'mention' ? c.mentions.find((x) => x.id === r.id)
          : r.kind === 'region' ? c.regions.find((x) => x.id === r.id)
          : undefined;
        if (span === undefined) throw new GlossError(`${r.id} is ${aOrAn(r.kind)}, not a place in an article: --at takes a claim, mention, region or passage id`);
        if (article !== undefined && article !== span.article) throw new GlossError(`${r.id} is not in article ${article}`);
        article = span.article;
        at = { from: span.from, to: span.to };
      }
      if (article === undefined) throw new GlossError('which article? gloss read ARTICLE (gloss list lists them)');
      const actor = opts.actor === undefined ? undefined : resolveActor(c, opts.actor);
      const term = terminalFor(cmd);
      const [{ renderRead }, { choosePager, page }] = await Promise.all([import('../read/view.js'), import('../read/pager.js')]);
      const result = renderRead(c, { article, claim, actor, at }, term);
      if (!result.found) {
        writeErr(`gloss: ${actor} makes no claim and is not mentioned in ${article}\n`);
        process.exitCode = 1;
      }
      await page(result.output, choosePager(process.env, term.isTTY, pagerWanted(cmd), result.line));
    });
}

/** Whether an id names its article (mackay:c4, mackay@2225, a URN): else it is a place in the article typed. */
const namesArticle = (id: string) => id.includes(':') || /^[^@]+@/.test(id);

/**
 * An id given to --at as a place in the article typed: `c4` is ARTICLE:c4 and `@2225` ARTICLE@2225,
 * as --claim c4 is (`gloss read mackay --at c4` said "no id c4"). `@2225` with no article typed is
 * refused with the two ways to give one; any other id with none is taken as it is.
 */
function inArticle(id: string, typed: string | undefined): string | undefined {
  if (typed === undefined) {
    if (id.startsWith('@')) throw new GlossError(`--at ${id} needs an article: gloss read ARTICLE --at ${id}, or --at ARTICLE${id}`);
    return undefined;
  }
  return id.startsWith('@') ? `${typed}${id}` : `${typed}:${id}`;
}

/** The place `local` (in the article typed); where there is none, `id` as it is (an actor's id is told as not a place), else the place's own error. */
function resolveLocal(c: Corpus, local: string, id: string): ReturnType<typeof resolveAny> {
  try {
    return resolveAny(c, local);
  } catch (e) {
    if (!(e instanceof GlossError) || id.startsWith('@')) throw e;
    try {
      return resolveAny(c, id);
    } catch {
      throw e;
    }
  }
}

/** A claim, mention or region's id within its article (c4, c16a, m1234, m1234-2), as read --at takes it after the article. */
const LOCAL_ID = /^[a-z]\d+[a-z]?(?:-\d+)?$/;

/** What an id names, if anything, for a message; undefined where it names nothing. */
function resolvedOrNot(c: Corpus, typed: string): Resolved | undefined {
  try {
    return resolveAny(c, typed);
  } catch (e) {
    if (e instanceof GlossError) return undefined;
    throw e;
  }
}
