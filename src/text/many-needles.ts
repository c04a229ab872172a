/**
 * Every place each of many needles occurs in one text, found in one pass over the text (Aho–Corasick):
 * what `occurrencesOf` finds for each (UTF-16 offsets, overlapping matches included, in order; only
 * those on whole characters, text/clusters.ts), for the cost of reading the text once and the needles
 * once, however many needles there are.
 *
 * The needles make a trie of their UTF-16 units. Reading the text, the automaton stands at the longest
 * needle prefix that ends where it has read; on a unit no edge takes, it falls back to the longest
 * proper suffix of its prefix that is itself a prefix (`fail`) and tries again; each needle ending
 * here is reached from the state by `out` links (the next state down the fallback chain that ends a
 * needle). A state's edges are its list of children; where it has more than one, they are also in one
 * open-addressed hash table keyed by (state, unit), so a state with thousands of children costs no
 * more to step from than one with two.
 */

import { isClusterBoundary } from './clusters.js';

/**
 * Needle units the automaton is built for at most at a time (its arrays take some 30 bytes a unit): a
 * larger set is found in several passes, each its own automaton.
 */
const UNITS_PER_PASS = 1 << 20;

export function occurrencesOfAll(text: string, needles: Iterable<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  let batch: string[] = [];
  let units = 0;
  for (const needle of needles) {
    if (needle === '' || found.has(needle)) continue;
    found.set(needle, []);
    if (batch.length > 0 && units + needle.length > UNITS_PER_PASS) {
      scan(text, batch, found);
      batch = [];
      units = 0;
    }
    batch.push(needle);
    units += needle.length;
  }
  if (batch.length > 0) scan(text, batch, found);
  return found;
}

function scan(text: string, needles: readonly string[], found: Map<string, number[]>): void {
  let units = 0;
  for (const n of needles) units += n.length;
  const states = units + 1;
  // Per state (0 is the root): the unit of the edge into it, its depth, the needle it ends (-1: none).
  const unit = new Uint16Array(states);
  const depth = new Int32Array(states);
  const ends = new Int32Array(states).fill(-1);
  const edges = new EdgeTable();
  // The root's edges, looked up on most units of most texts, in a direct table.
  const fromRoot = new Int32Array(0x10000);
  // Children as lists through two arrays (first child, next sibling): no array per state.
  const firstChild = new Int32Array(states);
  const sibling = new Int32Array(states);
  let count = 1;
  // Most states past the first few units have one child, the next unit of one needle, made just after
  // them: looked at first, in arrays read in order, before the table, which is read at random.
  const step = (state: number, u: number) => {
    if (state === 0) return fromRoot[u]!;
    const first = firstChild[state]!;
    if (unit[first] === u) return first;
    return sibling[first] === 0 ? 0 : edges.get(state, u);
  };
  const lists: number[][] = needles.map((n) => found.get(n)!);
  needles.forEach((needle, k) => {
    let state = 0;
    // Past the first state it makes, a needle's states are new: none has an edge to look for.
    let fresh = false;
    for (let i = 0; i < needle.length; i++) {
      const u = needle.charCodeAt(i);
      let child = state === 0 ? fromRoot[u]! : fresh ? 0 : step(state, u);
      if (child === 0) {
        child = count++;
        fresh = true;
        unit[child] = u;
        depth[child] = i + 1;
        const only = firstChild[state]!;
        sibling[child] = only;
        firstChild[state] = child;
        if (state === 0) fromRoot[u] = child;
        else if (only !== 0) {
          // The table holds the edges of states with more than one child: the one it had goes in with the new.
          if (sibling[only] === 0) edges.set(state, unit[only]!, only);
          edges.set(state, u, child);
        }
      }
      state = child;
    }
    ends[state] = k;
  });

  // Fallbacks, breadth first: a state's fallback is shallower than the state, so it is known already.
  const fail = new Int32Array(count);
  const out = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let queued = 0;
  for (let child = firstChild[0]!; child !== 0; child = sibling[child]!) queue[queued++] = child;
  for (let q = 0; q < queued; q++) {
    const state = queue[q]!;
    for (let child = firstChild[state]!; child !== 0; child = sibling[child]!) {
      const u = unit[child]!;
      let f = fail[state]!;
      while (f !== 0 && step(f, u) === 0) f = fail[f]!;
      const to = step(f, u);
      fail[child] = to;
      out[child] = ends[to]! >= 0 ? to : out[to]!;
      queue[queued++] = child;
    }
  }

  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    let next = step(state, u);
    while (next === 0 && state !== 0) {
      state = fail[state]!;
      next = step(state, u);
    }
    state = next;
    let s = ends[state]! >= 0 ? state : out[state]!;
    // Matches ending inside a character (before its combining marks) are none: every needle ending here is.
    if (s === -1 || !isClusterBoundary(text, i + 1)) continue;
    for (; s !== -1; s = out[s]!) {
      const from = i + 1 - depth[s]!;
      if (isClusterBoundary(text, from)) lists[ends[s]!]!.push(from);
    }
  }
}

/** Edges (state, unit) → state in one table of typed arrays, linear probing: no object per edge. */
class EdgeTable {
  private bits = 10;
  private mask = 0;
  private from = new Int32Array(0);
  private units = new Uint16Array(0);
  private to = new Int32Array(0);
  private count = 0;

  constructor() {
    this.resize(this.bits);
  }

  private slot(state: number, u: number): number {
    // Fibonacci hashing: the product's high bits, which every bit of the key stirs.
    return Math.imul(state ^ Math.imul(u + 1, 0x85ebca77), 0x9e3779b1) >>> (32 - this.bits);
  }

  /** The state the edge leads to; 0 (the root, never an edge's end) if there is no such edge. */
  get(state: number, u: number): number {
    for (let i = this.slot(state, u); this.to[i] !== 0; i = (i + 1) & this.mask) {
      if (this.from[i] === state && this.units[i] === u) return this.to[i]!;
    }
    return 0;
  }

  set(state: number, u: number, to: number): void {
    // Kept at most half full, so that a probe ends soon.
    if (2 * ++this.count > this.mask + 1) this.resize(this.bits + 1);
    this.put(state, u, to);
  }

  private put(state: number, u: number, to: number): void {
    let i = this.slot(state, u);
    while (this.to[i] !== 0) i = (i + 1) & this.mask;
    this.from[i] = state;
    this.units[i] = u;
    this.to[i] = to;
  }

  private resize(bits: number): void {
    const { from, units, to } = this;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.from = new Int32Array(1 << bits);
    this.units = new Uint16Array(1 << bits);
    this.to = new Int32Array(1 << bits);
    for (let i = 0; i < to.length; i++) if (to[i] !== 0) this.put(from[i]!, units[i]!, to[i]!);
  }
}
