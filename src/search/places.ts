/**
 * One result per place in the text. A claim's quote is article text, so a query that finds a claim
 * usually finds the sentence holding it too; listed apart, ten results covered about five places.
 * Here ranked hits are gathered by place: a claim hit whose span overlaps a passage hit of the same
 * article goes under that passage (the best-ranked one, where a claim spans two sentences), and
 * claim hits that overlap one another (claims on one span, as c3 and c4 "have vowed") share one
 * result. A result keeps the rank of its best member; actors and agreements have no place and stand
 * alone.
 */
import type { Hit } from './engine.js';

const overlaps = (a: Hit, b: Hit) =>
  a.doc.article !== null && a.doc.article === b.doc.article && a.doc.start! < b.doc.end! && b.doc.start! < a.doc.end!;

/** Ranked hits (best first) → ranked results, each claim hit either a result or held under one. */
export function byPlace(ranked: readonly Hit[]): Hit[] {
  const isClaim = (h: Hit) => h.doc.kind === 'quote' || h.doc.kind === 'claim';
  const passages = ranked.filter((h) => h.doc.kind === 'passage');
  const results = new Map<Hit, Hit[]>();
  const home = new Map<Hit, Hit>();
  for (const h of ranked) {
    if (!isClaim(h)) continue;
    const host = passages.find((p) => overlaps(p, h)) ?? [...results.keys()].find((r) => isClaim(r) && overlaps(r, h));
    if (host) {
      home.set(h, host);
      results.set(host, [...(results.get(host) ?? []), h]);
    } else results.set(h, []);
  }
  const out: Hit[] = [];
  const seen = new Set<Hit>();
  // In rank order, a place appears where its best member would have.
  for (const h of ranked) {
    const place = home.get(h) ?? h;
    if (seen.has(place)) continue;
    seen.add(place);
    const held = results.get(place) ?? [];
    out.push({ ...place, score: Math.min(place.score, ...held.map((x) => x.score)), held });
  }
  return out;
}
