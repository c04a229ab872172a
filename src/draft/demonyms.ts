/**
 * The plural a state's people go by ("the Belgians" of Belgium, "the Congolese" of the Congo): the
 * drafter reads it as the state where the registry holds that state (peoples.ts). Most are made from
 * the name by its ending (Belgium, Russia, Cuba, Italy); the rest do not follow it and are listed.
 */

/** Peoples whose plural is not the name's ending changed, by the names their states go by. */
const LISTED: Readonly<Record<string, readonly string[]>> = {
  France: ['French'],
  Britain: ['British'], 'Great Britain': ['British'], 'United Kingdom': ['British'], 'U.K.': ['British'], UK: ['British'],
  England: ['English'], Ireland: ['Irish'], Scotland: ['Scots'], Wales: ['Welsh'],
  'Soviet Union': ['Russians', 'Soviets'], USSR: ['Russians', 'Soviets'], 'U.S.S.R.': ['Russians', 'Soviets'],
  'United States': ['Americans'], 'U.S.': ['Americans'], USA: ['Americans'],
  China: ['Chinese'], "People's Republic of China": ['Chinese'], 'Red China': ['Chinese'], 'Communist China': ['Chinese'], Taiwan: ['Taiwanese'],
  Germany: ['Germans'], 'West Germany': ['Germans', 'West Germans'], 'East Germany': ['East Germans'],
  Japan: ['Japanese'], Spain: ['Spanish', 'Spaniards'], Portugal: ['Portuguese'],
  Netherlands: ['Dutch'], 'the Netherlands': ['Dutch'], Holland: ['Dutch'],
  Switzerland: ['Swiss'], Sweden: ['Swedes'], Denmark: ['Danes'], Finland: ['Finns'], Norway: ['Norwegians'],
  Poland: ['Poles'], Turkey: ['Turks'], Greece: ['Greeks'], Cyprus: ['Cypriots'], Malta: ['Maltese'],
  Congo: ['Congolese'], 'the Congo': ['Congolese'], Togo: ['Togolese'], Senegal: ['Senegalese'], Sudan: ['Sudanese'], Ghana: ['Ghanaians'],
  Egypt: ['Egyptians'], 'United Arab Republic': ['Egyptians'], Israel: ['Israelis'], Iraq: ['Iraqis'], Iran: ['Iranians'],
  Lebanon: ['Lebanese'], Yemen: ['Yemenis'], 'Saudi Arabia': ['Saudis'], Pakistan: ['Pakistanis'], Afghanistan: ['Afghans'],
  Vietnam: ['Vietnamese'], 'South Vietnam': ['South Vietnamese'], 'North Vietnam': ['North Vietnamese'], Laos: ['Laotians'], Burma: ['Burmese'],
  Nepal: ['Nepalese'], Thailand: ['Thais'], Korea: ['Koreans'], 'South Korea': ['South Koreans'], 'North Korea': ['North Koreans'],
  Philippines: ['Filipinos'], Mexico: ['Mexicans'], Peru: ['Peruvians'], Brazil: ['Brazilians'], Chile: ['Chileans'], Argentina: ['Argentines'],
};

/**
 * The peoples a state's name gives: a listed one, or a one-word name's ending turned into the people's
 * ("-ium", "-ia", "-y" to "-ians": Belgians, Russians, Italians; "-a" to "-ans": Cubans, Americans).
 * A made-up plural that English does not use ("Haitians" is right, "Omanians" not) is harmless: it is
 * looked for in the text and not found.
 */
export function demonymsOf(name: string): string[] {
  if (LISTED[name]) return [...LISTED[name]];
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return [];
  const made = /ium$/.test(name) ? name.replace(/ium$/, 'ians') : /ia$/.test(name) ? `${name}ns` : /y$/.test(name) ? name.replace(/y$/, 'ians') : /a$/.test(name) ? `${name}ns` : undefined;
  return made ? [made] : [];
}
