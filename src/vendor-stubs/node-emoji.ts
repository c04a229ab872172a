/**
 * Stands in for node-emoji in the bundle (scripts/wiring.mjs): marked-terminal imports it
 * for `:shortcode:` emoji, which read mode turns off (`emoji: false`), and its data is large to load.
 */
export function get(): undefined {
  return undefined;
}
