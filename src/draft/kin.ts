/** The registered people, their mentions in position order (proposed or hand-made), and what the text and registry say of each one's sex. */
function personsNamed(ctx: MentionContext, out: readonly ProposedMention[]) {
  const people = new Map(ctx.persons.map((p) => [p.id, p]));
  const named: { range: Range16; actor: string }[] = [
    ...out.flatMap((m) => (m.actor && people.has(m.actor) ? [{ range: m.range, actor: m.actor }] : [])),
    ...(ctx.existing ?? []).flatMap((m) => (people.has(m.target) ? [{ range: m.range, actor: m.target }] : [])),
  ].sort((a, b) => a.range.from - b.range.from);
  /** The name, role and printed mentions with what stands before them. */
  const shown = (id: string) => [people.get(id)!.name, people.get(id)!.role ?? '', ...named.filter((m) => m.actor === id).map((m) => ctx.text.slice(Math.max(0, m.range.from - 6), m.range.to))].join(' ; ');
  return { people, named, shown };
}

/**
 * A person referred to as another's spouse: "The wife of convicted bank robber Lawrence G. Huntley"
 * (the person named in the phrase) and "her husband", "his wife" (the nearest person named before):
 * the one other person of the article who shares that person's surname, as spouses' names do.
 */
import type { MentionContext } from './mentions.js';
import type { ProposedMention, Range16 } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';

const SPOUSE = 'wife|widow|husband|widower';
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
export const MAN = /(?:^|[^\p{L}])(?:Mr|Sir|husband|widower|father|son|brother)(?![\p{L}])/u;
export const WOMAN = /(?:^|[^\p{L}])(?:Mrs|Miss|Ms|Lady|wife|widow|mother|daughter|sister)(?![\p{L}])/u;

function surname(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w.replace(/,$/, '')));
  return words.length >= 2 ? words.at(-1)!.replace(/,$/, '') : undefined;
}

