/** Small pieces of English that messages share. */

/** A noun with its indefinite article: "an actor", "a claim". */
export const aOrAn = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A count with its noun, plural but for one: "1 article", "0 articles", "3 claims". */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A quotation as a message names it: whole up to 50 characters, else its first 47 and "...". */
export const shortQuote = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}...` : text);
