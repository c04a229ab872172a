/**
 * Search results as records for scripts (json, ndjson, csv, tsv). Offsets are code points, as in
 * every gloss record: `start`/`end` into the article text, `matches` into the record's `text`.
 */
import type { Listing, Row } from '../output/listing.js';
import type { Hit } from './engine.js';

export const SEARCH_FIELDS = ['kind', 'id', 'article', 'start', 'end', 'line', 'column', 'text', 'score', 'matches', 'annotations', 'notes', 'claims'] as const;

function toCodePoints(text: string, u16: number): number {
  let n = 0;
  for (let i = 0; i < u16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

export function hitRecord(h: Hit): Row {
  const d = h.doc;
  return {
    kind: d.kind, id: d.id, article: d.article, start: d.start, end: d.end, line: d.line, column: d.column, text: d.text,
    score: Math.round(h.score * 10000) / 10000,
    matches: h.matches.map(([a, b]) => [toCodePoints(d.text, a), toCodePoints(d.text, b)]),
    annotations: d.annotations,
    notes: d.notes,
    // The claims found at this place: the result itself if it is one, then those held under it.
    claims: [h, ...h.held].filter((x) => x.doc.kind === 'quote' || x.doc.kind === 'claim').map((x) => x.doc.id),
  };
}

export function searchListing(hits: readonly Hit[]): Listing {
  return { fields: SEARCH_FIELDS, tableFields: ['kind', 'id', 'text'], flexible: ['text'], wholeIds: true, records: hits.map(hitRecord) };
}
