/**
 * Is a quote verbatim in the corpus? Where it stands and who says it there; else the closest passage
 * and its word-level differences; else nothing close. One answer for `gloss verify`, `verify -` and
 * `verify --in`, so a quote is judged the same way whichever form asked.
 */
import type { Article, Claim, Corpus } from '../model.js';
import { OffsetMap } from '../text/offsets.js';
import { widenToClusters } from '../text/clusters.js';
import { canonicalForm, canonicalOccurrences, isCanonical, occurrencesOf } from '../corpus/anchor.js';
import { nearestMatch } from '../corpus/suggest.js';
import { SpanIndex } from '../corpus/span-index.js';
import { changedWords, diffWords, type DiffPart } from '../search/diff.js';
import { typographyOnly } from '../text/typography.js';
import { paragraphsOf, StretchFinder, type Paragraphs } from '../search/closest.js';

export interface PlaceClaim {
  /** The full claim id (`article:c3`), as `gloss show` and `gloss cite` take it. */
  id: string;
  /** The actor id of who makes the claim, and its name. */
  actor: string;
  source: string;
  attribution: string;
}

export interface Place {
  article: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  claims: PlaceClaim[];
}

export type Verdict =
  | { verbatim: true; quote: string; places: Place[] }
  | { verbatim: false; quote: string; closest: (Place & { difference: string | null; diff: DiffPart[] }) | null };

/** The claims of an article overlapping [from, to) (UTF-16): from a corpus in memory, or the database's index. */
export type ClaimsAt = (article: string, from: number, to: number) => readonly Claim[];

/** ClaimsAt over a corpus in memory: its claims grouped by article once (a quote may stand in thousands of places), in the order given. */
export function claimsIn(c: Corpus): ClaimsAt {
  const byArticle = new Map<string, Claim[]>();
  for (const cl of c.claims) {
    const list = byArticle.get(cl.article);
    if (list) list.push(cl);
    else byArticle.set(cl.article, [cl]);
  }
  // Indexed when an article is first asked: a quote standing in many places of an article with
  // thousands of claims was a scan of them all per place.
  const indexed = new Map<string, SpanIndex<Claim>>();
  return (article, from, to) => {
    const claims = byArticle.get(article);
    if (!claims) return [];
    let index = indexed.get(article);
    if (!index) indexed.set(article, (index = new SpanIndex(claims)));
    return index.overlapping(from, to);
  };
}

/** Each article with its offset map, and the actors' names, made once per corpus. */
const lookups = new WeakMap<Corpus, { articles: Map<string, { a: Article; map: OffsetMap | null }>; names: Map<string, string> }>();

function lookup(c: Corpus) {
  let l = lookups.get(c);
  if (!l) {
    l = { articles: new Map(c.articles.map((a) => [a.id, { a, map: null }])), names: new Map(c.actors.map((x) => [x.id, x.name])) };
    lookups.set(c, l);
  }
  return l;
}

export function placeOf(c: Corpus, article: string, from: number, to: number, claimsAt: ClaimsAt = claimsIn(c)): Place {
  const { articles, names } = lookup(c);
  const entry = articles.get(article)!;
  const map = (entry.map ??= new OffsetMap(entry.a.text));
  return placeIn(entry.a, from, to, claimsAt, names, map);
}

/** A place of an article's text, with the claims covering it; `names` gives each actor id its name. */
function placeIn(a: { id: string; text: string }, from: number, to: number, claimsAt: ClaimsAt, names: ReadonlyMap<string, string>, map = new OffsetMap(a.text)): Place {
  const claims = claimsAt(a.id, from, to)
    .map((cl) => ({ id: cl.id, actor: cl.source, source: names.get(cl.source) ?? cl.source, attribution: cl.attribution }));
  return { article: a.id, start: map.toCodePoint(from), end: map.toCodePoint(to), ...map.lineColumn(from), text: a.text.slice(from, to), claims };
}

/**
 * The verdict on a quote that is not in the corpus as typed. Its places up to canonical equivalence
 * first: a quote whose "é" is "e" and a combining accent where the source has the one character
 * (or the reverse) is the same text to Unicode, whose conformance rules have canonical equivalents
 * treated alike, and reads the same to anyone: it is verbatim, as `gloss check` anchors it
 * (anchor.ts equivalenceView, which also reads CRLF as LF and passes over zero-width characters),
 * not a misquote whose every word looks right. Each place is the
 * source's own characters, and its offsets theirs. Else the closest stretch: the character-level
 * nearest match of each article (typography, typos) and the word-level closest stretch (paraphrase,
 * reordering), whichever differs from the quote in fewer words (the first such, in reading order,
 * the word-level stretch last). Articles are added one at a time, in reading order, and not kept: a
 * large corpus's texts come one by one from the database, and one pass serves every quote of a draft.
 */
