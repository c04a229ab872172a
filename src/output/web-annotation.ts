/**
 * The corpus as a W3C Web Annotation collection (JSON-LD): every claim, mention and region an
 * `Annotation` whose target carries a TextQuoteSelector (exact, with 32 code points of prefix and
 * suffix) and a TextPositionSelector (start, end in code points), so any Web Annotation tool can
 * anchor it. Ids are stable URNs built from ids that do not change while the text does not:
 *   urn:gloss:article:ID, urn:gloss:annotation:ARTICLE:LOCAL (c3, m1234, a region id),
 *   urn:gloss:actor:ID, urn:gloss:agreement:ID.
 * Motivations: a claim is `describing` (it records who claims what), a mention `identifying` (the
 * body is the actor or agreement the text refers to), a region `classifying` (as site furniture).
 * Every annotation carries its own `@context`, so one taken out of the collection is still a valid
 * Web Annotation; `created` is when its article's annotation file was written (corpus/file-times.ts),
 * and the collection names its `generator` (gloss and its version).
 */
import type { Corpus, Span } from '../model.js';
import { VERSION } from '../version.js';
import { jsonChunks, Streamed } from './json.js';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

export const articleUrn = (id: string) => `urn:gloss:article:${id}`;
export const annotationUrn = (article: string, local: string) => `urn:gloss:annotation:${article}:${local}`;
const entityUrn = (c: Corpus, id: string) => `urn:gloss:${c.agreements.some((a) => a.id === id) ? 'agreement' : 'actor'}:${id}`;

/** The article's code points, kept for the last article asked for: spans come article by article. */
function codePointsOf(texts: ReadonlyMap<string, string>): (article: string) => string[] {
  let last: { article: string; cps: string[] } | undefined;
  return (article) => {
    if (last?.article !== article) last = { article, cps: [...texts.get(article)!] };
    return last.cps;
  };
}

function target(cps: readonly string[], span: Span) {
  return {
    type: 'SpecificResource',
    source: articleUrn(span.article),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: span.quote,
        prefix: cps.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start).join(''),
        suffix: cps.slice(span.end, span.end + CONTEXT_CHARS).join(''),
      },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain' });

/** Every annotation, one at a time: claims, then mentions, then regions. */
function* annotations(c: Corpus, created: ReadonlyMap<string, string>): Generator<Record<string, unknown>> {
  const cps = codePointsOf(new Map(c.articles.map((a) => [a.id, a.text])));
  const head = (article: string, local: string) => ({
    '@context': CONTEXT,
    id: annotationUrn(article, local),
    type: 'Annotation',
    ...(created.has(article) && { created: created.get(article) }),
  });
  const names = new Map([...c.actors, ...c.agreements].map((x) => [x.id, x.name]));
  for (const cl of c.claims) {
    const chain = [...cl.via].reverse().map((id) => names.get(id) ?? id).join(', relayed by ');
    const describe = `${names.get(cl.source) ?? cl.source}${chain ? ` (as reported by ${chain})` : ''}: ${cl.attribution} ${cl.type}${cl.cue ? `, cue “${cl.cue}”` : ''}`;
    yield {
      ...head(cl.article, cl.local),
      motivation: 'describing',
      body: [
        { type: 'TextualBody', purpose: 'describing', value: describe, format: 'text/plain' },
        tag(`attribution:${cl.attribution}`),
        tag(`type:${cl.type}`),
        tag(`source:${cl.source}`),
        { type: 'SpecificResource', purpose: 'linking', source: entityUrn(c, cl.source) },
        // The attribution chain, outermost first; `via:N:ID` keeps its order where a consumer sorts tags.
        ...cl.via.flatMap((id, i) => [tag(`via:${i + 1}:${id}`), { type: 'SpecificResource', purpose: 'linking', source: entityUrn(c, id) }]),
        ...cl.about.flatMap((id) => [tag(`about:${id}`), { type: 'SpecificResource', purpose: 'linking', source: entityUrn(c, id) }]),
        ...(cl.note ? [{ type: 'TextualBody', purpose: 'commenting', value: cl.note, format: 'text/markdown' }] : []),
      ],
      target: target(cps(cl.article), cl),
    };
  }
  for (const m of c.mentions) {
    const ref = (m.actor ?? m.agreement)!;
    yield {
      ...head(m.article, m.id.slice(m.id.indexOf(':') + 1)),
      motivation: 'identifying',
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: entityUrn(c, ref) },
        { type: 'TextualBody', purpose: 'describing', value: names.get(ref) ?? ref, format: 'text/plain' },
      ],
      target: target(cps(m.article), m),
    };
  }
  for (const r of c.regions) {
    yield {
      ...head(r.article, r.local),
      motivation: 'classifying',
      body: [tag(`region:${r.kind}`)],
      target: target(cps(r.article), r),
    };
  }
}

function collection(c: Corpus, items: unknown): Record<string, unknown> {
  const described = {
    id: 'urn:gloss:collection',
    label: `gloss annotations of ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`,
    total: c.claims.length + c.mentions.length + c.regions.length,
  };
  // The page carries its own @context and describes the collection it is part of, so it too is valid
  // taken out alone (the W3C suite checks a page's partOf as such a description).
  return {
    '@context': CONTEXT,
    id: described.id,
    type: 'AnnotationCollection',
    label: described.label,
    generator: { type: 'Software', name: `gloss ${VERSION}`, 'schema:softwareVersion': VERSION },
    total: described.total,
    first: { '@context': CONTEXT, id: 'urn:gloss:collection:page:0', type: 'AnnotationPage', partOf: described, startIndex: 0, items },
  };
}

/** `created`: each article's annotation time (corpus/file-times.ts), by article id. */
export function toWebAnnotations(c: Corpus, created: ReadonlyMap<string, string> = new Map()): Record<string, unknown> {
  return collection(c, [...annotations(c, created)]);
}

/** The collection as JSON text, produced one annotation at a time (output/json.ts). */
export function webAnnotationChunks(c: Corpus, created: ReadonlyMap<string, string> = new Map()): Iterable<string | Uint8Array> {
  return jsonChunks(collection(c, new Streamed(annotations(c, created))));
}
