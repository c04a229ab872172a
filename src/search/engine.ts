/**
 * Ranks search documents against a query with fuse.js.
 *
 * How: the query and the documents are folded alike (fold.ts), so straight quotes find curly ones.
 * A plain query is split into words, each matched fuzzily and all required (fuse's extended search
 * ANDs space-separated terms), so swapped words still match and a typo costs only its own word;
 * this also keeps every pattern under fuse's 32-character limit for fuzzy matching. A query that
 * uses extended syntax (`'exact`, `^prefix`, `suffix$`, `!not`, `=equal`, `a | b`) is passed on as
 * written. `ignoreLocation` lets a match score the same anywhere in a field (fuse's default only
 * rewards matches near the start). Besides its text, a document's names (a claim's source, an
 * actor's aliases, an agreement's parties) and notes (a claim's note, an actor's role, an agreement's
 * scope) are searched with it. Ranking is by match quality, ties broken so results are stable (byRank).
 */
import Fuse, { type FuseResult } from 'fuse.js';
import { GlossError } from '../errors.js';
import { FIELD_SEPARATOR, KIND_CODE, LARGE, type Kind, type OpenIndex, type SearchDoc, type SearchRecord } from './documents.js';
import { lookupWords, prefilter, RANKED } from './prefilter.js';
import { couldMatch, plainTerms } from './could-match.js';
import { fold } from '../text/fold.js';
import { byPlace } from './places.js';

/** The best score fuse.js gives, an exact match's. */
const FUSE_BEST = 0.001;

export interface SearchOptions {
  query: string;
  kinds: readonly Kind[] | null;
  article?: string;
  actor?: string;
  about?: string;
  limit: number;
  threshold: number;
  all: boolean;
  /** false: give fuse.js every candidate, not only those could-match.ts lets through (for tests). */
  narrow?: boolean;
  /** Say (through `note`) when more results were found than the limit shows: the limit was not asked for. */
  sayCut?: boolean;
}

export interface Hit {
  doc: SearchDoc;
  /** fuse.js score: 0 is a perfect match, 1 no match at all; of a place, its best member's. */
  score: number;
  /** Matched ranges in doc.text, UTF-16 [from, to). */
  matches: [number, number][];
  /** Matched ranges in doc.names and doc.remark, where the query matched beside the text. */
  nameMatches: [number, number][];
  remarkMatches: [number, number][];
  /** The claim hits at this place, best first (places.ts). */
  held: Hit[];
}

