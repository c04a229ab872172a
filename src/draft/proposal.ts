/**
 * What `gloss draft` proposes, as plain data with UTF-16 ranges into the article text. Every proposal
 * carries `review`: why a person should look at it. Turning ranges into selectors and YAML is
 * `selector.ts` and `yaml-out.ts`; finding them is the other modules of this folder.
 */
import type { ActorInput } from '../schema.js';
import type { Range16 } from '../corpus/anchor.js';

export type { Range16 };

export interface ProposedActor extends Pick<ActorInput, 'id' | 'name' | 'type' | 'role'> {
  review: string;
}

export interface ProposedMention {
  range: Range16;
  /** Where the name itself starts, when a title before it was taken into the span. */
  nameFrom?: number;
  actor?: string;
  agreement?: string;
  review: string;
}

/** An occurrence of a name that is probably not a reference to its actor, with why. */
export interface ProposedNonMention {
  range: Range16;
  reason: string;
  review: string;
}

export interface ProposedClaim {
  range: Range16;
  source: string;
  cue?: string;
  attribution: 'direct' | 'indirect';
  type: 'assertion' | 'allegation' | 'denial' | 'commitment' | 'prediction' | 'opinion' | 'question' | 'recommendation';
  about: string[];
  review: string;
}

export interface Draft {
  actors: ProposedActor[];
  mentions: ProposedMention[];
  nonMentions: ProposedNonMention[];
  claims: ProposedClaim[];
}

export const overlaps = (a: Range16, b: Range16) => a.from < b.to && b.from < a.to;