export function spouses(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const { people, named, shown } = personsNamed(ctx, out);
  const inArticle = new Set(named.map((m) => m.actor));
  /** The one other person of the article with the same surname, not shown to be of the anchor's sex. */
  const spouseOf = (anchor: string, word: string) => {
    const family = surname(people.get(anchor)!.name);
    if (family === undefined) return undefined;
    const wantsWoman = /^(?:wife|widow)$/i.test(word);
    const fitting = [...inArticle].filter((id) => id !== anchor && surname(people.get(id)!.name) === family && !(wantsWoman ? MAN : WOMAN).test(shown(id)));
    return fitting.length === 1 ? fitting[0] : undefined;
  };
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+(${SPOUSE})\\s+of\\s+`, 'gu'))) {
    const at = m.index + m[0].length;
    // The person named right after "of", a title or description before the name allowed.
    const whose = named.find((n) => n.range.to > at && n.range.from - at <= 40 && /^[\p{Ll}\s.-]*$/u.test(ctx.text.slice(at, Math.max(at, n.range.from))));
    if (!whose || whose.range.from < at) continue;
    const who = spouseOf(whose.actor, m[1]!);
    const range = { from: m.index, to: whose.range.to };
    if (!who || ctx.taken(range, who)) continue;
    found.push({ range, actor: who, review: `"the ${m[1]} of" ${whose.actor}, taken to be ${who}, the one other person of the article with that surname: check they are spouses` });
  }
  for (const m of ctx.text.matchAll(new RegExp(`\\b([Hh]er|[Hh]is)\\s+(${SPOUSE})\\b(?!\\s+of\\b)`, 'gu'))) {
    const range = { from: m.index, to: m.index + m[0].length };
    const whose = named.filter((n) => n.range.to <= range.from).at(-1);
    if (!whose) continue;
    // "her husband" is a woman's, "his wife" a man's: not where the nearest person is shown otherwise.
    if ((/^her$/i.test(m[1]!) ? MAN : WOMAN).test(shown(whose.actor))) continue;
    const who = spouseOf(whose.actor, m[2]!);
    if (!who || ctx.taken(range, who)) continue;
    found.push({ range, actor: who, review: `"${m[0]}" of ${whose.actor}, the nearest person named before, taken to be ${who}, the one other person of the article with that surname: check they are spouses` });
  }
  return found;
}

/**
 * "the pair", "the couple", "these two dealers": both of the two people named in its paragraph and the
 * one before it, where exactly two are — one mention for each, on the same words. "two" takes a noun
 * for people only (an agent noun, "dealers", "officers", or one of a few others), not "these two days",
 * and one that a registered role of either shows them to be ("Farm machinery dealer"): not "the two
 * porters" after two people of other trades.
 */
const PAIR = /\b(?:[Tt]he\s+(?:pair|couple)\b(?!\s+of\b)|(?:[Tt]he|[Tt]hese|[Tt]hose)\s+two\s+(?:men|women|people|brothers|sisters|youths|students|residents|officials|defendants|suspects|candidates|\p{Ll}{2,}(?:ers|ors|ists|ians))\b)/gu;

export function pairs(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const people = new Set(ctx.persons.map((p) => p.id));
  const named = [...out.flatMap((m) => (m.actor ? [{ range: m.range, actor: m.actor }] : [])), ...(ctx.existing ?? []).map((m) => ({ range: m.range, actor: m.target }))].filter((m) => people.has(m.actor)).sort((a, b) => a.range.from - b.range.from);
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(PAIR)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const paragraph = ctx.text.lastIndexOf('\n', m.index - 1);
    const window = paragraph <= 0 ? 0 : ctx.text.slice(0, paragraph).trimEnd().lastIndexOf('\n') + 1;
    const two = [...new Set(named.filter((n) => n.range.from >= window && n.range.to <= range.from).map((n) => n.actor))];
    if (two.length !== 2 || two.some((id) => ctx.taken(range, id))) continue;
    const noun = /\btwo\s+(\p{Ll}+?)s?$/u.exec(m[0])?.[1];
    if (noun !== undefined && !ctx.persons.some((p) => two.includes(p.id) && new RegExp(`\\b${noun}`, 'i').test(p.role ?? ''))) continue;
    for (const id of two) found.push({ range, actor: id, review: `"${m[0]}" taken to be ${two.join(' and ')}, the two people named in this paragraph and the one before: check both are meant` });
  }
  return found;
}

/**
 * Relatives by description: a registered person whose name is another's relation ("Miss Gee's widowed
 * mother", "Miss Gee's uncle") as "her widowed mother", "her uncle" — the relation's words after "her"
 * or "his", where the one named in the registered name is named before it and not shown to be of the
 * other sex; and a spouse by first name after the other spouse ("Peter Kroger, bookseller, and wife, Joyce"):
 * the registered person of that first name and the other's surname.
 */
export function relatives(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const { people, named, shown } = personsNamed(ctx, out);
  const found: ProposedMention[] = [];
  // The relation in the registered name ("Miss Gee's widowed mother"), or in a part of the registered
  // role ("oilman-rancher; Greer Garson's husband"), where words describing the person may stand before
  // the relation's ("her oilman-rancher husband").
  const relations = ctx.persons.flatMap((rel) => [
    { rel, of: rel.name, described: false },
    ...(rel.role ?? '').split(';').map((r) => ({ rel, of: r.trim(), described: true })),
  ]);
  for (const { rel, of, described } of relations) {
    const m = described ? /^(.+?)(?:\u2019s|'s)\s+(wife|widow|husband|widower|mother|father|son|daughter|brother|sister|uncle|aunt)$/u.exec(of) : /^(.+?)(?:\u2019s|'s)\s+(.+)$/u.exec(of);
    if (!m) continue;
    const [, whoseName, relation] = m as unknown as [string, string, string];
    // The one named in the registered name: a person whose name, alias or surname with a title it is.
    const whose = ctx.persons.find((p) => p.id !== rel.id && [p.name, ...p.aliases].some((n) => whoseName === n || whoseName.endsWith(` ${n}`)));
    if (!whose) continue;
    const words = relation.split(/\s+/).map((w) => regexpLiteral(w)).join('\\s+');
    const between = described ? '(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}' : '';
    for (const hit of ctx.text.matchAll(new RegExp(`\\b([Hh]er|[Hh]is)\\s+${between}${words}\\b`, 'gu'))) {
      const range = { from: hit.index, to: hit.index + hit[0].length };
      // "her uncle" is a woman's: not where the one named is shown to be a man.
      const other = /^her$/i.test(hit[1]!) ? MAN : WOMAN;
      if (!named.some((n) => n.actor === whose.id && n.range.to <= range.from) || other.test(shown(whose.id)) || ctx.taken(range, rel.id)) continue;
      found.push({ range, actor: rel.id, review: `"${hit[0]}" taken to be ${rel.id} ("${rel.name}"), ${whose.id} being named before it: check it is the same person` });
    }
  }
  for (const hit of ctx.text.matchAll(new RegExp(`\\b(?:(?:his|her)\\s+)?(${SPOUSE}),\\s+(\\p{Lu}\\p{Ll}+)\\b(?!\\s+\\p{Lu})`, 'gu'))) {
    const range = { from: hit.index, to: hit.index + hit[0].length };
    const other = named.filter((n) => n.range.to <= range.from).at(-1);
    const family = other && surname(people.get(other.actor)!.name);
    if (!other || family === undefined || !/^[^.!?\n]*$/.test(ctx.text.slice(other.range.to, range.from))) continue;
    const fitting = ctx.persons.filter((p) => p.id !== other.actor && p.name.split(/\s+/)[0] === hit[2] && surname(p.name) === family);
    if (fitting.length !== 1 || ctx.taken(range, fitting[0]!.id)) continue;
    found.push({ range, actor: fitting[0]!.id, review: `"${hit[0]}" taken to be ${fitting[0]!.id}, of that first name and ${other.actor}'s surname: check they are spouses` });
  }
  return found;
}

