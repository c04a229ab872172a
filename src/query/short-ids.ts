/**
 * Short forms of annotation ids for people: `collins:c12` for `collins-cyber-deal-2016:c12`. Any
 * unambiguous prefix of an article id resolves (resolve.ts), so the short form is still an id a
 * person can type, and in a table it leaves the room to the text instead of being cut to
 * `collins-cyber-deal-2016…`, which is no id at all.
 */

/** For each article id, its shortest unambiguous prefix ending at a hyphen (or the whole id). */
export function articleAbbreviations(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const parts = id.split('-');
    let short = id;
    for (let n = 1; n < parts.length; n++) {
      const prefix = parts.slice(0, n).join('-');
      if (ids.every((other) => other === id || !other.startsWith(prefix))) {
        short = prefix;
        break;
      }
    }
    out.set(id, short);
  }
  return out;
}

/** `article:local` or `article@n` with the article shortened; any other id as it is. */
export function shortId(id: string, abbreviations: ReadonlyMap<string, string>): string {
  const at = id.search(/[:@]/);
  if (at === -1) return id;
  const short = abbreviations.get(id.slice(0, at));
  return short === undefined ? id : short + id.slice(at);
}
