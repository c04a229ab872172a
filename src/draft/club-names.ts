/**
 * A body whose name is a place's and a plural nickname ("the New York Yankees", "the Los Angeles
 * Angels") is called by the nickname alone ("Ruth of the Yankees", "came to the Yankees"), the full name
 * printed or not (a sports page seldom prints it: Brown A14's "beat the Yankees", "the departure of the
 * Giants"): a mention of that body. Only where no other registered actor's name ends in that
 * word (two clubs of one nickname leave the reader unsure); not as a predicate ("their team is the
 * Yankees", call 203) nor before a noun it qualifies ("the Yankees dugout").
 */
import { isWholeWord } from '../corpus/anchor.js';
import { NOT_ATTRIBUTIVE } from './descriptions.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';
import { namedBefore, namedLast } from './in-play.js';

/**
 * One or two capitalised words of place (one may be "St.", or a school's initials: "SMU"), then a
 * capitalised plural: "New York Yankees", "St. Louis Cardinals", "SMU Mustangs"; or "Sox" with its
 * colour, the nickname two words ("Chicago White Sox"). A name opening with "The" ("The Cumbancheros",
 * Brown A31) has no place: read as one, every "The" of the text was taken for the band.
 */
const PLACE_AND_NICKNAME = /^((?:(?!The\s)(?:\p{Lu}\p{Ll}+|St\.|\p{Lu}{2,5})\s){1,2})(\p{Lu}\p{Ll}+s|\p{Lu}\p{Ll}+\sSox)$/u;

/** What a club's singular nickname qualifies: "the Longhorn team" (Brown A12) is the Texas Longhorns. */
const TEAM_NOUN = '(?:team|club|squad|eleven|nine)';

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;

/**
 * "the club" (Brown A14: "the club gave Norm Van Brocklin permission", "In the past the club depended
 * …"): the one club (a body of place and nickname, above) named before it, or of several the one named
 * last, alone in its paragraph. Not as a predicate.
 */
export function theClub(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const clubs = (ctx.registry ?? []).filter((b) => (b.type === 'organisation' || b.type === 'company') && PLACE_AND_NICKNAME.test(b.name)).map((b) => b.id);
  if (clubs.length === 0) return [];
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(/\b[Tt]he club\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    if (!isWholeWord(ctx.text, range.from, range.to) || /^\s+(?:of\b|\p{Lu})/u.test(ctx.text.slice(range.to, range.to + 4))) continue;
    if (/\b(?:is|was|are|were|be|been|became|becomes|remains|as)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 12), range.from))) continue;
    const before = namedBefore(ctx, out, range.from);
    const named = clubs.filter((id) => before.has(id));
    const who = named.length === 1 ? { id: named[0]! } : named.length > 1 ? namedLast(ctx, out, named, range.from) : undefined;
    if (!who || ctx.taken(range, who.id) || out.some((o) => o.range.from < range.to && range.from < o.range.to)) continue;
    found.push({ range, actor: who.id, review: `"${m[0]}" taken to be ${who.id}, the club named ${named.length > 1 ? 'last ' : ''}before it: check it is the same body` });
  }
  return found;
}

/**
 * Whether a club's name at `range` refers by itself: not as a predicate ("their team is the Yankees",
 * call 203) nor before a noun it qualifies ("the Yankees dugout"); a number after it opens a phrase of
 * time ("broke in with the Yankees ten years ago"), no noun.
 */
function standsAlone(text: string, range: { from: number; to: number }): boolean {
  if (/\b(?:is|was|are|were|be|been|became|becomes|remains)\s+$/i.test(text.slice(Math.max(0, range.from - 12), range.from))) return false;
  const next = /^\s(\p{Ll}[\p{L}-]*)/u.exec(text.slice(range.to, range.to + 30));
  return !next || NOT_ATTRIBUTIVE.test(next[1]!) || /ly$/.test(next[1]!) || NUMBER_WORD.test(next[1]!);
}