/** Titles a husband shares with "Mrs." before the couple's name: "Mr. and Mrs.", "Gen. and Mrs.". */
const HUSBAND_TITLE = '(?:Mr|Dr|Gen|Col|Maj|Capt|Lt|Adm|Sen|Rep|Gov|Rev|Prof)\\.';
/**
 * A name of up to four words, initials allowed ("Stephen M. Kochanek", "A. B. Cox", "R.L. Rickenbaugh", "Van Cott Niven"),
 * a space between them: not on past a sentence's end ("Gen. and Mrs. Leroy Watson.\n\nGuests").
 */
const COUPLE_NAME = "(?:(?:(?:\\p{Lu}\\.){1,3}|\\p{Lu}[\\p{L}'\u2019-]+) ){0,3}\\p{Lu}[\\p{L}'\u2019-]+";

/**
 * "Mr. and Mrs. Stephen M. Kochanek", "Gen. and Mrs. Leroy Watson": both spouses on the same words, a
 * mention of each — the husband registered by the name, the wife as "Mrs." and the name (or with that as
 * an alias) — where both are. A list after a plural title shared by both ("Messrs. and Mmes. William A.
 * Thompson, Van Cott Niven and A. B. Cox", "Drs. and Mmes. …", Brown A30) names a couple in each name.
 */
