/**
 * The article's heading, byline and legend, rendered as Markdown by marked-terminal. Corpus text is
 * made inert and every ASCII punctuation character backslash-escaped first, so a title with `*`, `_`,
 * `#` or `[` shows as printed; every style is taken from the terminal's own chalk, so colour follows
 * the one decision in src/output/terminal.ts (marked-terminal's default chalk would decide itself).
 */
import type { ChalkInstance } from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Article } from '../model.js';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';
import { ATTRIBUTIONS } from '../vocabulary.js';
import { BRACKETS } from './layout.js';
import { highlight } from './style.js';

/** Markdown-escapes untrusted text: CommonMark lets any ASCII punctuation be backslash-escaped. */
export function escapeMarkdown(s: string): string {
  return inert(s).replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\n/g, ' ');
}

function markdownRenderer(chalk: ChalkInstance, width: number): Marked {
  const id = (s: string) => s;
  const m = new Marked();
  m.use(
    markedTerminal({
      code: chalk.yellow, blockquote: chalk.gray.italic, html: chalk.gray, heading: chalk.bold, firstHeading: chalk.bold.underline,
      hr: id, listitem: id, table: id, paragraph: id, strong: chalk.bold, em: chalk.italic, codespan: chalk.yellow,
      del: chalk.strikethrough, link: id, href: chalk.underline, text: id,
      emoji: false, width, reflowText: true, showSectionPrefix: false, tab: 2,
    }),
  );
  return m;
}

export function byline(a: Article): string {
  const inferred = (field: 'date' | 'author' | 'outlet') => (a.inferred?.[field] ? ' *(inferred)*' : '');
  const author = a.author ? `by ${escapeMarkdown(a.author)}` : 'no author named';
  return [`**${escapeMarkdown(a.outlet)}**${inferred('outlet')}`, `${author}${inferred('author')}`, `${escapeMarkdown(a.date)}${inferred('date')}`].join(' · ');
}

export function renderHeading(a: Article, chalk: ChalkInstance, width: number): string {
  const md = `# ${escapeMarkdown(a.title)}\n\n${byline(a)}\n`;
  return (markdownRenderer(chalk, width).parse(md, { async: false }) as string).replace(/\n+$/, '');
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
