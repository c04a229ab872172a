/**
 * The draft in the annotation format: entries with selectors (selector.ts), text values in double
 * quotes, ids plain. `renderDraft` prints it; `appendEntries` adds entries to the end of a list in an
 * existing file by splicing text, so every byte a person wrote stays as it was — and checks that, by
 * parsing the result and comparing it with the original.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Pair } from 'yaml';
import { GlossError } from '../errors.js';
import { placesOfQuotes } from '../corpus/anchor.js';
import type { SelectorInput } from '../schema.js';
import { standsWhole } from '../text/clusters.js';
import type { Draft, ProposedClaim, ProposedMention, ProposedNonMention, Range16 } from './proposal.js';
import { selectorFor } from './selector.js';

export type Entry = Record<string, unknown>;

export interface Entries {
  actors: Entry[];
  mentions: Entry[];
  nonMentions: Entry[];
  claims: Entry[];
}

/**
 * Control characters the yaml library leaves as they are in a double-quoted scalar (DEL, C1 controls,
 * the bidirectional controls): printed raw they could drive a terminal, and shown as inert notation
 * (<U+202E>) they would change the value a person copies. As YAML escapes they are inert and the same value.
 */
const UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const TEXT_KEYS = new Set(['quote', 'prefix', 'suffix', 'name', 'role', 'review', 'note', 'cue', 'reason']);

/**
 * The proposals as annotation entries; a proposal that would not anchor exactly is dropped. A claim of
 * anyone but the article's `writer` reaches the reader through the writer, so its attribution chain
 * starts there (GUIDELINES §7): `via: [writer]`.
 */
export function toEntries(draft: Draft, text: string, takenClaimIds: ReadonlySet<string>, writer?: string): Entries {
  const actors = draft.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, ...(a.role && { role: a.role }), aliases: [], review: a.review }));
  // Every proposal's quote found once, as check will find them (thousands of mentions of one name, or of claims).
  const places = placesOfQuotes(text, [...draft.mentions, ...draft.nonMentions, ...draft.claims].map((p) => text.slice(p.range.from, p.range.to)));
  const mentions: Entry[] = [];
  for (const m of draft.mentions) {
    const sel = selectorFor(text, m.range, places);
    if (sel) mentions.push(mentionEntry(m, sel));
  }
  const nonMentions: Entry[] = [];
  for (const m of draft.nonMentions) {
    const sel = selectorFor(text, m.range, places);
    if (sel) nonMentions.push(nonMentionEntry(m, sel));
  }
  const claims: Entry[] = [];
  let n = 0;
  const nextId = () => {
    do n++;
    while (takenClaimIds.has(`c${n}`));
    return `c${n}`;
  };
  for (const c of draft.claims) {
    const sel = selectorFor(text, c.range, places);
    if (sel) claims.push(claimEntry(c, sel, nextId(), writer));
  }
  return { actors, mentions, nonMentions, claims };
}

const mentionEntry = (m: ProposedMention, sel: SelectorInput): Entry => ({ ...sel, ...(m.actor ? { actor: m.actor } : { agreement: m.agreement }), review: m.review });
const nonMentionEntry = (m: ProposedNonMention, sel: SelectorInput): Entry => ({ ...sel, reason: m.reason, review: m.review });
const claimEntry = (c: Omit<ProposedClaim, 'range'>, sel: SelectorInput, id: string, writer?: string): Entry => ({
  id,
  ...sel,
  source: c.source,
  ...(c.cue && { cue: c.cue }),
  attribution: c.attribution,
  type: c.type,
  about: c.about,
  ...(writer && c.source !== writer && { via: [writer] }),
  review: c.review,
});

/**
 * Fewer bytes than the proposals' entries take in the article's file, known before any selector is
 * made: each entry as toEntries makes it with its selector cut to the quote (a selector holds the
 * quote, and a prefix, a suffix or an occurrence number only adds). Counted for a proposal of whole
 * characters only: one that cuts a character gets no selector, and is dropped.
 */
