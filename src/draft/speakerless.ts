/**
 * The quotations a draft leaves with no claim: those of more than three words (the ones check warns
 * about) that neither a hand-made claim or region nor a proposed claim covers. The drafter proposes a
 * direct claim only where it finds a speaker; a quotation it could not attribute would otherwise pass
 * unsaid, and "every quotation found is annotated already" would be false.
 */
import { quotations } from '../text/quotations.js';
import { wordCount } from '../corpus/lint.js';
import { SpanIndex } from '../corpus/span-index.js';
import type { Range16 } from '../corpus/anchor.js';

export function speakerless(text: string, covered: readonly Range16[]): Range16[] {
  const index = new SpanIndex([...covered]);
  return quotations(text).filter((q) => wordCount(text.slice(q.from, q.to)) > 3 && !index.overlaps(q));
}
