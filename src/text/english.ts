/** Small pieces of English that messages share. */

/** A noun with its indefinite article: "an actor", "a claim". */
export const aOrAn = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A quotation as a message names it: whole up to 50 characters, else its first 47 and "...". */
export const shortQuote = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}...` : text);