export function proposalsBytesAtLeast(draft: Partial<Pick<Draft, 'mentions' | 'nonMentions' | 'claims'>>, text: string, writer?: string): number {
  let bytes = 0;
  const quoted = (r: Range16) => (standsWhole(text, r.from, r.to) ? { quote: text.slice(r.from, r.to) } : undefined);
  for (const m of draft.mentions ?? []) {
    const sel = quoted(m.range);
    if (sel) bytes += entryBytesAtLeast(mentionEntry(m, sel));
  }
  for (const m of draft.nonMentions ?? []) {
    const sel = quoted(m.range);
    if (sel) bytes += entryBytesAtLeast(nonMentionEntry(m, sel));
  }
  for (const c of draft.claims ?? []) {
    const sel = quoted(c.range);
    // An id is "c" and a number.
    if (sel) bytes += entryBytesAtLeast(claimEntry(c, sel, 'c1', writer));
  }
  return bytes;
}

/**
 * Fewer bytes than renderList makes of an entry, however indented: a line for each key, with "- " or
 * "  " before it, ": " after it and its end; a text value in double quotes; a list in brackets, its items
 * joined by commas. A value's characters are each a byte of UTF-8 or more (a surrogate pair is four),
 * and its escapes only add.
 */
function entryBytesAtLeast(entry: Entry): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(entry)) bytes += 2 + key.length + 2 + valueLength(value) + 1 + (TEXT_KEYS.has(key) && typeof value === 'string' ? 2 : 0);
  return bytes;
}

function valueLength(value: unknown): number {
  if (Array.isArray(value)) return 2 + Math.max(0, value.length - 1) + value.reduce((n: number, v) => n + valueLength(v), 0);
  return value === undefined || value === null ? 0 : String(value).length;
}

/**
 * A document of the yaml library holds a node for every key and value of its entries, some hundred
 * times their text: the entries are rendered this many at a time (the draft of 662,259 mentions,
 * rendered as one document, took 1.4 GB more of the heap, and ran out of memory on a smaller one).
 * Each entry is an item of a block list, lines of its own, so the pieces joined are the list whole.
 */
const ENTRIES_PER_DOCUMENT = 1000;

/** A block list of entries, each line indented by `indent`. */
export function renderList(entries: Entry[], indent = ''): string {
  return [...renderListPieces(entries, indent)].join('');
}

/** renderList, in pieces of ENTRIES_PER_DOCUMENT entries. */
function* renderListPieces(entries: Entry[], indent: string): Generator<string> {
  for (let at = 0; at < entries.length; at += ENTRIES_PER_DOCUMENT) yield renderDocument(entries.slice(at, at + ENTRIES_PER_DOCUMENT), indent);
}

