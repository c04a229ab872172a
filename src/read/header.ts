/**
 * The article's heading and byline, rendered by marked-terminal. gloss writes this Markdown itself, so
 * it hands marked-terminal the tokens rather than text for marked's lexer to parse: the lexer's
 * patterns cost some 20 ms to compile on first use, more than the rest of a read, and corpus text
 * then needs no Markdown escaping (it is made inert). Every style is taken from the terminal's own
 * chalk, so colour follows the one decision in src/output/terminal.ts (marked-terminal's default
 * chalk would decide itself).
 */
import type { ChalkInstance } from 'chalk';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Article } from '../model.js';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';
import { ATTRIBUTIONS } from '../vocabulary.js';
import { BRACKETS } from './layout.js';
import { highlight } from './style.js';

function markdownRenderer(chalk: ChalkInstance, width: number): Marked {
  const id = (s: string) => s;
  const m = new Marked();
  m.use(
    markedTerminal({
      code: chalk.yellow, blockquote: chalk.gray.italic, html: chalk.gray, heading: chalk.bold, firstHeading: chalk.bold.underline,
      hr: id, listitem: id, table: id, paragraph: id, strong: chalk.bold, em: chalk.italic, codespan: chalk.yellow,
      del: chalk.strikethrough, link: id, href: chalk.underline, text: id,
      emoji: false, width, reflowText: true, showSectionPrefix: false, tab: 2,
      // The tokens hold the corpus's text as printed, never HTML-escaped: decoding entities would turn
      // a title's "&amp;" into "&".
      unescape: false,
    }),
  );
  return m;
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

export function renderHeading(a: Article, chalk: ChalkInstance, width: number): string {
  const title = inert(a.title).replace(/\n/g, ' ');
  const tokens: Token[] = [
    { type: 'heading', raw: title, depth: 1, text: title, tokens: [text(title)] },
    { type: 'paragraph', raw: '', text: '', tokens: byline(a) },
  ];
  return (markdownRenderer(chalk, width).parser(tokens) as string).replace(/\n+$/, '');
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
