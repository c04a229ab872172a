/**
 * Claims for direct quotations: the span inside the marks, the speaker from the cue after the
 * quotation (”, X said), before it (X said: “), or "according to X"; a quotation with no cue of its
 * own continues the one before it in the paragraph, or the one left open in (or ending) the
 * previous paragraph, and keeps that quotation's speaker and cue.
 */
import { splitPassages } from '../search/passages.js';
import { accordingTo, cueAfter, cueBefore, cueEndingParagraph, mentionsNear, resolveSpeaker, type Known, type Speaker } from './cues.js';
import { allQuotations, isDirect, type Quotation } from './quotations.js';
import type { ProposedClaim, Range16 } from './proposal.js';

export interface DirectClaim extends Omit<ProposedClaim, 'about'> {
  newMention?: Range16;
}

export function draftDirect(text: string, known: Known): DirectClaim[] {
  const sentences = splitPassages(text);
  // Sentences in order and apart: the one holding a place is the last to start by it, if it holds it.
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sentences[mid]!.from <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo - 1];
    return s && at < s.to ? s : { from: at, to: at };
  };
  const out: DirectClaim[] = [];
  let last: { claim: DirectClaim; quote: Quotation } | undefined;
  for (const q of allQuotations(text)) {
    const sentence = sentenceOf(q.outer.from);
    // "Occasionally she deserts the simple for a fun piece simply because “It's unlike me”": a reason
    // given in the first person, a clause of its own in marks after "because" that ends the sentence, is
    // the words of the subject of the sentence, a person named or a pronoun before it (no speech verb).
    const reason = becauseInFirstPerson(text, q, sentence, known);
    if (reason) {
      out.push({ range: q.inner, source: reason.speaker.actor, attribution: 'direct', type: 'assertion', cue: reason.cue, review: [`a reason in the first person after "${reason.cue}": the words of the sentence's subject`, reason.speaker.doubt, 'type guessed'].filter(Boolean).join('; ') });
      last = undefined;
      continue;
    }
    if (!isDirect(text, q)) continue;
    const cue = cueAfter(text, q.outer.to, q.paragraph.to) ?? cueBefore(text, Math.max(sentence.from, q.paragraph.from), q.outer.from) ?? accordingTo(text, sentence.from, sentence.to);
    let speaker: Speaker | undefined;
    let cueText: string | undefined;
    let why: string;
    if (cue) {
      speaker = resolveSpeaker(text, cue.subject, known);
      cueText = cue.cue;
      why = `speaker from the cue "${text.slice(Math.min(cue.subject.from, q.outer.to), Math.max(cue.subject.to, q.outer.to)).replace(/^[\s\S]*?[\u201d"]\s*,?\s*/, '').trim()}"`;
      if (cue.subject.to <= q.outer.from) why = `speaker from the cue "${text.slice(cue.subject.from, q.outer.from).trim()}"`;
    } else {
      why = '';
    }
    if (!speaker && last) {
      const sameParagraph = last.quote.paragraph.from === q.paragraph.from;
      const carriedOver = q.continued || (q.paragraph.from > last.quote.paragraph.from && text.slice(q.paragraph.from, q.outer.from).trim() === '' && !cue && isAdjacentParagraph(text, last.quote.paragraph, q.paragraph));
      if (sameParagraph || carriedOver) {
        speaker = { actor: last.claim.source };
        cueText = last.claim.cue;
        why = sameParagraph ? 'continues the quotation before it in this paragraph (same speaker and cue)' : 'continues the quotation of the previous paragraph, which has no new cue (same speaker and cue)';
      }
    }
    if (!speaker) {
      // "Mitchell said in a statement:" closing the paragraph before: the quotation is what he said.
      const prev = previousParagraph(text, q.paragraph);
      const lead = prev && text.slice(q.paragraph.from, q.outer.from).trim() === '' && text.slice(prev.from, prev.to).trimEnd().endsWith(':');
      const intro = lead ? cueBefore(text, Math.max(prev.from, sentenceOf(prev.to - 1).from), prev.to) : undefined;
      if (intro) {
        speaker = resolveSpeaker(text, intro.subject, known);
        cueText = intro.cue;
        why = `speaker from the cue "${text.slice(intro.subject.from, prev!.to).trim()}" before it`;
      }
    }
    if (!speaker && !cue) {
      // "Place kicking is largely a matter of timing, Moritz declared." closing the paragraph before
      // (no quotation in it): the quotation opening this one goes on in his own words.
      const prev = previousParagraph(text, q.paragraph);
      const opens = prev && text.slice(q.paragraph.from, q.outer.from).trim() === '' && isAdjacentParagraph(text, prev, q.paragraph);
      const reported = opens ? cueEndingParagraph(text, prev) : undefined;
      if (reported) {
        speaker = resolveSpeaker(text, reported.subject, known);
        cueText = reported.cue;
        why = `the paragraph before reports the speaker's words ("${text.slice(reported.subject.from, prev!.to).trim()}"): the quotation goes on in them`;
      }
    }
    if (!speaker) {
      // A quotation with no speaker ends the run: nothing after it may inherit an older speaker.
      last = undefined;
      continue;
    }
    const content = text.slice(q.inner.from, q.inner.to);
    const claim: DirectClaim = {
      range: q.inner,
      source: speaker.actor,
      attribution: 'direct',
      type: content.endsWith('?') ? 'question' : 'assertion',
      review: [why, speaker.doubt, 'type guessed'].filter(Boolean).join('; '),
    };
    if (cueText) claim.cue = cueText;
    if (speaker.newMention) claim.newMention = speaker.newMention;
    out.push(claim);
    last = { claim, quote: q };
  }
  return out;
}

