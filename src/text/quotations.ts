/**
 * Finds the spans of a text that stand in quotation marks. Sources are not tidy: one headline closes
 * a quotation with “ instead of ”, so either curly mark closes a curly quotation. A quotation never
 * crosses a line break (a paragraph), which keeps an unclosed mark from swallowing the article.
 */
export interface Range16 {
  from: number;
  to: number;
}

/** Spans in quotation marks: “…” (or “…“, as one source prints it) and "…", within one paragraph. */
/** The inner spans (without the marks) of every quotation. */
export function quotations(text: string): Range16[] {
  const found: Range16[] = [];
  const re = /\u201c([^\u201c\u201d\n]*)[\u201d\u201c]|"([^"\n]*)"/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    found.push({ from: m.index + 1, to: m.index + 1 + inner.length });
  }
  return found;
}

