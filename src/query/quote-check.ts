/**
 * Checks quotations as a report uses them: each quote's verdict in the corpus (verbatim, near, not
 * found) and, where the report names who said it, whether the corpus's speaker for that passage is
 * the one named (else: misattributed). The records are the output contract of `gloss verify -` and
 * `gloss verify --in` (README "Output schemas").
 */
import type { Actor, Corpus } from '../model.js';
import type { Listing, Row } from '../output/listing.js';
import { fold } from '../text/fold.js';
import { claimsIn, verdictOf, type ClaimsAt, type Place, type Verdict } from './verdict.js';
import { diffWords } from '../search/diff.js';
import { typographyOnly } from '../text/typography.js';
import type { DiffPart } from '../search/diff.js';

export const VERIFY_FIELDS = [
  'line', 'column', 'verdict', 'quote', 'attributedTo', 'speaker', 'claim', 'article', 'articleLine', 'articleColumn', 'start', 'end', 'places', 'difference', 'diff',
] as const;

export type QuoteVerdict = 'verbatim' | 'near' | 'not found' | 'misattributed';

export interface QuoteToCheck {
  quote: string;
  line: number;
  column: number;
  attributedTo: string | null;
}

export interface QuoteCheck extends QuoteToCheck {
  verdict: QuoteVerdict;
  detail: Verdict;
  /** A near miss whose closest passage is someone else's words than the draft says: told with it, not only once the words are mended. */
  otherSpeaker?: boolean;
}

const tokens = (s: string) => fold(s).replace(/['\u2019]s\b/g, '').split(/[^\p{L}\p{N}&]+/u).filter(Boolean);

/** Does a name as a report writes it ("Walma", "Peter MacKay", "E&T") name this actor? */
export function namesActor(written: string, actor: Actor): boolean {
  const words = tokens(written);
  if (words.length === 0) return false;
  const known = [actor.name, ...actor.aliases, actor.id.replace(/-/g, ' ')];
  if (known.some((k) => tokens(k).join(' ') === words.join(' '))) return true;
  const all = new Set(known.flatMap(tokens));
  // An initial the registry does not spell out ("Michael J. Walma") names no one else.
  return words.some((w) => all.has(w)) && words.every((w) => all.has(w) || /^\p{L}$/u.test(w));
}

/**
 * Reports put a closing comma or full stop inside the quotation marks whether the source has it
 * there or not (“…thing,” said Walma): without it the words may still be verbatim. Null when the
 * quote has no such ending (or is nothing else).
 */
export function bareQuote(quote: string): string | null {
  const bare = quote.replace(/[,.;:]+$/, '');
  return bare !== quote && bare.trim() !== '' ? bare : null;
}

// A pair of single marks inside a quotation: opened at the start or after a blank, a bracket or a
// dash, and closed by a mark that is not an apostrophe (one with a letter or digit after it: "it’s").
const INNER_PAIR = /(^|[\s([{\u2014\u2013])[\u2018']((?:[^\u2018\u2019']|[\u2019'](?=[\p{L}\p{N}]))*)[\u2019'](?![\p{L}\p{N}])/gu;

/**
 * A quotation inside a quotation is written with single marks (“whether ‘naming and shaming’ works”),
 * as style guides nest them and as `gloss cite` writes them (text/nest-quotes.ts), where the source
 * prints double ones: the quote with its inner pairs made double again, curly and straight (the two
 * forms a source prints). None when it has no such pair.
 */
export function unnestedQuotes(quote: string): string[] {
  INNER_PAIR.lastIndex = 0;
  if (!INNER_PAIR.test(quote)) return [];
  const as = (open: string, close: string) => quote.replace(INNER_PAIR, (_, before: string, inner: string) => `${before}${open}${inner}${close}`);
  return [as('\u201c', '\u201d'), as('"', '"')];
}

/**
 * The forms of a quote a report may stand for, in the order they are tried: as typed; with its inner
 * quotation marks made double again (unnestedQuotes); and, with `orBare`, each without the comma or
 * full stop before its closing mark (bareQuote).
 */
export function quoteForms(quote: string, orBare: boolean): string[] {
  const forms = [quote, ...unnestedQuotes(quote)];
  const bare = orBare ? forms.map(bareQuote).filter((b): b is string => b !== null) : [];
  return [...new Set([...forms, ...bare])];
}

/**
 * A quote's check. `nowhere`: its verdict where it and its other forms (quoteForms) are known to
 * stand nowhere in the corpus (its closest passage, found in every text; `c` may then hold none of them).
 */
export function checkQuote(c: Corpus, q: QuoteToCheck, actors: ReadonlyMap<string, Actor>, claimsAt: ClaimsAt = claimsIn(c), nowhere?: Verdict): QuoteCheck {
  let detail = nowhere ?? verdictOf(c, q.quote, claimsAt);
  if (!detail.verbatim && nowhere === undefined) {
    for (const form of quoteForms(q.quote, true).slice(1)) {
      const again = verdictOf(c, form, claimsAt);
      if (again.verbatim) {
        detail = again;
        break;
      }
    }
  }
  // Nor in a near miss is the comma or full stop just inside the closing mark held against the quote,
  // where the passage has none there: the diff and the typography are the words' alone.
  const bare = bareQuote(q.quote);
  if (!detail.verbatim && detail.closest && bare !== null && !/[,.;:]$/.test(detail.closest.text)) {
    detail = { ...detail, closest: { ...detail.closest, difference: typographyOnly(bare, detail.closest.text), diff: diffWords(bare, detail.closest.text) } };
  }
  // The speakers of the places found (or of the closest passage): the draft's name must name one of them.
  const misnamed = (places: readonly Place[]) => {
    const speakers = [...new Set(places.flatMap((p) => p.claims.map((cl) => cl.actor)))];
    return (
      q.attributedTo !== null &&
      speakers.length > 0 &&
      !speakers.some((id) => {
        const a = actors.get(id);
        return a !== undefined && namesActor(q.attributedTo!, a);
      })
    );
  };
  if (!detail.verbatim) return { ...q, verdict: detail.closest ? 'near' : 'not found', detail, ...(detail.closest && misnamed([detail.closest]) && { otherSpeaker: true }) };
  return { ...q, verdict: misnamed(detail.places) ? 'misattributed' : 'verbatim', detail };
}

/** The word diff as text: `[-typed-]` and `{+as printed+}`, as `git diff --word-diff` writes it. */
export const diffText = (parts: readonly DiffPart[]) =>
  parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');

export function checkRecord(k: QuoteCheck): Row {
  const d = k.detail;
  const place = d.verbatim ? d.places[0]! : d.closest;
  const claim = place?.claims[0];
  return {
    line: k.line, column: k.column, verdict: k.verdict, quote: k.quote, attributedTo: k.attributedTo,
    speaker: claim?.source ?? null, claim: claim?.id ?? null,
    article: place?.article ?? null, articleLine: place?.line ?? null, articleColumn: place?.column ?? null,
    start: place?.start ?? null, end: place?.end ?? null,
    places: d.verbatim ? d.places.length : 0,
    difference: !d.verbatim && d.closest ? d.closest.difference : null,
    diff: !d.verbatim && d.closest ? diffText(d.closest.diff) : null,
  };
}

export function checkListing(checks: readonly QuoteCheck[]): Listing {
  return { fields: VERIFY_FIELDS, tableFields: ['line', 'column', 'verdict', 'quote'], flexible: ['quote'], records: checks.map(checkRecord) };
}
