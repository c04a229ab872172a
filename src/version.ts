/** gloss's version, as package.json has it (a test keeps the two equal): for --version and the W3C export's generator. */
export const VERSION = '0.1.0';
