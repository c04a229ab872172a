/**
 * `gloss check --fix`: mends the selectors whose mistake has exactly one answer, and nothing else —
 * a quote typed with straight quotes, other dashes or other spacing than the text has (and matching
 * one place only), a quote one character off from one passage only, and a prefix or suffix that
 * pins one occurrence of the quote but is not typed exactly as the text has it. The file is changed
 * by splicing the new value over the old one at the node's place (found with the yaml Document API),
 * in the same quoting style, so comments, layout and every other byte stay; the result is parsed
 * again and must hold the old data with only those values changed.
 *
 * YAML anchors and aliases share one value between places (`quote: &q "…"` here, `*q` there): a splice
 * at the anchored value would change every alias with it, unseen in the diff. So a fix changes one
 * place only. A value written as an alias is mended by writing the new value there in place of the
 * alias (the anchor and its other uses keep the old value); an anchored value (or one inside an
 * anchored mapping or list) that an alias still uses after this run is left to a person, named with
 * the lines of its aliases, as a block scalar is.
 */
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Alias, type Document, type Node } from 'yaml';
import type { SelectorInput } from '../schema.js';
import { anchorQuote, occurrencesOf } from './anchor.js';
import { findCorpusFiles, readCorpusText } from './files.js';
import { shownPath } from './load.js';
import { singleTypoMatch, typographicMatches } from './suggest.js';
import { fold } from '../text/fold.js';
import { valueChanges, type ValueField } from './fix-values.js';

export interface Fix {
  /** 1-based line and column of the value changed. */
  line: number;
  column: number;
  /** The last line the value took (a scalar may run over several), and the lines it takes once rewritten. */
  lastLine: number;
  newLine: number;
  newLastLine: number;
  field: 'quote' | 'prefix' | 'suffix' | ValueField;
  before: string;
  after: string;
  reason: string;
}

export interface FixedFile {
  path: string;
  shown: string;
  /** The file's text before and after, without its byte order mark if it has one: that is `bom`, to write back. */
  before: string;
  after: string;
  bom: boolean;
  fixes: Fix[];
}

/** A slip with one answer that --fix leaves to a person: its value is a block scalar, or shared through an anchor. */
export interface LeftFix {
  shown: string;
  line: number;
  column: number;
  field: Fix['field'];
  reason: string;
  /** Why it is left, as the message's closing words say it. */
  why: string;
}

const LISTS = ['regions', 'mentions', 'nonMentions', 'claims'] as const;

/** The files mended, and the slips left to a person (in file order). */
export function fixCorpus(dir: string): { fixed: FixedFile[]; left: LeftFix[] } {
  const files = findCorpusFiles(dir);
  const fixed: FixedFile[] = [];
  const left: LeftFix[] = [];
  for (const path of files.registries) {
    const file = fixRegistryFile(files, path, left);
    if (file) fixed.push(file);
  }
  for (const path of files.articles) {
    const file = fixArticleFile(files, path, left);
    if (file) fixed.push(file);
  }
  return { fixed, left };
}

/** A registry's mends: its closed-list values (an actor's type, an agreement's status) with one answer. */
function fixRegistryFile(files: ReturnType<typeof findCorpusFiles>, path: string, left: LeftFix[]): FixedFile | undefined {
  const shown = shownPath(path);
  const read = readDocument(files, path, shown);
  if (!read) return undefined;
  const { src, bom, doc } = read;
  const edits: Edit[] = valueChanges(doc, 'registry').map((c) => valueEdit(src, c));
  return applyEdits(path, shown, src, bom, doc, edits, left);
}

/**
 * A corpus file as --fix reads it: its text and its YAML document; undefined where it cannot be read or
 * parsed, which are problems of another kind (check reports them).
 */
