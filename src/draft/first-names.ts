/**
 * A person called by first name alone after being named in full ("Roger Eugene Maris … “I hope Roger
 * hits 80”", as a teammate speaks of him): a mention of that person. Only where the one registered
 * person of the article with that first name was named in full before it, and the text prints no one
 * else by it ("Roger Smith"); not where the word opens a sentence (a capitalised common word, "Will",
 * "Frank"), beside another capitalised word (inside a longer name) other than a sentence-opening
 * adverb ("Then Charlie …"), or after an article ("a Greer").
 */
import { isWholeWord } from '../corpus/anchor.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';
import { SpanCells } from './span-cells.js';
import { pushAll } from './arrays.js';

/** A first name: a capitalised word of letters, no initial, no title ("Mrs.", "Gen."). */
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

export function firstNames(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const found: ProposedMention[] = [];
  const inArticle = ctx.persons.filter((p) => out.some((m) => m.actor === p.id));
  // The mentions made, looked up by where they lie (made when first asked): a first name is held
  // against those near it, not every one.
  let made: SpanCells<ProposedMention> | undefined;
  for (const person of inArticle) {
    const words = person.name.split(/\s+/);
    const first = words[0]!;
    if (words.length < 2 || !FIRST_NAME.test(first)) continue;
    // Another person of the article, or of the text, goes by that first name.
    if (inArticle.some((p) => p.id !== person.id && p.name.split(/\s+/)[0] === first)) continue;
    const fullFrom = out.filter((m) => m.actor === person.id && ctx.text.slice(m.range.from, m.range.to).includes(`${first} `)).map((m) => m.range.from);
    if (fullFrom.length === 0) continue;
    // Where the name is first printed in full (once: a person may be named so thousands of times).
    const firstFull = fullFrom.reduce((a, b) => Math.min(a, b));
    const others = [...ctx.text.matchAll(new RegExp(`\\b${first}\\s+(\\p{Lu}[\\p{L}.'\u2019-]*)`, 'gu'))].filter((m) => !words.slice(1).some((w) => w.startsWith(m[1]!.replace(/[.'\u2019]+$/u, ''))));
    if (others.length > 0) continue;
    for (const m of ctx.text.matchAll(new RegExp(`\\b${first}\\b`, 'gu'))) {
      const range = { from: m.index, to: m.index + first.length };
      if (range.from <= firstFull || !isWholeWord(ctx.text, range.from, range.to) || ctx.taken(range, person.id)) continue;
      if ((made ??= new SpanCells((o) => o.range, out)).some(range, (o) => o.range.from <= range.from && range.to <= o.range.to)) continue;
      const before = ctx.text.slice(Math.max(0, range.from - 30), range.from);
      // Opening a sentence or a quotation, or after a capitalised word: not a first name standing alone.
      // A sentence-opening adverb or conjunction before it ("Then Charlie spooned out …") is no part
      // of a name: the first name stands alone after it.
      const opener = /(?:^|[.!?]\s+|\n\s*)(?:Then|But|And|So|Yet|Now|Still|Later|Soon|Meanwhile|Finally|Also)\s+$/u.test(before);
      if (/(?:^|[.!?:]\s*|[\u201c"]|\n\s*)$/u.test(before) || (!opener && /\p{Lu}[\p{L}.'\u2019-]*\s+$/u.test(before))) continue;
      // After an article it names a family or a kind ("Her mother was a Greer"), no one by first name.
      if (/(?:^|[^\p{L}])(?:a|an|the)\s+$/iu.test(before)) continue;
      if (/^\s+\p{Lu}/u.test(ctx.text.slice(range.to, range.to + 3))) continue;
      // A place with its state after a comma ("to Reno, Nev.", Brown A13, after "Reno Bertoia"): no one's first name.
      if (/^,\s*(?:\p{Lu}\p{Ll}{0,3}\.|\p{Lu}{2}\b)/u.test(ctx.text.slice(range.to, range.to + 8))) continue;
      found.push({ range, actor: person.id, review: `"${first}", the first name of ${person.id} ("${person.name}"), named in full before it: check it is the same person` });
    }
  }
  pushAll(found, familyFirstNames(ctx, out, found));
  return found;
}

/**
 * A first name alone in a sentence that prints the family's surname before it ("the other Kowalski
 * children, Vicky, 14; Dennis, 6", "Funeral services for Mrs. Kowalski and her daughter, Christine"),
 * where one registered person is that first name and surname: children are named so, their surname
 * said once for all of them (Brown A21). Not where two registered people have that name ("Eleanor
 * Kowalski", mother and daughter), nor where the word opens the sentence or has a capitalised word after it.
 */
function familyFirstNames(ctx: MentionContext, out: readonly ProposedMention[], found: readonly ProposedMention[]): ProposedMention[] {
  const named = new Map<string, string[]>();
  for (const p of ctx.persons) {
    const words = p.name.split(/\s+/);
    if (words.length === 2 && FIRST_NAME.test(words[0]!) && FIRST_NAME.test(words[1]!)) named.set(p.name, [...(named.get(p.name) ?? []), p.id]);
  }
  const result: ProposedMention[] = [];
  // The mentions made and found so far, looked up by where they lie (made when first asked).
  let near: SpanCells<ProposedMention> | undefined;
  const taken = () => (near ??= new SpanCells<ProposedMention>((o) => o.range, [...out, ...found]));
  for (const [name, ids] of named) {
    if (ids.length !== 1) continue;
    const [first, surname] = name.split(' ') as [string, string];
    for (const m of ctx.text.matchAll(new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'gu'))) {
      const range = { from: m.index, to: m.index + first.length };
      // (The character before it, not all the text before it run through an expression: this is asked at every place the first name is printed.)
      if (!isWholeWord(ctx.text, range.from, range.to) || /[@#]/.test(ctx.text[range.from - 1] ?? '') || /^\s+\p{Lu}/u.test(ctx.text.slice(range.to, range.to + 3))) continue;
      // The sentence so far: from its last full stop (a title's "Mrs." is no sentence's end).
      const before = ctx.text.slice(Math.max(0, range.from - 300), range.from);
      const sentence = before.slice(Math.max(before.lastIndexOf('\n') + 1, ...[...before.matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr))[.!?]\s+(?=\p{Lu})/gu)].map((x) => x.index + x[0].length)));
      if (sentence.trim() === '' || !new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(sentence)) continue;
      if (taken().some(range, (o) => o.range.from < range.to && range.from < o.range.to) || ctx.taken(range, ids[0]!)) continue;
      const mention: ProposedMention = { range, actor: ids[0]!, review: `"${first}" with the surname "${surname}" printed before it in the sentence: ${ids[0]} ("${name}"), check it is the same person` };
      result.push(mention);
      taken().add(mention);
    }
  }
  return result;
}
