/**
 * Stands in for chalk's own supports-color in the bundle (scripts/wiring.mjs points chalk's
 * `#supports-color` import here). gloss decides colour in one place (src/output/terminal.ts) and
 * hands chalk an explicit level, so chalk's guess is never used — and the real module makes it as it
 * loads, importing tty (which brings net and stream with it): milliseconds that a command whose output
 * is piped never needs. With this stand-in chalk's default instance has no colour, which suits: the
 * only code that reaches it is marked-terminal's defaults, and read mode passes every style it uses.
 */
const supportsColor = { stdout: false as const, stderr: false as const };
export default supportsColor;
