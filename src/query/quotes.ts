/**
 * Which claims are quotations: those attributed as direct, and those whose words stand in quotation
 * marks in the text (a second-hand or indirect claim quoted word for word, a quoted headline).
 */
import type { Claim, Corpus } from '../model.js';
import { quotations } from '../text/quotations.js';

export function isQuotation(c: Corpus): (cl: Claim) => boolean {
  const spans = new Map(c.articles.map((a) => [a.id, quotations(a.text)]));
  return (cl) => cl.attribution === 'direct' || (spans.get(cl.article) ?? []).some((q) => q.from < cl.to && cl.from < q.to);
}
