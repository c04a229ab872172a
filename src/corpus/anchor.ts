/**
 * Resolves a hand-written selector (exact quote, optional prefix/suffix/occurrence/through) to
 * offsets in the article text. Anchoring never relocates silently: a quote is found exactly, or the
 * caller gets an error with the nearest match as a suggestion (see `suggest.ts`).
 */
import type { SelectorInput } from '../schema.js';
import { nearestMatch } from './suggest.js';
import { OffsetMap } from '../text/offsets.js';

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

/** Every UTF-16 offset where `needle` occurs, overlapping occurrences included. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Lines named in a message before the rest are counted: a short quote may occur thousands of times. */
const LINES_LISTED = 5;

/** The lines of `starts`, the first few listed and the rest counted, from one line index of the text. */
function linesOf(lines: OffsetMap, starts: readonly number[]): string {
  const listed = starts.slice(0, LINES_LISTED).map((at) => lines.lineColumn(at).line).join(', ');
  return starts.length > LINES_LISTED ? `${listed} and ${starts.length - LINES_LISTED} more` : listed;
}

function preview(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

/**
 * Anchors a selector: exactly if the quote is in the text as typed; otherwise, when the difference
 * can only be one of encoding (CRLF line ends, Unicode normalisation NFC/NFD, zero-width characters),
 * in a canonically equivalent view of both, mapped back to the original offsets. Anything else is
 * an error with the nearest match suggested.
 */
/** A UTF-16 surrogate without its pair: half of a character, which no text can be said to contain. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function anchorQuote(text: string, sel: SelectorInput, lines?: OffsetMap): AnchorResult {
  // "\ud83d" in YAML is half an emoji: found by indexOf inside a whole one, it would anchor a span that
  // splits a character, and text[start:end] == quote would fail for every reader counting code points.
  for (const [field, value] of [['quote', sel.quote], ['prefix', sel.prefix], ['suffix', sel.suffix], ['through', sel.through]] as const) {
    const lone = value === undefined ? null : LONE_SURROGATE.exec(value);
    if (lone) return { ok: false, message: `${field} ${preview(value!)} holds half a character (a lone surrogate \\u${lone[0].charCodeAt(0).toString(16)} at ${lone.index}): copy whole characters from the text` };
  }
  // The line index is made once per text, and only when a message needs a line.
  const lineIndex = { get: () => (lines ??= new OffsetMap(text)) };
  const exact = anchorExact(text, sel, lineIndex);
  if (exact.ok || !exact.notFound) return exact;
  // An article's quotes are anchored one after another: its view is made once, when first needed.
  if (lastView.text !== text) lastView = { text, needed: needsEquivalence(text), view: undefined };
  if (!lastView.needed && !needsEquivalence(sel.quote)) return exact;
  const view = (lastView.view ??= equivalenceView(text));
  const eq = (s: string | undefined) => (s === undefined ? undefined : equivalenceView(s).text);
  const viaView = anchorExact(view.text, { ...sel, quote: eq(sel.quote)!, prefix: eq(sel.prefix), suffix: eq(sel.suffix), through: eq(sel.through) }, { get: () => new OffsetMap(view.text) });
  if (!viaView.ok) return exact;
  return { ok: true, ranges: viaView.ranges.map((r) => ({ from: view.origin[r.from]!, to: view.origin[r.to]! })) };
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

function anchorExact(text: string, sel: SelectorInput, lineIndex: { get: () => OffsetMap }): AnchorResult {
  const { quote, prefix, suffix, occurrence, through } = sel;
  const all = occurrencesOf(text, quote);
  if (all.length === 0) {
    const near = nearestMatch(text, quote);
    const hint = near ? `; did you mean ${preview(near.text)} (${near.reason}, line ${lineIndex.get().lineColumn(near.from).line})?` : '';
    return { ok: false, notFound: true, message: `quote ${preview(quote)} is not in the text${hint}` };
  }
  const candidates = all.filter(
    (at) =>
      (prefix === undefined || text.slice(Math.max(0, at - prefix.length), at) === prefix) &&
      (suffix === undefined || text.startsWith(suffix, at + quote.length)),
  );
  if (candidates.length === 0) {
    const which = [prefix !== undefined ? 'prefix' : '', suffix !== undefined ? 'suffix' : ''].filter(Boolean).join(' and ');
    return {
      ok: false,
      message: `quote ${preview(quote)} occurs ${all.length}× (line ${linesOf(lineIndex.get(), all)}) but never with that ${which} right beside it`,
    };
  }

  let starts: number[];
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
      const end = text.indexOf(through, from);
      if (end === -1) return { ok: false, message: `"through" text ${preview(through)} does not occur after the quote` };
      to = Math.max(to, end + through.length);
    }
    ranges.push({ from, to });
  }
  return { ok: true, ranges };
}
