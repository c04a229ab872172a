/**
 * `gloss draft ARTICLE`: proposes annotations for an article — mentions, new actors, direct
 * quotations and reported speech — in the annotation format, each with a `review:` reason. Printed by
 * default; `--write` appends them to the article's file (and new actors to the registry), leaving
 * every hand-made entry as it was, for a person to accept or delete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { corpusDir, formatProblem, loadedCorpus, reportPartial } from '../cli/context.js';
import { shownPath, type Loaded } from '../corpus/load.js';
import { shellWord } from '../output/shell-word.js';
import { partialNotice, soundPart } from '../corpus/sound.js';
import { articleOrLeftOut } from '../query/resolve.js';
import { writeChunks, writeOut } from '../output/write.js';
import { GlossError } from '../errors.js';
import { inert } from '../output/inert.js';
import { rewriteFiles, type Rewrite } from '../corpus/rewrite.js';
import { withWriteLock } from '../corpus/write-lock.js';
import { speakerless } from '../draft/speakerless.js';
import { shortQuote } from '../text/english.js';
import { OffsetMap } from '../text/offsets.js';

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('propose mentions, new actors and claims (quotations, reported speech) for an article, to review')
    .argument('<article>', 'article id (an unambiguous prefix will do)')
    .option('--write', "add the proposals to the article's annotation file (new actors to the registry) instead of printing them")
    // With --write, the corpus is read and written under its write lock: two drafts at once would each
    // append the same proposals to what the other had written.
    .action(async (typed: string, opts: { write?: boolean }, cmd: Command) => (opts.write ? withWriteLock(corpusDir(cmd), () => draftAction(typed, opts, cmd)) : draftAction(typed, opts, cmd)));
}

async function draftAction(typed: string, opts: { write?: boolean }, cmd: Command): Promise<void> {
  const loaded = await loadedCorpus(cmd);
  const c = loaded.corpus;
  const id = draftable(loaded, typed);
  const article = c.articles.find((a) => a.id === id)!;
  const { findCorpusFiles, MAX_FILE_BYTES } = await import('../corpus/files.js');
  refuseBrokenRegistry(loaded, id, findCorpusFiles(c.dir).registries);
  // Errors elsewhere in the corpus are told once and make the exit status 2, as for every other
  // command; the article being drafted is the one a person is annotating (its problems are check's).
  const part = soundPart(loaded);
  const elsewhere = part.errors.filter((p) => p.file !== article.annotationFile && p.file !== article.textFile);
  if (elsewhere.length > 0) reportPartial(partialNotice({ errors: elsewhere, leftOut: part.leftOut.filter((x) => x !== id) }, formatProblem));
  const [{ draftArticle }, { toEntries, renderDraft, appendEntries, proposalsBytesAtLeast }] = await Promise.all([import('../draft/draft.js'), import('../draft/yaml-out.js')]);
  const file = article.annotationFile;
  const before = opts.write ? readFileSync(file, 'utf8') : '';
  // With --write, the proposals must fit in the article's file beside what it holds: the loader reads
  // no larger file. A draft that cannot is refused as soon as that shows, from the least its entries
  // take: once the mentions are found, and once the claims are, before any entry is made or rendered
  // (half a million mentions are a hundred megabytes of YAML, and building them ran out of memory).
  const fits = (proposals: Parameters<typeof proposalsBytesAtLeast>[0]) => {
    if (!opts.write) return;
    const bytes = Buffer.byteLength(before) + proposalsBytesAtLeast(proposals, article.text, article.writer);
    const count = (proposals.mentions?.length ?? 0) + (proposals.nonMentions?.length ?? 0) + (proposals.claims?.length ?? 0);
    if (bytes > MAX_FILE_BYTES) throw pastLimit(file, id, count, bytes, true, MAX_FILE_BYTES);
  };
  const of = <T extends { article: string }>(xs: T[]) => xs.filter((x) => x.article === id);
  const draft = draftArticle({
    text: article.text,
    actors: c.actors,
    agreements: c.agreements,
    existing: { mentions: of(c.mentions), nonMentions: loaded.nonMentions.get(id) ?? [], claims: of(c.claims), regions: of(c.regions) },
    mentionsFound: fits,
  });
  fits(draft);
  const takenIds = new Set([...of(c.claims).map((x) => x.local), ...of(c.regions).map((x) => x.local)]);
  const entries = toEntries(draft, article.text, takenIds, article.writer);
  const count = entries.actors.length + entries.mentions.length + entries.nonMentions.length + entries.claims.length;
  // Quotations no claim will cover: the drafter found no speaker for them. Told, each at its place,
  // for a person to attribute; nothing is proposed for them (a claim needs its source).
  const unattributed = speakerless(article.text, [...of(c.claims), ...of(c.regions), ...draft.claims.map((cl) => cl.range)]);
  if (unattributed.length > 0) {
    const offsets = new OffsetMap(article.text);
    for (const q of unattributed) {
      const { line, column } = offsets.lineColumn(q.from);
      const inner = article.text.slice(q.from, q.to);
      process.stderr.write(`${formatProblem({ severity: 'warning', file: article.textFile, line, column, message: `quotation "${shortQuote(inner)}": no speaker found, so no claim is proposed; annotate it by hand` })}\n`);
    }
  }
  if (count === 0) {
    const found = unattributed.length === 0 ? 'every name and quotation found is annotated already' : `every name found is annotated already; ${unattributed.length === 1 ? 'the quotation above has' : `the ${unattributed.length} quotations above have`} no speaker found`;
    process.stderr.write(`nothing to propose for ${inert(id)}: ${found}\n`);
    process.exitCode = 1;
    return;
  }
  if (!opts.write) {
    // Written as it is rendered: the whole draft as one string, and the YAML nodes behind it, may be more than memory holds.
    await writeChunks(map(renderDraft(id, entries), inert));
    return;
  }
  let src = before;
  src = appendEntries(src, 'mentions', entries.mentions, file);
  src = appendEntries(src, 'nonMentions', entries.nonMentions, file);
  src = appendEntries(src, 'claims', entries.claims, file);
  // The least the entries could take fitted; their selectors (prefixes, occurrence numbers) may not.
  const proposals = entries.mentions.length + entries.nonMentions.length + entries.claims.length;
  if (Buffer.byteLength(src) > MAX_FILE_BYTES) throw pastLimit(file, id, proposals, Buffer.byteLength(src), false, MAX_FILE_BYTES);
  const writes: Rewrite[] = [];
  let registry: string | undefined;
  if (entries.actors.length > 0) {
    registry = registryFile(findCorpusFiles(c.dir).registries, c.dir);
    // No registry file yet: the new actors start one.
    const reg = existsSync(registry) ? readFileSync(registry, 'utf8') : null;
    const content = appendEntries(reg ?? '', 'actors', entries.actors, registry);
    if (Buffer.byteLength(content) > MAX_FILE_BYTES) throw pastLimit(registry, id, entries.actors.length, Buffer.byteLength(content), false, MAX_FILE_BYTES);
    writes.push({ path: registry, content, read: reg });
  }
  // The registry is renamed into place before the annotation file, never after: each rename is whole,
  // but a gloss killed between the two (kill -9, a power cut) left before an annotation file whose
  // mentions and claims name actors the registry did not have ("unknown actor", check's errors, and
  // draft could no longer load the article), the new actors only in a hidden temporary file that a
  // later run sweeps away. In this order that moment leaves new actors no file refers to yet, each
  // with its "review:" reason (check warns, and passes), and draft run again proposes the article's
  // entries with those actors, now registered.
  writes.push({ path: file, content: src, read: before });
  rewriteFiles(writes);
  const where = registry ? ` and ${entries.actors.length} new actor${entries.actors.length === 1 ? '' : 's'} to ${inert(shownPath(registry))}` : '';
  const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  // The corpus folder as the file is shown (relative where that is shorter), ready to paste into a shell.
  writeOut(
    `added ${counted(entries.mentions.length, 'mention')}, ${counted(entries.nonMentions.length, 'nonMention')} and ${counted(entries.claims.length, 'claim')} to ${inert(file)}${where}, each with a "review:" reason\n` +
      `next: review them (delete "review:" to accept, the entry to reject), then gloss --corpus ${inert(shellWord(shownPath(c.dir)))} check --fix\n`,
  );
}

/**
 * The article `typed` names. One left out of the corpus for errors in its own files (a quote mistyped
 * while annotating it) cannot be drafted, for its annotations could not be read: said so with its
 * first problem, where and what, not "no article", which sent a person looking for a typo in the id.
 */
