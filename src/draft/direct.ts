/**
 * Claims for direct quotations: the span inside the marks, the speaker from the cue after the
 * quotation (”, X said), before it (X said: “), or "according to X"; a quotation with no cue of its
 * own continues the one before it in the paragraph, or the one left open in (or ending) the
 * previous paragraph, and keeps that quotation's speaker and cue.
 */
import { splitPassages } from '../search/passages.js';
import { accordingTo, cueAfter, cueBefore, resolveSpeaker, type Known, type Speaker } from './cues.js';
import { allQuotations, isDirect, type Quotation } from './quotations.js';
import type { ProposedClaim, Range16 } from './proposal.js';

export interface DirectClaim extends Omit<ProposedClaim, 'about'> {
  newMention?: Range16;
}

export function draftDirect(text: string, known: Known): DirectClaim[] {
  const sentences = splitPassages(text);
  const sentenceOf = (at: number) => sentences.find((s) => s.from <= at && at < s.to) ?? { from: at, to: at };
  const out: DirectClaim[] = [];
  let last: { claim: DirectClaim; quote: Quotation } | undefined;
  for (const q of allQuotations(text)) {
    if (!isDirect(text, q)) continue;
    const sentence = sentenceOf(q.outer.from);
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
