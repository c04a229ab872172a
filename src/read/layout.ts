/**
 * Lays an article out for reading, as pure data: paragraphs of wrapped lines, each line a run of
 * pieces that know the exact source characters (UTF-16 offsets) they show and which claims, mentions
 * and regions cover them. Renderers only style pieces, so a highlight can never drift from the
 * characters it annotates; no Markdown parser ever sees the article text.
 *
 * The text is cut at every span boundary first and made inert piece by piece (inert() may lengthen a
 * control character into visible notation, so it is never applied across a boundary). Lines break at
 * spaces and tabs only (a no-break space keeps its words together), a newline inside a paragraph is
 * kept, a word wider than the line is cut between graphemes. Widths are display columns (wide and
 * zero-width characters counted as the terminal shows them).
 */
import { inert } from '../output/inert.js';
import { displayWidth } from '../output/width.js';
import { Sweep } from './sweep.js';

export interface LayoutSpans {
  /** `key` names the claim in marks and notes (its local id, `c3`). */
  claims: readonly { key: string; from: number; to: number }[];
  mentions: readonly { from: number; to: number }[];
  regions: readonly { from: number; to: number; kind: string }[];
  /** The place `read --at` opens at, shown highlighted (marked `▶…◀` without colour). */
  focus?: { from: number; to: number };
}

export interface Piece {
  /** The source characters shown (UTF-16 offsets); a bracket mark has from === to and raw ''. */
  from: number;
  to: number;
  raw: string;
  /** What the terminal gets: inert, tabs expanded. */
  text: string;
  width: number;
  claims: readonly string[];
  mention: boolean;
  region: string | undefined;
  mark: boolean;
  /** Inside the `--at` place. */
  focus?: boolean;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /** Source characters that a line break consumed (the space at a wrap, a newline): kept for the record. */
  consumed: Piece[];
}

export interface Paragraph {
  from: number;
  to: number;
  lines: Line[];
  /** The claims (by key) whose first shown character is in this paragraph, with its line, in reading order. */
  starts: { key: string; line: number }[];
}

export interface LayoutOptions {
  width: number;
  /** Mark claims and regions with visible brackets (for output without colour). */
  brackets: boolean;
}

/** The bracket notation of the plain form: documented in the legend and the README. */
export const BRACKETS = {
  open: (keys: string) => `⟦${keys} `,
  close: (keys: string | undefined) => (keys === undefined ? '⟧' : `⟧${keys}`),
  regionOpen: (kind: string) => `⟨${kind}: `,
  regionClose: '⟩',
  focusOpen: '▶',
  focusClose: '◀',
};

/** Paragraphs are runs of non-blank lines; a line of only whitespace separates them. */
export function paragraphsOf(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let start = -1;
  let end = 0;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const body = m[0].replace(/\r?\n$/, '');
    const blank = body.trim() === '';
    if (!blank && start === -1) start = m.index;
    if (!blank) end = m.index + body.length;
    if (blank && start !== -1) {
      out.push({ from: start, to: end });
      start = -1;
    }
  }
  if (start !== -1) out.push({ from: start, to: end });
  return out;
}

function makePiece(raw: string, from: number, attrs: Pick<Piece, 'claims' | 'mention' | 'region' | 'focus'>): Piece {
  const text = inert(raw.replace(/\t/g, '    '));
  return { from, to: from + raw.length, raw, text, width: displayWidth(text), claims: attrs.claims, mention: attrs.mention, region: attrs.region, mark: false, ...(attrs.focus && { focus: true }) };
}

function markPiece(text: string, at: number): Piece {
  return { from: at, to: at, raw: '', text, width: displayWidth(text), claims: [], mention: false, region: undefined, mark: true };
}

type Group = { keys: string; from: number; to: number };

/** Claims on the very same span share one mark (`⟦c3,c4 `): a joint commitment is one passage. */
function claimGroups(claims: LayoutSpans['claims']): Group[] {
  const byspan = new Map<string, Group>();
  for (const c of claims) {
    const k = `${c.from}:${c.to}`;
    const g = byspan.get(k);
    if (g) g.keys += `,${c.key}`;
    else byspan.set(k, { keys: c.key, from: c.from, to: c.to });
  }
  return [...byspan.values()];
}

interface MarkState {
  groups: Sweep<Group>;
  regions: Sweep<LayoutSpans['regions'][number]>;
  open: Group[];
  openRegions: LayoutSpans['regions'][number][];
  opened: Set<object>;
}

