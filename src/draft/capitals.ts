/**
 * A national capital named for the government seated there ("tell Moscow bluntly", "Beijing has
 * denied", "weight with Beijing", "Ottawa's “co-ordinator”"): metonymy, tagged as the registered
 * government of the state the capital belongs to (guidelines call 2). The capital is a place, not a
 * mention, where it only locates ("in Beijing", "returned to Washington", a dateline), qualifies a noun
 * ("an Ottawa blogger") or owns a named building ("Ottawa's War Museum"). Only a government the registry
 * holds is proposed: a capital with no such government is left to the annotator.
 */
import { isWholeWord } from '../corpus/anchor.js';
import { NOT_ATTRIBUTIVE } from './descriptions.js';
import type { MentionContext } from './mentions.js';
import { datelineCity, inDateline } from './place-names.js';
import type { ProposedMention } from './proposal.js';

/** National capitals and the names their states go by in English (the state is found in the registry by one of them). */
const CAPITALS: Record<string, readonly string[]> = {
  Moscow: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Russia'],
  Washington: ['United States', 'U.S.', 'USA', 'America'],
  London: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.'],
  Paris: ['France'],
  // The People's Republic went by "Red China" and "Communist China" in the press of the 1950s and 1960s.
  Beijing: ['China', "People's Republic of China", 'Red China', 'Communist China', 'Mainland China'],
  Peking: ['China', "People's Republic of China", 'Red China', 'Communist China', 'Mainland China'],
  Ottawa: ['Canada'],
  Havana: ['Cuba'],
  Bonn: ['West Germany', 'Federal Republic of Germany'],
  Tokyo: ['Japan'],
  Rome: ['Italy'],
  Madrid: ['Spain'],
  Cairo: ['Egypt', 'United Arab Republic'],
  'New Delhi': ['India'],
  Tehran: ['Iran'],
  Pyongyang: ['North Korea'],
  Seoul: ['South Korea'],
  Taipei: ['Taiwan'],
  Canberra: ['Australia'],
  Berne: ['Switzerland'],
  Bern: ['Switzerland'],
  Tunis: ['Tunisia'],
  Algiers: ['Algeria'],
  Rabat: ['Morocco'],
  Baghdad: ['Iraq'],
  Damascus: ['Syria'],
  Amman: ['Jordan'],
  Beirut: ['Lebanon'],
  Ankara: ['Turkey'],
  Athens: ['Greece'],
  Belgrade: ['Yugoslavia', 'Serbia'],
  Warsaw: ['Poland'],
  Prague: ['Czechoslovakia', 'Czech Republic'],
  Budapest: ['Hungary'],
  Vienna: ['Austria'],
  Brussels: ['Belgium'],
  Stockholm: ['Sweden'],
  Oslo: ['Norway'],
  Copenhagen: ['Denmark'],
  Helsinki: ['Finland'],
  Lisbon: ['Portugal'],
  Dublin: ['Ireland'],
  Karachi: ['Pakistan'],
  Islamabad: ['Pakistan'],
  Kabul: ['Afghanistan'],
  Jakarta: ['Indonesia'],
  Djakarta: ['Indonesia'],
  Manila: ['Philippines'],
  Saigon: ['South Viet Nam', 'South Vietnam'],
  Hanoi: ['North Viet Nam', 'North Vietnam', 'Vietnam'],
  Vientiane: ['Laos'],
  Rangoon: ['Burma'],
  Bangkok: ['Thailand'],
  Accra: ['Ghana'],
  Lagos: ['Nigeria'],
  Nairobi: ['Kenya'],
  Pretoria: ['South Africa'],
  Leopoldville: ['Congo'],
  Kinshasa: ['Congo'],
  'Addis Ababa': ['Ethiopia'],
  'Mexico City': ['Mexico'],
  Caracas: ['Venezuela'],
  Bogota: ['Colombia'],
  Lima: ['Peru'],
  Santiago: ['Chile'],
  'Buenos Aires': ['Argentina'],
  Montevideo: ['Uruguay'],
  Brasilia: ['Brazil'],
};

/**
 * "Paris, France": a capital followed by a comma and its own state's name is an address, the city and
 * the state both places. Whether `text[from, to)`, a state's name, completes such an address: the capital.
 */
