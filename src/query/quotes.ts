/**
 * Which claims are quotations: those attributed as direct, the source's own words. A paraphrase with
 * a scare-quoted word in it, or the writer's own headline, is not one (`claims --attribution` lists
 * the others by how they are attributed).
 */
import type { Claim, Corpus } from '../model.js';

export function isQuotation(_c?: Pick<Corpus, 'actors'>): (cl: Claim) => boolean {
  return (cl) => cl.attribution === 'direct';
}
