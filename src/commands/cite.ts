/** `gloss cite ID`: a citation of a claim, as plain text, Markdown, BibTeX or JSON. */
import { Option, type Command } from 'commander';
import { chosenFormat, openCorpus, terminalFor } from '../cli/context.js';
import { displayWidth, wrap } from '../output/width.js';
import { GlossError } from '../errors.js';
import { resolveAny } from '../query/resolve.js';
import { actorIndex } from '../query/records.js';
import { bibtexCitation, citationOf, markdownCitation, plainCitation } from '../output/citation.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import { writeOut } from '../output/write.js';

/** Each line wrapped at word boundaries, its continuation lines led by what led it (`> `, an indent). */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^(?:> ?|\s+)*/.exec(line)![0];
      const body = line.slice(lead.length);
      if (body === '') return line;
      const continued = lead.includes('>') ? lead : `${lead}  `;
      return wrap(body, Math.max(10, width - displayWidth(continued)), { hard: false, trim: true })
        .split('\n')
        .map((l, k) => (k === 0 ? lead : continued) + l)
        .join('\n');
    })
    .join('\n');
}

export function registerCite(program: Command): void {
  program
    .command('cite')
    .description('a citation for a claim or quote, ready to paste: who said it, the words, outlet, author, date, title')
    .argument('<id>', 'a claim id, e.g. mackay:c4')
    .addOption(new Option('-s, --style <style>', 'citation style').choices(['plain', 'markdown', 'bibtex']).default('plain'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']))
    .option('--json', 'shorthand for --format json')
    .action((typed: string, opts: { style: 'plain' | 'markdown' | 'bibtex'; format?: 'text' | 'json'; json?: boolean }, cmd: Command) => {
      const c = openCorpus(cmd);
      const r = resolveAny(c, typed);
      if (r.kind !== 'claim') throw new GlossError(`"${typed}" is ${r.kind === 'actor' || r.kind === 'article' ? 'an' : 'a'} ${r.kind}; gloss cite takes a claim id (gloss quotes lists them)`);
      const claim = c.claims.find((x) => x.id === r.id)!;
      const citation = citationOf(claim, c.articles.find((a) => a.id === claim.article)!, actorIndex(c));
      if (chosenFormat({ ...opts, format: opts.format === 'json' ? 'json' : undefined }) === 'json') {
        writeOut(`${toJson(citation)}\n`);
        return;
      }
      const text = opts.style === 'bibtex' ? bibtexCitation(citation) : opts.style === 'markdown' ? markdownCitation(citation) : `${plainCitation(citation)}\n`;
      // At a terminal the citation is wrapped to its width between words; piped or redirected it stays
      // as it is, a line a paragraph, ready to paste.
      const term = terminalFor(cmd);
      writeOut(term.isTTY ? wrapLines(inert(text), term.width) : inert(text));
    });
}
