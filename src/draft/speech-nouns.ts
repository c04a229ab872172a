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
import { aOrAn } from '../text/english.js';

const NOUN = 'demand|demands|cry|claim|claims|warning|charge|charges|accusation|complaint|insistence|plea|assertion|allegation|contention';
/** "a cry from X that": the noun, a few words of description before it, "from" and its source. */
const FROM = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NOUN})\\s+from\\s+([^,;:\\u201c\\u201d"]{2,80}?)\\s+that\\s+`, 'u');
/** "X's demand that": the noun after a possessive, a few words of description between. */
const OWNED = new RegExp(`([\\u2019']s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NOUN})\\s+that\\s+`, 'u');
/**
 * "the mayor's appeal for calm", "bishops' and pastors' appeals for the support …": a request named by
 * its noun after a possessive (singular or plural), with "for" and what is asked for (as "called for",
 * guidelines calls 97, 159). Not "demand for", which is as often a market's as a speaker's.
 */
const OWNED_FOR = /([\u2019']s|(?<=s)[\u2019'])\s+(?:[\p{Ll}-]+\s+){0,2}?(appeals?|pleas?|calls?)\s+for\s+/u;
/** A second possessive joined to the first ("bishops' and pastors' appeals"): both made the request. */
const JOINT_OWNER = /([\u2019']s|(?<=s)[\u2019'])\s+(?:and|or)\s+$/u;
/** What goes on after the thing asked for: a clause joined by "but" or "while". */
const FOR_ENDS = /,?\s+(?:but|while|whereas|although|though)\s/u;
/** A relative clause's verb right after "that", where a reported clause has its subject first. */
const VERB_FIRST = /^(?:is|was|are|were|has|had|have|will|would|could|should|may|might|must|can|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u;

export function spokenNouns(text: string, s: Range16, known: Known, trim: (r: Range16) => Range16): IndirectClaim[] {
  const sentence = text.slice(s.from, s.to);
  const out: IndirectClaim[] = [];
  const from = FROM.exec(sentence);
  if (from) {
    const at = s.from + from.index + from[0].lastIndexOf(from[2]!, from[0].length - 6);
    const speaker = resolveSpeaker(text, { from: at, to: at + from[2]!.length }, known);
    const claim = speaker ? build(text, s, from.index + from[0].length, trim, speaker.actor, aOrAn(from[1]!)) : undefined;
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
  out.push(...ownedFor(text, s, known, trim));
  return out;
}

/** "X's appeal for NP": one claim for each possessor, the content the noun phrase asked for. */
function ownedFor(text: string, s: Range16, known: Known, trim: (r: Range16) => Range16): IndirectClaim[] {
  const sentence = text.slice(s.from, s.to);
  const m = OWNED_FOR.exec(sentence);
  if (!m) return [];
  const ownerAt = (end: number) => mentionsNear(known).find({ from: end, to: end }, (k) => k.actor !== undefined && k.range.to === end && !known.inQuotation(k.range));
  const first = ownerAt(s.from + m.index);
  if (!first) return [];
  const owners = [first];
  const joint = JOINT_OWNER.exec(text.slice(s.from, first.range.from));
  const second = joint ? ownerAt(s.from + joint.index) : undefined;
  if (second && second.actor !== first.actor) owners.unshift(second);
  const at = m.index + m[0].length;
  const end = sentence.slice(at).search(FOR_ENDS);
  const content = trim({ from: s.from + at, to: end === -1 ? s.to : s.from + at + end });
  const words = text.slice(content.from, content.to);
  if (words.split(/\s+/).length < 2) return [];
  const cue = `${m[2]} for`;
  return owners.map((o) => ({ range: content, source: o.actor!, cue, attribution: 'indirect' as const, type: 'recommendation' as const, review: `a request named by its noun ("${text.slice(o.range.from, s.from + at).trim()}"), what is asked for its content: check the source, the span and the type` }));
}

function build(text: string, s: Range16, contentAt: number, trim: (r: Range16) => Range16, source: string, cue: string): IndirectClaim | undefined {
  const content = trim({ from: s.from + contentAt, to: s.to });
  const words = text.slice(content.from, content.to);
  if (words.split(/\s+/).length < 3 || VERB_FIRST.test(words)) return undefined;
  const type = /demand|plea|insistence/.test(cue) ? 'recommendation' : /charge|accusation|allegation|cry/.test(cue) ? 'allegation' : 'assertion';
  return { range: content, source, cue, attribution: 'indirect', type, review: `a speech act named by its noun ("${cue}") with its that-clause: check the source, the span and the type` };
}
