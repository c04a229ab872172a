/**
 * Plurals that name several people the article has named, tagged once for each of them on the same
 * words (guidelines §6, "one span, several referents"; A20's calls 100): a count ("Five held for
 * trial", "All five", "the five", "the new five") for the set of that many people the article names, "the
 * Krogers" for the people sharing that surname, "the two civil servants" for the two people of that
 * role, "the two Yankees" for the two members of the "New York Yankees" named just before, "a shadowy
 * couple" for the two people named after it in its sentence, and "their clients" after
 * the lawyers for the set the article counts, and what people were "identified … as".
 */
import type { MentionContext } from './mentions.js';
import type { ProposedMention, Range16 } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';
import { aOrAn } from '../text/english.js';

const NUMBER: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * What may follow a count standing for people: a verb, a relative "who", punctuation, not a noun it
 * counts. An adverb may stand before the verb ("the two even look alike"); a verb in the present
 * (no "-s", as a plural noun has) is known by what follows it, an object or complement that no noun
 * qualifying another takes ("The three pay $251 a month", "look alike"), not "the two party leaders"
 * nor a preposition ("the two of the").
 */
const AFTER_COUNT =
  /^(?:\s*[,.;:)\u2014$]|\s*$|\s+(?:(?:even|also|still|now|then|never|often|always|usually|together)\s+)?(?:(?:who|whom|were|are|was|have|had|has|will|would|could|should|may|might|must|did|do|each|all|both|held|went|met|left|fled|sat|stood|face|faced|stand|appeared|\p{Ll}+ed)\b|(?!(?:of|in|on|at|to|for|from|with|by|or|and|per|than|into)\s)\p{Ll}+(?<!s)\s+(?:[$\d]|(?:alike|together)\b|(?:the|a|an|their|his|her|its|our|no)\s)))/u;

interface Person {
  range: Range16;
  actor: string;
}

function personsNamed(ctx: MentionContext, out: readonly ProposedMention[]): Person[] {
  const people = new Set(ctx.persons.map((p) => p.id));
  return [...out.flatMap((m) => (m.actor ? [{ range: m.range, actor: m.actor }] : [])), ...(ctx.existing ?? []).map((m) => ({ range: m.range, actor: m.target }))]
    .filter((m) => people.has(m.actor))
    .sort((a, b) => a.range.from - b.range.from);
}

/** The people named before `at`, in the order first named. */
function firstNamedBefore(named: readonly Person[], at: number): string[] {
  return [...new Set(named.filter((n) => n.range.to <= at).map((n) => n.actor))];
}

/** The start of the paragraph before the one holding `at` (or of this one, the first). */
function windowStart(text: string, at: number): number {
  const paragraph = text.lastIndexOf('\n', at - 1);
  return paragraph <= 0 ? 0 : text.slice(0, paragraph).trimEnd().lastIndexOf('\n') + 1;
}

/**
 * The sets of people the article counts: "All five" after exactly five people are named (in the article
 * so far, or in its paragraph and the one before) is those five; a count of the same number later ("the
 * new five", "the five") is the same set, and so is one before any person is named ("Five held for
 * trial", a headline over the list of them). Returns each count's range with its set.
 */
