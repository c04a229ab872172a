/**
 * The article body without colour (piped, NO_COLOR, --color never): claims marked in brackets
 * (`⟦c3 …⟧`, a close naming its claim, `⟧c3`, where claims overlap), regions as `⟨kind: …⟩`, and each
 * paragraph followed by the notes of the claims that start in it, so the marks survive a pipe.
 */
import { PLAIN_CHALK as none } from '../output/terminal.js';
import { notesAfterRows, type Body } from './render-terminal.js';

export function renderPlainBody(body: Body, width: number): string {
  return body.paragraphs.map((p) => notesAfterRows(none, p, body, width).join('\n')).join('\n\n');
}
