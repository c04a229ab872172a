/**
 * The sound part of a corpus with errors: every article none of whose files has an error, with its
 * annotations. One mistyped quote then costs its own article, not every read, search and listing of
 * the others; the problems are told once on stderr and the command exits 2 (as grep does when a file
 * it was given cannot be read), so a script still notices.
 */
import type { Corpus, Problem } from '../model.js';
import type { Loaded } from './load.js';

export interface SoundPart {
  corpus: Corpus;
  /** Ids of the articles left out. */
  leftOut: string[];
  errors: Problem[];
}

export function soundPart(loaded: Loaded): SoundPart {
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  const c = loaded.corpus;
  if (errors.length === 0) return { corpus: c, leftOut: [], errors };
  const faulty = new Set(errors.map((p) => p.file));
  // Those the store already left out (loaded.leftOut) are not among the articles; the rest are named here.
  const leftOut = [...new Set([...(loaded.leftOut ?? []), ...c.articles.filter((a) => faulty.has(a.annotationFile) || faulty.has(a.textFile)).map((a) => a.id)])];
  const out = new Set(leftOut);
  const keep = <T extends { article: string }>(xs: T[]) => xs.filter((x) => !out.has(x.article));
  return {
    corpus: { ...c, articles: c.articles.filter((a) => !out.has(a.id)), claims: keep(c.claims), mentions: keep(c.mentions), regions: keep(c.regions) },
    leftOut,
    errors,
  };
}

/** What stderr says of a partial corpus: its first problems and which articles were left out. */
export function partialNotice(part: Pick<SoundPart, 'errors' | 'leftOut'>, format: (p: Problem) => string, shown = 3): string[] {
  const lines = part.errors.slice(0, shown).map(format);
  const more = part.errors.length - shown;
  const left = part.leftOut.length > 0 ? `left out ${part.leftOut.join(', ')}` : 'nothing left out';
  lines.push(`gloss: the corpus has ${part.errors.length} error${part.errors.length === 1 ? '' : 's'}${more > 0 ? ` (${more} more not shown)` : ''}; ${left}; gloss check lists every problem`);
  return lines;
}
