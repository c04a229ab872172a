/**
 * Turns what a person typed into an id: the exact id, or else any unambiguous prefix of one. Article
 * prefixes also work inside annotation ids (`mackay:c3` is `mackay-beijing-2013:c3`).
 */
import { GlossError } from '../errors.js';
import type { Corpus, Span } from '../model.js';
import { fold } from '../text/fold.js';
import { aOrAn } from '../text/english.js';
import { didYouMean } from './did-you-mean.js';
import { OffsetMap } from '../text/offsets.js';
import { splitPassages } from '../search/passages.js';

/** The command that lists each kind of id, for the hint when nothing matches: every hint names a real command. */
const LISTED_BY: Record<string, string> = {
  article: 'gloss list lists them',
  actor: 'gloss actors lists them',
  agreement: 'gloss agreements lists them',
  'actor or agreement': 'gloss actors and gloss agreements list them',
};

/** Registered names and aliases (folded) → ids, so `--actor MacKay` means peter-mackay. */
export type NameIndex = ReadonlyMap<string, string[]>;

export function nameIndex(entries: readonly { id: string; name: string; aliases?: readonly string[] }[]): NameIndex {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((x) => fold(x).trim()))) out.set(n, [...(out.get(n) ?? []), e.id]);
  }
  return out;
}

export function resolvePrefix(typed: string, ids: readonly string[], what: string, lists = LISTED_BY[what] ?? 'gloss search finds them', names?: NameIndex): string {
  if (ids.includes(typed)) return typed;
  const matches = ids.filter((id) => id.startsWith(typed));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new GlossError(`${what} "${typed}" is ambiguous: ${matches.slice(0, 6).join(', ')}${matches.length > 6 ? ', …' : ''}`);
  const named = [...new Set(names?.get(fold(typed).trim()) ?? [])];
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new GlossError(`${what} "${typed}" is ambiguous: it names ${named.slice(0, 6).join(', ')}`);
  const near = didYouMean(typed, ids, 3, names);
  throw new GlossError(`no ${what} "${typed}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ` (${lists})`}`);
}

export const resolveArticle = (c: Corpus, typed: string) => resolvePrefix(typed, c.articles.map((a) => a.id), 'article');

/** An article left out of a corpus with errors, named: said so, not "no article", which sent a person looking for a typo. */
export const leftOutError = (id: string) => new GlossError(`article "${id}" is left out: its files have errors (gloss check lists them)`);

/**
 * The article `typed` names among `ids` (the articles read) and `leftOut` (those left out of a corpus
 * with errors, corpus/sound.ts). Both count: a prefix of one of each is ambiguous, as it is once the
 * corpus is mended (it named the article left, silently), and one naming a left-out article says so.
 */
export function resolveArticleId(typed: string, ids: readonly string[], leftOut: readonly string[]): string {
  const r = articleOrLeftOut(typed, ids, leftOut);
  if (r.leftOut) throw leftOutError(r.id);
  return r.id;
}

/** As resolveArticleId, an article left out given back with `leftOut` (draft says why it cannot be drafted). */
export function articleOrLeftOut(typed: string, ids: readonly string[], leftOut: readonly string[]): { id: string; leftOut: boolean } {
  // A duplicate id is both read (its first file) and left out (the second): it is read.
  const out = leftOut.filter((id) => !ids.includes(id));
  const id = resolvePrefix(typed, out.length === 0 ? ids : [...ids, ...out], 'article');
  return { id, leftOut: out.includes(id) };
}
export const resolveActor = (c: Corpus, typed: string) => resolvePrefix(typed, c.actors.map((a) => a.id), 'actor', undefined, nameIndex(c.actors));
export const resolveAgreement = (c: Corpus, typed: string) => resolvePrefix(typed, c.agreements.map((a) => a.id), 'agreement', undefined, nameIndex(c.agreements));

