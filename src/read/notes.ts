/**
 * What read mode says about each claim, as plain strings (not yet inert or styled): the short note
 * that stands beside or after the text, and the full annotation that `--claim` shows.
 */
import type { Claim, Corpus } from '../model.js';

export interface ClaimNote {
  key: string;
  claim: Claim;
  /** `Peter MacKay (Defence Minister)`. */
  source: string;
  /** `reported by …` when the claim reaches the article through someone other than its writer. */
  reportedBy?: string;
  /** `“said” · direct · assertion`. */
  how: string;
  /** `about China, Chang Wanquan`, or undefined when the claim is about no one in particular. */
  about?: string;
  /** The annotator's free-text note (caveats, judgement calls), when the claim has one. */
  remark?: string;
}

export function nameOf(c: Corpus, id: string): string {
  return c.actors.find((a) => a.id === id)?.name ?? c.agreements.find((a) => a.id === id)?.name ?? id;
}

/** The links of a claim's chain below the article's writer, whom read mode already names. */
function reportersBelowWriter(c: Corpus, claim: Claim): string[] {
  const writer = c.articles.find((a) => a.id === claim.article)?.writer;
  // A copy either way: the caller reverses it, and the claim's own chain must stay as it is.
  return claim.via[0] === writer ? claim.via.slice(1) : [...claim.via];
}

export function claimNote(c: Corpus, claim: Claim): ClaimNote {
  const actor = c.actors.find((a) => a.id === claim.source);
  // The short note gives the role's first part ("Defence Minister"); --claim shows all of it.
  const role = actor?.role?.split(';')[0]?.trim();
  const source = actor ? `${actor.name}${role ? ` (${role})` : ''}` : claim.source;
  return {
    key: claim.local,
    claim,
    source,
    reportedBy: reportersBelowWriter(c, claim).length > 0 ? `reported by ${reportersBelowWriter(c, claim).reverse().map((id) => nameOf(c, id)).join(', in ')}` : undefined,
    how: [claim.cue ? `“${claim.cue}”` : undefined, claim.attribution, claim.type].filter(Boolean).join(' · '),
    about: claim.about.length > 0 ? `about ${claim.about.map((id) => nameOf(c, id)).join(', ')}` : undefined,
    remark: claim.note?.trim() || undefined,
  };
}

/** The full annotation of one claim, as label/value rows. */
export function claimDetails(c: Corpus, claim: Claim): [string, string][] {
  const actor = c.actors.find((a) => a.id === claim.source);
  const rows: [string, string | undefined][] = [
    ['claim', `${claim.id} (line ${claim.line}, column ${claim.column}; code points ${claim.start}–${claim.end})`],
    ['source', `${actor?.name ?? claim.source} (${claim.source})`],
    ['role', actor?.role],
    ['via', claim.via.length > 0 ? `${claim.via.map((id) => `${nameOf(c, id)} (${id})`).join(' › ')} (outermost first)` : undefined],
    ['cue', claim.cue],
    ['attribution', claim.attribution],
    ['type', claim.type],
    ['about', claim.about.map((id) => `${nameOf(c, id)} (${id})`).join(', ') || undefined],
    ['note', claim.note],
    ['quote', claim.quote],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== null);
}
