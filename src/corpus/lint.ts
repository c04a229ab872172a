/**
 * Warnings about a corpus that loads but may be incomplete: places a reviewer should look at, not
 * errors. Each is located in the article text file, where the reviewer will want to look.
 * - an actor's or agreement's name or alias occurring where no mention (or recorded non-mention) covers it;
 * - a quotation of more than three words that no claim or region covers (nothing silently skipped);
 * - two mentions of the same actor or agreement on overlapping spans (tagged twice);
 * - a claim attributed by agentless words ("is expected", "allegedly") to a named source;
 * - a state as the source or a link of a claim: a country that claims is its government.
 */
import type { Actor, Agreement, Corpus, Mention, Problem } from '../model.js';
import { OffsetMap } from '../text/offsets.js';
import { isWholeWord, occurrencesOf, type Range16 } from './anchor.js';
import { SpanIndex } from './span-index.js';
import { quotations } from '../text/quotations.js';
import { groupByArticle } from '../query/group.js';
import { shortQuote } from '../text/english.js';
import { agentlessCueIn, agentlessInSpan } from './agentless.js';


export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** An actor's or agreement's distinct names (name, then aliases): the registry is not changed once loaded. */
const namesOf = new WeakMap<Actor | Agreement, string[]>();

export function lintCorpus(corpus: Corpus, nonMentions: Map<string, Range16[]>): Problem[] {
  const problems: Problem[] = [];
  const mentionsOf = groupByArticle(corpus.mentions);
  const regionsOf = groupByArticle(corpus.regions);
  const claimsOf = groupByArticle(corpus.claims);
  const actorType = new Map(corpus.actors.map((a) => [a.id, a.type]));
  const governmentOf = new Map(corpus.actors.filter((a) => a.governs !== undefined).map((a) => [a.governs!, a.id]));
  for (const article of corpus.articles) {
    const offsets = new OffsetMap(article.text);
    const warn = (at: number, message: string) => {
      const { line, column } = offsets.lineColumn(at);
      problems.push({ severity: 'warning', file: article.textFile, line, column, message });
    };
    const mentions = mentionsOf.get(article.id) ?? [];
    const regions = regionsOf.get(article.id) ?? [];
    const claims = claimsOf.get(article.id) ?? [];
    const skipped = new SpanIndex(nonMentions.get(article.id) ?? []);
    const anyMention = new SpanIndex(mentions);
    const regionIndex = new SpanIndex(regions);
    const claimIndex = new SpanIndex(claims);
    // Mentions by the actor or agreement they tag (ids of the two never clash: the registry refuses it).
    const mentionsOfEntry = new Map<string, Mention[]>();
    for (const m of mentions) {
      const id = m.actor ?? m.agreement;
      if (id === undefined) continue;
      const list = mentionsOfEntry.get(id);
      if (list) list.push(m);
      else mentionsOfEntry.set(id, [m]);
    }

    // An agreement's printed name goes untagged as easily as an actor's ("the Harbour Accord"), and
    // gloss draft proposes both: the same warning for either.
    for (const entry of [...corpus.actors, ...corpus.agreements]) {
      // Its names once per entry, and its mentions' index only where one of them occurs: a corpus is
      // linted an article at a time as its database is built (store/build.ts), and most of the
      // registry's entries occur in none of a given article's words.
      let own: SpanIndex | undefined;
      let names = namesOf.get(entry);
      if (names === undefined) namesOf.set(entry, (names = [...new Set([entry.name, ...entry.aliases])]));
      const seen = new Set<number>();
      for (const name of names) {
        for (const from of occurrencesOf(article.text, name)) {
          const occ = { from, to: from + name.length };
          if (seen.has(from) || !isWholeWord(article.text, occ.from, occ.to)) continue;
          seen.add(from);
          own ??= new SpanIndex(mentionsOfEntry.get(entry.id) ?? []);
          const covered = own.overlaps(occ) || anyMention.contains(occ) || skipped.overlaps(occ) || regionIndex.contains(occ);
          if (!covered) warn(from, `"${name}" (${entry.id}) occurs here with no mention tagged (or a nonMentions entry saying why not)`);
        }
      }
    }

    for (const q of quotations(article.text)) {
      const inner = article.text.slice(q.from, q.to);
      if (wordCount(inner) <= 3) continue;
      if (!claimIndex.overlaps(q) && !regionIndex.overlaps(q)) {
        warn(q.from, `quotation "${shortQuote(inner)}" is covered by no claim or region`);
      }
    }

    for (const cl of claims) {
      const words = (cl.cue !== undefined ? agentlessCueIn(article.text, cl.cue, cl.from) : undefined) ?? (cl.attribution === 'direct' ? undefined : agentlessInSpan(cl.quote));
      if (words !== undefined && actorType.get(cl.source) !== 'unspecified-source') {
        warn(cl.from, `claim ${cl.local} is attributed by agentless words ("${words}"), which name no one: its source should be an unspecified-source actor, with ${cl.source} in its chain (split off the part the words cover)`);
      }
      for (const id of [cl.source, ...cl.via]) {
        const government = governmentOf.get(id);
        if (government !== undefined) warn(cl.from, `claim ${cl.local}: the state ${id} does not speak or act politically, its government does: use ${government}`);
      }
    }

    const sorted = [...mentions].sort((a, b) => a.from - b.from);
    for (let i = 0; i < sorted.length; i++) {
      for (let k = i + 1; k < sorted.length && sorted[k]!.from < sorted[i]!.to; k++) {
        const a = sorted[i]!;
        const b = sorted[k]!;
        const target = a.actor ?? a.agreement;
        if (target === (b.actor ?? b.agreement)) warn(b.from, `"${b.quote}" overlaps another mention of ${target} ("${a.quote}"): tagged twice`);
      }
    }
  }
  return problems;
}