export function couples(ctx: MentionContext): ProposedMention[] {
  const found: ProposedMention[] = [];
  // Each registered couple: the husband by the name, the wife as "Mrs." and the name.
  const registered = ctx.persons.flatMap((husband) => {
    const wife = ctx.persons.find((p) => p.name === `Mrs. ${husband.name}` || p.aliases.includes(`Mrs. ${husband.name}`));
    return wife && !husband.name.startsWith('Mrs. ') ? [{ husband, wife, surname: husband.name.split(/\s+/).at(-1)! }] : [];
  });
  const pair = (name: string, range: Range16, printed: string) => {
    let husband = ctx.persons.find((p) => p.name === name || p.aliases.includes(name));
    let wife = ctx.persons.find((p) => p.name === `Mrs. ${name}` || p.aliases.includes(`Mrs. ${name}`));
    // "Mr. and Mrs. Stevens": by the surname alone, the one registered couple of that name printed in full before it.
    if ((!husband || !wife) && !name.includes(' ')) {
      const ofName = registered.filter((c) => c.surname === name && ctx.text.slice(0, range.from).includes(c.husband.name));
      if (ofName.length === 1) ({ husband, wife } = ofName[0]!);
    }
    if (!husband || !wife) return;
    for (const p of [husband, wife]) {
      if (!ctx.taken(range, p.id)) found.push({ range, actor: p.id, review: `"${printed}" names ${husband.id} and ${wife.id}, a mention of each: check both are meant` });
    }
  };
  for (const m of ctx.text.matchAll(new RegExp(`\\b${HUSBAND_TITLE}\\s+and\\s+Mrs\\.\\s+(${COUPLE_NAME})`, 'gu'))) {
    pair(m[1]!, { from: m.index, to: m.index + m[0].length }, m[0]);
  }
  // The list's names one after another, each after a comma or "and", until something else follows.
  const item = new RegExp(`(?:,\\s+(?:and\\s+)?|\\s+and\\s+)?(${COUPLE_NAME})(?=,|\\s+and\\s|\\.(?:\\s|$)|$)`, 'uy');
  for (const m of ctx.text.matchAll(/\b(?:Messrs|Drs|Gens|Cols|Revs)\.\s+and\s+Mmes\.\s+/gu)) {
    item.lastIndex = m.index + m[0].length;
    for (let hit = item.exec(ctx.text); hit; hit = item.exec(ctx.text)) {
      const from = hit.index + hit[0].length - hit[1]!.length;
      pair(hit[1]!, { from, to: from + hit[1]!.length }, hit[1]!);
    }
  }
  // "the John G. Beadles", "the Barrett Wendells" (Brown A16): the husband's name made plural names the
  // couple; "The Beadles", "the Stevenses", by the surname alone, once the couple's name is printed
  // before it and no other registered couple has that surname.
  for (const c of registered) {
    const shared = registered.filter((o) => o.surname === c.surname).length > 1;
    const forms = [c.husband.name, ...(shared ? [] : [c.surname])];
    for (const [k, name] of forms.entries()) {
      for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+${regexpLiteral(name).replace(/ /g, '\\s+')}(?:es|s)\\b`, 'gu'))) {
        const printed = m[0].slice(m[0].search(/\s/) + 1);
        if (printed !== plural(name)) continue;
        if (k > 0 && !ctx.text.slice(0, m.index).includes(c.surname)) continue;
        pair(c.husband.name, { from: m.index, to: m.index + m[0].length }, m[0]);
      }
    }
  }
  // "Billy and Jean Moffett", "Pualani and Randy Avon" (Brown A31): two first names sharing the surname
  // after them, the first a registered person's with that surname — a mention of each on the same
  // words, as "Mr. and Mrs. X" (the second where registered too).
  for (const m of ctx.text.matchAll(/\b(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'\u2019-]+)\b/gu)) {
    const named = (given: string) => ctx.persons.find((p) => p.name === `${given} ${m[3]}` || p.aliases.includes(`${given} ${m[3]}`));
    const first = named(m[1]!);
    if (!first) continue;
    const range = { from: m.index, to: m.index + m[0].length };
    for (const p of [first, named(m[2]!)]) {
      if (p && !ctx.taken(range, p.id)) found.push({ range, actor: p.id, review: `"${m[0]}" names ${p.id} ("${p.name}"), two first names before the surname they share: check each is meant` });
    }
  }
  // "her brother, J. Hampton Monroe, and Mrs. Monroe" (Brown A16): "Mrs." and a surname alone is the
  // wife of the one registered couple of that surname printed before it. Where two are ("Mr. and Mrs.
  // Jerry Chase announce the birth …. Grandparents are Mr. and Mrs. Robert L. Chase …. Mrs. Chase is the
  // former …", Brown A17: the mother, named first), which one is meant is not the drafter's guess.
  for (const m of ctx.text.matchAll(/\bMrs\.\s+(\p{Lu}[\p{L}'\u2019-]+)\b(?!\s+\p{Lu})/gu)) {
    const printed = registered.filter((c) => c.surname === m[1] && (ctx.text.lastIndexOf(c.husband.name, m.index) !== -1 || ctx.text.lastIndexOf(c.wife.name, m.index) !== -1));
    if (printed.length !== 1) continue;
    const range = { from: m.index, to: m.index + m[0].length };
    if (found.some((f) => f.range.from <= range.from && range.to <= f.range.to)) continue;
    const wife = printed[0]!.wife;
    if (!ctx.taken(range, wife.id)) found.push({ range, actor: wife.id, review: `"${m[0]}" taken to be ${wife.id}, the wife of the one registered couple of that name printed before it: check it is she` });
  }
  return found;
}

/** A name made plural as a family's is: "Beadles", "Stevenses", "Marxes", "Welches". */
function plural(name: string): string {
  return /(?:s|x|z|ch|sh)$/.test(name) ? `${name}es` : `${name}s`;
}

