/** `gloss cite ID`: a citation of a claim, as plain text, Markdown, BibTeX or JSON. */
import { Option, type Command } from 'commander';
import { chosenFormat, scoped, useCorpus } from '../cli/context.js';
import { GlossError } from '../errors.js';
import { resolveAnyIn } from '../store/resolve.js';
import { actorRows, articleRows, claimsWhere } from '../store/queries.js';
import { bibtexCitation, citationOf, markdownCitation, plainCitation } from '../output/citation.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import { writeOut } from '../output/write.js';

export function registerCite(program: Command): void {
  program
    .command('cite')
    .description('a citation for a claim or quote, ready to paste: who said it, the words, outlet, author, date, title')
    .argument('<id>', 'a claim id, e.g. mackay:c4')
    .addOption(new Option('-s, --style <style>', 'citation style').choices(['plain', 'markdown', 'bibtex']).default('plain'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']))
    .option('--json', 'shorthand for --format json')
    .action((typed: string, opts: { style: 'plain' | 'markdown' | 'bibtex'; format?: 'text' | 'json'; json?: boolean }, cmd: Command) => useCorpus(cmd, async (s) => {
      const claim = await scoped(
        s,
        () => {
          const r = resolveAnyIn(s.db, typed);
          if (r.kind !== 'claim') throw new GlossError(`"${typed}" is ${r.kind === 'actor' || r.kind === 'article' ? 'an' : 'a'} ${r.kind}; gloss cite takes a claim id (gloss quotes lists them)`);
          return claimsWhere(s.db, { id: r.id })[0]!;
        },
        (cl) => [cl.article],
      );
      const actors = new Map(actorRows(s.db).map((a) => [a.actor.id, a.actor]));
      const citation = citationOf(claim, articleRows(s.db, [claim.article], false)[0]!.article, actors);
      if (chosenFormat({ ...opts, format: opts.format === 'json' ? 'json' : undefined }) === 'json') {
        writeOut(`${toJson(citation)}\n`);
        return;
      }
      const text = opts.style === 'bibtex' ? bibtexCitation(citation) : opts.style === 'markdown' ? markdownCitation(citation) : `${plainCitation(citation)}\n`;
      writeOut(inert(text));
    }));
}
