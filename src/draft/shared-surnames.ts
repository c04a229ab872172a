/**
 * A surname the registry gives to more than one person ("Carey": A11's Andy Carey and A13's Wyman
 * Carey; "Tuttle": Bill Tuttle and Mary Dobbs Tuttle). It is nobody's alias, so that no text takes it
 * for the wrong one, and surnamesAfterFullName (names.ts) leaves it alone. But an article that names
 * one of them in full and then calls him by surname ("Bill Tuttle … Hyde fanned Tuttle") means the one
 * it named: news style names a person in full once and by surname after. So within the article, the
 * surname is looked for after the first full printing of the one person of that surname named so far,
 * and only until another registered person of that surname is named in full: from there on two are
 * in play and the bare surname could be either, so none is proposed.
 * Each is proposed for review, naming the others the registry holds.
 */
import { isWholeWord, occurrencesOf } from '../corpus/anchor.js';
import type { ActorInput } from '../schema.js';
import { markedWoman, type Named } from './names.js';

type Person = Pick<ActorInput, 'id' | 'name' | 'type' | 'aliases' | 'role'>;

const surnameOf = (a: { name: string }) => a.name.split(/\s+/).at(-1)!;

/** Where `name` is first printed as whole words in `text`; undefined if it is not. */
function firstPrinted(text: string, name: string): number | undefined {
  return occurrencesOf(text, name).find((at) => isWholeWord(text, at, at + name.length));
}

/**
 * The surnames of registered persons that other persons share, each bound to the first of them named
 * in full in `text` and looked for from there until another bearer's full name. Not a surname that is
 * itself a registered name or alias (mentions.ts surnameInPlay reads those), nor one a new person the
 * draft proposes bears (`proposed`), nor where surnamesAfterFullName already gives the surname to a
 * man among women who bear it.
 */
export function sharedSurnamesInPlay(text: string, actors: readonly Person[], names: readonly Named[], proposed: readonly Pick<ActorInput, 'name' | 'type'>[] = []): Named[] {
  const registered = new Set(names.map((n) => n.name));
  const persons = actors.filter((a) => a.type === 'person' && /\s/.test(a.name));
  // A new person the draft proposes has their surname looked for throughout (draft.ts): where one bears
  // it, no registered person is given it too.
  const proposedSurnames = new Set(proposed.filter((p) => p.type === 'person').map(surnameOf));
  const out: Named[] = [];
  for (const a of persons) {
    const surname = surnameOf(a);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname) || registered.has(surname) || proposedSurnames.has(surname)) continue;
    const others = persons.filter((o) => o.id !== a.id && surnameOf(o) === surname);
    // A woman marked "Mrs." is not called by bare surname, nor is she a rival to a man who bears it
    // (surnamesAfterFullName, which gives it to him outright where every other bearer is such a woman).
    if (others.length === 0 || markedWoman(a) || others.every(markedWoman)) continue;
    const first = firstPrinted(text, a.name);
    if (first === undefined) continue;
    // Every other bearer's first full printing: one before `a`'s leaves the surname to neither; the
    // earliest after it ends `a`'s hold on it.
    const rivals = others
      .filter((o) => o.name !== a.name && !markedWoman(o))
      .map((o) => firstPrinted(text, o.name))
      .filter((at): at is number => at !== undefined);
    if (rivals.some((at) => at < first)) continue;
    const until = rivals.length > 0 ? Math.min(...rivals) : undefined;
    out.push({ name: surname, actor: a.id, type: 'person', shortOf: a.name, after: first + a.name.length, ...(until !== undefined ? { until } : {}), sharedWith: others.map((o) => o.id) });
  }
  return out;
}
