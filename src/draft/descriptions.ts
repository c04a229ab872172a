/**
 * Definite descriptions taken back to a registered actor ("the council", "the city", "the federal
 * government"). A description refers back, never forward, so each rule proposes an actor only where
 * exactly one of the right kind is in play: named before it in the article — or, for a body the text
 * names only by description ("the city council"), its owner named before it (East Providence for the
 * registered "East Providence city council"). A country and its government may also be the one
 * country whose government the registry holds, the country the corpus's news is about.
 */
import { isWholeWord } from '../corpus/anchor.js';
import { CAPITALISED_HEAD, headPhrase, INSTITUTION, namedBefore, namedBeforeEach, namedLast, ownerPrintedLast, ownersOf, theOneInPlay, type Registered } from './in-play.js';
import { groupsByNoun } from './groups.js';
import { membersAsBody } from './members.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention, Range16 } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';
import { pushAll } from './arrays.js';
import { aOrAn } from '../text/english.js';

/**
 * Words after a state's name that show it acting or possessing (a verb, a conjunction, a
 * preposition, an adverb: "put the Twins back in front"), as opposed to a noun it qualifies ("U.S. counterpart", "U.S. solar companies"). Past
 * tenses without "-ed" are listed where no noun is spelt the same ("the City of Dover met", not "cut").
 */
export const NOT_ATTRIBUTIVE = /^(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|does|did|do|and|or|but|nor|to|of|in|on|at|for|from|with|by|as|that|which|who|whom|whose|where|when|while|whether|because|if|unless|until|since|though|although|after|before|about|against|under|through|during|toward|towards|without|among|between|upon|itself|alone|too|over|into|than|also|still|now|then|not|don|didn|doesn|isn|wasn|aren|weren|hasn|haven|hadn|wouldn|couldn|shouldn|back|again|ahead|away|already|never|always|just|only|ever|once|twice|instead|together|last|next|this|yesterday|today|tonight|tomorrow|here|there|said|says|say|believe|believes|told|expects?|wants?|needs?|agreed|signed|announced|remains?|became|becomes|began|continues?|seems?|appears?|met|went|came|took|gave|got|held|kept|won|lost|paid|sent|spent|built|brought|bought|thought|found|ran|saw|knew|chose|wrote|spoke|stood|sat|fell|led|fought|sought|sold|made|heard|meant|taught|grew|drew|threw|flew|broke|drove|shook|forgot|understood|\p{Ll}+(?:ed|es))$/u;

export function describedMentions(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  return [...shortRoles(ctx, out), ...bodyHeads(ctx, out), ...places(ctx, out), ...countries(ctx, out), ...levelledGovernments(ctx, out), ...legislatures(ctx, out), ...chiefExecutives(ctx, out), ...membersAsBody(ctx, out), ...groupsByNoun(ctx, out), ...alliances(ctx, out), ...armedServices(ctx, out)];
}

/**
 * Occurrences of "the PHRASE" (any capitals) as a noun phrase of its own: whole words, not followed by
 * "of" (a longer title: "the president of the bank") or a capitalised word (a title before a name),
 * not a predicate ("was the chairman"). With `described`, a person's description may stand between
 * "the" and the phrase (DESCRIBED: "the New England-born President", "the slender, sun-tanned Chief
 * Executive").
 */
