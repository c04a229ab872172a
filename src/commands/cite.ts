/** `gloss cite ID…`: citations of claims, as plain text, Markdown, BibTeX or JSON; `-` reads ids one a line. */
import { Option, type Command } from 'commander';
import { jsonWanted, scopedCorpus, terminalFor } from '../cli/context.js';
import { pagerWanted, writePaged } from '../output/paged.js';
import { displayWidth, wrap } from '../output/width.js';
import { placeOf } from '../store/resolve.js';
import { expandStdin } from '../cli/stdin.js';
import { GlossError } from '../errors.js';
import { resolveAny } from '../query/resolve.js';
import { actorIndex } from '../query/records.js';
import { bibtexCitation, citationOf, inertLineStart, lineAsCited, markdownCitation, plainCitation, quoteAsCited } from '../output/citation.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import { writeErr, writeOut } from '../output/write.js';
import { aOrAn } from '../text/english.js';

/**
 * A style's citations fitted to a terminal's width. Plain text is wrapped between words, each
 * continuation line led by what led its line (`> `, an indent); a word longer than the line is broken
 * too (a 500-letter name ran 500 columns wide), but not a link, which must stay whole to be opened or
 * pasted. Markdown is wrapped between words only, and each line it starts is made text again
 * (inertLineStart): a break inside a word put a space in it (a key in `…` became two words) or left a
 * backslash at a line's end (a hard line break in Markdown), and a break before "- then" or "1986."
 * started a list inside the block quote. BibTeX is code: printed as it is, the terminal soft-wrapping
 * it; a break split the key, a `\textbraceright{}` and the url.
 */
export function wrapLines(text: string, width: number, style: 'plain' | 'markdown' | 'bibtex' = 'plain'): string {
  if (style === 'bibtex') return text;
  return text
    .split('\n')
    .map((line) => {
      const lead = /^(?:> ?|\s+)*/.exec(line)![0];
      const body = line.slice(lead.length);
      if (body === '') return line;
      const continued = lead.includes('>') ? lead : `${lead}  `;
      const room = Math.max(10, width - displayWidth(continued));
      const lines = wrap(body, room, { hard: false, trim: true }).split('\n');
      if (style === 'markdown') return lines.map((l, k) => (k === 0 ? lead + l : continued + inertLineStart(l))).join('\n');
      return lines
        .flatMap((l) => (displayWidth(l) > room && !/\bhttps?:\/\//.test(l) ? wrap(l, room, { hard: true, trim: true }).split('\n') : [l]))
        .map((l, k) => (k === 0 ? lead : continued) + l)
        .join('\n');
    })
    .join('\n');
}

export function registerCite(program: Command): void {
  program
    .command('cite')
    .description('a citation for a claim or quote, ready to paste: who said it, the words, outlet, author, date, title')
    .argument('<id...>', 'claim ids, e.g. mackay:c4; - reads ids one a line')
    .addOption(new Option('-s, --style <style>', 'citation style').choices(['plain', 'markdown', 'bibtex']).default('plain'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']))
    .option('--json', 'shorthand for --format json')
    .action(async (typedIds: string[], opts: { style: 'plain' | 'markdown' | 'bibtex'; format?: 'text' | 'json'; json?: boolean }, cmd: Command) => {
      // Options that disagree are said before any corpus is read.
      const json = jsonWanted(opts);
      const ids = await expandStdin(typedIds, 'claim ids');
      // Only the articles of the claims cited (and the registry) are read.
      const { corpus: c } = await scopedCorpus(cmd, (s) => [
        ...new Set(ids.flatMap(({ value, from }) => {
          let place;
          try {
            place = placeOf(s.db, value);
          } catch (e) {
            throw e instanceof GlossError && from !== value ? new GlossError(`${from}: ${e.message}`) : e;
          }
          return 'article' in place ? [place.article] : [];
        })),
      ]);
      const actors = actorIndex(c);
      // Every id is resolved before anything is printed: a bad one stops the command, naming where it came from.
      const resolved = ids.map(({ value: typed, from }) => {
        const where = from === typed ? '' : `${from}: `;
        let r;
        try {
          r = resolveAny(c, typed);
        } catch (e) {
          throw e instanceof GlossError && where ? new GlossError(`${where}${e.message}`) : e;
        }
        if (r.kind !== 'claim') throw new GlossError(`${where}"${typed}" is ${aOrAn(r.kind)}; gloss cite takes a claim id (gloss quotes lists them)`);
        const claim = c.claims.find((x) => x.id === r.id)!;
        const article = c.articles.find((a) => a.id === claim.article)!;
        return { citation: citationOf(claim, article, actors), quoteAsCited: quoteAsCited(claim, article.text), lineAsCited: lineAsCited(claim) };
      });
      const citations = resolved.map((x) => x.citation);
      if (citations.length === 0) throw new GlossError('no claim ids on standard input');
      const several = citations.length > 1 || typedIds.includes('-');
      if (json) {
        // A style asked for with JSON does nothing: said, as --fields with JSON is.
        if (cmd.getOptionValueSource('style') === 'cli') writeErr(`gloss: --style applies to text; json gives the citation's fields\n`);
        writeOut(`${toJson(several ? citations : citations[0])}\n`);
        return;
      }
      const text = (citation: (typeof citations)[number]) =>
        opts.style === 'bibtex' ? bibtexCitation(citation) : opts.style === 'markdown' ? markdownCitation(citation) : `${plainCitation(citation)}\n`;
      // Plain citations one a line; Markdown blocks and BibTeX entries a blank line apart. At a
      // terminal plain and Markdown are wrapped to its width (wrapLines); piped, a line a paragraph, ready to paste.
      // A BibTeX file holds one entry a key: a claim asked for twice (by id, prefix or URN) is one entry.
      // The text styles cite the words without line ends at either end (quoteAsCited), and the line of
      // the first they show (lineAsCited); JSON has the span as it is.
      const asCited = resolved.map((x) => ({ ...x.citation, quote: x.quoteAsCited, line: x.lineAsCited }));
      const cited = opts.style === 'bibtex' ? asCited.filter((x, i) => asCited.findIndex((y) => y.id === x.id) === i) : asCited;
      const all = inert(cited.map(text).join(opts.style === 'plain' ? '' : '\n'));
      const term = terminalFor(cmd);
      // Many citations (cite - from a listing) are long output: paged at a terminal, as read is.
      await writePaged(term.isTTY ? wrapLines(all, term.width, opts.style) : all, term, pagerWanted(cmd));
    });
}