function readDocument(files: ReturnType<typeof findCorpusFiles>, path: string, shown: string): { src: string; bom: boolean; doc: Document } | undefined {
  try {
    const { text: src, bom } = readCorpusText(files, path, shown);
    const doc = parseDocument(src, { uniqueKeys: true, strict: true });
    return doc.errors.length > 0 || !isMap(doc.contents) ? undefined : { src, bom, doc };
  } catch {
    return undefined;
  }
}

/** A closed-list value's mend as an edit of the file: the new value written where the old one was, as it was written. */
function valueEdit(src: string, c: ReturnType<typeof valueChanges>[number]): Edit {
  const range = c.node.range!;
  const { line, column } = lineColumn(src, range[0]);
  return { from: range[0], to: range[1], value: scalarText(c.node, c.value, c.inFlow), shared: c.shared, fix: { line, column, lastLine: lineColumn(src, range[1]).line, newLine: line, newLastLine: line, field: c.field, before: c.node.value, after: c.value, reason: c.reason } };
}

interface Edit {
  from: number;
  to: number;
  value: string;
  fix: Fix;
  shared: Node[];
  alias?: Alias;
}

function fixArticleFile(files: ReturnType<typeof findCorpusFiles>, path: string, allLeft: LeftFix[]): FixedFile | undefined {
  const left: LeftFix[] = [];
  try {
    return fixArticleNodes(files, path, left);
  } finally {
    // In file order, whichever pass left them.
    allLeft.push(...left.sort((a, b) => a.line - b.line || a.column - b.column));
  }
}

function fixArticleNodes(files: ReturnType<typeof findCorpusFiles>, path: string, left: LeftFix[]): FixedFile | undefined {
  const shown = shownPath(path);
  const read = readDocument(files, path, shown);
  if (!read) return undefined;
  const { src, bom, doc } = read;
  let text: string;
  try {
    const data = doc.toJS({ maxAliasCount: 100 }) as { text?: unknown };
    const textPath = resolve(dirname(path), typeof data.text === 'string' ? data.text : path.replace(/\.ya?ml$/, '.txt').split(/[\\/]/).pop()!);
    text = readCorpusText(files, textPath, shownPath(textPath)).text;
  } catch {
    // A text that cannot be read has problems of another kind: check reports them.
    return undefined;
  }
  const edits: Edit[] = valueChanges(doc, 'article').map((c) => valueEdit(src, c));
  for (const list of LISTS) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      // A field's value and the node written there: the same scalar, or the alias that stands for it.
      const written = (k: string) => {
        const node = item.get(k, true);
        const value = isAlias(node) ? node.resolve(doc) : node;
        return isScalar(value) && typeof value.value === 'string' ? { node: node as Scalar<string> | Alias, value: value as Scalar<string> } : undefined;
      };
      const field = (k: string) => written(k)?.value;
      const quote = field('quote');
      if (!quote) continue;
      const sel: SelectorInput = { quote: quote.value };
      for (const k of ['prefix', 'suffix', 'through'] as const) {
        const n = field(k);
        if (n) sel[k] = n.value;
      }
      const occ = item.get('occurrence');
      if (occ !== undefined) sel.occurrence = (isSeq(occ) ? occ.toJSON() : occ) as SelectorInput['occurrence'];
      for (const change of mend(text, sel)) {
        const { node: at, value: node } = written(change.field)!;
        const range = at.range!;
        // An alias is mended where it stands: the new value written in its place, double-quoted (safe in
        // a flow mapping as in a block one), the anchor and its other uses as they were (unless the
        // mapping or list around the alias is itself anchored and aliased: see below).
        if (isAlias(at)) {
          const { line, column } = lineColumn(src, range[0]);
          const value = JSON.stringify(change.value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
          edits.push({ from: range[0], to: range[1], value, shared: [item, seq, doc.contents] as Node[], alias: at, fix: { line, column, lastLine: line, newLine: line, newLastLine: line, field: change.field, before: node.value, after: change.value, reason: change.reason } });
          continue;
        }
        const { line, column } = lineColumn(src, range[0]);
        // A block scalar ("quote: >-" and its lines) is not rewritten: its indicator, indentation and
        // folding are the writer's, and a value put in its place read back as something else. It is
        // named as left to a person (check still gives the suggestion), not passed over in silence.
        if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
          left.push({ shown, line, column, field: change.field, reason: change.reason, why: 'a block scalar, which --fix does not rewrite' });
          continue;
        }
        const lastLine = lineColumn(src, range[1]).line;
        // The nodes an alias could share this value through: the scalar, its mapping, the list, the document's mapping.
        const shared = [node, item, seq, doc.contents] as Node[];
        // In a flow mapping (`- {quote: …, actor: …}`) a plain value ends at a comma or a bracket.
        const inFlow = Boolean(item.flow || seq.flow);
        edits.push({ from: range[0], to: range[1], value: scalarText(node, change.value, inFlow), shared, fix: { line, column, lastLine, newLine: line, newLastLine: line, field: change.field, before: node.value, after: change.value, reason: change.reason } });
      }
    }
  }
  return applyEdits(path, shown, src, bom, doc, edits, left);
}

