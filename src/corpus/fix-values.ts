/**
 * The values of a closed list (an actor's `type`, an agreement's `status`, a claim's `attribution`
 * and `type`, a region's `kind`) that `check --fix` mends: a value one slip away from exactly one
 * allowed value — a letter wrong, missing, extra, two letters swapped, or capitals
 * ("organization" → "organisation", "persn" → "person", "Denial" → "denial"). A value near two
 * allowed ones, or farther, is left to a person with check's "did you mean", as any other.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { aOrAn } from '../text/english.js';
import { ACTOR_TYPES, AGREEMENT_STATUSES, ATTRIBUTIONS, CLAIM_TYPES, REGION_KINDS } from '../vocabulary.js';

export type ValueField = 'type' | 'status' | 'attribution' | 'kind';

export interface ValueChange {
  /** The scalar written in the file, and where: its range in the source. */
  node: Scalar<string>;
  field: ValueField;
  value: string;
  reason: string;
  /** The nodes an alias could share the value through (the scalar, its mapping, the lists, the document's mapping). */
  shared: Node[];
  /** Whether it stands in a flow collection (`{type: …}`), where a plain value ends at a comma. */
  inFlow: boolean;
}

/** Where the closed lists stand: a list of the file, then a field of each item (or of each item's sub-list). */
const REGISTRY: [list: string, field: ValueField, allowed: readonly string[], sub?: string][] = [
  ['actors', 'type', ACTOR_TYPES],
  ['agreements', 'status', AGREEMENT_STATUSES],
  ['agreements', 'status', AGREEMENT_STATUSES, 'history'],
];
const ARTICLE: [list: string, field: ValueField, allowed: readonly string[], sub?: string][] = [
  ['claims', 'attribution', ATTRIBUTIONS],
  ['claims', 'type', CLAIM_TYPES],
  ['regions', 'kind', REGION_KINDS],
];

/** Whether `a` and `b` differ by one letter changed, added or removed, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** The one allowed value `typed` was meant to be, if exactly one is a slip away (or the same but for capitals). */
export function meantValue(typed: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(typed)) return undefined;
  const lower = typed.toLowerCase();
  const near = allowed.filter((v) => v === lower || oneSlipApart(lower, v));
  return near.length === 1 ? near[0] : undefined;
}

/** The closed-list values of a registry's or an article file's document that have one answer. */
export function valueChanges(doc: Document, kind: 'registry' | 'article'): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const [list, field, allowed, sub] of kind === 'registry' ? REGISTRY : ARTICLE) {
    const seq = doc.get(list, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const inner = sub === undefined ? undefined : item.get(sub, true);
      const holders = sub === undefined ? [item] : isSeq(inner) ? inner.items.filter(isMap) : [];
      for (const holder of holders) {
        // Only a value written there (not an alias of one, nor anchored for others to share): its one place.
        const node = holder.get(field, true);
        if (!isScalar(node) || typeof node.value !== 'string' || node.anchor !== undefined || !node.range) continue;
        const value = meantValue(node.value, allowed);
        if (value === undefined) continue;
        const shared = [node, holder, ...(isSeq(inner) ? [inner] : []), item, seq, doc.contents] as Node[];
        const inFlow = Boolean(holder.flow || (isSeq(inner) && inner.flow) || item.flow || seq.flow);
        changes.push({ node: node as Scalar<string>, field, value, reason: `"${node.value}" is not ${aOrAn(field)}, and one slip from ${value} alone`, shared, inFlow });
      }
    }
  }
  return changes;
}