/** An actor or agreement id (for `--about`), or a registered name or alias of one. */
export const resolveSubject = (c: Corpus, typed: string) =>
  resolvePrefix(typed, [...c.actors.map((a) => a.id), ...c.agreements.map((a) => a.id)], 'actor or agreement', undefined, nameIndex([...c.actors, ...c.agreements]));

export type Resolved =
  | { kind: 'article' | 'actor' | 'agreement'; id: string }
  | { kind: 'claim' | 'mention' | 'region'; id: string }
  | { kind: 'passage'; id: string; span: Span };

// The W3C export's URNs name the same things (output/web-annotation.ts): they are taken back too.
const URN_KINDS = ['annotation', 'article', 'actor', 'agreement'] as const;
type UrnKind = (typeof URN_KINDS)[number];
const URN_FORMS = 'urn:gloss:annotation:ARTICLE:LOCAL, urn:gloss:article:ID, urn:gloss:actor:ID or urn:gloss:agreement:ID';

/** A typed id split at its URN, if it has one: the kind written and the id after it; never an error. */
function urnParts(typed: string): { kind?: string; id: string } {
  if (!typed.startsWith('urn:gloss:')) return { id: typed };
  const rest = typed.slice('urn:gloss:'.length);
  const colon = rest.indexOf(':');
  return colon === -1 ? { kind: rest, id: '' } : { kind: rest.slice(0, colon), id: rest.slice(colon + 1) };
}

/**
 * The kind a URN names and the id it names; a plain id has no kind. An unknown kind is said so: it
 * was read as an article "urn" ("no article urn").
 */
export function splitUrn(typed: string): { urn?: UrnKind; id: string } {
  const { kind, id } = urnParts(typed);
  if (kind === undefined) return { id };
  if (kind === '') throw new GlossError(`${typed} has no URN kind: a gloss URN is ${URN_FORMS}`);
  if (!(URN_KINDS as readonly string[]).includes(kind)) throw new GlossError(`unknown URN kind ${kind}: a gloss URN is ${URN_FORMS}`);
  return { urn: kind as UrnKind, id };
}

/** The kind among the entities a URN's id is looked for in alone (urn:gloss:agreement:canada is no actor's); undefined for an annotation's URN, whose id's shape decides. */
export function urnEntity(urn: UrnKind | undefined): EntityKind | undefined {
  return urn === 'annotation' ? undefined : urn;
}

/**
 * What a URN named must be of its kind: urn:gloss:article:mackay:c4 cited the claim, and
 * urn:gloss:annotation:mackay showed the article, as if the kind were not written.
 */
function checkUrnKind(typed: string, urn: UrnKind, r: Resolved): Resolved {
  const kind = r.kind === 'claim' || r.kind === 'mention' || r.kind === 'region' ? 'annotation' : r.kind;
  if (kind === urn) return r;
  const own = kind === 'passage' ? `a passage has no URN: give ${r.id}` : `its URN is urn:gloss:${kind}:${r.id}`;
  throw new GlossError(`${typed} names ${aOrAn(r.kind)}, not ${aOrAn(urn)}: ${own}`);
}

/**
 * A passage id as search prints it, `ARTICLE@START` (START a code point offset): the sentence that
 * holds that place, so any offset into the article is a place too (`read --at mackay@120`).
 */
function resolvePassage(c: Corpus, typed: string): Resolved {
  const at = typed.lastIndexOf('@');
  const article = c.articles.find((a) => a.id === resolveArticle(c, typed.slice(0, at)))!;
  const offset = typed.slice(at + 1);
  const map = new OffsetMap(article.text);
  const length = map.toCodePoint(article.text.length);
  if (length === 0) throw new GlossError(`passage "${typed}": ${article.id} has no text, so no passage`);
  if (!/^\d+$/.test(offset) || Number(offset) >= length) {
    throw new GlossError(`passage "${typed}": after @ give a code point offset into ${article.id}, 0 to ${length - 1} (gloss search prints passage ids)`);
  }
  const p = passageAt(article.text, map.toUtf16(Number(offset)));
  const start = map.toCodePoint(p.from);
  const span: Span = { article: article.id, from: p.from, to: p.to, start, end: map.toCodePoint(p.to), ...map.lineColumn(p.from), quote: article.text.slice(p.from, p.to) };
  return { kind: 'passage', id: `${article.id}@${start}`, span };
}

