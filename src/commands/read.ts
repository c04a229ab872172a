/**
 * `gloss read ARTICLE`: the article in the terminal, each claim highlighted with its source beside it.
 * The renderer (and marked-terminal behind it) is imported only here, when read mode runs, so the
 * other commands do not pay for loading it.
 */
import type { Command } from 'commander';
import { scoped, terminalFor, useCorpus } from '../cli/context.js';
import { GlossError } from '../errors.js';
import { resolveActorIn, resolveAnyIn, resolveArticleIn } from '../store/resolve.js';
import { actorRows, agreementRows, articleRows, claimsWhere, mentionsWhere, partialCorpus, regionsWhere } from '../store/queries.js';

interface ReadOpts {
  claim?: string;
  actor?: string;
  pager: boolean;
}

export function registerRead(program: Command): void {
  program
    .command('read')
    .description('read an article with every claim highlighted and its note beside it (paged on a terminal)')
    .argument('[article]', 'article id (an unambiguous prefix will do); optional with --claim ARTICLE:ID')
    .option('--claim <id>', 'open at one claim: its paragraph, highlighted, with its full annotation (c4, or mackay:c4)')
    .option('--actor <id>', 'mark only what this actor claims or reports, and where it is mentioned')
    .option('--no-pager', 'do not page the output')
    .addHelpText('after', '\nExamples:\n  gloss read mackay\n  gloss read collins --actor mark-collins\n  gloss read --claim mackay:c4 | cat')
    .action((typed: string | undefined, opts: ReadOpts, cmd: Command) => useCorpus(cmd, async (s) => {
      const { article, claim, actor } = await scoped(
        s,
        () => {
          let article = typed === undefined ? undefined : resolveArticleIn(s.db, typed);
          let claim: string | undefined;
          if (opts.claim !== undefined) {
            const qualified = opts.claim.includes(':') ? opts.claim : article ? `${article}:${opts.claim}` : undefined;
            if (qualified === undefined) throw new GlossError('--claim needs an article: gloss read ARTICLE --claim c4, or --claim ARTICLE:c4');
            const r = resolveAnyIn(s.db, qualified);
            if (r.kind !== 'claim') throw new GlossError(`${r.id} is a ${r.kind}, not a claim`);
            claim = r.id;
            const of = claimsWhere(s.db, { id: claim })[0]!.article;
            if (article !== undefined && article !== of) throw new GlossError(`claim ${claim} is not in article ${article}`);
            article = of;
          }
          if (article === undefined) throw new GlossError('which article? gloss read ARTICLE (gloss list lists them)');
          const actor = opts.actor === undefined ? undefined : resolveActorIn(s.db, opts.actor);
          return { article, claim, actor };
        },
        (found) => [found.article],
      );
      // Only this article's rows, and the registry (names for the notes).
      const c = partialCorpus(s.meta('dir')!, {
        articles: articleRows(s.db, [article], true).map((a) => a.article),
        actors: actorRows(s.db).map((a) => a.actor),
        agreements: agreementRows(s.db).map((a) => a.agreement),
        claims: claimsWhere(s.db, { article }),
        mentions: mentionsWhere(s.db, { article }),
        regions: regionsWhere(s.db, { article }),
      });
      const term = terminalFor(cmd);
      const [{ renderRead }, { choosePager, page }] = await Promise.all([import('../read/view.js'), import('../read/pager.js')]);
      const result = renderRead(c, { article, claim, actor }, term);
      if (!result.found) {
        process.stderr.write(`gloss: ${actor} makes no claim and is not mentioned in ${article}\n`);
        process.exitCode = 1;
      }
      await page(result.output, choosePager(process.env, term.isTTY, opts.pager));
    }));
}
