/**
 * Resolves a hand-written selector (exact quote, optional prefix/suffix/occurrence/through) to
 * offsets in the article text. Anchoring never relocates silently: a quote is found exactly, or the
 * caller gets an error with the nearest match as a suggestion (see `suggest.ts`).
 */
import type { SelectorInput } from '../schema.js';
import { nearestMatch } from './suggest.js';
import { OffsetMap } from '../text/offsets.js';
import { preview, previewPair } from '../text/preview.js';
import { occurrencesOfAll } from '../text/many-needles.js';
import { isClusterBoundary, standsWhole, widenToClusters } from '../text/clusters.js';
import { eachOccurrence, firstOccurrence } from '../text/occurrences.js';

export interface Range16 {
  from: number;
  to: number;
}

export type AnchorResult = { ok: true; ranges: Range16[] } | { ok: false; message: string; notFound?: boolean };

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** Whether text[from, to) starts and ends at word boundaries, as `occurrence: all` requires. */
export function isWholeWord(text: string, from: number, to: number): boolean {
  const quoteStartsWord = isWordChar(text[from]);
  const quoteEndsWord = isWordChar(text[to - 1]);
  return !(quoteStartsWord && isWordChar(text[from - 1])) && !(quoteEndsWord && isWordChar(text[to]));
}

/**
 * Every UTF-16 offset where `needle` occurs on whole characters (text/clusters.ts: never starting or
 * ending inside a letter and its combining marks, nor inside an emoji sequence), overlapping
 * occurrences included. This is what "exactly in the text" means for every quote: "Montre" is not in
 * "Montréal" when its "é" is "e" and a combining accent, though the units "Montre" are.
 */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  eachOccurrence(text, needle, 0, (i) => {
    if (standsWhole(text, i, i + needle.length)) found.push(i);
  });
  return found;
}

/** The first place at or after `from` where `needle` occurs on whole characters; -1 if none. */
function indexOfWhole(text: string, needle: string, from: number): number {
  let found = -1;
  eachOccurrence(text, needle, from, (i) => (standsWhole(text, i, i + needle.length) ? ((found = i), false) : true));
  return found;
}

/**
 * The quotes of one text are found in one pass over it (many-needles.ts) when they are many and a scan
 * of the text for each would read more than `SCANS_READ` characters: an article's thousands of claims
 * made its check quadratic. Otherwise a scan each is cheaper: indexOf passes over a text tens of times
 * faster than the automaton steps through it, which must be built (and compiled) first, and most
 * articles have a few dozen quotes in a few thousand characters.
 */
const MANY_QUOTES = 64;
const SCANS_READ = 1 << 23;

/** Below this many places, a quote's places beside some words are found by looking at each: a table would cost more. */
const LOOKED_AT = 16;

/**
 * Where the quotes of many selectors of one text stand, for `anchorQuote` to look up: each distinct
 * quote's places found once, and the places with given words right before or after them (a prefix,
 * a suffix) answered from those. An article naming one actor thousands of times has thousands of
 * selectors of the same few quotes ("MacKay", occurrence 1, 2, …, or prefix "Peter "): a scan of the
 * text for each, then a look at every place for each, made its check and its draft grow as the square
 * of the names. Here the places beside words of one length (the prefix's, and the suffix's) are
 * sorted once into a table by those words, so a selector costs the places it selects.
 */
export class QuotePlaces {
  private readonly found = new Map<string, number[]>();
  /** For each quote, and each pair of lengths "prefix,suffix": its places by the words at those lengths beside them. */
  private readonly beside = new Map<string, Map<string, Map<string, number[]>>>();

  constructor(
    private readonly text: string,
    /** The places of many quotes found at once (occurrencesOfAll), where they were. */
    private readonly known?: ReadonlyMap<string, number[]>,
  ) {}

  /** Every place of `quote` (as `occurrencesOf`, in order). The list is shared: never change it. */
  of(quote: string): number[] {
    let places = this.found.get(quote) ?? this.known?.get(quote);
    if (places === undefined) this.found.set(quote, (places = occurrencesOf(this.text, quote)));
    return places;
  }