function definite(text: string, phrase: string, described = false): Range16[] {
  const out: Range16[] = [];
  const words = phrase.split(/\s+/).map((w) => regexpLiteral(w));
  const re = new RegExp(`\\bthe\\s+${described ? '((?:[\\p{L}\\d,-]+\\s+){0,4}?)' : '()'}${words.join('\\s+')}\\b`, 'giu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const range = { from: m.index, to: m.index + m[0].length };
    // Words between "the" and the phrase that describe no one: look again from the next "the" in them.
    if (m[1] !== '' && !DESCRIBED.test(m[1]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (!isWholeWord(text, range.from, range.to)) continue;
    if (/^\s+(?:of\b|\p{Lu})/u.test(text.slice(range.to, range.to + 4))) continue;
    // A predicate ("was the chairman", "served as the chairman"), but not "as" opening a clause whose
    // subject it is ("as the Senate passed the bill").
    const predicate = /\b(?:is|was|are|were|be|been|became|becomes|remains|as|named|appointed|elected)\s+$/i.exec(text.slice(Math.max(0, range.from - 12), range.from));
    // Nor a possessor ("as the state's attorney": the state owns the office) or a conjunction's
    // subject ("as soon as the state allows").
    const possessor = /^[\u2019']s\b/.test(text.slice(range.to, range.to + 3));
    const conjunction = /\b(?:as soon|as long|so long|as far)\s+as\s+$/i.test(text.slice(Math.max(0, range.from - 16), range.from));
    if (predicate && !possessor && !conjunction && !(/^as\s/i.test(predicate[0]) && /^\s+\p{Ll}+ed\b/u.test(text.slice(range.to, range.to + 20)))) continue;
    out.push(range);
  }
  return out;
}

/**
 * Words describing a person before a title, which leave the title's holder the same: compounds
 * ("New England-born", "sun-tanned", "45-year-old", "white-haired"), the first of them after
 * adjectives in a list ("slender, sun-tanned"). Not compounds that make another holder ("newly-elected",
 * "would-be", "ex-", "vice-").
 */
const DESCRIBED = /^(?:\p{Ll}+,\s+)*(?:(?:\p{Lu}\p{Ll}+\s+){0,2}(?!(?:newly|would|soon|ex|vice|co|next|former|self)-)[\p{L}\d]+(?:-[\p{Ll}\d]+)+,?\s+)+$/u;

/**
 * A description of a place or a country that refers to it as a body acting, possessing (also after a
 * preposition: "a fourth of the nation's trucks") or addressed:
 * not one that only locates ("in the city", "the Riverside section of the city", "owners all over the
 * nation", "from coast to coast across the country") nor a noun qualifying the next ("the city council",
 * "the state treasurer").
 */
function asActor(text: string, range: Range16): boolean {
  // A possessor possesses after any preposition ("a fourth of the nation's trucks", guidelines call 59).
  if (/^[\u2019']s\s/.test(text.slice(range.to, range.to + 3))) return true;
  if (/\b(?:in|within|throughout|across|around|near|outside|inside|of|all\s+over)\s+$/i.test(text.slice(Math.max(0, range.from - 16), range.from))) return false;
  const next = /^(?:-|\s+(\p{Ll}[\p{L}-]*))/u.exec(text.slice(range.to, range.to + 30));
  return !next || (next[1] !== undefined && NOT_ATTRIBUTIVE.test(next[1]));
}

/**
 * A person referred back to by a shortened registered role, with "the": "the assistant secretary"
 * after "E. M. Martin, assistant secretary of state for economic affairs" — the role's words before
 * its first preposition or bracket. Only where exactly one person named earlier in the article has
 * that role or shortened role.
 */
function shortRoles(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const heads = new Map<string, Set<string>>();
  // Who holds a head as the whole of a registered role ("President"), not only as the noun of a
  // longer, qualified title ("Tunisian President", "vice president of …"): the unqualified title with
  // "the" is theirs where the qualified holders are named too ("the President", with Bourguiba named).
  const bare = new Map<string, Set<string>>();
  const leaders = new Set<string>();
  for (const p of ctx.persons) {
    // The registered roles, and the titles printed before the person's name ("Gov. Price Daniel",
    // "Detective Murray Logan"), abbreviations spelt out ("Gov." is a governor).
    const printed = out.filter((m) => m.actor === p.id && m.nameFrom !== undefined).map((m) => ctx.text.slice(m.range.from, m.nameFrom).trim());
    const parts = [...(p.role ?? '').split(';'), ...printed].map((r) => spelledOut(r.trim()).replace(/^(?:the|a|an)\s+/i, ''));
    for (const r of (p.role ?? '').split(';')) {
      const whole = r.trim().toLowerCase();
      if (/^\p{L}+$/u.test(whole)) bare.set(whole, (bare.get(whole) ?? new Set()).add(p.id));
    }
    for (const part of new Set(parts)) {
      // The role's words before a preposition, a bracket or a participle with its complement ("mystery
      // man" of "a mystery man presumed to be Russian").
      // A relative clause ends it too: "the quarterback who led the Eagles" is no "eagles".
      const head = /^(.*?)(?=\s+(?:of|for|in|at|to|on|with|from|who|whom|whose|which|that)\b|\s+\p{Ll}+ed\s+(?:to|by|as)\b|\s*[(,]|$)/iu.exec(part)![1]!.toLowerCase();
      // Abbreviations ("Sen.") and clauses ("now a member of …", "signed by the Minnesota Vikings") are not descriptions.
      if (head === '' || /[.]/.test(head) || !/^[\p{L}\s-]+$/u.test(head) || /^(?:now|formerly|his|her|their|its)\b/.test(head) || /^\p{Ll}+ed\s+(?:to|by|as|with|for)\b/u.test(head)) continue;
      // A long role ("Anne Arundel county school superintendent") is not printed whole again, but its
      // noun may be ("the superintendent").
      if (head.split(/\s+/).length <= 3) heads.set(head, (heads.get(head) ?? new Set()).add(p.id));
      // The head's noun alone ("the scientist" of "German scientist", "the engineer" of "aeronautical
      // engineer"), unless a word before it makes another office ("vice president", "assistant
      // secretary": "the secretary" is someone else).
      const words = head.split(/\s+/);
      if (words.length >= 2 && !words.slice(0, -1).some((w) => RANK.test(w)) && !ADJECTIVE_NOUN.test(words.at(-1)!) && !PERSON_NOUN.test(words.at(-1)!)) {
        const noun = words.at(-1)!;
        heads.set(noun, (heads.get(noun) ?? new Set()).add(p.id));
      }
      // A leader ("the conservation leader", "the union leader"): whoever heads something.
      if (LEADING.test(head)) leaders.add(p.id);
    }
  }
  // An unnamed source registered by an indefinite description ("a B. & O. spokesman") is referred back
  // to by its noun with "the" ("The spokesman said …").
  for (const a of ctx.registry ?? []) {
    if (a.type !== 'unnamed-source') continue;
    const m = /^(?:a|an)\s+(?:\S+\s+){0,4}?((?:\p{Ll}+\s+)?\p{Ll}+)$/u.exec(a.name);
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    if (words.some((w) => RANK.test(w))) continue;
    const noun = words.at(-1)!;
    heads.set(noun, (heads.get(noun) ?? new Set()).add(a.id));
  }
  // One registered by its noun and where it is ("a bank in Switzerland that had …") is referred back to
  // by the noun, alone or after the place's adjective ("the bank", "the Swiss bank").
  for (const a of ctx.registry ?? []) {
    if (a.type !== 'unnamed-source') continue;
    const m = /^(?:a|an)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+(?:in|from|at)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)/u.exec(a.name);
    if (!m || PERSON_NOUN.test(m[1]!) || RANK.test(m[1]!)) continue;
    const [, noun, place] = m as unknown as [string, string, string];
    const phrases = [noun, ...[...ctx.text.matchAll(new RegExp(`\\bthe\\s+(\\p{Lu}\\p{Ll}+)\\s+${regexpLiteral(noun)}\\b`, 'giu'))].map((t) => t[1]!).filter((adj) => ofPlace(adj, place)).map((adj) => `${adj} ${noun}`)];
    for (const phrase of phrases) heads.set(phrase, (heads.get(phrase) ?? new Set()).add(a.id));
  }
  const found: ProposedMention[] = [];
  for (const [head, owners] of heads) {
    for (const range of definite(ctx.text, head, true)) {
      const before = namedBy(range.from);
      const holders = [[...owners], [...(bare.get(head) ?? [])]];
      const one = holders.map((ids) => theOneInPlay(ids, before)).find((w) => w !== undefined);
      // Several holders named before ("President Eisenhower" in a story of President Kennedy): the one
      // holding the office, not another of its noun ("President-elect Kennedy"); of several, the one
      // named last, where no other is named in that paragraph or after it.
      const last = one
        ? undefined
        : holders
            .map((ids) => ids.filter((id) => before.has(id) && !onlyOtherOffice(ctx, out, id, head, range.from)))
            .map((ids) => (ids.length === 1 ? { id: ids[0]! } : ids.length > 1 ? namedLast(ctx, out, ids, range.from) : undefined))
            .find((w) => w !== undefined);
      const who = one ?? last;
      if (!who || ctx.taken(range, who.id)) continue;
      found.push({ range, actor: who.id, review: last ? `"${head}" shortens the registered role of ${who.id} and of others named before it; ${who.id} is the one named last: check it is the same person` : `"${head}" shortens the registered role of ${who.id}, named before it: check it is the same person` });
    }
  }
  // "the leader", "the conservation leader": the one person named before it whose registered role
  // heads a body (a president, chairman, director, …).
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(?:(\p{Ll}+)\s+)?leader\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    // "the other leader", "the new leader", "the opposition leader": someone else, or not yet known.
    if (m[1] !== undefined && NOT_THIS_LEADER.test(m[1])) continue;
    if (!definite(ctx.text, ctx.text.slice(range.from, range.to).replace(/^the\s+/i, '')).some((r) => r.from === range.from)) continue;
    const who = theOneInPlay([...leaders], namedBy(range.from));
    if (!who || ctx.taken(range, who.id)) continue;
    found.push({ range, actor: who.id, review: `"${m[0]}" taken to be ${who.id}, the one person named before it whose registered role heads a body: check it is the same person` });
  }
  pushAll(found, nationalLeaders(ctx, out));
  return found;
}

/** A head of a state's government, by a title printed before the name: "Soviet Premier Nikita S. Khrushchev". */
const HEAD_TITLE = '(?:Premier|President|Prime\\s+Minister|Chancellor|Chairman|Dictator|King|Queen|Leader)';

/**
 * "the Soviet leader" (Brown A34, four times): the one person named before it whom the text has
 * printed with that adjective and a head's title before the name ("Soviet Premier Nikita S.
 * Khrushchev"), where the adjective is a registered state's ("Soviet" of "Soviet Union"). The registry
 * need not say whose leader he is: the text has said it.
 */
function nationalLeaders(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const states = (ctx.registry ?? []).filter((a) => a.type === 'state');
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(?:leader|premier|chief|strongman|dictator|ruler)\b/gu)) {
    const adjective = m[1]!;
    if (!states.some((st) => [st.name, ...st.aliases].some((n) => ofPlace(adjective, n)))) continue;
    const range = { from: m.index, to: m.index + m[0].length };
    const before = namedBy(range.from);
    const titled = ctx.persons.filter((p) => before.has(p.id) && titledBefore(ctx.text.slice(0, range.from), adjective, p.name.split(/\s+/).at(-1)!));
    if (titled.length !== 1 || ctx.taken(range, titled[0]!.id)) continue;
    found.push({ range, actor: titled[0]!.id, review: `"${m[0]}" taken to be ${titled[0]!.id}, printed before it with "${adjective}" and a head's title before the name: check it is the same person` });
  }
  return found;
}

/** Whether `text` prints the surname after the adjective and a head's title, given names or initials between ("Soviet Premier Nikita S. Khrushchev"). */
function titledBefore(text: string, adjective: string, surname: string): boolean {
  return new RegExp(`\\b${regexpLiteral(adjective)}\\s+${HEAD_TITLE}\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}${regexpLiteral(surname)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * Whether every title printed before `at` with this person's name holds `head` only as part of
 * another office: "President-elect Kennedy", "Vice President Johnson", "former President Truman" are
 * not "the president". False where no such title is printed (the registered role stands).
 */
function onlyOtherOffice(ctx: MentionContext, out: readonly ProposedMention[], id: string, head: string, at: number): boolean {
  const noun = regexpLiteral(head.split(/\s+/).at(-1)!);
  // The title before the name, in the mention ("President Eisenhower") or just before it ("President-elect Kennedy").
  const titles = out
    .filter((m) => m.actor === id && m.range.to <= at)
    .map((m) => `${ctx.text.slice(Math.max(0, m.range.from - 40), m.range.from)}${ctx.text.slice(m.range.from, m.nameFrom ?? m.range.from)}`.trimEnd().toLowerCase())
    .filter((t) => new RegExp(`(?<![\\p{L}])${noun}(?:-\\p{L}+)?$`, 'u').test(t));
  return titles.length > 0 && titles.every((t) => new RegExp(`${noun}-\\p{L}+$|(?:^|\\s)(?:vice|former|ex|acting|deputy|assistant)[\\s-]+${noun}$`, 'u').test(t));
}

/**
 * Whether an adjective is the place's ("Swiss" of Switzerland, "German" of Germany, "Mexican" of
 * Mexico): most share their first three letters with the name; a few do not and are listed.
 */
function ofPlace(adjective: string, place: string): boolean {
  return adjective !== place && (adjective.slice(0, 3) === place.slice(0, 3) || OTHER_STEMS[adjective] === place);
}

const OTHER_STEMS: Readonly<Record<string, string>> = { French: 'France', Dutch: 'Holland', Welsh: 'Wales', Danish: 'Denmark', Irish: 'Ireland', Scottish: 'Scotland', Norwegian: 'Norway' };

/** Abbreviated titles spelt out, for "the governor" after "Gov. Price Daniel". */
const TITLES: Readonly<Record<string, string>> = { 'Sen.': 'senator', 'Gov.': 'governor', 'Rep.': 'representative', 'Lt.': 'lieutenant', 'Col.': 'colonel', 'Capt.': 'captain', 'Adm.': 'admiral', 'Sgt.': 'sergeant', 'Prof.': 'professor', 'Atty.': 'attorney', 'Supt.': 'superintendent', 'Det.': 'detective', 'Cmdr.': 'commander', 'Insp.': 'inspector' };

/** A title with its abbreviations spelt out ("Atty. Gen." is "attorney general"); other words as they are. */
function spelledOut(title: string): string {
  return title.replace(/\bAtty\.\s+Gen\./g, 'attorney general').split(/\s+/).map((w) => TITLES[w] ?? w).join(' ');
}

/** Words before a role's noun that make it another office: "vice president" is not "the president". */
const RANK = /^(?:vice|assistant|deputy|associate|acting|former|ex|co|under|sub|lieutenant|vice-\p{L}+|ex-\p{L}+|co-\p{L}+)$/u;
/** Words before "leader" that make it another person than one named before. */
const NOT_THIS_LEADER = /^(?:other|new|former|late|next|previous|last|first|only|opposition|deputy|acting|assistant|majority|minority|floor|world|party|house|senate|future|young|real)$/;
/**
 * Nouns that say only that someone is a person: "the man" is not "a San Antonio advertising man"
 * shortened, for it fits any man the story has (a passenger, a hijacker); the role lies in the words
 * before it.
 */
const PERSON_NOUN = /^(?:man|men|woman|women|person|people|fellow|boy|girl|lady|gentleman|guy)$/;
/** Last words of a title that are adjectives alone ("attorney general": "the general public"). */
const ADJECTIVE_NOUN = /^(?:general|major|elect|emeritus|designate|extraordinary|plenipotentiary|pro-tem)$/;
/** Roles that head a body, whose holder "the leader" may be. */
const LEADING = /^(?:president|chairman|chairwoman|chair|director|head|leader|chief|executive director|secretary-general|commander|founder)$/;

/** Institutions that are also places: "at the university" locates, "the university said" acts. */
export const LOCATED = /^(?:university|college|school|hospital|church|club|bank|hotel)$/;

/**
 * "the 33-man Emory board", "the five-member Portland commission": "the", a size and at most two
 * capitalised words (each to be checked as an owner's name), then the head — a definite description
 * as `definite` finds them, with the capitalised words returned.
 */
function modifiedDefinite(text: string, phrase: string): { range: Range16; names: string[] }[] {
  const out: { range: Range16; names: string[] }[] = [];
  const words = phrase.split(/\s+/).map((w) => regexpLiteral(w));
  const re = new RegExp(`\\bthe\\s+((?:(?:\\d+|\\p{Ll}+)-(?:man|member|woman|person|seat)\\s+)?)((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,2})${words.join('\\s+')}\\b`, 'gu');
  for (const m of text.matchAll(re)) {
    if (m[1] === '' && m[2] === '') continue;
    const range = { from: m.index, to: m.index + m[0].length };
    // The head in lower case ("board"), as a description prints it; a capital makes a name of its own.
    if (!/^\p{Ll}/u.test(text.slice(range.to - phrase.length, range.to))) continue;
    if (/^\s+(?:of\b|\p{Lu})/u.test(text.slice(range.to, range.to + 4))) continue;
    if (/\b(?:is|was|are|were|be|been|became|becomes|remains|as|named|appointed|elected)\s+$/i.test(text.slice(Math.max(0, range.from - 12), range.from))) continue;
    out.push({ range, names: m[2]!.trim().split(/\s+/).filter(Boolean) });
  }
  return out;
}

/**
 * A body referred back to by its name's head noun, with "the": "the council" after "the World Affairs
 * Council", "the school board" after "The Portland school board"; "the government" after the state it
 * governs; "the city council" after East Providence, for a registered "East Providence city council"
 * that the text never names. Only an institution's head noun (INSTITUTION).
 */
function bodyHeads(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const owners = new Map<string, Set<string>>();
  for (const b of ctx.bodies ?? []) {
    for (const name of [b.name, ...b.aliases]) {
      const words = headPhrase(name);
      if (!words) continue;
      // Every tail of the name's head: "council", "affairs council" of "World Affairs Council";
      // "committee", "house committee" of "House Committee on Revenue and Taxation".
      for (let k = 1; k <= words.length; k++) {
        if (k === words.length && words.length === name.split(/\s+/).length) continue;
        const tail = words.slice(-k).join(' ').toLowerCase();
        owners.set(tail, (owners.get(tail) ?? new Set()).add(b.id));
      }
      // A symphony or a philharmonic is an orchestra: "the orchestra" of "San Francisco Symphony" (Brown A32).
      if (/^(?:symphony|philharmonic)$/i.test(words.at(-1)!)) owners.set('orchestra', (owners.get('orchestra') ?? new Set()).add(b.id));
    }
  }
  const ownerOf = ownersOf(ctx.registry ?? ctx.bodies ?? []);
  const found: ProposedMention[] = [];
  for (const [tail, ids] of owners) {
    for (const { range, names } of [...definite(ctx.text, tail).map((range) => ({ range, names: [] as string[] })), ...modifiedDefinite(ctx.text, tail)]) {
      // "the commission chairman", "the council staff": the body only qualifies the noun after it.
      if (QUALIFIED_NOUN.test(ctx.text.slice(range.to, range.to + 30))) continue;
      // "to study or work at the university": an institution's head after "at" only locates (call 120).
      if (LOCATED.test(tail) && /\b(?:at|in)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 4), range.from))) continue;
      // "the 33-man Emory board": each capitalised word before the head starts the name of an actor
      // named before it (the body's owner, printed as a modifier).
      if (names.length > 0 && !names.every((w) => [...namedBy(range.from)].some((id) => (ctx.registry ?? []).some((a) => a.id === id && [a.name, ...a.aliases].some((n) => n.split(/\s+/)[0] === w))))) continue;
      // "the Society", not "the society": a common word is the body's only with its name's capital.
      const printed = ctx.text.slice(range.from, range.to).split(/\s+/);
      if (printed.slice(1).some((w) => CAPITALISED_HEAD.test(w) && !/^\p{Lu}/u.test(w))) continue;
      const before = namedBy(range.from);
      const named = [...ids].filter((id) => before.has(id)).length;
      // Several bodies of the noun: none named before, the one whose owner is printed last before it;
      // several named, the one named last.
      const nearest = ids.size > 1 && named === 0 ? ownerPrintedLast(ctx, [...ids], ownerOf, range.from) : named > 1 ? namedLast(ctx, out, [...ids], range.from) : undefined;
      const tailed = ownTail(ctx, [...ids], tail, range);
      if (tailed) {
        if (!ctx.taken(tailed.range, tailed.id)) found.push({ range: tailed.range, actor: tailed.id, review: `"${ctx.text.slice(tailed.range.from, tailed.range.to)}" takes up ${tailed.id}, whose registered name has that noun and that tail: check it is the same body` });
        continue;
      }
      const who = nearest ?? theOneInPlay([...ids], before, ownerOf) ?? (ids.size > 0 && named === 0 ? byItsWords(ctx, [...ids], tail, range.from) : undefined) ?? nationalGovernment(ctx, out, tail, ids, range.from) ?? theAdministration(ctx, tail, ids, range.from);
      if (!who || ctx.taken(range, who.id)) continue;
      const how = 'administration' in who ? '"the Administration" with its capital, the national executive in office, the one the registry holds' : 'country' in who ? `the government of ${who.country}, ${who.how}` : 'words' in who ? `never named, but the other words of its name ("${who.words}") are printed before it` : who.owner === undefined ? 'named before it' : `whose ${ctx.bodies?.find((b) => b.id === who.id)?.governs === who.owner ? 'state' : 'owner'} ${who.owner} is named before it`;
      found.push({ range, actor: who.id, review: `"the ${tail}" takes up the name of ${who.id}, ${how}: check it is the same body` });
    }
  }
  return found;
}

/** Words of a tail that say nothing of whose body it is. */
const TAIL_FILLER = /^(?:the|a|an|its|their|his|her|this|that|and|of)$/i;

/**
 * "the committee for the gala" (Brown A18): a head noun with a prepositional tail of its own is the
 * body whose registered name has that noun, the same preposition after it and every word of the tail
 * ("committee for the Thrift Shop gala"), not the body of that noun named before ("the Thrift Shop
 * Committee"), whose name has no such tail: the tail is what tells one committee from another. The
 * mention takes the tail in. Undefined where no body's name, or more than one, fits.
 */
function ownTail(ctx: MentionContext, ids: readonly string[], head: string, range: Range16): { id: string; range: Range16 } | undefined {
  const after = /^\s+(for|of|on|at|to|in)\s+((?:[\p{L}\p{N}'\u2019-]+\s+){0,3}[\p{L}\p{N}'\u2019-]+?)(?=[.,;:!?)]|\s*$|\s+(?:which|who|that|is|was|are|were|will|has|had|and)\b)/u.exec(ctx.text.slice(range.to, range.to + 80));
  if (!after) return undefined;
  const words = after[2]!.split(/\s+/).map((w) => w.replace(/['\u2019]s$/, '').toLowerCase()).filter((w) => !TAIL_FILLER.test(w));
  if (words.length === 0) return undefined;
  const fits = (ctx.bodies ?? []).filter((b) => ids.includes(b.id) && [b.name, ...b.aliases].some((name) => {
    const named = name.toLowerCase().split(/\s+/);
    const at = named.indexOf(head.split(' ').at(-1)!);
    return at !== -1 && named[at + 1] === after[1] && words.every((w) => named.slice(at + 2).includes(w));
  }));
  return fits.length === 1 ? { id: fits[0]!.id, range: { from: range.from, to: range.to + after[0].length } } : undefined;
}

/**
 * "the Army" with its capital: the one registered body whose name ends in "Army" ("United States
 * Army"), named before it or not — a paper's "went into the Army" is its country's, printed with no
 * other name (Brown A12). Only where the registry holds exactly one, or of several exactly one named
 * for a registered state (not the "Salvation Army"); not "the Army of …" (a name of its own), nor as a
 * predicate (definite).
 */
function armedServices(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const found: ProposedMention[] = [];
  const states = new Set((ctx.registry ?? []).filter((a) => a.type === 'state').flatMap((a) => [a.name, ...a.aliases]));
  for (const service of ['Army', 'Navy']) {
    let ids = (ctx.registry ?? []).filter((a) => a.type === 'organisation' && a.name.endsWith(` ${service}`));
    // Of several ("Salvation Army", Brown A17), a state's: "United States Army".
    if (ids.length > 1) ids = ids.filter((a) => states.has(a.name.slice(0, -service.length - 1).replace(/^the\s+/i, '')));
    if (ids.length !== 1) continue;
    const id = ids[0]!.id;
    for (const range of definite(ctx.text, service)) {
      if (ctx.text.slice(range.to - service.length, range.to) !== service || QUALIFIED_NOUN.test(ctx.text.slice(range.to, range.to + 30))) continue;
      if (ctx.taken(range, id) || out.some((o) => o.range.from < range.to && range.from < o.range.to)) continue;
      found.push({ range, actor: id, review: `"the ${service}" with its capital taken to be ${id}, the one registered ${service.toLowerCase()} of a state: check it is the same` });
    }
  }
  return found;
}

/** A treaty organisation is an alliance by what it is, though its name does not say so ("North Atlantic Treaty Organization"). */
const ALLIANCE = /\b(?:Treaty\s+Organi[sz]ation|Alliance|Pact)$/;

/** "the alliance": the one registered alliance named before it (NATO's "North Atlantic Treaty Organization"). */
function alliances(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const ids = (ctx.registry ?? []).filter((a) => a.type === 'organisation' && ALLIANCE.test(a.name)).map((a) => a.id);
  if (ids.length === 0) return [];
  const found: ProposedMention[] = [];
  for (const range of definite(ctx.text, 'alliance')) {
    // "the Alliance for Progress" with its capital is a name of its own.
    if (ctx.text[range.from + 4] === 'A' || QUALIFIED_NOUN.test(ctx.text.slice(range.to, range.to + 30))) continue;
    const who = theOneInPlay(ids, namedBy(range.from));
    if (!who || ctx.taken(range, who.id)) continue;
    found.push({ range, actor: who.id, review: `"the alliance" taken to be ${who.id}, the one alliance named before it: check it is the same` });
  }
  return found;
}

/**
 * "the government" where several governments are in play: the government of the country the article is
 * about (articleCountry), where it is one of those the words may name and no other government (a state's
 * or a city's) is named before it.
 */
function nationalGovernment(ctx: MentionContext, out: readonly ProposedMention[], tail: string, ids: ReadonlySet<string>, at: number): { id: string; country: string; how: string } | undefined {
  if (tail !== 'government') return undefined;
  const country = articleCountry(ctx, out, at);
  // Only a country named before it: a bare "the government" may be a state's or a city's. "the
  // Government" with its capital is the nation's, as the press prints it, named before or not.
  const capital = /^[Tt]he\s+Government\b/.test(ctx.text.slice(at, at + 20));
  if (!country || (!country.named && !capital) || !ids.has(country.government)) return undefined;
  const before = namedBefore(ctx, out, at);
  if ([...ids].some((id) => id !== country.government && before.has(id) && !ctx.registry?.find((a) => a.id === id)?.governs)) return undefined;
  return { id: country.government, country: country.state, how: country.how };
}

/** Whether "of" and a capitalised name after `at` name another owner than the body `id`'s own (its name, its affiliation or its owner's). */
export function ofAnother(ctx: MentionContext, id: string, at: number): boolean {
  const ownerOf = ownersOf(ctx.registry ?? ctx.bodies ?? []);
  const m = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}.'\u2019-]*)*)/u.exec(ctx.text.slice(at, at + 80));
  if (!m) return false;
  const registry = ctx.registry ?? [];
  const body = registry.find((a) => a.id === id);
  if (!body) return false;
  const owners = [body.affiliation, body.governs, ...ownerOf(id)].flatMap((o) => registry.filter((a) => a.id === o));
  const names = [body, ...owners].flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase());
  const printed = m[1]!.toLowerCase();
  return !names.some((n) => n.includes(printed) || printed.includes(n.replace(/^the\s+/, '')));
}

/**
 * "the Administration's program": "the Administration" with its capital is the national executive in
 * office, as the press prints it — the one registered government named "… Administration", where the
 * registry holds exactly one (a bare "the administration" may be a college's or an agency's).
 */
function theAdministration(ctx: MentionContext, tail: string, ids: ReadonlySet<string>, at: number): { id: string; administration: true } | undefined {
  if (tail !== 'administration' || !/^[Tt]he\s+Administration\b/.test(ctx.text.slice(at, at + 25))) return undefined;
  const fitting = [...ids].filter((id) => ctx.bodies?.find((b) => b.id === id && b.type === 'government' && /\sAdministration$/.test(b.name)));
  if (fitting.length !== 1) return undefined;
  return { id: fitting[0]!, administration: true };
}

/** Nouns for a body's officers, staff and business, which a body's head noun before them only qualifies. */
const QUALIFIED_NOUN = /^\s+(?:(?:vice-)?chairman|chairmen|chairwoman|staff|members?|meetings?|hearings?|rules|approval|clerk|secretary|president|director|session|room|offices?|building)\b/;

/**
 * A body the text never names ("the agency" of a registered "State public welfare agency"): the one
 * candidate whose name's other words all appear before `at` ("the state public welfare commission"
 * puts "state", "public" and "welfare" in the reader's mind), where no candidate is named before it.
 */
function byItsWords(ctx: MentionContext, ids: readonly string[], tail: string, at: number): { id: string; words: string } | undefined {
  const earlier = new Set(ctx.text.slice(0, at).toLowerCase().split(/[^\p{L}]+/u));
  const fitting = ids.flatMap((id) => {
    const body = ctx.bodies?.find((b) => b.id === id);
    const words = (body?.name ?? '').toLowerCase().split(/\s+/).filter((w) => !tail.split(' ').includes(w) && !/^(?:the|of|and|for|on|in|a|an)$/.test(w));
    return words.length > 0 && words.every((w) => earlier.has(w)) ? [{ id, words: words.join(' ') }] : [];
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Words of a place description, by the kind of place each names. */
const PLACE_KIND: Readonly<Record<string, 'city' | 'state' | 'county'>> = { city: 'city', town: 'city', village: 'city', borough: 'city', state: 'state', province: 'state', county: 'county' };
/** Words that make a capitalised name an institution's or a building's, not a place's. */
const NOT_A_PLACE = /^(?:co\.|corp\.|inc\.|ltd\.|company|group|club|school|station|hospital|church|bank|office|house|press|news|times|post|herald|center|centre|hotel|theater|theatre|district)$/i;

/**
 * The registered organisations named as places are ("East Providence", "Rhode Island", a city or
 * state as a body: guidelines call 58), each with the kind of place another registered name shows it
 * to be ("East Providence city council" makes East Providence a city; "State of X" makes X a state).
 */
export function placeBodies(registry: readonly Registered[]): { id: string; kind?: 'city' | 'state' | 'county' }[] {
  const places = registry.filter((a) => a.type === 'organisation' && /^\p{Lu}[\p{L}.\u2019'-]*(?:\s\p{Lu}[\p{L}.\u2019'-]*){0,3}$/u.test(a.name) && !a.name.split(/\s+/).some((w) => INSTITUTION.test(w) || NOT_A_PLACE.test(w)));
  return places.map((p) => {
    const base = p.name.toLowerCase();
    // A name that says its kind ("Multnomah County") is that kind of place, and no other.
    const own = PLACE_KIND[base.split(/\s+/).at(-1)!];
    if (own !== undefined && /\s/.test(base)) return { id: p.id, kind: own };
    for (const other of registry) {
      const name = other.name.toLowerCase();
      for (const [word, kind] of Object.entries(PLACE_KIND)) {
        if (name.startsWith(`${base} ${word} `) || name === `${word} of ${base}` || name.startsWith(`${word} of ${base} `)) return { id: p.id, kind };
      }
    }
    return { id: p.id };
  });
}

/**
 * The place bodies the registry shows to be places beyond doubt: of a known kind, or the first words
 * of another registered body's name ("Texas" of "Texas Senate"). A capitalised organisation's name
 * alone may be an agency's ("Global Affairs Canada"), whose name before a noun is no attributive.
 */
export function surePlaces(registry: readonly Registered[]): Set<string> {
  const owners = ownersOf(registry);
  const owning = new Set(registry.flatMap((a) => owners(a.id)));
  return new Set(placeBodies(registry).filter((p) => p.kind !== undefined || owning.has(p.id)).map((p) => p.id));
}

/**
 * A city, town or state registered by its style ("City of Philadelphia", as guidelines call 271 has a
 * city's government named where the text prints it only as "the city"): that kind of place, printed as
 * its own name ("Philadelphia", even inside "Philadelphia Transportation Co.").
 */
const STYLED = /^(City|Town|Village|Borough|State|Province|County) of (\p{Lu}[\p{L}.\u2019'-]*(?:\s\p{Lu}[\p{L}.\u2019'-]*){0,2})$/u;

function styledPlaces(registry: readonly Registered[]): { id: string; kind: 'city' | 'state' | 'county'; name: string }[] {
  return registry.flatMap((a) => {
    const m = a.type === 'organisation' ? STYLED.exec(a.name) : null;
    return m ? [{ id: a.id, kind: PLACE_KIND[m[1]!.toLowerCase()]!, name: m[2]! }] : [];
  });
}

/** Whether `name` is printed as a noun phrase of its own after "the": "The Troop is", not "the Troop Committee". */
function withArticle(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])[Tt]he\\s+${regexpLiteral(name)}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})(?![\u2019']s)`, 'u').test(text);
}

/** "the city", "the state", "the county": the one place of that kind in play, acting or possessing. */
function places(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const styled = styledPlaces(ctx.registry ?? []);
  const bodies = [...placeBodies(ctx.registry ?? []), ...styled];
  if (bodies.length === 0) return [];
  const found: ProposedMention[] = [];
  const sure = new Set([...surePlaces(ctx.registry ?? []), ...styled.map((p) => p.id)]);
  const registered = new Map((ctx.registry ?? []).map((a) => [a.id, a]));
  const printedAs = (id: string) => [...styled.filter((p) => p.id === id).map((p) => p.name), registered.get(id)!.name, ...registered.get(id)!.aliases];
  for (const [word, kind] of Object.entries(PLACE_KIND)) {
    const fitting = bodies.filter((b) => b.kind === undefined || b.kind === kind).map((b) => b.id);
    // A place registered as that kind ("City of Atlanta" for "the city") before one whose kind the
    // registry does not show (Georgia, a state or a city).
    const ofKind = bodies.filter((b) => b.kind === kind).map((b) => b.id);
    // Where none is in play, the one sure place of that kind whose name the article prints anywhere,
    // even only inside a longer name or before a noun ("the Georgia Constitution"): a report on one
    // state's law says "the state" before it names the state as an actor.
    // Not a name the article prints standing alone after "the" ("The Troop is proud of …"): a town or
    // a state takes no article; a body named by a common word ("Troop") does.
    const printed = fitting.filter((id) => sure.has(id) && printedAs(id).some((n) => wholeWordIn(ctx.text, n)) && !printedAs(id).some((n) => withArticle(ctx.text, n)));
    for (const range of definite(ctx.text, word)) {
      if (!asActor(ctx.text, range)) continue;
      const before = namedBy(range.from);
      const inPlay = theOneInPlay(ofKind, before) ?? theOneInPlay(fitting, before);
      const who = inPlay ?? (printed.length === 1 && !fitting.some((id) => before.has(id)) ? { id: printed[0]! } : undefined);
      if (!who || ctx.taken(range, who.id)) continue;
      const how = inPlay ? 'the one place named before it' : 'no place of that kind named before it: the one the article prints';
      found.push({ range, actor: who.id, review: `"the ${word}" taken to be ${who.id}, ${how} that may be ${aOrAn(word)}: check it is the same` });
    }
  }
  return found;
}

function wholeWordIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) if (isWholeWord(text, at, at + name.length)) return true;
  return false;
}