/** The file with its edits made, checked to hold the same data but the mended values; undefined if there are none. */
function applyEdits(path: string, shown: string, src: string, bom: boolean, doc: Document, edits: Edit[], left: LeftFix[]): FixedFile | undefined {
  // Every alias in the file, with the node it stands for: what a splice at an anchored node would also change.
  const aliases: { alias: Alias; target: unknown }[] = [];
  visit(doc, {
    Alias: (_, alias) => {
      aliases.push({ alias, target: alias.resolve(doc) });
    },
  });
  // An anchored value still used by an alias that this run does not replace is left to a person: the
  // splice would change the alias too. Aliases replaced by their own fixes above no longer share it.
  const replaced = new Set(edits.map((e) => e.alias));
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    const users = aliases.filter((a) => !replaced.has(a.alias) && e.shared.includes(a.target as Node));
    if (users.length === 0) continue;
    const anchor = (users[0]!.target as Node).anchor;
    const lines = [...new Set(users.map((a) => lineColumn(src, a.alias.range![0]).line))];
    left.push({ shown, line: e.fix.line, column: e.fix.column, field: e.fix.field, reason: e.fix.reason, why: `the value is shared through the YAML anchor &${anchor}, used by ${lines.length === 1 ? 'the alias' : 'aliases'} on line ${lines.join(', ')}, which a fix here would change too` });
    edits.splice(i, 1);
  }
  if (edits.length === 0) return undefined;
  // Where each value stands once rewritten: the values before it may have taken fewer lines.
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.from - b.from)) {
    e.fix.newLine = e.fix.line + shift;
    e.fix.newLastLine = e.fix.newLine + (e.value.match(/\n/g)?.length ?? 0);
    shift += e.fix.newLastLine - e.fix.newLine - (e.fix.lastLine - e.fix.line);
  }
  let after = src;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) after = after.slice(0, e.from) + e.value + after.slice(e.to);
  verify(src, after, edits.map((e) => e.fix), shown);
  return { path, shown, before: src, after, bom, fixes: edits.map((e) => e.fix).sort((a, b) => a.line - b.line || a.column - b.column) };
}

interface Change {
  field: Fix['field'];
  value: string;
  reason: string;
}