/**
 * The passage holding UTF-16 offset `at`, else (an offset between sentences) the next one, else the
 * last. Only the lines from `at` on to the first passage are split (a passage never crosses a line
 * end): an offset into an article of megabytes answers at once, where splitting it whole took seconds.
 */
export function passageAt(text: string, at: number): { from: number; to: number } {
  for (let line = text.lastIndexOf('\n', at - 1) + 1; line < text.length; ) {
    const end = text.indexOf('\n', line);
    const lineEnd = end === -1 ? text.length : end;
    const p = splitPassages(text, line, lineEnd).find((x) => x.to > at);
    if (p) return p;
    line = lineEnd + 1;
  }
  // Nothing after it: the last passage, from the last line that has one.
  for (let lineEnd = text.length; lineEnd > 0; ) {
    const line = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const last = splitPassages(text, line, lineEnd).at(-1);
    if (last) return last;
    lineEnd = line - 1;
  }
  return { from: 0, to: text.length };
}

/**
 * An id typed: its URN's kind, and the id. An empty id (an unset shell variable, ":"), or one with
 * nothing before its ":" or "@", is said to be so: it was taken as the prefix "" of every id
 * ("ambiguous: …").
 */
export function typedIdParts(typed: string): { urn?: UrnKind; id: string } {
  const parts = splitUrn(typed);
  const id = parts.id.trim();
  const shown = typed === '' ? '' : ` "${typed}"`;
  if (id === '' || id === ':' || id === '@') throw new GlossError(`the id${shown} is empty: give one, as ARTICLE:c4, ARTICLE@120 or an actor's id`);
  if (id.startsWith(':') || id.startsWith('@')) throw new GlossError(`the id${shown} has no article before "${id[0]}": give ARTICLE${id}`);
  return parts;
}

/** Whether an id (without its URN) is a passage's, ARTICLE@OFFSET: no id has an @ (ID_PATTERN), so any is, its offset checked by resolvePassage. */
export const namesPassage = (id: string) => id.includes('@') && !id.includes(':');

/** Whether `typed` names a claim, mention or region (ARTICLE:LOCAL, as URN too), which resolveAny looks for among the annotations. */
export function namesAnnotation(typed: string): boolean {
  return urnParts(typed).id.includes(':');
}

/** Any id gloss prints (annotation, entity, passage, W3C URN), for `gloss show`, `cite` and `read --at`. */
export function resolveAny(c: Corpus, typedId: string): Resolved {
  const { urn, id } = typedIdParts(typedId);
  const r = resolvingUrn(typedId, urn, () => resolveId(c, id, urnEntity(urn)));
  return urn === undefined ? r : checkUrnKind(typedId, urn, r);
}

/**
 * `resolve` for an id typed with its URN's kind. An annotation's URN whose id is no annotation's
 * (no ARTICLE:LOCAL) is resolved as any id, so that what it names is said (checkUrnKind); where it
 * names nothing, or is ambiguous among the entities, it is said to name no annotation, not "id X
 * is ambiguous" as if the URN had asked for an entity.
 */
export function resolvingUrn<T>(typedId: string, urn: UrnKind | undefined, resolve: () => T): T {
  if (urn !== 'annotation' || urnParts(typedId).id.includes(':')) return resolve();
  try {
    return resolve();
  } catch (e) {
    if (e instanceof GlossError) throw new GlossError(`${typedId} names no annotation: an annotation's URN is urn:gloss:annotation:ARTICLE:LOCAL`);
    throw e;
  }
}