class ClosestFinder<A extends { id: string; text: string }> {
  private found: { article: A; from: number; to: number; changed: number } | null = null;
  private readonly stretches: StretchFinder<A>;
  /** Each form, its canonicalForm and the places found for it (with their texts, until the verdict gives their lines and claims). */
  private readonly canonical: { form: string; q: string; places: { article: A; from: number; to: number; map: OffsetMap }[] }[];

  /** `forms`: what the quote may stand for, in the order they are tried (quote-check.ts quoteForms). */
  constructor(readonly quote: string, forms: readonly string[] = [quote]) {
    this.stretches = new StretchFinder<A>(quote);
    this.canonical = forms.map((form) => ({ form, q: canonicalForm(form), places: [] }));
  }

  private consider(article: A, at: number, end: number): void {
    // The passage as a reader sees it: a match may stop inside a character ("Montre" of "Montréal"
    // spelt with a combining accent), which is the very difference to show.
    const { from, to } = widenToClusters(article.text, at, end);
    const changed = changedWords(diffWords(this.quote, article.text.slice(from, to)));
    if (!this.found || changed < this.found.changed) this.found = { article, from, to, changed };
  }

  add(a: A, paragraphs?: Paragraphs): void {
    let map: OffsetMap | undefined;
    const nfc = isCanonical(a.text);
    for (const c of this.canonical) {
      // The forms stand nowhere as typed (closestVerdicts), so an NFC form is in no NFC text: the
      // search is spared for nearly every text and quote (a draft's misquotes, each with its forms).
      if (nfc && c.q === c.form) continue;
      for (const r of canonicalOccurrences(a.text, c.q)) c.places.push({ article: a, ...r, map: (map ??= new OffsetMap(a.text)) });
    }
    // Verbatim already: no closest passage is wanted.
    if (this.canonical.some((c) => c.places.length > 0)) return;
    const near = nearestMatch(a.text, this.quote);
    if (near) this.consider(a, near.from, near.to);
    this.stretches.add(a, paragraphs);
  }

  verdict(claimsAt: ClaimsAt, names: ReadonlyMap<string, string>): Verdict {
    const standing = this.canonical.find((c) => c.places.length > 0);
    if (standing) return { verbatim: true, quote: standing.form, places: standing.places.map((p) => placeIn(p.article, p.from, p.to, claimsAt, names, p.map)) };
    const stretch = this.stretches.best();
    if (stretch) this.consider(stretch.article, stretch.from, stretch.to);
    const { quote, found } = this;
    if (!found) return { verbatim: false, quote, closest: null };
    const at = placeIn(found.article, found.from, found.to, claimsAt, names);
    return { verbatim: false, quote, closest: { ...at, difference: typographyOnly(quote, at.text), diff: diffWords(quote, at.text) } };
  }
}

/**
 * The verdicts of quotes verbatim nowhere as typed, nor in any of their `formsOf` (the quote itself
 * unless told): each one's places up to canonical equivalence (of the first of its forms to stand
 * anywhere so), else its closest stretch of `articles` (in reading order, each read once for all the
 * quotes), else nothing close.
 */
export function closestVerdicts(
  articles: Iterable<{ id: string; text: string }>,
  quotes: readonly string[],
  claimsAt: ClaimsAt,
  names: ReadonlyMap<string, string>,
  formsOf: (quote: string) => readonly string[] = (q) => [q],
): Verdict[] {
  const finders = quotes.map((q) => new ClosestFinder(q, formsOf(q)));
  for (const a of articles) {
    // Split into words once for every quote (a draft's 5 misquotes at 10,000 articles: 9.6 -> 6.2 s);
    // for one quote, a paragraph at a time.
    const paragraphs = finders.length > 1 ? paragraphsOf(a.text) : undefined;
    for (const f of finders) f.add(a, paragraphs);
  }
  return finders.map((f) => f.verdict(claimsAt, names));
}

export function verdictOf(c: Corpus, quote: string, claimsAt: ClaimsAt = claimsIn(c)): Verdict {
  const places = c.articles.flatMap((a) => occurrencesOf(a.text, quote).map((at) => placeOf(c, a.id, at, at + quote.length, claimsAt)));
  if (places.length > 0) return { verbatim: true, quote, places };
  return closestVerdicts(c.articles, [quote], claimsAt, lookup(c).names)[0]!;
}