export function counted(ctx: MentionContext, out: readonly ProposedMention[]): { range: Range16; words: string; ids: string[] }[] {
  const named = personsNamed(ctx, out);
  const re = /\b(?:(?:[Aa]ll|[Bb]oth)\s+)?(?:[Tt]he\s+(?:(?:new|remaining|accused|same)\s+)?)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b/gu;
  const counts: { range: Range16; n: number; words: string }[] = [];
  for (const m of ctx.text.matchAll(re)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const word = m[1]!;
    // A bare count opens a sentence or headline ("Five held for trial"); otherwise it has "all" or "the".
    if (m[0] === word && !/^\p{Lu}/u.test(word)) continue;
    if (m[0] === word && !/(?:^|\n|[.!?]\s+)$/.test(ctx.text.slice(Math.max(0, range.from - 3), range.from))) continue;
    // "the five of them" aside, a word after the count other than a verb is the noun it counts.
    if (!AFTER_COUNT.test(ctx.text.slice(range.to, range.to + 20))) continue;
    // A predicate ("they were five") or a number in a range ("from three to four").
    if (/\b(?:from|to|were|are|of)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 6), range.from)) && m[0] === word) continue;
    counts.push({ range, n: NUMBER[word.toLowerCase()]!, words: m[0] });
  }
  const sets = new Map<number, string[]>();
  const found: { range: Range16; words: string; ids: string[] }[] = [];
  for (const c of counts) {
    let ids = sets.get(c.n);
    if (!ids) {
      const before = firstNamedBefore(named, c.range.from);
      const near = [...new Set(named.filter((p) => p.range.from >= windowStart(ctx.text, c.range.from) && p.range.to <= c.range.from).map((p) => p.actor))];
      ids = before.length === c.n ? before : near.length === c.n ? near : undefined;
      if (ids) sets.set(c.n, ids);
    }
    if (ids) found.push({ range: c.range, words: c.words, ids });
  }
  // A count before anyone is named (a headline over the list) is the set the article then counts.
  for (const c of counts) {
    const ids = sets.get(c.n);
    if (ids && !found.some((f) => f.range.from === c.range.from) && firstNamedBefore(named, c.range.from).length === 0) found.push({ range: c.range, words: c.words, ids });
  }
  return found.sort((a, b) => a.range.from - b.range.from);
}

function each(ctx: MentionContext, range: Range16, ids: readonly string[], review: string): ProposedMention[] {
  if (ids.some((id) => ctx.taken(range, id))) return [];
  return ids.map((id) => ({ range, actor: id, review }));
}