/**
 * The country an article is about, for "the nation", "the federal government" and "the government" at
 * `at`: the one country with a registered government in play (it or its government named before); of
 * several in play, the one named before more than twice as often as all the others together ("the United
 * States", five times, against one "Soviet Union"); of none in play, the one such country the article
 * names at all, else the corpus's home country — the first country whose government the registry holds (a
 * domestic report names no country: "the nation's civil defense program").
 */
export function articleCountry(ctx: MentionContext, out: readonly ProposedMention[], at: number): { state: string; government: string; how: string; named: boolean } | undefined {
  const registry = ctx.registry ?? [];
  const governing = registry.filter((a) => a.type === 'government' && a.governs !== undefined && registry.some((s) => s.id === a.governs && s.type === 'state'));
  if (governing.length === 0) return undefined;
  const named = [...out.flatMap((m) => (m.actor ? [{ range: m.range, target: m.actor }] : [])), ...(ctx.existing ?? [])];
  const times = (g: Registered, before: boolean) => named.filter((m) => (m.target === g.id || m.target === g.governs) && (!before || m.range.to <= at)).length;
  const of = (g: Registered, how: string) => ({ state: g.governs!, government: g.id, how, named: times(g, true) > 0 });
  const inPlay = governing.filter((g) => times(g, true) > 0);
  if (inPlay.length === 1) return of(inPlay[0]!, 'the one country named before it');
  if (inPlay.length > 1) {
    const [most, ...rest] = [...inPlay].sort((a, b) => times(b, true) - times(a, true));
    const others = rest.reduce((n, g) => n + times(g, true), 0);
    return times(most!, true) > 2 * others ? of(most!, `the country named before it more than twice as often as the others together (${times(most!, true)} times)`) : undefined;
  }
  const anywhere = governing.filter((g) => times(g, false) > 0);
  if (anywhere.length === 1) return of(anywhere[0]!, 'the one country the article names');
  if (anywhere.length > 1) return undefined;
  return of(governing[0]!, 'no country named in the article: the corpus\u2019s home country, the first whose government the registry holds');
}