function previousParagraph(text: string, p: Range16): Range16 | undefined {
  const end = text.slice(0, p.from).trimEnd().length;
  if (end === 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return { from: start, to: end };
}

function isAdjacentParagraph(text: string, a: Range16, b: Range16): boolean {
  return text.slice(a.to, b.from).trim() === '';
}

/**
 * A quotation after "because" ("simply because", "only because") that opens with a capital, speaks in
 * the first person singular and ends its sentence: its speaker the sentence's subject before the
 * "because" — a pronoun or a person's name opening the main clause (after an adverb or a phrase).
 */
function becauseInFirstPerson(text: string, q: Quotation, sentence: Range16, known: Known): { speaker: Speaker; cue: string } | undefined {
  const before = text.slice(sentence.from, q.outer.from);
  const cue = /\b((?:(?:simply|only|just|partly|mainly)\s+)?because)\s+$/.exec(before);
  const inner = text.slice(q.inner.from, q.inner.to);
  if (!cue || !/^\p{Lu}/u.test(inner) || !/\b(?:I|me|my|mine|myself)\b/.test(inner)) return undefined;
  const after = text.slice(q.outer.to, q.paragraph.to);
  if (!(after.trim() === '' || /^[.!?](?:\s|$)/.test(after) || (/[.!?]$/.test(inner) && /^\s/.test(after)))) return undefined;
  // The subject: the first "he"/"she" of the sentence, or its first word(s) up to a verb, as a person.
  const clause = before.slice(0, cue.index);
  const pronoun = /(?:^|\s)(he|she|He|She)\s+\p{Ll}/u.exec(clause);
  if (pronoun) {
    const from = sentence.from + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
    const speaker = resolveSpeaker(text, { from, to: from + pronoun[1]!.length }, known);
    return speaker ? { speaker, cue: cue[1]! } : undefined;
  }
  const person = mentionsNear(known).find({ from: sentence.from, to: sentence.from + cue.index }, (m) => m.actor !== undefined && m.range.from >= sentence.from && m.range.to <= sentence.from + cue.index && known.typeOf(m.actor) === 'person');
  return person ? { speaker: { actor: person.actor! }, cue: cue[1]! } : undefined;
}
