/**
 * Checks quotations as a report uses them: each quote's verdict in the corpus (verbatim, near, not
 * found) and, where the report names who said it, whether the corpus's speaker for that passage is
 * the one named (else: misattributed). The records are the output contract of `gloss verify -` and
 * `gloss verify --in` (README "Output schemas").
 */
import type { Actor, Corpus } from '../model.js';
import type { Listing, Row } from '../output/listing.js';
import { fold } from '../text/fold.js';
import { claimsIn, verdictOf, type ClaimsAt, type Verdict } from './verdict.js';
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

/**
 * A quote's check. `nowhere`: its verdict where it and its bare form are known to stand nowhere in
 * the corpus (its closest passage, found in every text; `c` may then hold none of them).
 */
export function checkQuote(c: Corpus, q: QuoteToCheck, actors: ReadonlyMap<string, Actor>, claimsAt: ClaimsAt = claimsIn(c), nowhere?: Verdict): QuoteCheck {
  let detail = nowhere ?? verdictOf(c, q.quote, claimsAt);
  const bare = bareQuote(q.quote);
  if (!detail.verbatim && bare !== null && nowhere === undefined) {
    const again = verdictOf(c, bare, claimsAt);
    if (again.verbatim) detail = again;
  }
  if (!detail.verbatim) return { ...q, verdict: detail.closest ? 'near' : 'not found', detail };
  const speakers = [...new Set(detail.places.flatMap((p) => p.claims.map((cl) => cl.actor)))];
  const wrong =
    q.attributedTo !== null &&
    speakers.length > 0 &&
    !speakers.some((id) => {
      const a = actors.get(id);
      return a !== undefined && namesActor(q.attributedTo!, a);
    });
  return { ...q, verdict: wrong ? 'misattributed' : 'verbatim', detail };
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