/** "the nation", "the country": the country the article is about (articleCountry). */
function countries(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const registry = ctx.registry ?? [];
  const states = registry.filter((a) => a.type === 'state').map((a) => a.id);
  const governed = new Map(registry.filter((a) => a.governs).map((a) => [a.governs!, a.id]));
  const found: ProposedMention[] = [];
  for (const word of ['nation', 'country']) {
    for (const range of definite(ctx.text, word)) {
      if (!asActor(ctx.text, range)) continue;
      // A country without a registered government, named before and alone in play, is that country.
      const before = namedBy(range.from);
      const inPlay = states.filter((s) => before.has(s) || (governed.has(s) && before.has(governed.get(s)!)));
      const plain = inPlay.length === 1 && !governed.has(inPlay[0]!) ? { state: inPlay[0]!, how: 'the one country named before it' } : undefined;
      const country = plain ?? (inPlay.every((s) => governed.has(s)) ? articleCountry(ctx, out, range.from) : undefined);
      if (country === undefined || ctx.taken(range, country.state)) continue;
      found.push({ range, actor: country.state, review: `"the ${word}" taken to be ${country.state}, ${country.how}: check it is that country` });
    }
  }
  return [...found, ...ownCountry(ctx, out)];
}

/**
 * "this country", "this nation": the country of whoever speaks or writes, which in a report is the
 * corpus's home country (the first whose government the registry holds) where that country is in play
 * (it or its government named before), else the one country in play. Unlike "the country", it does
 * not follow the country named last ("tell Moscow …; this country has never faced …" is the speaker's).
 */