  /**
   * The places of `quote` with `prefix` right before and `suffix` right after it (either may be
   * absent), in order: as a look at each place finds them. Shared, as `of`'s.
   */
  besides(quote: string, prefix: string | undefined, suffix: string | undefined): readonly number[] {
    const all = this.of(quote);
    if (prefix === undefined && suffix === undefined) return all;
    if (all.length < LOOKED_AT) return placesBeside(this.text, quote, all, prefix, suffix);
    const before = prefix?.length ?? 0;
    const after = suffix?.length ?? 0;
    let byLengths = this.beside.get(quote);
    if (byLengths === undefined) this.beside.set(quote, (byLengths = new Map()));
    const lengths = `${before},${after}`;
    let byWords = byLengths.get(lengths);
    if (byWords === undefined) {
      byWords = new Map();
      for (const at of all) {
        const end = at + quote.length;
        // A place too near either end of the text has no words of those lengths beside it: no selector finds it.
        if (at < before || end + after > this.text.length) continue;
        // The lengths are fixed in this table, so the two pieces joined say which is which.
        const words = this.text.slice(at - before, at) + this.text.slice(end, end + after);
        const list = byWords.get(words);
        if (list) list.push(at);
        else byWords.set(words, [at]);
      }
      byLengths.set(lengths, byWords);
    }
    return byWords.get((prefix ?? '') + (suffix ?? '')) ?? [];
  }
}

/** The places of `all` (of `quote`) with `prefix` right before and `suffix` right after. */
function placesBeside(text: string, quote: string, all: readonly number[], prefix: string | undefined, suffix: string | undefined): number[] {
  return all.filter(
    (at) =>
      (prefix === undefined || text.slice(Math.max(0, at - prefix.length), at) === prefix) &&
      (suffix === undefined || text.startsWith(suffix, at + quote.length)),
  );
}

/** The places of each of `quotes` in `text`, ready for `anchorQuote` to look up. */
export function placesOfQuotes(text: string, quotes: Iterable<string>): QuotePlaces {
  const distinct = new Set(quotes);
  if (distinct.size < MANY_QUOTES || distinct.size * text.length < SCANS_READ) return new QuotePlaces(text);
  return new QuotePlaces(text, occurrencesOfAll(text, distinct));
}

/** Lines named in a message before the rest are counted: a short quote may occur thousands of times. */
const LINES_LISTED = 5;

/** The lines of `starts`, the first few listed and the rest counted, from one line index of the text. */
function linesOf(lines: OffsetMap, starts: readonly number[]): string {
  const listed = starts.slice(0, LINES_LISTED).map((at) => lines.lineColumn(at).line).join(', ');
  return starts.length > LINES_LISTED ? `${listed} and ${starts.length - LINES_LISTED} more` : listed;
}

/**
 * Anchors a selector: exactly if the quote is in the text as typed; otherwise, when the difference
 * can only be one of encoding (CRLF line ends, Unicode normalisation NFC/NFD, zero-width characters),
 * in a canonically equivalent view of both, mapped back to the original offsets. Anything else is
 * an error with the nearest match suggested.
 */
/** A UTF-16 surrogate without its pair: half of a character, which no text can be said to contain. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function anchorQuote(text: string, sel: SelectorInput, lines?: OffsetMap, places?: QuotePlaces): AnchorResult {
  // "\ud83d" in YAML is half an emoji: found by indexOf inside a whole one, it would anchor a span that
  // splits a character, and text[start:end] == quote would fail for every reader counting code points.
  for (const [field, value] of [['quote', sel.quote], ['prefix', sel.prefix], ['suffix', sel.suffix], ['through', sel.through]] as const) {
    const lone = value === undefined ? null : LONE_SURROGATE.exec(value);
    if (lone) return { ok: false, message: `${field} ${preview(value!)} holds half a character (a lone surrogate \\u${lone[0].charCodeAt(0).toString(16)} at ${lone.index}): copy whole characters from the text` };
  }
  // The line index is made once per text, and only when a message needs a line.
  const lineIndex = { get: () => (lines ??= new OffsetMap(text)) };
  const exact = anchorExact(text, sel, lineIndex, places);
  if (exact !== NOT_IN_TEXT) return exact;
  // Not in the text as typed. Saying so suggests the passage meant, which is a search of the whole text
  // for the closest one: made only once the quote is not found up to encoding either. A quote copied
  // with LF line ends from an article with CRLF ones (or in the other Unicode normalisation) is found
  // there, and a suggestion made first would be thrown away, for each such quote of the article.
  const missing = () => notInText(text, sel.quote, lineIndex);
  // An article's quotes are anchored one after another: its view is made once, when first needed.
  if (lastView.text !== text) lastView = { text, needed: needsEquivalence(text), view: undefined };
  if (!lastView.needed && !needsEquivalence(sel.quote)) return missing();
  const view = (lastView.view ??= equivalenceView(text));
  const eq = (s: string | undefined) => (s === undefined ? undefined : equivalenceView(s).text);
  const viaView = anchorExact(view.text, { ...sel, quote: eq(sel.quote)!, prefix: eq(sel.prefix), suffix: eq(sel.suffix), through: eq(sel.through) }, { get: () => new OffsetMap(view.text) });
  if (viaView === NOT_IN_TEXT || !viaView.ok) return missing();
  const ranges = viaView.ranges.map((r) => ({ from: view.origin[r.from]!, to: view.origin[r.to]! }));
  // The view leaves out zero-width joiners: a range whole there may cut an emoji sequence of the text.
  if (ranges.some((r) => !standsWhole(text, r.from, r.to))) return missing();
  return { ok: true, ranges };
}

/**
 * What `anchorExact` answers for a quote that is nowhere in the text as typed: no message yet, as
 * the message's suggestion is costly and `anchorQuote` may still find the quote up to encoding.
 */