/**
 * The pieces of one paragraph, in order: text cut at every span boundary, and marks when asked. A
 * span may run across paragraphs (a quotation continued, a long comment form): its mark opens where
 * it starts and closes where it ends, and one that starts or ends between paragraphs is marked at the
 * nearest paragraph edge.
 */
function piecesOf(text: string, para: { from: number; to: number }, nextFrom: number, spans: LayoutSpans, sweeps: ArticleSweeps, marks: MarkState | undefined): Piece[] {
  const inside = (s: { from: number; to: number }) => s.from < para.to && s.to > para.from;
  const claims = sweeps.claims.overlapping(para.from, para.to);
  const mentions = sweeps.mentions.overlapping(para.from, para.to);
  const regions = sweeps.regions.overlapping(para.from, para.to);
  const cuts = new Set([para.from, para.to]);
  const focus = spans.focus && inside(spans.focus) ? spans.focus : undefined;
  for (const s of [...claims, ...mentions, ...regions, ...(focus ? [focus] : [])]) {
    if (s.from > para.from && s.from < para.to) cuts.add(s.from);
    if (s.to > para.from && s.to < para.to) cuts.add(s.to);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  // Every edge of a span inside the paragraph is a cut, so a span covers a whole piece exactly when
  // it overlaps it: the pieces, in order, sweep the paragraph's spans.
  const covering = { claims: new Sweep(claims), mentions: new Sweep(mentions), regions: new Sweep(regions) };
  const covers = (s: { from: number; to: number }, from: number, to: number) => s.from <= from && s.to >= to;
  for (let i = 0; i < at.length; i++) {
    const pos = at[i]!;
    if (marks && focus && pos === focus.to) pieces.push(markPiece(BRACKETS.focusClose, pos));
    if (marks) pieces.push(...marksAt(pos, pos === para.to ? nextFrom : pos, pos < para.to, marks));
    if (marks && focus && pos === focus.from) pieces.push(markPiece(BRACKETS.focusOpen, pos));
    const next = at[i + 1];
    if (next === undefined) break;
    pieces.push(
      makePiece(text.slice(pos, next), pos, {
        claims: covering.claims.overlapping(pos, next).map((c) => c.key),
        mention: covering.mentions.overlapping(pos, next).length > 0,
        region: covering.regions.overlapping(pos, next)[0]?.kind,
        focus: focus !== undefined && covers(focus, pos, next),
      }),
    );
  }
  return pieces;
}

/** The article's spans, swept paragraph by paragraph. */
interface ArticleSweeps {
  claims: Sweep<LayoutSpans['claims'][number]>;
  mentions: Sweep<LayoutSpans['mentions'][number]>;
  regions: Sweep<LayoutSpans['regions'][number]>;
}

/**
 * The marks at one position: closes before opens, inner (later-opened) first. A close names its claim
 * only when another claim is open too, so the common case stays light and an overlap unambiguous.
 * Everything ending before `closeBefore` closes; opens happen only when `canOpen` (inside a paragraph).
 */
function marksAt(pos: number, closeBefore: number, canOpen: boolean, st: MarkState): Piece[] {
  const out: Piece[] = [];
  for (const r of st.openRegions.filter((x) => x.to <= closeBefore)) {
    out.push(markPiece(BRACKETS.regionClose, pos));
    st.openRegions.splice(st.openRegions.indexOf(r), 1);
  }
  for (const g of st.open.filter((x) => x.to <= closeBefore).sort((a, b) => b.from - a.from)) {
    out.push(markPiece(BRACKETS.close(st.open.length > 1 ? g.keys : undefined), pos));
    st.open.splice(st.open.indexOf(g), 1);
  }
  if (!canOpen) return out;
  // Positions only grow: what started at or before this one and has not ended opens here.
  for (const r of st.regions.overlapping(pos, pos + 1).filter((x) => !st.opened.has(x))) {
    st.opened.add(r);
    st.openRegions.push(r);
    out.push(markPiece(BRACKETS.regionOpen(r.kind), pos));
  }
  for (const g of st.groups.overlapping(pos, pos + 1).filter((x) => !st.opened.has(x)).sort((a, b) => b.to - a.to)) {
    st.opened.add(g);
    st.open.push(g);
    out.push(markPiece(BRACKETS.open(g.keys), pos));
  }
  return out;
}

type Item = { kind: 'word' | 'space'; pieces: Piece[] } | { kind: 'newline'; pieces: Piece[] };

/** Cuts pieces at spaces, tabs and newlines: words (which may span several pieces), spaces, breaks. */
function itemsOf(pieces: Piece[]): Item[] {
  const items: Item[] = [];
  const push = (kind: Item['kind'], p: Piece) => {
    const last = items[items.length - 1];
    if (last && last.kind === kind && kind !== 'newline') last.pieces.push(p);
    else items.push({ kind, pieces: [p] });
  };
  for (const p of pieces) {
    if (p.mark) {
      push('word', p);
      continue;
    }
    const re = /\r?\n|[ \t]+|[^ \t\r\n]+|\r/g;
    for (let m = re.exec(p.raw); m; m = re.exec(p.raw)) {
      const part = makePiece(m[0], p.from + m.index, p);
      const kind = m[0].endsWith('\n') ? 'newline' : /^[ \t]/.test(m[0]) ? 'space' : 'word';
      push(kind, part);
    }
  }
  return items;
}

// Built on first use: the first Segmenter of a process loads ICU's break data, some 15 ms.
let graphemes: Intl.Segmenter | undefined;

/** A word too wide for a line, cut into chunks that fit, between graphemes. */
function cutWord(pieces: Piece[], width: number): Piece[][] {
  const chunks: Piece[][] = [[]];
  let used = 0;
  for (const p of pieces) {
    const parts = p.mark ? [p] : [...(graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(p.raw)].map((g) => makePiece(g.segment, p.from + g.index, p));
    for (const part of parts) {
      if (used + part.width > width && used > 0) {
        chunks.push([]);
        used = 0;
      }
      chunks[chunks.length - 1]!.push(part);
      used += part.width;
    }
  }
  return chunks;
}

const widthOf = (ps: Piece[]) => ps.reduce((n, p) => n + p.width, 0);

function wrapItems(items: Item[], width: number): Line[] {
  const lines: Line[] = [{ pieces: [], width: 0, consumed: [] }];
  let hardStart = true; // at the start of a source line: leading whitespace is shown (indentation)
  let pending: Piece[] = [];
  const line = () => lines[lines.length - 1]!;
  const newLine = () => {
    lines.push({ pieces: [], width: 0, consumed: [] });
  };
  const add = (ps: Piece[]) => {
    line().pieces.push(...ps);
    line().width += widthOf(ps);
  };
  for (const item of items) {
    if (item.kind === 'newline') {
      line().consumed.push(...pending, ...item.pieces);
      pending = [];
      newLine();
      hardStart = true;
      continue;
    }
    if (item.kind === 'space') {
      if (hardStart && line().pieces.length === 0 && widthOf(item.pieces) < width) add(item.pieces);
      else pending.push(...item.pieces);
      continue;
    }
    hardStart = false;
    const w = widthOf(item.pieces);
    const gap = widthOf(pending);
    if (line().width + gap + w <= width) {
      add(pending);
      add(item.pieces);
    } else {
      if (line().pieces.length > 0) {
        line().consumed.push(...pending);
        newLine();
      } else add(pending);
      const chunks = w <= width ? [item.pieces] : cutWord(item.pieces, width);
      chunks.forEach((chunk, i) => {
        if (i > 0) newLine();
        add(chunk);
      });
    }
    pending = [];
  }
  line().consumed.push(...pending);
  return lines;
}

/** The whole article, laid out. */
export function layoutArticle(text: string, spans: LayoutSpans, options: LayoutOptions): Paragraph[] {
  const width = Math.max(1, options.width);
  const marks: MarkState | undefined = options.brackets ? { groups: new Sweep(claimGroups(spans.claims)), regions: new Sweep(spans.regions), open: [], openRegions: [], opened: new Set() } : undefined;
  const sweeps: ArticleSweeps = { claims: new Sweep(spans.claims), mentions: new Sweep(spans.mentions), regions: new Sweep(spans.regions) };
  const seen = new Set<string>();
  const paras = paragraphsOf(text);
  return paras.map((para, n) => {
    const nextFrom = paras[n + 1]?.from ?? Number.POSITIVE_INFINITY;
    const lines = wrapItems(itemsOf(piecesOf(text, para, nextFrom, spans, sweeps, marks)), width);
    const starts: Paragraph['starts'] = [];
    lines.forEach((l, i) => {
      for (const key of l.pieces.flatMap((p) => p.claims)) {
        // A claim continued from an earlier paragraph has its note there.
        if (!seen.has(key)) starts.push({ key, line: i });
        seen.add(key);
      }
    });
    return { ...para, lines, starts };
  });
}