function ownCountry(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const registry = ctx.registry ?? [];
  const states = registry.filter((a) => a.type === 'state').map((a) => a.id);
  const governed = new Map(registry.filter((a) => a.governs).map((a) => [a.governs!, a.id]));
  const home = registry.find((a) => a.type === 'government' && a.governs !== undefined && states.includes(a.governs))?.governs;
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(/\b[Tt]his\s+(?:country|nation)\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    if (!asActor(ctx.text, range)) continue;
    const before = namedBy(range.from);
    const inPlay = states.filter((s) => before.has(s) || (governed.has(s) && before.has(governed.get(s)!)));
    const state = home !== undefined && inPlay.includes(home) ? home : inPlay.length === 1 ? inPlay[0]! : undefined;
    if (state === undefined || ctx.taken(range, state)) continue;
    const how = state === home ? 'the corpus\u2019s home country, named before it' : 'the one country named before it';
    found.push({ range, actor: state, review: `"${m[0]}" taken to be ${state}, ${how}: check it is the speaker's country` });
  }
  return found;
}

/**
 * "the federal government", "the national government", "the central government": the government of
 * the country the article is about (articleCountry).
 */
function levelledGovernments(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(/\bthe\s+(?:federal|national|central)\s+government\b/giu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    if (/^\s+of\b/.test(ctx.text.slice(range.to, range.to + 4))) continue;
    const country = articleCountry(ctx, out, range.from);
    if (country === undefined || ctx.taken(range, country.government)) continue;
    found.push({ range, actor: country.government, review: `"${m[0]}" taken to be ${country.government}, the government of ${country.state}, ${country.how}: check it is that government` });
  }
  return found;
}