const NOT_IN_TEXT = Symbol('not in the text as typed');

/**
 * The error for a quote that is not in the text: cut inside a character there, or not there at all,
 * with the closest passage (suggest.ts) as what was probably meant.
 */
function notInText(text: string, quote: string, lineIndex: { get: () => OffsetMap }): AnchorResult {
  const cut = cutCharacter(text, quote, lineIndex);
  if (cut) return { ok: false, notFound: true, message: cut };
  const near = nearestMatch(text, quote);
  if (!near) return { ok: false, notFound: true, message: `quote ${preview(quote)} is not in the text` };
  // Both cut around where they differ: a slip late in a long quote is not shown as two equal strings.
  const [typed, meant] = previewPair(quote, near.text);
  return { ok: false, notFound: true, message: `quote ${typed} is not in the text; did you mean ${meant} (${near.reason}, line ${lineIndex.get().lineColumn(near.from).line})?` };
}

/** The text last anchored in: whether it needs an equivalence view, and the view once made. */
let lastView: { text: string; needed: boolean; view: { text: string; origin: number[] } | undefined } = { text: '', needed: false, view: undefined };

const EQUIVALENCE_NEEDED = /[\r\u200b-\u200d\u2060\ufeff\p{M}]/u;

function needsEquivalence(s: string): boolean {
  return EQUIVALENCE_NEEDED.test(s) || s !== s.normalize('NFC');
}

/**
 * Text compared up to encoding: CRLF as LF, no zero-width characters, NFC. `origin[i]` is the
 * original UTF-16 offset of view offset i (length + 1 entries), so view ranges map back exactly;
 * a base character and its combining marks normalise together and map to the cluster's bounds.
 */