/** The count plurals, "the Krogers", "the two civil servants", "a couple" and "their clients" (see the top of this file). */
export function plurals(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const found: ProposedMention[] = [];
  const named = personsNamed(ctx, out);
  const surname = (name: string) => name.split(/\s+/).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III)$/.test(w)).at(-1);

  // "the Krogers": the people of the registry with that surname, two or more, one of them named before.
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+)s\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const family = ctx.persons.filter((p) => p.name.split(/\s+/).length >= 2 && surname(p.name) === m[1]);
    if (family.length < 2 || !family.some((p) => firstNamedBefore(named, range.from).includes(p.id))) continue;
    found.push(...each(ctx, range, family.map((p) => p.id), `"${m[0]}" taken to be ${family.map((p) => p.id).join(' and ')}, the people of the registry named ${m[1]}: check all are meant`));
  }

  for (const c of counted(ctx, [...out, ...found])) {
    found.push(...each(ctx, c.range, c.ids, `"${c.words}" taken to be ${c.ids.join(', ')}, the ${c.ids.length} people the article counts: check all are meant`));
  }

  // "the two civil servants": exactly that many people named before, each with that noun in a registered role.
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(two|three|four|five|six)\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+s)\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const noun = m[2]!.replace(/ies$/, 'y').replace(/men$/, 'man').replace(/s$/, '');
    const before = firstNamedBefore(named, range.from);
    const ids = before.filter((id) => (ctx.persons.find((p) => p.id === id)?.role ?? '').split(';').some((r) => new RegExp(`(?:^|\\s)${regexpLiteral(noun)}$`, 'i').test(r.trim())));
    if (ids.length !== NUMBER[m[1]!]) continue;
    found.push(...each(ctx, range, ids, `"${m[0]}" taken to be ${ids.join(' and ')}, the people named before whose registered role is ${aOrAn(noun)}: check all are meant`));
  }

  // "the two Yankees": members of a registered body called by the last word of its name ("New York
  // Yankees"), the people affiliated with it named in this sentence and the one before, exactly that
  // many (a body's members are named by its plural; "the Yankees" alone would be the club).
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(two|three|four|five|six)\s+(\p{Lu}\p{Ll}+s)\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const bodies = new Set((ctx.registry ?? []).filter((a) => a.type !== 'person' && [a.name, ...a.aliases].some((n) => n.endsWith(` ${m[2]}`))).map((a) => a.id));
    const from = sentenceStart(ctx.text, sentenceStart(ctx.text, range.from) - 1);
    const members = (id: string) => bodies.has(ctx.persons.find((p) => p.id === id)?.affiliation ?? '');
    const ids = [...new Set(named.filter((n) => n.range.from >= from && n.range.to <= range.from).map((n) => n.actor))].filter(members);
    if (bodies.size === 0 || ids.length !== NUMBER[m[1]!]) continue;
    found.push(...each(ctx, range, ids, `"${m[0]}" taken to be ${ids.join(' and ')}, named in this sentence and the one before, members of ${[...bodies].join(', ')} by their registered affiliation: check all are meant`));
  }

  // "A shadowy couple who call themselves Peter Kroger … and wife, Joyce": the two people named after it in its sentence.
  for (const m of ctx.text.matchAll(/\b[Aa]n?\s+(?:\p{Ll}+\s+){0,2}couple\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const end = ctx.text.slice(range.to).search(/[.!?](?:\s|$)|\n/u);
    const stop = end === -1 ? ctx.text.length : range.to + end;
    const two = [...new Set(named.concat(personsNamed(ctx, found)).filter((n) => n.range.from >= range.to && n.range.to <= stop + 1).map((n) => n.actor))];
    if (two.length !== 2 || !/^\s+(?:who|whose|,|named|called)/u.test(ctx.text.slice(range.to, range.to + 10))) continue;
    found.push(...each(ctx, range, two, `"${m[0]}" taken to be ${two.join(' and ')}, the two people named after it in its sentence: check both are meant`));
  }

  // "identified the Krogers as Morris and Lola Cohen, an American couple …": the names after "as" and
  // their apposition, to the sentence's end, are the people identified.
  for (const m of ctx.text.matchAll(/\bidentified\s+/gu)) {
    const at = m.index + m[0].length;
    const object = [...out, ...found].filter((o) => o.actor && o.range.from === at && inArticlePerson(ctx, o.actor));
    if (object.length === 0) continue;
    const objectTo = object[0]!.range.to;
    const as = /^\s+as\s+(?=\p{Lu})/u.exec(ctx.text.slice(objectTo, objectTo + 6));
    if (!as) continue;
    const from = objectTo + as[0].length;
    const end = ctx.text.slice(from).search(/[.!?](?:\s|$)|\)|\n/u);
    let to = end === -1 ? ctx.text.length : from + end;
    while (to > from && /[\s,;:]/.test(ctx.text[to - 1]!)) to--;
    const range = { from, to };
    const ids = [...new Set(object.map((o) => o.actor!))];
    if (to - from < 3 || [...out, ...found].some((o) => o.range.from < to && from < o.range.to)) continue;
    found.push(...each(ctx, range, ids, `what "${ctx.text.slice(m.index, objectTo)}" was identified as, taken to be ${ids.join(' and ')}: check the same people are meant`));
  }

  // "their clients" in a sentence about the lawyers: the set of people the article counts (one set only).
  const sets = [...new Map(counted(ctx, [...out, ...found]).map((c) => [c.ids.join(' '), c.ids])).values()];
  if (sets.length === 1) {
    for (const m of ctx.text.matchAll(/\b(?:their|his|her)\s+clients\b/giu)) {
      const range = { from: m.index, to: m.index + m[0].length };
      const sentence = ctx.text.slice(sentenceStart(ctx.text, range.from), range.from);
      if (!/\b(?:lawyers?|counsel|attorneys?|defen[cs]e|barristers?|solicitors?)\b/i.test(sentence)) continue;
      found.push(...each(ctx, range, sets[0]!, `"${m[0]}" taken to be ${sets[0]!.join(', ')}, the people the article counts, the lawyers' clients: check all are meant`));
    }
  }
  return found;
}

function inArticlePerson(ctx: MentionContext, id: string): boolean {
  return ctx.persons.some((p) => p.id === id);
}

/** Where the sentence holding `at` starts: after the last full stop, question or exclamation mark, or line break. */
export function sentenceStart(text: string, at: number): number {
  let k = at - 1;
  while (k > 0 && text[k] !== '\n' && !(/[.!?]/.test(text[k]!) && /\s/.test(text[k + 1] ?? ''))) k--;
  return k <= 0 ? 0 : k + 1;
}