export function clubNicknames(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const found: ProposedMention[] = [];
  for (const body of registry) {
    if (body.type !== 'organisation' && body.type !== 'company') continue;
    const nickname = PLACE_AND_NICKNAME.exec(body.name)?.[2];
    if (nickname === undefined) continue;
    if (registry.some((a) => a.id !== body.id && [a.name, ...a.aliases].some((n) => n === nickname || n.endsWith(` ${nickname}`)))) continue;
    const singular = nickname.endsWith('s') && !nickname.includes(' ') ? `|${nickname.slice(0, -1)}\\s+${TEAM_NOUN}` : '';
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he (?:${nickname}${singular})\\b`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      if (!isWholeWord(ctx.text, range.from, range.to) || ctx.taken(range, body.id)) continue;
      if (!standsAlone(ctx.text, range)) continue;
      found.push({ range, actor: body.id, review: `"${m[0]}", the nickname ending ${body.id}'s registered name ("${body.name}"), printed in full before it: check it is the same body` });
    }
  }
  return found;
}

/**
 * A nickname two registered clubs share, by its last word ("the Sox" of the Chicago White Sox and the
 * Boston Red Sox; "the Giants" of New York's and San Francisco's): the one of them named before it in
 * the article, none where both are or neither (Brown A13: the White Sox's report, the Red Sox named
 * only in the next).
 */
export function sharedNicknames(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const byWord = new Map<string, string[]>();
  for (const body of ctx.registry ?? []) {
    if (body.type !== 'organisation' && body.type !== 'company') continue;
    const word = PLACE_AND_NICKNAME.exec(body.name)?.[2]?.split(' ').at(-1);
    if (word) byWord.set(word, [...(byWord.get(word) ?? []), body.id]);
  }
  const found: ProposedMention[] = [];
  for (const [word, ids] of byWord) {
    if (ids.length < 2) continue;
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he ${word}\\b`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      if (!isWholeWord(ctx.text, range.from, range.to) || !standsAlone(ctx.text, range)) continue;
      if (out.some((o) => o.range.from < range.to && range.from < o.range.to) || found.some((o) => o.range.from === range.from)) continue;
      const before = namedBefore(ctx, out, range.from);
      const named = ids.filter((id) => before.has(id));
      if (named.length !== 1 || ctx.taken(range, named[0]!)) continue;
      found.push({ range, actor: named[0]!, review: `"${m[0]}", a nickname ${ids.length} registered clubs share, taken to be ${named[0]}, the one of them named before it: check it is the same body` });
    }
  }
  return found;
}

/** What a club is played or pitched against or for, and beaten by: "against Pittsburgh", "going for Pittsburgh". */
const OPPONENT = /\b(?:against|for|over|beat|beats|beating|defeated|defeat|trailed|trailing|behind|vs\.|versus)\s+$/;
/** The opening of a sentence or of a quotation: where a subject stands ("Pittsburgh came into town"). */
const OPENING = /(?:^|[.!?;:]["\u201d\u2019]?\s+|[\u201c"\u2018]|\n)$/;

/**
 * A city printed bare for its club (call 280: "Pittsburgh definitely is the team to beat", "against
 * Pittsburgh", "Pittsburgh came into town", Brown A15; "Philadelphia permitted him", A14): where the
 * city opens the name of a registered club (a body of place and nickname) named in the article by its
 * name or nickname, and of no other club named there (Pittsburgh's Pirates, not its Steelers named in
 * another text of the registry), and no registered actor is named for the city itself. Only as a
 * subject opening its sentence, its quotation or the clause after a comma ("Despite the recession,
 * Pittsburgh came into town") and followed by no noun it qualifies, or as what a club plays
 * against or for: elsewhere a city is a place ("return to New York", "left New York", "with New York as
 * the key franchise", "The New York franchise", Brown A14). Not the dateline ("Philadelphia, Jan. 23
 * --"), nor before a capitalised word (another name: "Pittsburgh Steelers") or with its state ("Pittsburgh, Pa.").
 */
export function cityForClub(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const clubsOf = new Map<string, string[]>();
  for (const b of registry) {
    if (b.type !== 'organisation' && b.type !== 'company') continue;
    const place = PLACE_AND_NICKNAME.exec(b.name)?.[1]?.trim();
    if (place) clubsOf.set(place, [...(clubsOf.get(place) ?? []), b.id]);
  }
  // Named anywhere in the article, as the draft or the annotations have it.
  const named = namedBefore(ctx, out, Infinity);
  const found: ProposedMention[] = [];
  for (const [place, clubs] of clubsOf) {
    const inText = clubs.filter((id) => named.has(id));
    if (inText.length !== 1 || registry.some((a) => [a.name, ...a.aliases].includes(place))) continue;
    if (registry.find((a) => a.id === inText[0])!.type !== 'organisation') continue;
    const club = inText[0]!;
    for (const m of ctx.text.matchAll(new RegExp(`(?<![\\p{L}.])${place.replace(/\./g, '\\.')}(?![\\p{L}])`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      const lineStart = ctx.text.lastIndexOf('\n', range.from) + 1;
      const after = ctx.text.slice(range.to, range.to + 12);
      const before = ctx.text.slice(Math.max(0, range.from - 12), range.from);
      if (/^\s*\p{Lu}/u.test(after) || /^,\s*(?:\p{Lu}\p{Ll}{0,3}\.|\p{Lu}{2})/u.test(after) || /^\s*(?:--|\u2014)/.test(after)) continue;
      // The dateline: the place opening a report's first line, before its comma.
      if (range.from === lineStart && after.startsWith(',')) continue;
      const next = /^\s(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
      const subject = (OPENING.test(before) || /,\s+$/.test(before)) && (next === undefined || NOT_ATTRIBUTIVE.test(next) || /ly$/.test(next));
      if (!subject && !OPPONENT.test(before)) continue;
      if (ctx.taken(range, club) || out.some((o) => o.range.from < range.to && range.from < o.range.to)) continue;
      found.push({ range, actor: club, review: `"${m[0]}", the city whose name opens ${club}'s ("${registry.find((a) => a.id === club)!.name}"), taken for the club (call 280): check it is not the place` });
    }
  }
  return found;
}