const OPERATOR = /(^|\s)(['^!=]|\|(\s|$))|\$(\s|$)/;
const MAX_FUZZY = 32;

/** The fuse.js extended-search pattern for what the person typed. */
export function toPattern(query: string): string {
  const folded = fold(query).trim();
  if (folded.length === 0) throw new GlossError('empty query: give some words to search for');
  if (OPERATOR.test(folded)) return withoutLoneLetters(folded, query);
  // Plain words: punctuation that extended search would read as syntax goes; long words match exactly.
  const words = folded
    .replace(/["\u201c\u201d]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^['^!=]+|\$+$/g, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new GlossError(`query ${JSON.stringify(query)} has no words to search for`);
  // A word of one character can never match: fuse.js drops every match shorter than
  // minMatchCharLength (2, so that a fuzzy match is never shown as scattered single letters), and
  // every word is required, so "a material downtick" found nothing at all. Matched exactly, as a
  // two-letter word is, it would hold in nearly every text ("a", "I", "5" inside "2015") and only
  // mark its letter all over the result: it is left out, as search engines leave out stop words.
  const kept = words.filter((w) => [...w].length > 1);
  if (kept.length === 0) throw new GlossError(`query ${JSON.stringify(query)} has only words of one character, which match nearly every text: give a longer word`);
  return kept.map((w) => (w.length > MAX_FUZZY ? `'${w}` : w)).join(' ');
}

/** fuse.js's extended search: `|` parts a query into alternatives, each of terms split at spaces outside double quotes. */
const TERMS = / +(?=(?:[^"]*"[^"]*")*[^"]*$)/;

/** An extended pattern without its `!word` terms (and the alternatives left empty): what a result matched by, to highlight. */
function withoutInverse(pattern: string): string {
  return pattern
    .split('|')
    .map((part) => part.trim().split(TERMS).filter((t) => !t.startsWith('!')).join(' '))
    .filter((a) => a.length > 0)
    .join(' | ');
}

/**
 * An extended query without its fuzzy terms of one letter or digit (`a !sheep`): such a term never
 * matches (minMatchCharLength), and every term of an alternative is required, so it made the whole
 * alternative match nothing; it is left out as in a plain query. A term with an operator (`'a`,
 * `=a`, `!a`) is the person's exact wish and is kept. An alternative left empty goes; a query left
 * with none is refused.
 */
function withoutLoneLetters(folded: string, query: string): string {
  let lone = false;
  const alternatives = folded.split('|').map((part) =>
    part
      .trim()
      .split(TERMS)
      .filter((t) => {
        // An operator with no word after it ('!', "'", '^', '$', '""') asks for nothing: a bad query, not one that found nothing.
        if (/^(?:['^!=]*\$?|['^!=]*"")$/.test(t)) return false;
        if (/^[\p{L}\p{N}]$/u.test(t)) return !(lone = true);
        return true;
      })
      .join(' '),
  );
  const kept = alternatives.filter((a) => a.length > 0);
  if (kept.length === 0) {
    throw new GlossError(lone ? `query ${JSON.stringify(query)} has only words of one character, which match nearly every text: give a longer word` : `query ${JSON.stringify(query)} has no words to search for`);
  }
  return kept.join(' | ');
}

function candidates(index: OpenIndex, o: SearchOptions): Int32Array {
  const codes = o.kinds && new Set(o.kinds.flatMap((k) => (k === 'claim' ? ['c', 'q'] : [KIND_CODE[k]])));
  const article = o.article === undefined ? undefined : index.articles.indexOf(o.article);
  // A typed array of the most there can be, not an array grown a push at a time: at 10,000 articles
  // (426,000 documents) the growing array's copies touched some 7,000 fresh pages of memory.
  const out = new Int32Array(index.kinds.length);
  let n = 0;
  for (let i = 0; i < index.kinds.length; i++) {
    const code = index.kinds[i]!;
    if (code === 'P' && !o.all) continue;
    if (codes && !codes.has(code.toLowerCase())) continue;
    if (article !== undefined && index.article[i] !== article) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

function keep(doc: SearchRecord, o: SearchOptions): boolean {
  if (o.actor && !doc.actors.includes(o.actor)) return false;
  if (o.about && !doc.about.includes(o.about)) return false;
  return true;
}

/**
 * The hits for a query, best first. On a large corpus, when more documents could match than are
 * ranked (prefilter.ts RANKED, unless the limit is 0), `note` is told how many, so the person knows
 * results were capped and how to widen them.
 */
export function search(index: OpenIndex, o: SearchOptions, note: (message: string) => void = () => {}): Hit[] {
  const pattern = toPattern(o.query);
  const all = candidates(index, o);
  const terms = o.narrow === false ? null : plainTerms(pattern, o.threshold);
  // A limit the person did not choose (the default) is said when it cut the results: a script reading
  // --json got the first 10 of 57 with nothing to tell it there were more.
  const cut = (places: Hit[]) => {
    if (o.limit === 0 || places.length <= o.limit) return places;
    if (o.sayCut) note(`gloss: showing the best ${o.limit} of ${places.length} results (--limit N for more, --limit 0 for all)`);
    return o.limit > 0 ? places.slice(0, o.limit) : places;
  };
  if (all.length <= LARGE) return cut(ranked(index, o, pattern, terms, Array.from(all)));
  // A query with words to look up is narrowed through the vocabulary's postings (prefilter.ts);
  // one without (short words only) by the database, finding the words that must occur as written
  // without any document's text being read here (a scan of every document: only when nothing else narrows).
  const exact = (terms ?? []).filter((t) => t.errors === null || t.errors === 0).map((t) => t.word);
  const pool = exact.length > 0 && lookupWords(pattern, o.threshold).length === 0 ? index.containing(all, exact) : all;
  const narrowed = prefilter(index, pool, pattern, o.threshold, o.limit === 0 ? Infinity : RANKED);
  const places = ranked(index, o, pattern, terms, narrowed.ids);
  if (narrowed.capped === null) return cut(places);
  // Fewer results than asked for from the documents ranked (--limit 5000 gave 538 where 7,603 match):
  // every candidate is ranked, as --limit 0 does, and nothing was capped.
  if (o.limit > 0 && places.length < o.limit) return cut(ranked(index, o, pattern, terms, prefilter(index, pool, pattern, o.threshold, Infinity).ids));
  // Says candidates, not results: fuse.js finds fewer results than the word index lets through
  // (13,911 candidates gave 7,603 results), and a reader took the first number for the second.
  note(`gloss: ranked the ${RANKED} of ${narrowed.capped} candidate documents whose words match best; results in the others are not shown (--limit 0 ranks them all)`);
  return o.limit > 0 ? places.slice(0, o.limit) : places;
}

/** Every hit among documents `ids`, best first (the limit is search's to apply). */
function ranked(index: OpenIndex, o: SearchOptions, pattern: string, terms: ReturnType<typeof plainTerms>, ids: number[]): Hit[] {
  // Each document's text is read once, for narrowing and for fuse.js alike.
  const texts = index.texts(ids);
  const textOf = (i: number) => texts.get(i)!;
  if (terms) ids = couldMatch(textOf, ids, terms);
  const candidates_: SearchDoc[] = [];
  for (const i of ids) {
    const rec = index.record(i);
    if (!keep(rec, o)) continue;
    candidates_.push({ ...rec, f: { text: fold(rec.text), all: textOf(i) } });
  }
  // fuse.js evaluates an extended query key by key: every word must match within one field. So
  // besides the text, each document has `all` (text, names and notes together, in that order), where
  // "Walma toolbox" finds Walma's claim about a toolbox; a match in the text alone scores higher.
  // fuse.js 7 also drops every result of a query with an inverse term (`!word`) when it searches
  // more than one key; such a query searches `all` alone.
  const inverse = /(^|\s)!/.test(pattern);
  const options = (keys: { name: string[]; weight: number }[]) => ({
    keys,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    useExtendedSearch: true,
    threshold: Math.max(o.threshold, FUSE_BEST),
    minMatchCharLength: 2,
    ignoreFieldNorm: true,
  });
  const bothFields = [
    { name: ['f', 'text'], weight: 1 },
    { name: ['f', 'all'], weight: 0.5 },
  ];
  const fuse = new Fuse(candidates_, options(inverse ? [{ name: ['f', 'all'], weight: 1 }] : bothFields));
  // fuse.js holds each word to the threshold, but a document matched in its names or notes alone
  // scores above it (the score is weighed over both fields): the threshold holds for every result.
  // fuse.js scores no match better than 0.001 (Math.max(.001, …) in its scorers), a product of powers
  // that comes out a hair above it: a threshold below that means exact matches (--threshold 0 found
  // nothing at all).
  // Its exact operators ('word, =word, !word, ^word, word$) score 0, below every fuzzy match: 0.001
  // is the best score a result shows (as documented), so a script's floor holds for any query.
  const results = fuse.search(pattern).filter((r) => r.score! <= Math.max(o.threshold, FUSE_BEST) * (1 + 1e-9));
  for (const r of results) r.score = Math.max(r.score!, FUSE_BEST);
  results.sort(byRank);
  // A `!word` term matches by what a document lacks, and fuse.js gives that match as the whole field,
  // merged with the words': highlighted, the whole passage was marked. The words that matched are
  // found again without the `!` terms, among the results alone, and shown.
  if (inverse) {
    const positive = withoutInverse(pattern);
    const shown = positive === '' ? new Map() : new Map(new Fuse(results.map((r) => r.item), options(bothFields)).search(positive).map((x) => [x.item, x.matches]));
    for (const r of results) r.matches = shown.get(r.item) ?? [];
  }
  return byPlace(results.map(hitOf));
}

function hitOf(r: FuseResult<SearchDoc>): Hit {
  const [text, names, remark] = fieldMatches(r);
  return { doc: r.item, score: r.score!, matches: text, nameMatches: names, remarkMatches: remark, held: [] };
}

/**
 * Best match first. fuse.js's field-length norm would rank a two-word actor name far above the
 * sentence that says the same name ("Chuck Hagle" found unrelated actors before the passage naming
 * Chuck Hagel), so the score is match quality alone, and length only breaks ties: among equally good
 * matches the text of the articles comes first (where a name is said, before its registry entry),
 * then the shorter document (a quote before the sentence holding it), then reading order.
 */
function byRank(a: FuseResult<SearchDoc>, b: FuseResult<SearchDoc>): number {
  const quality = Math.round(a.score! * 1e9) - Math.round(b.score! * 1e9);
  const registry = (r: FuseResult<SearchDoc>) => (r.item.article === null ? 1 : 0);
  return quality || registry(a) - registry(b) || a.item.text.length - b.item.text.length || a.item.order - b.item.order;
}

/**
 * The matched ranges in each field a result shows: its text, names and notes. `all` is the three
 * folded and joined (documents.ts `fields`), and folding keeps every offset, so a match in `all`
 * falls in one field at a known distance from its start.
 */
function fieldMatches(r: FuseResult<SearchDoc>): [[number, number][], [number, number][], [number, number][]] {
  const d = r.item;
  const starts: [string, number][] = [];
  let at = 0;
  for (const [name, value] of [['text', d.text], ['names', d.names], ['remark', d.remark]] as const) {
    if (name !== 'text' && !value) continue;
    starts.push([name, at]);
    at += value.length + FIELD_SEPARATOR.length;
  }
  const within = (name: string, length: number): [number, number][] => {
    const from = starts.find(([n]) => n === name)?.[1];
    if (from === undefined) return [];
    return merge(
      (r.matches ?? [])
        .filter((m) => m.key === 'f.all' || (m.key === 'f.text' && name === 'text'))
        .flatMap((m) => m.indices.map(([a, b]) => (m.key === 'f.text' ? [a, b + 1] : [a - from, b + 1 - from]) as [number, number]))
        .filter(([a, b]) => a >= 0 && b <= length && a < b),
    );
  };
  // Where every word matched in the text, the text shows why: names and notes are not brought in.
  if ((r.matches ?? []).some((m) => m.key === 'f.text')) return [within('text', d.text.length), [], []];
  return [within('text', d.text.length), within('names', d.names.length), within('remark', d.remark.length)];
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  // Merge overlapping ranges so a highlight is drawn once.
  const merged: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
