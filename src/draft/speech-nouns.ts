/**
 * A speech act named by its noun, with its source and its that-clause: "a cry from the government of
 * Laos that CLAUSE", "Castro's demand that CLAUSE" — the content is the clause, the source the one the
 * act comes from or belongs to (guidelines call 222, a noun of saying with its that-clause, as
 * mackay's "the view that"). A "that" opening a relative clause ("a demand that shocked …") reports
 * nothing: the clause must open with its own subject, not a verb.
 */
import { mentionsNear, resolveSpeaker, type Known } from './cues.js';
import type { IndirectClaim } from './indirect.js';
import type { Range16 } from './proposal.js';

const NOUN = 'demand|demands|cry|claim|claims|warning|charge|charges|accusation|complaint|insistence|plea|assertion|allegation|contention';
/** "a cry from X that": the noun, a few words of description before it, "from" and its source. */
const FROM = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NOUN})\\s+from\\s+([^,;:\\u201c\\u201d"]{2,80}?)\\s+that\\s+`, 'u');
/** "X's demand that": the noun after a possessive, a few words of description between. */
const OWNED = new RegExp(`([\\u2019']s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NOUN})\\s+that\\s+`, 'u');
/** A relative clause's verb right after "that", where a reported clause has its subject first. */
const VERB_FIRST = /^(?:is|was|are|were|has|had|have|will|would|could|should|may|might|must|can|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u;

export function spokenNouns(text: string, s: Range16, known: Known, trim: (r: Range16) => Range16): IndirectClaim[] {
  const sentence = text.slice(s.from, s.to);
  const out: IndirectClaim[] = [];
  const from = FROM.exec(sentence);
  if (from) {
    const at = s.from + from.index + from[0].lastIndexOf(from[2]!, from[0].length - 6);
    const speaker = resolveSpeaker(text, { from: at, to: at + from[2]!.length }, known);
    const claim = speaker ? build(text, s, from.index + from[0].length, trim, speaker.actor, `a ${from[1]}`) : undefined;
    if (claim) out.push({ ...claim, review: [claim.review, speaker!.doubt].filter(Boolean).join('; ') });
  }
  const owned = OWNED.exec(sentence);
  if (owned) {
    // The possessor is the mention ending right before the "'s".
    const end = s.from + owned.index;
    const owner = mentionsNear(known).find({ from: end, to: end }, (m) => m.actor !== undefined && m.range.to === end && !known.inQuotation(m.range));
    const cue = owner ? text.slice(owner.range.from, s.from + owned.index + owned[0].length).replace(/\s+that\s+$/, '') : '';
    const claim = owner ? build(text, s, owned.index + owned[0].length, trim, owner.actor!, cue) : undefined;
    if (claim) out.push(claim);
  }
  return out;
}

function build(text: string, s: Range16, contentAt: number, trim: (r: Range16) => Range16, source: string, cue: string): IndirectClaim | undefined {
  const content = trim({ from: s.from + contentAt, to: s.to });
  const words = text.slice(content.from, content.to);
  if (words.split(/\s+/).length < 3 || VERB_FIRST.test(words)) return undefined;
  const type = /demand|plea|insistence/.test(cue) ? 'recommendation' : /charge|accusation|allegation|cry/.test(cue) ? 'allegation' : 'assertion';
  return { range: content, source, cue, attribution: 'indirect', type, review: `a speech act named by its noun ("${cue}") with its that-clause: check the source, the span and the type` };
}
