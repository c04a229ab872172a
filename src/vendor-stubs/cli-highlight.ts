/**
 * Stands in for cli-highlight in the bundle (scripts/wiring.mjs). marked-terminal imports it
 * to colour code blocks, and loading it (highlight.js and its grammars) was most of read mode's
 * start-up; read mode renders only headings and bylines it writes itself, never a code block.
 */
export function highlight(code: string): string {
  return code;
}