export function cityOfState(text: string, from: number, to: number): string | undefined {
  const name = text.slice(from, to);
  const m = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?),\s$/u.exec(text.slice(Math.max(0, from - 30), from));
  return m && (CAPITALS[m[1]!] ?? []).includes(name) ? m[1]! : undefined;
}

/** Whether the capital at `text[from, to)` is followed by a comma and its own state's name ("Paris, France"). */
function beforeItsState(text: string, capital: string, to: number): boolean {
  const after = /^,\s(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)/u.exec(text.slice(to, to + 40));
  return after !== null && (CAPITALS[capital] ?? []).some((n) => after[1] === n || after[1]!.startsWith(`${n} `));
}

/**
 * A state's government by its personification ("Uncle Sam would then accuse them of creating a
 * monopoly", Brown A36): the government, as a capital is, with the same exceptions.
 */
const PERSONIFIED: Record<string, readonly string[]> = {
  'Uncle Sam': ['United States', 'U.S.', 'USA', 'America'],
};

/** Words before a name that make it the place where, whither or whence: "in", "to", "from", "at". */
const LOCATING = /\b(?:in|to|from|at|into|near|outside|inside|within|throughout|across|around|via|of|toward|towards|between|here in|back to)\s$/i;

export function capitals(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const found: ProposedMention[] = [];
  for (const [capital, stateNames] of [...Object.entries(CAPITALS), ...Object.entries(PERSONIFIED)]) {
    const personified = capital in PERSONIFIED;
    // Of the states a capital may stand for ("Moscow": the Soviet Union or Russia), the first whose government is registered.
    const governing = registry
      .filter((a) => a.type === 'state' && [a.name, ...a.aliases].some((n) => stateNames.includes(n)))
      .map((state) => ({ state, government: registry.find((a) => a.type === 'government' && a.governs === state.id) }))
      .filter((x) => x.government !== undefined);
    if (governing.length === 0) continue;
    const { state, government } = governing[0]! as { state: (typeof registry)[number]; government: (typeof registry)[number] };
    for (let at = ctx.text.indexOf(capital); at !== -1; at = ctx.text.indexOf(capital, at + 1)) {
      const range = { from: at, to: at + capital.length };
      if (!isWholeWord(ctx.text, range.from, range.to) || inDateline(ctx.text, range) || datelineCity(ctx.text, range) || ctx.taken(range, government.id)) continue;
      if (LOCATING.test(ctx.text.slice(Math.max(0, at - 12), at))) continue;
      // "Christian Dior shoes Paris, France": the city of an address, a place.
      if (beforeItsState(ctx.text, capital, range.to)) continue;
      const after = ctx.text.slice(range.to, range.to + 40);
      // "Ottawa's War Museum": a possessive before a capitalised name is the place's building.
      if (/^[\u2019']s\s+\p{Lu}/u.test(after)) continue;
      // "an Ottawa blogger", "Moscow radio": the name qualifies the noun after it.
      const next = /^\s(\p{Ll}[\p{L}-]*)/u.exec(after);
      // An adverb after it is no noun it qualifies ("tell Moscow bluntly").
      if (next && !NOT_ATTRIBUTIVE.test(next[1]!) && !/ly$/.test(next[1]!)) continue;
      // "George Washington": a capitalised word before it, not opening the sentence, makes a longer name.
      const prev = /(\S+)\s+\p{Lu}[\p{L}.'\u2019-]*\s$/u.exec(ctx.text.slice(Math.max(0, at - 40), at));
      if (prev && !/[.!?:\u201d"]$/.test(prev[1]!)) continue;
      // "Washington Post", "London Bridge": the name opens a longer one.
      if (/^\s\p{Lu}\p{Ll}/u.test(after) && !/^\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after)) continue;
      found.push({
        range,
        actor: government.id,
        review: personified
          ? `"${capital}", the personification of ${state.id}, taken for its government ${government.id}: if it is the state or its people, change the actor`
          : `"${capital}", the capital of ${state.id}, taken for its government ${government.id} (metonymy): if it is the city as a place, make it a nonMentions entry`,
      });
    }
  }
  return found;
}