function renderDocument(entries: Entry[], indent: string): string {
  const doc = new Document(entries);
  visit(doc, {
    Pair(_, pair: Pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && (TEXT_KEYS.has(key) || UNSAFE.test(pair.value.value))) pair.value.type = 'QUOTE_DOUBLE';
      if (isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, scalar) {
      // In a flow list (via, aliases) as well: a value with a control character is double-quoted, where escapes can carry it.
      if (typeof scalar.value === 'string' && UNSAFE.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => `${indent}${l}\n`)
    .join('');
}

/**
 * The draft as printed, in pieces to write as they come (a draft of a million mentions is over a
 * hundred megabytes of YAML): every scalar with such a character is double-quoted (renderList), so
 * each becomes its escape.
 */
export function* renderDraft(articleId: string, entries: Entries): Generator<string> {
  for (const piece of draftText(articleId, entries)) yield piece.replace(UNSAFE_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function* draftText(articleId: string, entries: Entries): Generator<string> {
  yield `# gloss draft ${articleId}: proposals, each with the reason to review it. Accept one by deleting its\n# "review:" line, reject it by deleting the entry. gloss check lists every proposal until then.\n`;
  if (entries.actors.length > 0) yield* list('# New actors, for your registry file:\nactors:\n', entries.actors);
  yield `# For articles/${articleId}.yaml:\n`;
  if (entries.mentions.length > 0) yield* list('mentions:\n', entries.mentions);
  if (entries.nonMentions.length > 0) yield* list('nonMentions:\n', entries.nonMentions);
  if (entries.claims.length > 0) yield* list('claims:\n', entries.claims);
}

function* list(heading: string, entries: Entry[]): Generator<string> {
  yield heading;
  yield* renderListPieces(entries, '  ');
}

/**
 * Adds `entries` at the end of the list under `key` of a YAML file's top-level map, changing no byte
 * of what is there: after the list's last item, in its indentation; in place of an empty `[]`; or as
 * a new key at the end of the file.
 */
export function appendEntries(src: string, key: string, entries: Entry[], file: string): string {
  // A file whose every line ends in CRLF (saved on Windows) gets its new lines so ended too: added
  // with LF, it came back with two kinds of line ending ("claims: []\r" rewritten with an LF).
  if (src.includes('\r\n') && !/(?<!\r)\n/.test(src)) return appendEntriesLf(src.replace(/\r\n/g, '\n'), key, entries, file).replace(/\n/g, '\r\n');
  return appendEntriesLf(src, key, entries, file);
}

function appendEntriesLf(src: string, key: string, entries: Entry[], file: string): string {
  if (entries.length === 0) return src;
  const doc = parseDocument(src);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new GlossError(`${file}: not a valid YAML map; run gloss check and mend it first`);
  // A file written as JSON (a program's, gen-corpus's) is one flow map: lines added after it made no
  // YAML, and the message said that adding them would change what is there.
  if (doc.contents.flow) throw new GlossError(`${file}: written as one {…} map (JSON); draft --write adds to block YAML ("key:" then "- ..." lines) only: add the proposals by hand from gloss draft's output`);
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  let out: string;
  if (!pair) {
    out = `${src}${src.endsWith('\n') || src.length === 0 ? '' : '\n'}${key}:\n${renderList(entries, '  ')}`;
  } else if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
    const first = pair.value.items[0] as { range?: [number, number, number] };
    const last = pair.value.items.at(-1) as { range?: [number, number, number] };
    const lineStart = src.lastIndexOf('\n', first.range![0]) + 1;
    const dash = src.slice(lineStart, first.range![0]).indexOf('-');
    const indent = ' '.repeat(dash);
    // The item's range may end past its line's newline: step back over the blanks to its last character.
    let end = last.range![1];
    while (end > 0 && /\s/.test(src[end - 1]!)) end--;
    const lineEnd = src.indexOf('\n', end);
    const at = lineEnd === -1 ? src.length : lineEnd + 1;
    out = `${src.slice(0, at)}${lineEnd === -1 ? '\n' : ''}${renderList(entries, indent)}${src.slice(at)}`;
  } else if (pair.value === null || (isScalar(pair.value) && pair.value.value === null) || (isSeq(pair.value) && pair.value.items.length === 0)) {
    const keyRange = (pair.key as { range?: [number, number, number] }).range!;
    const lineStart = src.lastIndexOf('\n', keyRange[0]) + 1;
    const indent = ' '.repeat(keyRange[0] - lineStart + 2);
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    const cutFrom = valueRange ? valueRange[0] : keyRange[1] + 1;
    const cutTo = valueRange ? valueRange[1] : cutFrom;
    const lineEnd = src.indexOf('\n', cutTo);
    const tail = lineEnd === -1 ? src.slice(cutTo) : src.slice(cutTo, lineEnd);
    const rest = lineEnd === -1 ? '' : src.slice(lineEnd + 1);
    out = `${src.slice(0, cutFrom).trimEnd()}${tail.trimEnd() === '' ? '' : ` ${tail.trim()}`}\n${renderList(entries, indent)}${rest}`;
  } else {
    throw new GlossError(`${file}: "${key}" is not a block list; write it as one ("${key}:" then "- ..." lines) for gloss draft --write`);
  }
  verifyAppended(src, out, key, entries, file);
  return out;
}

/** The new file must hold exactly the old data plus the new entries at the end of `key`'s list. */
function verifyAppended(before: string, after: string, key: string, entries: Entry[], file: string): void {
  const old = (parseDocument(before).toJS() ?? {}) as Record<string, unknown>;
  const parsed = parseDocument(after);
  const now = parsed.toJS() as Record<string, unknown>;
  const oldList = Array.isArray(old[key]) ? (old[key] as unknown[]) : [];
  const expected = { ...old, [key]: [...oldList, ...entries] };
  if (parsed.errors.length > 0 || !isDeepStrictEqual(JSON.parse(JSON.stringify(now)), JSON.parse(JSON.stringify(expected)))) {
    throw new GlossError(`${file}: could not add the proposals without changing what is there; add them by hand from gloss draft's output`);
  }
}
