/**
 * `gloss verify "QUOTE"`: is this quote verbatim in the corpus? Exit 0 with where it stands (and who
 * says it, where a claim covers it); otherwise exit 1 with the closest passage and the word-level
 * differences marked — for an analyst checking a quote before publishing it.
 */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, soundAll, terminalFor, useCorpus } from '../cli/context.js';
import { GlossError } from '../errors.js';
import type { Article, Corpus } from '../model.js';
import { actorRows, articlesContaining, claimsWhere, eachArticle } from '../store/queries.js';
import type { Store } from '../store/open.js';
import { OffsetMap } from '../text/offsets.js';
import { occurrencesOf } from '../corpus/anchor.js';
import { nearestMatch } from '../corpus/suggest.js';
import { changedWords, diffWords, type DiffPart } from '../search/diff.js';
import { typographyOnly } from '../text/typography.js';
import { closestStretch } from '../search/closest.js';
import { inert } from '../output/inert.js';
import { toJson } from '../output/json.js';
import { writeOut } from '../output/write.js';
import type { Terminal } from '../output/terminal.js';

interface Place {
  article: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  claims: { id: string; source: string; attribution: string }[];
}

/** A place in an article, with the claims covering it (found through the claims' article index). */
function place(s: Store, names: ReadonlyMap<string, string>, a: Article, from: number, to: number): Place {
  const map = new OffsetMap(a.text);
  const claims = claimsWhere(s.db, { article: a.id, overlapping: { from, to } })
    .map((cl) => ({ id: cl.id, source: names.get(cl.source) ?? cl.source, attribution: cl.attribution }));
  return { article: a.id, start: map.toCodePoint(from), end: map.toCodePoint(to), ...map.lineColumn(from), text: a.text.slice(from, to), claims };
}

/**
 * The closest stretch of the corpus to a quote that is not in it: the character-level nearest
 * match of each article (typography, typos) and the word-level closest stretch (paraphrase,
 * reordering), whichever differs from the quote in fewer words.
 */
function closest(c: Pick<Corpus, 'articles'>, quote: string): { article: string; from: number; to: number } | null {
  const candidates = c.articles.flatMap((a) => {
    const near = nearestMatch(a.text, quote);
    return near ? [{ article: a.id, from: near.from, to: near.to }] : [];
  });
  const stretch = closestStretch(c.articles, quote);
  if (stretch) candidates.push(stretch);
  let best: { article: string; from: number; to: number; changed: number } | null = null;
  for (const x of candidates) {
    const text = c.articles.find((a) => a.id === x.article)!.text.slice(x.from, x.to);
    const changed = changedWords(diffWords(quote, text));
    if (!best || changed < best.changed) best = { ...x, changed };
  }
  return best;
}

const who = (p: Place) => p.claims.map((cl) => `${cl.id.slice(cl.id.indexOf(':') + 1)} (${cl.source}, ${cl.attribution})`).join('; ');

function renderDiff(parts: DiffPart[], term: Terminal): string {
  const { chalk } = term;
  return parts
    .map((p) => {
      const t = inert(p.text);
      if (p.op === 'same') return t;
      if (!term.color) return p.op === 'removed' ? `[-${t}-]` : `{+${t}+}`;
      return p.op === 'removed' ? chalk.red.strikethrough(t) : chalk.green.underline(t);
    })
    .join(' ');
}

export function registerVerify(program: Command): void {
  addFormatOptions(
    program
      .command('verify')
      .description('check that a quote is verbatim in the corpus; if not, show the closest passage with the differences')
      .argument('<quote>', 'the quote, exactly as you mean to publish it'),
    ['table', 'json'],
    { fields: false },
  ).action((quote: string, opts: { format?: 'table' | 'json'; json?: boolean }, cmd: Command) => {
    if (quote.trim().length === 0) throw new GlossError('empty quote: give the words to verify');
    return verify(quote, opts, cmd);
  });
}

function verify(quote: string, opts: { format?: 'table' | 'json'; json?: boolean }, cmd: Command): Promise<void> {
  return useCorpus(cmd, async (s) => {
    await soundAll(s);
    const term = terminalFor(cmd);
    const names = new Map(actorRows(s.db).map((x) => [x.actor.id, x.actor.name]));
    // SQLite finds the articles holding the quote without their texts being decoded; only those are read.
    const found: Place[] = articlesContaining(s.db, quote).flatMap((a) => occurrencesOf(a.text, quote).map((at) => place(s, names, a, at, at + quote.length)));
    const json = chosenFormat(opts) === 'json';
    if (found.length > 0) {
      if (json) writeOut(`${toJson({ verbatim: true, quote, places: found })}\n`);
      else {
        const lines = found.map((p) => {
          const speaker = who(p);
          return `${term.chalk.green('verbatim')}  ${inert(p.article)}  ${p.line}:${p.column}${speaker ? `  ${inert(speaker)}` : ''}`;
        });
        writeOut(`${lines.join('\n')}\n`);
      }
      return;
    }
    // Not verbatim: the closest stretch needs every article's text.
    const c = { articles: [...eachArticle(s.db)] } as Pick<Corpus, 'articles'>;
    const near = closest(c, quote);
    process.exitCode = 1;
    if (!near) {
      if (json) writeOut(`${toJson({ verbatim: false, quote, closest: null })}\n`);
      else process.stderr.write('gloss: not in the corpus, and nothing close to it\n');
      return;
    }
    const at = place(s, names, c.articles.find((a) => a.id === near.article)!, near.from, near.to);
    const parts = diffWords(quote, at.text);
    const difference = typographyOnly(quote, at.text);
    if (json) writeOut(`${toJson({ verbatim: false, quote, closest: { ...at, difference, diff: parts } })}\n`);
    else {
      const verdict = difference ? `not verbatim: only the typography differs (${difference})` : 'not verbatim';
      const speaker = who(at);
      writeOut(
        `${term.chalk.red(verdict)}; closest: ${inert(at.article)}  ${at.line}:${at.column}${speaker ? `  ${inert(speaker)}` : ''}\n` +
          `  ${renderDiff(parts, term)}\n` +
          `  ${term.chalk.dim(term.color ? 'struck out: as you typed it; underlined: as the source prints it' : '[-…-]: as you typed it; {+…+}: as the source prints it')}\n`,
      );
    }
  });
}