/** The changes that make a selector anchor, when there is exactly one way; none otherwise. */
export function mend(text: string, sel: SelectorInput): Change[] {
  const r = anchorQuote(text, sel);
  if (r.ok) return [];
  const anchors = (s: SelectorInput) => anchorQuote(text, s).ok;
  if (r.notFound) {
    const typographic = typographicMatches(text, sel.quote);
    const distinct = [...new Set(typographic.map((m) => m.text))];
    if (distinct.length === 1 && !typographic[0]!.reason.includes('case')) {
      const value = distinct[0]!;
      if (anchors({ ...sel, quote: value })) return [{ field: 'quote', value, reason: typographic[0]!.reason }];
      return [];
    }
    if (typographic.length > 0) return [];
    const typo = singleTypoMatch(text, sel.quote);
    if (typo && anchors({ ...sel, quote: typo.text })) return [{ field: 'quote', value: typo.text, reason: typo.reason }];
    return [];
  }
  // The quote is in the text, but its prefix or suffix as typed is not right beside it.
  const changes: Change[] = [];
  const fixed = { ...sel };
  for (const side of ['prefix', 'suffix'] as const) {
    const typed = sel[side];
    if (typed === undefined) continue;
    const exact = occurrencesOf(text, sel.quote).filter((at) => (side === 'prefix' ? text.slice(Math.max(0, at - typed.length), at) === typed : text.startsWith(typed, at + sel.quote.length)));
    if (exact.length > 0) continue;
    const loose = new Map<number, string>();
    for (const at of occurrencesOf(text, sel.quote)) {
      const found = looseNeighbour(text, side === 'prefix' ? at : at + sel.quote.length, typed, side);
      if (found !== undefined) loose.set(at, found);
    }
    if (loose.size !== 1) return [];
    const value = [...loose.values()][0]!;
    fixed[side] = value;
    changes.push({ field: side, value, reason: `the ${side} as the text has it (${describeDifference(typed, value)})` });
  }
  return changes.length > 0 && anchors(fixed) ? changes : [];
}

/** The text beside `at` that equals `typed` up to typography and spacing (the shortest such), if any. */
function looseNeighbour(text: string, at: number, typed: string, side: 'prefix' | 'suffix'): string | undefined {
  const want = squash(typed);
  if (want.length === 0) return undefined;
  for (let len = Math.max(1, typed.length - 4); len <= typed.length + 4; len++) {
    const candidate = side === 'prefix' ? text.slice(Math.max(0, at - len), at) : text.slice(at, at + len);
    if (candidate.length !== len || candidate.includes('\n')) continue;
    // Shortest first, so the answer is the neighbour itself with the space that joins it to the quote.
    if (squash(candidate) === want) return candidate;
  }
  return undefined;
}

/** Folded for comparison: typography and case alike, spacing collapsed and trimmed. */
function squash(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}

function describeDifference(typed: string, value: string): string {
  if (typed.trim() === value.trim()) return 'spacing';
  return fold(typed).toLowerCase() === fold(value).toLowerCase() ? 'curly vs straight quotes or dashes' : 'typography and spacing';
}

/**
 * The new value written as the old one was: single-quoted, double-quoted or plain (when it still reads
 * the same where it stands: a value with a comma reads the same in a block mapping, not in a flow one).
 */
function scalarText(node: Scalar<string>, value: string, inFlow: boolean): string {
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (node.type === 'PLAIN') {
    const back = parseDocument(inFlow ? `{k: ${value}}\n` : `k: ${value}\n`);
    if (back.errors.length === 0 && isMap(back.contents) && back.get('k') === value && !/\s#|^\s|\s$/.test(value)) return value;
  }
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function lineColumn(src: string, at: number): { line: number; column: number } {
  const before = src.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/** The rewritten file must parse to the same data but for the mended values. */
function verify(before: string, after: string, fixes: Fix[], shown: string): void {
  const old = parseDocument(before).toJS() as Record<string, unknown>;
  const now = parseDocument(after).toJS() as Record<string, unknown>;
  const changed = new Set(fixes.map((f) => `${f.field}\u0000${f.before}\u0000${f.after}`));
  const same = (a: unknown, b: unknown, key?: string): boolean => {
    if (typeof a === 'string' && typeof b === 'string' && key !== undefined && a !== b) return changed.has(`${key}\u0000${a}\u0000${b}`);
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const ka = Object.keys(a);
      return isDeepStrictEqual(ka, Object.keys(b)) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], k));
    }
    return isDeepStrictEqual(a, b);
  };
  if (!same(old, now)) throw new Error(`check --fix: rewriting ${shown} would change more than the mended values`);
}
