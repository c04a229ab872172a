/**
 * Turns what a person typed into an id: the exact id, or else any unambiguous prefix of one. Article
 * prefixes also work inside annotation ids (`mackay:c3` is `mackay-beijing-2013:c3`).
 */
import { GlossError } from '../errors.js';
import type { Corpus } from '../model.js';
import { fold } from '../text/fold.js';
import { didYouMean } from './did-you-mean.js';

/** Registered names and aliases (folded) → ids, so `--actor MacKay` means peter-mackay. */
export type NameIndex = ReadonlyMap<string, string[]>;

export function nameIndex(entries: readonly { id: string; name: string; aliases?: readonly string[] }[]): NameIndex {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((x) => fold(x).trim()))) out.set(n, [...(out.get(n) ?? []), e.id]);
  }
  return out;
}

export function resolvePrefix(typed: string, ids: readonly string[], what: string, names?: NameIndex): string {
  if (ids.includes(typed)) return typed;
  const matches = ids.filter((id) => id.startsWith(typed));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new GlossError(`${what} "${typed}" is ambiguous: ${matches.slice(0, 6).join(', ')}${matches.length > 6 ? ', …' : ''}`);
  const named = [...new Set(names?.get(fold(typed).trim()) ?? [])];
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new GlossError(`${what} "${typed}" is ambiguous: it names ${named.slice(0, 6).join(', ')}`);
  const near = didYouMean(typed, ids);
  throw new GlossError(`no ${what} "${typed}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ` (gloss ${what === 'article' ? 'list' : `${what}s`} lists them)`}`);
}

export const resolveArticle = (c: Corpus, typed: string) => resolvePrefix(typed, c.articles.map((a) => a.id), 'article');
export const resolveActor = (c: Corpus, typed: string) => resolvePrefix(typed, c.actors.map((a) => a.id), 'actor', nameIndex(c.actors));
export const resolveAgreement = (c: Corpus, typed: string) => resolvePrefix(typed, c.agreements.map((a) => a.id), 'agreement', nameIndex(c.agreements));

/** An actor or agreement id (for `--about`), or a registered name or alias of one. */
export const resolveSubject = (c: Corpus, typed: string) =>
  resolvePrefix(typed, [...c.actors.map((a) => a.id), ...c.agreements.map((a) => a.id)], 'actor or agreement', nameIndex([...c.actors, ...c.agreements]));

export type Resolved =
  | { kind: 'article' | 'actor' | 'agreement'; id: string }
  | { kind: 'claim' | 'mention' | 'region'; id: string };

/** Any annotation or entity id, for `gloss show`. */
export function resolveAny(c: Corpus, typed: string): Resolved {
  const colon = typed.indexOf(':');
  if (colon !== -1) {
    const article = resolveArticle(c, typed.slice(0, colon));
    const id = `${article}:${typed.slice(colon + 1)}`;
    if (c.claims.some((x) => x.id === id)) return { kind: 'claim', id };
    if (c.mentions.some((x) => x.id === id)) return { kind: 'mention', id };
    if (c.regions.some((x) => x.id === id)) return { kind: 'region', id };
    const local = [...c.claims, ...c.mentions, ...c.regions].filter((x) => x.article === article).map((x) => x.id);
    return resolveAnnotation(c, resolvePrefix(id, local, 'annotation'));
  }
  const all: [Resolved['kind'], string[]][] = [
    ['actor', c.actors.map((a) => a.id)],
    ['agreement', c.agreements.map((a) => a.id)],
    ['article', c.articles.map((a) => a.id)],
  ];
  for (const [kind, ids] of all) if (ids.includes(typed)) return { kind, id: typed };
  const matches = all.flatMap(([kind, ids]) => ids.filter((id) => id.startsWith(typed)).map((id) => ({ kind, id })));
  if (matches.length === 1) return matches[0]!;
  return { kind: 'actor', id: resolvePrefix(typed, all.flatMap(([, ids]) => ids), 'id') };
}

function resolveAnnotation(c: Corpus, id: string): Resolved {
  if (c.claims.some((x) => x.id === id)) return { kind: 'claim', id };
  if (c.mentions.some((x) => x.id === id)) return { kind: 'mention', id };
  return { kind: 'region', id };
}
