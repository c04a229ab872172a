/**
 * The article's heading and byline, rendered by marked-terminal. gloss writes this Markdown itself, so
 * it hands marked-terminal's renderer the tokens, and marked itself is not loaded: building its
 * lexer's patterns as the module loads cost some 7 ms of every read, more than a third of the read's own
 * work, for a parser that two kinds of block token and three of inline do not need (`renderTokens`;
 * test/read-heading.test.ts holds it to marked's parser with the same extension). Corpus text then
 * needs no Markdown escaping (it is made inert). Every style is taken from the terminal's own chalk, so
 * colour follows the one decision in src/output/terminal.ts (marked-terminal's default chalk would
 * decide itself).
 */
import type { ChalkInstance } from 'chalk';
import type { Token, Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Article } from '../model.js';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';
import { ATTRIBUTIONS } from '../vocabulary.js';
import { BRACKETS } from './layout.js';
import { highlight } from './style.js';

/** marked-terminal's options for the heading: styles from `chalk`, text reflowed to `width`. */
export function terminalOptions(chalk: ChalkInstance, width: number): Record<string, unknown> {
  const id = (s: string) => s;
  return {
    code: chalk.yellow, blockquote: chalk.gray.italic, html: chalk.gray, heading: chalk.bold, firstHeading: chalk.bold.underline,
    hr: id, listitem: id, table: id, paragraph: id, strong: chalk.bold, em: chalk.italic, codespan: chalk.yellow,
    del: chalk.strikethrough, link: id, href: chalk.underline, text: id,
    emoji: false, width, reflowText: true, showSectionPrefix: false, tab: 2,
    // The tokens hold the corpus's text as printed, never HTML-escaped: decoding entities would turn
    // a title's "&amp;" into "&".
    unescape: false,
  };
}

type Rendering = (this: unknown, token: Token) => string;

/**
 * What marked's parser does with these tokens, given marked-terminal's renderer: each block token to
 * its renderer function, whose inline tokens come back through `parseInline`. marked-terminal reads
 * `this.parser` and `this.options` (only `gfm`, marked's default true, for where it breaks lines).
 */
export function renderTokens(tokens: readonly Token[], options: Record<string, unknown>): string {
  const renderer = markedTerminal(options).renderer as unknown as Record<string, Rendering>;
  const render = (token: Token) => {
    const f = renderer[token.type];
    if (!f) throw new Error(`read heading: no renderer for ${token.type} tokens`);
    // As marked does with an extension's renderer: nothing returned renders as nothing.
    return f.call(self, token) || '';
  };
  const self = { options: { gfm: true }, parser: { parseInline: (inline: readonly Token[]) => inline.map(render).join('') } };
  return tokens.map(render).join('');
}

const text = (s: string): Tokens.Text => ({ type: 'text', raw: s, text: s });
const strong = (s: string): Tokens.Strong => ({ type: 'strong', raw: s, text: s, tokens: [text(s)] });
const em = (s: string): Tokens.Em => ({ type: 'em', raw: s, text: s, tokens: [text(s)] });

/** The byline's pieces: outlet, author, date, each with "(inferred)" when the text does not state it. */
export function byline(a: Article): Token[] {
  const inferred = (field: 'date' | 'author' | 'outlet') => (a.inferred?.[field] ? [text(' '), em('(inferred)')] : []);
  return [
    a.outlet === null ? text('outlet not given') : strong(inert(a.outlet)), ...inferred('outlet'), text(' · '),
    text(a.author ? `by ${inert(a.author)}` : 'no author named'), ...inferred('author'), text(' · '),
    text(a.date === null ? 'undated' : inert(a.date)), ...inferred('date'),
  ];
}

/** The heading's tokens: the title, then the byline as a paragraph. */
export function headingTokens(a: Article): Token[] {
  const title = inert(a.title).replace(/\n/g, ' ');
  return [
    { type: 'heading', raw: title, depth: 1, text: title, tokens: [text(title)] },
    { type: 'paragraph', raw: '', text: '', tokens: byline(a) },
  ];
}

export function renderHeading(a: Article, chalk: ChalkInstance, width: number): string {
  const tokens = headingTokens(a);
  return renderTokens(tokens, terminalOptions(chalk, width)).replace(/\n+$/, '');
}

/** What the marks mean: colour swatches when there is colour, the bracket notation when not. */
export function renderLegend(chalk: ChalkInstance, color: boolean, notesInMargin: boolean, width: number): string {
  const fit = (lines: string[]) => lines.map((l) => wrap(l, width, { hard: true, trim: true })).join('\n');
  const where = notesInMargin ? 'in the margin, level with its first line' : 'after its paragraph';
  if (color) {
    const swatches = ATTRIBUTIONS.map((a) => highlight(chalk, a)(` ${a} `)).join(' ');
    return fit([
      `${chalk.dim('Claims, by attribution:')} ${swatches}`,
      `${chalk.underline('underlined')}${chalk.dim(': a mention of an actor or agreement · ')}${chalk.dim('dimmed: not article content (site furniture)')}`,
      chalk.dim(`Each claim's note stands ${where}: its id, the source (role), cue · attribution · type, and what it is about.`),
    ]);
  }
  return fit([
    `Marks: ${BRACKETS.open('ID')}…${BRACKETS.close(undefined)} is claim ID (where claims overlap, ${BRACKETS.close('ID')} closes claim ID);`,
    `${BRACKETS.regionOpen('kind')}…${BRACKETS.regionClose} is not article content (site furniture).`,
    `Each claim's note follows its paragraph: id, source (role), cue · attribution · type, and what it is about.`,
  ]);
}