/**
 * The other names the sports pages give clubs, by the nickname their registered name ends in (Brown
 * A15: the Cardinals are "the Redbirds" and "the Birds", the Pirates "the Bucs"). A name several
 * clubs share ("the Birds": the Cardinals, the Orioles, the Eagles) is taken only where one of them is
 * named in the text.
 */
const ALSO_CALLED: Record<string, readonly string[]> = {
  Cardinals: ['Redbirds', 'Cards', 'Birds'],
  Pirates: ['Bucs', 'Buccaneers', 'Corsairs'],
  Yankees: ['Yanks', 'Bombers'],
  Phillies: ['Phils'],
  Orioles: ['Birds'],
  Tigers: ['Bengals'],
  Senators: ['Nats'],
  Athletics: ["A's"],
  Dodgers: ['Bums'],
  Reds: ['Redlegs'],
  Cubs: ['Bruins'],
  Indians: ['Tribe'],
  Eagles: ['Birds'],
  Packers: ['Pack'],
  Bears: ['Monsters'],
};

export function otherNicknames(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const registry = ctx.registry ?? [];
  // Named anywhere in the article, as the draft or the annotations have it.
  const named = namedBefore(ctx, out, Infinity);
  const clubsCalled = new Map<string, string[]>();
  for (const b of registry) {
    if (b.type !== 'organisation' || !named.has(b.id)) continue;
    const nickname = PLACE_AND_NICKNAME.exec(b.name)?.[2] ?? (/^\p{Lu}\p{Ll}+s$/u.test(b.name) ? b.name : undefined);
    for (const other of ALSO_CALLED[nickname ?? ''] ?? []) if (other !== nickname) clubsCalled.set(other, [...(clubsCalled.get(other) ?? []), b.id]);
  }
  const found: ProposedMention[] = [];
  for (const [other, clubs] of clubsCalled) {
    if (clubs.length !== 1 || registry.some((a) => [a.name, ...a.aliases].some((n) => n === other || n.endsWith(` ${other}`)))) continue;
    const club = clubs[0]!;
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he ${other.replace(/'/g, "['\u2019]")}(?![\\p{L}])`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      if (ctx.taken(range, club) || out.some((o) => o.range.from < range.to && range.from < o.range.to)) continue;
      if (!standsAlone(ctx.text, range)) continue;
      found.push({ range, actor: club, review: `"${m[0]}", a name the sports pages give the ${registry.find((a) => a.id === club)!.name}, named in the text: check it is that club` });
    }
  }
  return found;
}
