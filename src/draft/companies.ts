/**
 * A company referred back to by its kind: "the company", "the firm", "his company", "the Dallas-based
 * company" — the one registered company whose name is printed last before it, within its paragraph and
 * the one before ("… of International Harvester Co.. For the year to date, sales of the company's farm
 * equipment dealers …", "Merritt D. Hill, Ford Motor Co. vice president, says his company …"). Where no
 * company is printed that near, the phrase is left alone: it may describe one named only later.
 */
import { isWholeWord } from '../corpus/anchor.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

/**
 * "the company", "his firm", and with where it is based between them ("the Dallas-headquartered
 * company", "the Chicago-based firm"), which says no more than which company it is.
 */
const KIND = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-(?:based|headquartered)\s+)?(?:company|firm|concern)\b/gu;

/** "the Hughes company", "The Hughes concern": the first word of a company's name before its kind. */
const BY_FIRST_WORD = /\b[Tt]he\s+(\p{Lu}[\p{L}'\u2019-]+)\s+(?:company|concern|firm)\b/gu;

export function companiesByKind(ctx: MentionContext): ProposedMention[] {
  const companies = (ctx.registry ?? []).filter((a) => a.type === 'company');
  if (companies.length === 0) return [];
  const out: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(KIND)) {
    const range = { from: m.index, to: m.index + m[0].length };
    // Its paragraph and the one before: where a reader still has the company in mind.
    const start = Math.max(0, ctx.text.lastIndexOf('\n\n', Math.max(0, ctx.text.lastIndexOf('\n\n', range.from) - 1)));
    const window = ctx.text.slice(start, range.from);
    let best: { id: string; at: number; name: string } | undefined;
    for (const c of companies) {
      for (const name of [c.name, ...c.aliases]) {
        for (let at = window.lastIndexOf(name); at !== -1; at = at === 0 ? -1 : window.lastIndexOf(name, at - 1)) {
          if (!isWholeWord(ctx.text, start + at, start + at + name.length) && !name.endsWith('.')) continue;
          if (!best || start + at > best.at) best = { id: c.id, at: start + at, name };
          break;
        }
      }
    }
    if (!best || ctx.taken(range, best.id)) continue;
    out.push({ range, actor: best.id, review: `"${m[0]}" taken to be ${best.id}, the company named last before it ("${best.name}"): check it is that company` });
  }
  // "the Hughes Steel Erection Co. … the Hughes company": the one registered company printed in full
  // before it whose name starts with that word; where two do, or none is printed before, no one.
  for (const m of ctx.text.matchAll(BY_FIRST_WORD)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const before = ctx.text.slice(0, range.from);
    const named = companies.filter((c) => c.name.split(/\s+/)[0] === m[1] && c.name !== m[1] && before.includes(c.name));
    if (named.length !== 1 || ctx.taken(range, named[0]!.id) || out.some((o) => o.range.from < range.to && range.from < o.range.to)) continue;
    out.push({ range, actor: named[0]!.id, review: `"${m[0]}" taken to be ${named[0]!.id} ("${named[0]!.name}", printed before): check it is that company` });
  }
  return out;
}
