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
const URN = /^urn:gloss:(?:annotation|article|actor|agreement):/;

/** The kind a URN names (urn:gloss:agreement:…), which its id is looked for among alone; undefined for any other id. */
export function urnKind(typed: string): 'article' | 'actor' | 'agreement' | undefined {
  return /^urn:gloss:(article|actor|agreement):/.exec(typed)?.[1] as 'article' | 'actor' | 'agreement' | undefined;
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

/** Whether `typed` names a claim, mention or region (ARTICLE:LOCAL, as URN too), which resolveAny looks for among the annotations. */
export function namesAnnotation(typed: string): boolean {
  return typed.replace(URN, '').includes(':');
}

/** Any id gloss prints (annotation, entity, passage, W3C URN), for `gloss show`, `cite` and `read --at`. */
export function resolveAny(c: Corpus, typedId: string): Resolved {
  const typed = typedId.replace(URN, '');
  if (/@\d*$/.test(typed) && !typed.includes(':')) return resolvePassage(c, typed);
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
  // A URN's kind is part of what it names: urn:gloss:agreement:canada is no actor's.
  const inArray = (kind: EntityKind, ids: string[]): KindIds => ({ kind, has: (id) => ids.includes(id), starting: (p) => ids.filter((id) => id.startsWith(p)), all: () => ids });
  return resolveKinded(typed, urnKind(typedId), [
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
 * URN's kind), among that kind alone. `nothing` is told when no id begins with it, before the
 * message (store/resolve.ts: an article left out for its errors is said so).
 */
export function resolveKinded(typed: string, urn: EntityKind | undefined, kinds: readonly KindIds[], nothing?: () => void): { kind: EntityKind; id: string } {
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
  nothing?.();
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
