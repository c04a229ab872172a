/**
 * The article's heading and byline: the title bold and underlined; then outlet (bold), author and
 * date, each followed by an italic "(inferred)" where the text does not state it. Each is filled to
 * the terminal's width (`fill`). Every style is taken from the terminal's own chalk, so colour follows
 * the one decision in src/output/terminal.ts.
 *
 * No Markdown renderer: these two lines are gloss's own, and marked with marked-terminal cost read
 * more to load than laying out the whole article. `fill` lays lines out as marked-terminal's reflow
 * does, so the heading reads as it did.
 */
import type { ChalkInstance } from 'chalk';
import type { Article } from '../model.js';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';
import { ATTRIBUTIONS } from '../vocabulary.js';
import { BRACKETS } from './layout.js';
import { highlight } from './style.js';

/** An SGR escape, as chalk writes them; in `split`, captured, so escapes land at odd indexes. */
const SGR = /(\u001b\[\d{1,3}(?:;\d{1,3})*m)/;
const SGR_ALL = /\u001b\[\d{1,3}(?:;\d{1,3})*m/g;

/**
 * Fills styled text into lines at most `width` UTF-16 units long. Words, split at runs of spaces,
 * tabs and newlines, are joined by one space; a word longer than a line is cut across lines; escapes
 * take no room. A word right after an escape joins it without a space: a space the text has there
 * splits off an empty word first, which brings the space with the word after it.
 */
export function fill(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let column = 0;
  let afterEscape = false;
  text.split(SGR).forEach((fragment, i) => {
    if (fragment === '') {
      afterEscape = false;
      return;
    }
    if (i % 2 === 1) {
      line += fragment;
      afterEscape = true;
      return;
    }
    for (let word of fragment.split(/[ \t\n]+/)) {
      const space = column !== 0 && !afterEscape ? ' ' : '';
      if (column + space.length + word.length <= width) {
        line += space + word;
        column += space.length + word.length;
      } else if (word.length <= width) {
        lines.push(line);
        line = word;
        column = word.length;
      } else {
        // As much as the line has room for, then lines of the rest; what is left starts the next line.
        const head = word.slice(0, Math.max(0, width - column - space.length));
        lines.push(line + space + head);
        word = word.slice(head.length);
        while (word.length >= width) {
          lines.push(word.slice(0, width));
          word = word.slice(width);
        }
        line = word;
        column = word.length;
      }
      afterEscape = false;
    }
  });
  // A last line of escapes alone is dropped.
  if (line.replace(SGR_ALL, '') !== '') lines.push(line);
  return lines.join('\n');
}

/** The byline: outlet, author, date, each with "(inferred)" when the text does not state it. */
export function byline(a: Article, chalk: ChalkInstance): string {
  const inferred = (field: 'date' | 'author' | 'outlet') => (a.inferred?.[field] ? ` ${chalk.italic('(inferred)')}` : '');
  return [
    a.outlet === null ? 'outlet not given' : chalk.bold(inert(a.outlet)), inferred('outlet'), ' · ',
    a.author ? `by ${inert(a.author)}` : 'no author named', inferred('author'), ' · ',
    a.date === null ? 'undated' : inert(a.date), inferred('date'),
  ].join('');
}

export function renderHeading(a: Article, chalk: ChalkInstance, width: number): string {
  const title = inert(a.title).replace(/\n/g, ' ');
  return `${chalk.bold.underline(fill(title, width))}\n\n${fill(byline(a, chalk), width)}`.replace(/\n+$/, '');
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