export function equivalenceView(s: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  const cluster = /\r\n|[\u200b-\u200d\u2060\ufeff]|[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
  for (let m = cluster.exec(s); m !== null; m = cluster.exec(s)) {
    const raw = m[0];
    if (/^[\u200b-\u200d\u2060\ufeff]$/.test(raw)) continue;
    const norm = raw === '\r\n' ? '\n' : raw.normalize('NFC');
    for (let k = 0; k < norm.length; k++) origin.push(m.index);
    text += norm;
  }
  origin.push(s.length);
  // Offsets inside a cluster map to its start; a range's end maps to the next cluster's start.
  return { text, origin };
}

/**
 * The text last searched up to encoding, and its view (equivalenceView) where it differs. `verify`
 * compares as `check` anchors: a quote `check` accepts for an annotation ("accord" where the text has
 * "ac", a zero-width space, "cord") was not verbatim to verify, which named another article as closest.
 */
let lastCanonical: { text: string; view: { text: string; origin: number[] } | null } = { text: '', view: null };

function canonicalOf(text: string): { text: string; origin: number[] } | null {
  if (lastCanonical.text !== text) lastCanonical = { text, view: needsEquivalence(text) ? equivalenceView(text) : null };
  return lastCanonical.view;
}

/**
 * Whether a text is its own view up to encoding (NFC, no CR, no zero-width character), where a quote
 * that is its own view too stands exactly where it stands as typed.
 */
export function isCanonical(text: string): boolean {
  return canonicalOf(text) === null;
}

/** A quote as canonicalOccurrences looks for it: made once, since it is looked for in text after text. */
export function canonicalForm(quote: string): string {
  return equivalenceView(quote).text;
}

/**
 * Every range of `text` (UTF-16) where a quote stands up to encoding (equivalenceView): the same
 * characters once both are NFC ("é" as one character or as "e" and a combining accent), with LF line
 * ends and without zero-width characters, as `check` anchors a quote, each range
 * on the text's own characters and never splitting one from its accents ("cafe" is not in "café",
 * however it is encoded). `q` is the quote's canonicalForm. Overlapping ranges included, as
 * occurrencesOf finds them.
 */
export function canonicalOccurrences(text: string, q: string): Range16[] {
  const found: Range16[] = [];
  // Half a character ("\ud83d") would be found inside a whole one: no text holds it as such.
  if (q === '' || !(q as string & { isWellFormed(): boolean }).isWellFormed()) return found;
  const view = canonicalOf(text);
  const within = view?.text ?? text;
  eachOccurrence(within, q, 0, (i) => {
    const end = i + q.length;
    // Whole characters of the view, which start with no mark: only there does it map back to offsets of its own.
    if (!isClusterBoundary(within, i) || !isClusterBoundary(within, end)) return;
    const r = view ? { from: view.origin[i]!, to: view.origin[end]! } : { from: i, to: end };
    if (view && !standsWhole(text, r.from, r.to)) return;
    found.push(r);
  });
  return found;
}

/** Anchors a selector in `text` exactly as typed; NOT_IN_TEXT where the quote is nowhere in it (no message made). */
function anchorExact(text: string, sel: SelectorInput, lineIndex: { get: () => OffsetMap }, places?: QuotePlaces): AnchorResult | typeof NOT_IN_TEXT {
  const { quote, prefix, suffix, occurrence, through } = sel;
  const all = places ? places.of(quote) : occurrencesOf(text, quote);
  if (all.length === 0) return NOT_IN_TEXT;
  const candidates = places ? places.besides(quote, prefix, suffix) : prefix === undefined && suffix === undefined ? all : placesBeside(text, quote, all, prefix, suffix);
  if (candidates.length === 0) {
    const which = [prefix !== undefined ? 'prefix' : '', suffix !== undefined ? 'suffix' : ''].filter(Boolean).join(' and ');
    return {
      ok: false,
      message: `quote ${preview(quote)} occurs ${all.length}× (line ${linesOf(lineIndex.get(), all)}) but never with that ${which} right beside it`,
    };
  }

  let starts: readonly number[];
  if (occurrence === undefined) {
    if (candidates.length > 1) {
      return {
        ok: false,
        message: `ambiguous quote ${preview(quote)}: it occurs ${candidates.length}× (lines ${linesOf(lineIndex.get(), candidates)}); add prefix, suffix or occurrence`,
      };
    }
    starts = candidates;
  } else if (occurrence === 'all') {
    starts = candidates.filter((at) => isWholeWord(text, at, at + quote.length));
    if (starts.length === 0) return { ok: false, message: `quote ${preview(quote)} never occurs as a whole word` };
  } else {
    const wanted = Array.isArray(occurrence) ? occurrence : [occurrence];
    const bad = wanted.find((n) => n > candidates.length);
    if (bad !== undefined) {
      return {
        ok: false,
        message: `occurrence ${bad} of ${preview(quote)} asked for, but it occurs only ${candidates.length}×`,
      };
    }
    starts = wanted.map((n) => candidates[n - 1]!);
  }

  const ranges: Range16[] = [];
  for (const from of starts) {
    let to = from + quote.length;
    if (through !== undefined) {
      const end = indexOfWhole(text, through, from);
      if (end === -1) return { ok: false, message: `"through" text ${preview(through)} does not occur after the quote` };
      to = Math.max(to, end + through.length);
    }
    ranges.push({ from, to });
  }
  return { ok: true, ranges };
}

/**
 * The message for a quote whose characters the text holds only as part of others (it starts or ends
 * inside a letter and its combining marks, or an emoji sequence): null if the text holds them nowhere.
 * The quote widened to whole characters at its first such place is suggested, as a reader sees it.
 */
function cutCharacter(text: string, quote: string, lineIndex: { get: () => OffsetMap }): string | null {
  const at = quote === '' ? -1 : firstOccurrence(text, quote);
  if (at === -1) return null;
  const end = at + quote.length;
  const cut = isClusterBoundary(text, at) ? { side: 'ends', at: end } : { side: 'starts', at };
  const character = widenToClusters(text, cut.at, cut.at);
  // Cut inside a word, the quote most probably meant the word: "Montre" of "Montréal" is not "Montré".
  const whole = widenToClusters(text, at, end);
  const inWord = /[\p{L}\p{M}\p{N}]/uy;
  const wordAt = (i: number) => ((inWord.lastIndex = i), inWord.test(text));
  if (cut.side === 'ends') while (whole.to < text.length && wordAt(whole.to)) whole.to = widenToClusters(text, whole.to, whole.to + 1).to;
  else while (whole.from > 0 && wordAt(whole.from - 1)) whole.from = widenToClusters(text, whole.from - 1, whole.from).from;
  const line = lineIndex.get().lineColumn(whole.from).line;
  const [typed, meant] = previewPair(quote, text.slice(whole.from, whole.to));
  return `quote ${typed} is not in the text: it ${cut.side} inside the character ${preview(text.slice(character.from, character.to))} (line ${line}); did you mean ${meant}?`;
}