/** "the legislature": the one body in play whose name ends in Assembly, Legislature, Congress or Parliament. */
function legislatures(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const houses = (ctx.bodies ?? []).filter((b) => [b.name, ...b.aliases].some((n) => /\s(?:assembly|legislature|congress|parliament)$/i.test(n))).map((b) => b.id);
  const found: ProposedMention[] = [];
  if (houses.length === 0) return found;
  const ownerOf = ownersOf(ctx.registry ?? ctx.bodies ?? []);
  for (const range of definite(ctx.text, 'legislature')) {
    const who = theOneInPlay(houses, namedBy(range.from), ownerOf);
    if (!who || ctx.taken(range, who.id)) continue;
    found.push({ range, actor: who.id, review: `"the legislature" taken to be ${who.id}, the one legislative body in play: check it is the same` });
  }
  return found;
}

/** "the chief executive": the one head of government (a president, governor, mayor, premier) named before it. */
function chiefExecutives(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const namedBy = namedBeforeEach(ctx, out);
  const heads = ctx.persons.filter((p) => (p.role ?? '').split(';').some((r) => /^(?:the\s+)?(?:President|Governor|Gov\.|Mayor|Premier|Prime Minister)\b/i.test(r.trim()))).map((p) => p.id);
  const found: ProposedMention[] = [];
  for (const range of definite(ctx.text, 'chief executive', true)) {
    const who = theOneInPlay(heads, namedBy(range.from));
    if (!who || ctx.taken(range, who.id)) continue;
    found.push({ range, actor: who.id, review: `"the chief executive" taken to be ${who.id}, the one head of government named before it: check it is the same` });
  }
  return found;
}