/** An id without its URN: `entity`, the one kind an entity's URN looks in. */
function resolveId(c: Corpus, typed: string, entity: EntityKind | undefined): Resolved {
  if (namesPassage(typed)) return resolvePassage(c, typed);
  const colon = typed.indexOf(':');
  if (colon !== -1) {
    const article = resolveArticle(c, typed.slice(0, colon));
    const id = `${article}:${typed.slice(colon + 1)}`;
    if (c.claims.some((x) => x.id === id)) return { kind: 'claim', id };
    if (c.mentions.some((x) => x.id === id)) return { kind: 'mention', id };
    if (c.regions.some((x) => x.id === id)) return { kind: 'region', id };
    const local = [...c.claims, ...c.mentions, ...c.regions].filter((x) => x.article === article).map((x) => x.id);
    return resolveAnnotation(c, resolvePrefix(id, local, 'annotation', `gloss claims --article ${article} or gloss mentions --article ${article} list them`));
  }
  const inArray = (kind: EntityKind, ids: string[]): KindIds => ({ kind, has: (id) => ids.includes(id), starting: (p) => ids.filter((id) => id.startsWith(p)), all: () => ids });
  return resolveKinded(typed, entity, [
    inArray('actor', c.actors.map((a) => a.id)),
    inArray('agreement', c.agreements.map((a) => a.id)),
    inArray('article', c.articles.map((a) => a.id)),
  ]);
}

export type EntityKind = 'article' | 'actor' | 'agreement';

/** The ids of one kind, as resolveKinded looks them up (from the corpus in memory, or the database's indexes: store/resolve.ts). */
export interface KindIds {
  kind: EntityKind;
  has(id: string): boolean;
  /** The ids starting with a prefix, in reading order. */
  starting(prefix: string): string[];
  all(): string[];
}

/**
 * The actor, agreement or article an id names: exactly, or as the one id it begins; with `urn` (a
 * URN's kind), among that kind alone.
 */
export function resolveKinded(typed: string, urn: EntityKind | undefined, kinds: readonly KindIds[]): { kind: EntityKind; id: string } {
  const all = kinds.filter((k) => urn === undefined || k.kind === urn);
  // An actor may share its id with an article (check warns): which is meant is asked, with the URNs
  // that say it; the first kind looked in stood for both, and the article could not be shown by its id.
  const exact = all.filter((k) => k.has(typed));
  if (exact.length > 1) throw new GlossError(`"${typed}" is the id of ${exact.map((k) => aOrAn(k.kind)).join(' and ')}: say which, as ${exact.map((k) => `urn:gloss:${k.kind}:${typed}`).join(' or ')}`);
  if (exact.length === 1) return { kind: exact[0]!.kind, id: typed };
  const matches = all.flatMap((k) => k.starting(typed).map((id) => ({ kind: k.kind, id })));
  if (matches.length === 1) return matches[0]!;
  const what = urn ?? 'id';
  if (matches.length > 1) throw new GlossError(`${what} "${typed}" is ambiguous: ${matches.slice(0, 6).map((m) => (urn ? m.id : `${m.id} (${m.kind})`)).join(', ')}${matches.length > 6 ? ', …' : ''}`);
  // Nothing begins with it: the names, and did-you-mean, over every id.
  const ids = [...new Set(all.flatMap((k) => k.all()))];
  const id = resolvePrefix(typed, ids, what, urn === undefined ? 'gloss list, gloss actors and gloss agreements list them' : undefined);
  return { kind: all.find((k) => k.has(id))?.kind ?? 'actor', id };
}

function resolveAnnotation(c: Corpus, id: string): Resolved {
  if (c.claims.some((x) => x.id === id)) return { kind: 'claim', id };
  if (c.mentions.some((x) => x.id === id)) return { kind: 'mention', id };
  return { kind: 'region', id };
}