function draftable(loaded: Loaded, typed: string): string {
  // A prefix of a left-out article and of one read is ambiguous, as in the corpus mended.
  const { id, leftOut } = articleOrLeftOut(typed, loaded.corpus.articles.map((a) => a.id), loaded.leftOut ?? []);
  if (!leftOut) return id;
  const own = loaded.problems.filter((p) => p.severity === 'error' && basename(p.file).replace(/\.[^.]*$/, '') === id);
  const first = own[0] ? `: ${formatProblem(own[0])}` : '';
  const more = own.length > 1 ? ` (and ${own.length - 1} more: gloss check lists every problem)` : '';
  throw new GlossError(`cannot draft ${id}: its files have errors${first}${more}; mend them, then draft again`);
}

/**
 * The draft finds names and speakers through the registry, and an entry with an error is left out of
 * it: drafting then proposed nothing of that actor, or worse, proposed it again as a new actor, to be
 * written beside the broken entry (a duplicate once that is mended); with nothing else found it said
 * "every name and quotation found is annotated already". So a registry with errors is mended first.
 */
function refuseBrokenRegistry(loaded: Loaded, id: string, registries: string[]): void {
  const shown = new Set(registries.map(shownPath));
  const broken = loaded.problems.filter((p) => p.severity === 'error' && shown.has(p.file));
  if (broken.length === 0) return;
  const more = broken.length > 1 ? ` (and ${broken.length - 1} more: gloss check lists every problem)` : '';
  throw new GlossError(`cannot draft ${id}: the registry has errors: ${formatProblem(broken[0]!)}${more}; mend them, then draft again`);
}

/**
 * draft --write of proposals that would take `file` past the loader's `limit`: nothing is written, and
 * the draft can still be printed, to take from by hand.
 */
function pastLimit(file: string, id: string, proposals: number, bytes: number, atLeast: boolean, limit: number): GlossError {
  return new GlossError(`cannot write ${file}: ${proposals} proposals would make it ${atLeast ? 'at least ' : ''}${bytes} bytes, over the ${limit / 1024 / 1024} MiB limit for a corpus file; nothing written (gloss draft ${id} prints them, to add a part by hand)`);
}

function* map<T, U>(xs: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of xs) yield f(x);
}

/** The registry file new actors go to: registry.yaml or actors.yaml if there, else the first one, else a new registry.yaml. */
function registryFile(registries: string[], dir: string): string {
  return registries.find((f) => /^(?:registry|actors)\.ya?ml$/.test(basename(f))) ?? registries[0] ?? join(dir, 'registry.yaml');
}

