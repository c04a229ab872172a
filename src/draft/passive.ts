/**
 * Reported speech in the passive, the speaker after "by" (an adverb allowed around the verb, the agent
 * with one name in apposition: "the fact was announced grimly by the … chief adviser …, Capt. George
 * Symonds"): "His contention was denied by several
 * bankers, including Scott Hudson of Sherman, … and Howard Cox of Austin." The content is the
 * subject the act is done to; the speakers are the agent and, when it names its members ("including
 * A, B and C"), each of them as well — a joint act, one claim apiece (guidelines §7, "Joint acts").
 */
import type { Range16 } from './proposal.js';

/** Acts of speech that take a claim as their object. */
const PASSIVE_VERBS = 'announced|denied|disputed|rejected|challenged|contradicted|criticized|criticised|questioned|endorsed|praised|confirmed';
const PASSIVE = new RegExp(`^(.{3,100}?)\\s+((?:was|were|has been|have been|had been|is|are)\\s+(?:\\p{Ll}+ly\\s+)?(?:${PASSIVE_VERBS})\\s+(?:\\p{Ll}+ly\\s+)?by)\\s+([^,;:\u201c\u201d"]{2,80}?(?:,\\s+(?:(?:Mr|Mrs|Ms|Dr|Capt|Gen|Sen|Gov|Col|Adm|Lt)\\.\\s+)?\\p{Lu}[\\p{L}.\u2019'-]*(?:\\s+\\p{Lu}[\\p{L}.\u2019'-]*){0,3})?)(?:,\\s+including\\s+([^;:\u201c\u201d"]+?))?\\s*[.]?$`, 'su');

export interface PassiveAct {
  content: Range16;
  cue: string;
  /** The agent first, then each member it names; offsets relative to the sentence. */
  speakers: Range16[];
}

/**
 * "The proposal was made by Dr. David S. Jenkins after …": a speech act named by its noun, made by a
 * person named after "by" (the rest of the sentence only says when or why); the content is the noun
 * phrase, which takes up what the text reported before.
 */
const MADE_BY = /^((?:The|This|That|His|Her|Their|Its)\s+(?:\p{Ll}+\s+)?(?:proposal|request|suggestion|recommendation|charge|complaint|appeal|demand|prediction|promise|offer|accusation|denial))\s+((?:was|were|had been|has been)\s+(?:first\s+)?made\s+by)\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\.\s+)?\p{Lu}[\p{L}.\u2019'-]*(?:\s+\p{Lu}[\p{L}.\u2019'-]*){0,4})(?=[\s,.;]|$)/u;

/**
 * "the system is credited by the state with serving one million persons": what the agent credits its
 * subject with is the agent's word on it; the content wraps round the cue (guidelines call 50), from
 * the subject (after the last comma before it) to the end of what it is credited with.
 */
const CREDITED_BY = /(?:^|,\s+)([^,;:\u201c\u201d"]{2,60}?)\s+((?:is|was|are|were|has been|have been|had been)\s+credited\s+by)\s+([^,;:\u201c\u201d"]{2,60}?)\s+with\s+[^,;:\u201c\u201d"]{3,160}?(?=\s*(?:[,;:.]|$))/u;

export function passiveAct(sentence: string): PassiveAct | undefined {
  const credited = CREDITED_BY.exec(sentence);
  if (credited) {
    const from = credited.index + credited[0].indexOf(credited[1]!);
    const agentFrom = sentence.indexOf(credited[3]!, from + credited[1]!.length + 1 + credited[2]!.length);
    return { content: { from, to: credited.index + credited[0].length }, cue: credited[2]!, speakers: [{ from: agentFrom, to: agentFrom + credited[3]!.length }] };
  }
  const made = MADE_BY.exec(sentence);
  if (made) {
    const agentFrom = made[1]!.length + 1 + made[2]!.length + 1;
    return { content: { from: 0, to: made[1]!.length }, cue: made[2]!, speakers: [{ from: agentFrom, to: agentFrom + made[3]!.length - (made[3]!.endsWith('.') ? 1 : 0) }] };
  }
  const m = PASSIVE.exec(sentence);
  if (!m) return undefined;
  const agentFrom = m[1]!.length + 1 + m[2]!.length + 1;
  // The sentence's full stop is not the agent's ("… Capt. George Symonds.").
  const agentTo = agentFrom + m[3]!.length - (m[4] === undefined && m[3]!.endsWith('.') && agentFrom + m[3]!.length === sentence.length ? 1 : 0);
  const speakers: Range16[] = [{ from: agentFrom, to: agentTo }];
  if (m[4] !== undefined) {
    let at = sentence.length - m[4].length - (sentence.endsWith('.') ? 1 : 0);
    for (const piece of m[4].split(/(,\s+(?:and\s+)?|\s+and\s+)/)) {
      if (!/^,\s+(?:and\s+)?$|^\s+and\s+$/.test(piece)) speakers.push({ from: at, to: at + piece.length });
      at += piece.length;
    }
  }
  return { content: { from: 0, to: m[1]!.length }, cue: m[2]!, speakers };
}
