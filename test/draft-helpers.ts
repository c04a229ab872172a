// What the drafter proposes for a made-up text, read back as words: shared by the draft-* unit tests.
import { draftArticle } from '../src/draft/draft.js';
import type { ActorInput } from '../src/schema.js';

/** An article with nothing annotated yet. */
export const none = { mentions: [], nonMentions: [], claims: [], regions: [] };

/** The drafted mentions as [words, actor] and nonMentions as [words, reason]. */
export function drafted(text: string, actors: ActorInput[]) {
  const d = draftArticle({ text, actors, agreements: [], existing: none });
  return {
    mentions: d.mentions.map((m): [string, string | undefined] => [text.slice(m.range.from, m.range.to), m.actor]),
    nonMentions: d.nonMentions.map((n) => [text.slice(n.range.from, n.range.to), n.reason]),
  };
}
