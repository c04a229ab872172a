/**
 * Loads a corpus folder into the model: reads each file (files.ts), parses it (yaml-source.ts),
 * validates it against the schema (schema.ts), anchors every span (anchor.ts) and links ids. It
 * collects every problem instead of stopping at the first, so `gloss check` can list them all; the
 * other commands refuse a corpus with errors.
 */
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import type { z } from 'zod';
import type { Actor, Agreement, Article, Claim, Corpus, Mention, Problem, Region, Span } from '../model.js';
import { ArticleFile, RegistryFile, type ArticleInput, type ClaimInput, type SelectorInput } from '../schema.js';
import { OffsetMap } from '../text/offsets.js';
import { GlossError } from '../errors.js';
import { anchorQuote, type Range16 } from './anchor.js';
import { findCorpusFiles, readCorpusText, type CorpusRoot } from './files.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

export interface Loaded {
  corpus: Corpus;
  problems: Problem[];
  /** Per article, its non-mentions: read by the linter, not part of the published model. */
  nonMentions: Map<string, Range16[]>;
  /** Every file read, so a cache of this result knows what to watch. */
  inputs: string[];
}

/** How far a long task has got: `done` of `total` articles (a total of 1: a task not counted in articles). */
export type Progress = (task: string, done: number, total: number) => void;

/** How a path is shown in messages: relative to the working directory when that is shorter. */
export function shownPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

function readAndParse<T extends z.ZodType>(
  root: CorpusRoot,
  file: string,
  schema: T,
  problems: Problem[],
  /** Called with the file's raw `id` when the file parses as YAML, even if it is invalid. */
  onRawId?: (id: string) => void,
): { data: z.infer<T>; src: YamlSource } | undefined {
  const shown = shownPath(file);
  let text: string;
  try {
    text = readCorpusText(root, file, shown).text;
  } catch (e) {
    if (!(e instanceof GlossError)) throw e;
    problems.push({ severity: 'error', file: shown, message: e.message.replace(`${shown}: `, '') });
    return undefined;
  }
  let src: YamlSource;
  let result: z.ZodSafeParseResult<z.infer<T>>;
  try {
    src = parseYaml(text);
    for (const p of src.problems) {
      // The YAML parser catches its own stack overflow and reports it as a syntax error: say what it is.
      if (/Maximum call stack/.test(p.message)) problems.push({ severity: 'error', file: shown, ...deepestNesting(text), message: TOO_DEEP });
      else problems.push({ severity: 'error', file: shown, line: p.line, column: p.column, message: p.message });
    }
    if (src.problems.length > 0) return undefined;
    const raw = src.data as { id?: unknown } | null | undefined;
    if (onRawId && typeof raw?.id === 'string') onRawId(raw.id);
    result = schema.safeParse(src.data ?? {});
  } catch (e) {
    // Brackets nested thousands deep overflow a recursive parser or validator: the file's fault.
    if (!(e instanceof RangeError)) throw e;
    problems.push({ severity: 'error', file: shown, ...deepestNesting(text), message: TOO_DEEP });
    return undefined;
  }
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = issue.code === 'unrecognized_keys' ? src.locate([...issue.path, issue.keys[0]!], true) : src.locate(issue.path);
      problems.push({ severity: 'error', file: shown, ...(at && { line: at.line, column: at.column }), message: describeIssue(issue) });
    }
    return undefined;
  }
  return { data: result.data, src };
}

const NESTING_SHOWN = 1000;
const TOO_DEEP = `nested too deeply to read (more than ${NESTING_SHOWN} levels of brackets)`;

/** Line and column where brackets first nest past NESTING_SHOWN levels (quoted text skipped); else 1:1. */
export function deepestNesting(text: string): { line: number; column: number } {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (quote !== 0) {
      if (c === 0x5c && quote === 0x22) i++;
      else if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > NESTING_SHOWN) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { line: 1, column: 1 };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'file';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `${field}: missing required field "${String(issue.path.at(-1))}"`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys.includes('reportedBy')) {
    return `${field}: unknown field "reportedBy": the reporter is now a link of the attribution chain, via: [WRITER, REPORTER] (innermost last)`;
  }
  if (issue.code === 'unrecognized_keys') return `${field}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${field}: ${issue.message}`;
}

export function loadCorpus(dir: string, progress?: Progress): Loaded {
  const files = findCorpusFiles(dir);
  const inputs = [...files.registries, ...files.articles];
  const problems: Problem[] = [];
  const corpus: Corpus = { dir: files.dir, articles: [], actors: [], agreements: [], claims: [], mentions: [], regions: [] };
  const nonMentions = new Map<string, Range16[]>();

  // Registries first: articles refer to their ids.
  const registered = new Map<string, { kind: 'actor' | 'agreement'; file: string; line?: number }>();
  const agreementChecks: { agreement: Agreement; file: string; src: YamlSource; index: number }[] = [];
  const actorChecks = new Map<string, { file: string; line?: number; column?: number }>();
  for (const file of files.registries) {
    const parsed = readAndParse(files, file, RegistryFile, problems);
    if (!parsed) continue;
    const shown = shownPath(file);
    const register = (kind: 'actor' | 'agreement', id: string, path: PropertyKey[]) => {
      const at = parsed.src.locate(path);
      const prior = registered.get(id);
      if (prior) {
        problems.push({ severity: 'error', file: shown, ...at, message: `duplicate id "${id}": already used by the ${prior.kind} at ${prior.file}${prior.line ? `:${prior.line}` : ''}` });
        return false;
      }
      registered.set(id, { kind, file: shown, ...(at && { line: at.line }) });
      return true;
    };
    parsed.data.actors.forEach((a, i) => {
      if (!register('actor', a.id, ['actors', i, 'id'])) return;
      if (a.review !== undefined) {
        toReview(problems, shown, parsed.src, ['actors', i], a.review);
        delete a.review;
      }
      corpus.actors.push(a);
      actorChecks.set(a.id, { file: shown, ...parsed.src.locate(['actors', i, a.governs === undefined ? 'id' : 'governs']) });
    });
    parsed.data.agreements.forEach((a, i) => {
      if (register('agreement', a.id, ['agreements', i, 'id'])) {
        corpus.agreements.push(a);
        agreementChecks.push({ agreement: a, file: shown, src: parsed.src, index: i });
      }
    });
  }
  const isActor = (id: string) => registered.get(id)?.kind === 'actor';
  const actorType = new Map(corpus.actors.map((a) => [a.id, a.type]));
  const isKnown = (id: string) => registered.has(id);

  const articleIds = new Map<string, string>();
  const invalidArticles = new Set<string>();
  for (const [done, file] of files.articles.entries()) {
    progress?.('reading the corpus', done, files.articles.length);
    // An invalid article file still claims its id, so references to it do not cascade into errors.
    const parsed = readAndParse(files, file, ArticleFile, problems, (id) => invalidArticles.add(id));
    if (!parsed) {
      invalidArticles.add(basename(file).replace(/\.ya?ml$/, ''));
      continue;
    }
    const shown = shownPath(file);
    const { data, src } = parsed;
    const problem = (path: PropertyKey[], message: string, severity: Problem['severity'] = 'error') => {
      const at = src.locate(path);
      problems.push({ severity, file: shown, ...at, message });
    };
    if (articleIds.has(data.id)) {
      problem(['id'], `duplicate article id "${data.id}": already used by ${articleIds.get(data.id)}`);
      continue;
    }
    articleIds.set(data.id, shown);
    const textPath = resolve(dirname(file), data.text ?? file.replace(/\.ya?ml$/, '.txt').split(/[\\/]/).pop()!);
    let read;
    inputs.push(textPath);
    try {
      read = readCorpusText(files, textPath, shownPath(textPath));
    } catch (e) {
      if (!(e instanceof GlossError)) throw e;
      const textShown = shownPath(textPath);
      // A missing or out-of-bounds file is the annotation's fault; a bad file is the text's own.
      if (/no such file|outside the corpus|directory/.test(e.message)) problem(data.text ? ['text'] : ['id'], e.message);
      else problems.push({ severity: 'error', file: textShown, message: e.message.replace(`${textShown}: `, '') });
      continue;
    }
    if (read.sha256 !== data.sha256) {
      problem(['sha256'], `article text ${shownPath(textPath)} has changed: its SHA-256 is ${read.sha256}, the annotations were made against ${data.sha256}`);
    }
    const article = toArticle(data, read.text, shownPath(textPath), shown);
    corpus.articles.push(article);
    const offsets = new OffsetMap(read.text);
    const spansOf = (sel: SelectorInput, path: PropertyKey[]): Range16[] => {
      const r = anchorQuote(read.text, sel, offsets);
      if (!r.ok) {
        problem([...path, 'quote'], r.message);
        return [];
      }
      return r.ranges;
    };
    // Every annotation starts as this one literal, its keys always in the same order, and gets the rest
    // of its keys added in one order for its kind; never made by spreading: V8 (Node 20) gives an
    // object made by spread a hidden class of its own, which on ten thousand articles cost some 170
    // bytes for each of 660,000 annotations and made every later pass over them slow (no two alike
    // for the inline caches). The id is made from the start, as a mention's is.
    const annotationAt = (r: Range16, id: (start: number) => string): Span & { id: string } => {
      const { line, column } = offsets.lineColumn(r.from);
      const start = offsets.toCodePoint(r.from);
      return { article: data.id, from: r.from, to: r.to, start, end: offsets.toCodePoint(r.to), line, column, quote: read.text.slice(r.from, r.to), id: id(start) };
    };
    const refCheck = (id: string | undefined, path: PropertyKey[], what: string, actorOnly = false) => {
      if (id === undefined) return;
      if (!isKnown(id)) problem(path, `unknown ${what} "${id}"`);
      else if (actorOnly && !isActor(id)) problem(path, `"${id}" is an agreement, but ${what} must be an actor`);
    };

    if (data.writer !== undefined) refCheck(data.writer, ['writer'], 'writer', true);

    const localIds = new Map<string, string>();
    const localId = (id: string, path: PropertyKey[], kind: string) => {
      if (localIds.has(id)) {
        problem(path, `duplicate id "${id}" in this article: already used by a ${localIds.get(id)}`);
        return false;
      }
      localIds.set(id, kind);
      return true;
    };

    // Proposals of `gloss draft` load as annotations, and are listed until a person has looked at them.
    for (const kind of ['mentions', 'nonMentions', 'claims'] as const) {
      data[kind].forEach((entry, i) => entry.review !== undefined && toReview(problems, shown, src, [kind, i], entry.review));
    }
    data.regions.forEach((reg, i) => {
      if (!localId(reg.id, ['regions', i, 'id'], 'region')) return;
      for (const r of spansOf(reg, ['regions', i])) {
        const region: Region = Object.assign(annotationAt(r, () => `${data.id}:${reg.id}`), { local: reg.id, kind: reg.kind });
        if (reg.note !== undefined) region.note = reg.note;
        corpus.regions.push(region);
      }
    });
    const mentionIds = new Set<string>();
    data.mentions.forEach((m, i) => {
      if (m.actor !== undefined) refCheck(m.actor, ['mentions', i, 'actor'], 'actor', true);
      if (m.agreement !== undefined) {
        refCheck(m.agreement, ['mentions', i, 'agreement'], 'agreement');
        if (isActor(m.agreement)) problem(['mentions', i, 'agreement'], `"${m.agreement}" is an actor, not an agreement`);
      }
      for (const r of spansOf(m, ['mentions', i])) {
        const mention: Mention = annotationAt(r, (start) => {
          let id = `${data.id}:m${start}`;
          for (let n = 2; mentionIds.has(id); n++) id = `${data.id}:m${start}-${n}`;
          mentionIds.add(id);
          return id;
        });
        if (m.actor !== undefined) mention.actor = m.actor;
        if (m.agreement !== undefined) mention.agreement = m.agreement;
        if (m.note !== undefined) mention.note = m.note;
        corpus.mentions.push(mention);
      }
    });
    const skipped: Range16[] = [];
    data.nonMentions.forEach((nm, i) => skipped.push(...spansOf(nm, ['nonMentions', i])));
    nonMentions.set(data.id, skipped);
    data.claims.forEach((c, i) => {
      if (!localId(c.id, ['claims', i, 'id'], 'claim')) return;
      refCheck(c.source, ['claims', i, 'source'], 'source', true);
      c.via.forEach((v, k) => refCheck(v, ['claims', i, 'via', k], 'link of the attribution chain', true));
      c.about.forEach((a, k) => refCheck(a, ['claims', i, 'about', k], 'actor or agreement'));
      for (const message of chainProblems(c, data.writer, actorType)) problem(['claims', i, message.at], message.text);
      const ranges = spansOf(c, ['claims', i]);
      if (ranges.length > 1) {
        problem(['claims', i, 'occurrence'], 'a claim anchors to exactly one span; split it into one claim per occurrence');
        return;
      }
      for (const r of ranges) {
        const claim: Claim = Object.assign(annotationAt(r, () => `${data.id}:${c.id}`), {
          local: c.id, source: c.source, via: c.via, attribution: c.attribution, type: c.type, about: c.about,
        });
        if (c.via.length > 0) claim.reportedBy = c.via.at(-1)!;
        if (c.cue !== undefined) claim.cue = c.cue;
        if (c.note !== undefined) claim.note = c.note;
        corpus.claims.push(claim);
      }
    });
  }

  progress?.('reading the corpus', files.articles.length, files.articles.length);

  for (const { agreement, file, src, index } of agreementChecks) {
    agreement.parties.forEach((p, k) => {
      if (!isActor(p)) {
        const at = src.locate(['agreements', index, 'parties', k]);
        problems.push({ severity: 'error', file, ...at, message: isKnown(p) ? `party "${p}" is an agreement, not an actor` : `unknown party "${p}": register the actor first` });
      }
    });
    agreement.history.forEach((h, k) => {
      if (!articleIds.has(h.article) && !invalidArticles.has(h.article)) {
        const at = src.locate(['agreements', index, 'history', k, 'article']);
        problems.push({ severity: 'error', file, ...at, message: `unknown article "${h.article}"` });
      }
      if (h.source !== undefined && !isActor(h.source)) {
        const at = src.locate(['agreements', index, 'history', k, 'source']);
        problems.push({ severity: 'error', file, ...at, message: `unknown actor "${h.source}" as the source of a status report` });
      }
    });
  }
  problems.push(...governmentLinkProblems(corpus.actors, actorChecks));

  // Reading order everywhere: article order, then position. Listings and search rely on it.
  corpus.articles.sort((a, b) => a.id.localeCompare(b.id));
  const order = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const byPosition = (a: { article: string; from: number; to: number }, b: { article: string; from: number; to: number }) =>
    order.get(a.article)! - order.get(b.article)! || a.from - b.from || b.to - a.to;
  corpus.claims.sort(byPosition);
  corpus.mentions.sort(byPosition);
  corpus.regions.sort(byPosition);
  return { corpus, problems, nonMentions, inputs };
}

/** A `review` field marks a proposal of `gloss draft` that no person has accepted yet. */
function toReview(problems: Problem[], file: string, src: YamlSource, path: PropertyKey[], why: string): void {
  const at = src.locate([...path, 'review'], true);
  problems.push({ severity: 'warning', file, ...at, message: `to review (proposed by gloss draft): ${why}` });
}

/**
 * The rules of an attribution chain (GUIDELINES §7): it starts with the article's writer unless the
 * writer is the source, holds no actor twice and never the source itself; a second-hand claim ends
 * with the speaker in the text who reports the source; an unspecified source ("is expected", "was
 * described as", "allegedly") is never the writer's own assertion, and says by which words and through
 * whom it reaches the text.
 */
function chainProblems(c: ClaimInput, writer: string | undefined, types: ReadonlyMap<string, string>): { at: string; text: string }[] {
  const out: { at: string; text: string }[] = [];
  const via = c.via;
  if (new Set(via).size !== via.length) out.push({ at: 'via', text: 'an actor occurs twice in the attribution chain' });
  if (via.includes(c.source)) out.push({ at: 'via', text: `the source "${c.source}" cannot also relay its own claim: leave it out of "via"` });
  if (writer !== undefined) {
    if (c.source === writer && via.length > 0) out.push({ at: 'via', text: `the writer's own claim has no attribution chain: remove "via"` });
    if (c.source !== writer && via[0] !== writer) {
      out.push({ at: 'via', text: `the attribution chain starts with the article's writer: via: [${[writer, ...via.filter((v) => v !== writer)].join(', ')}]` });
    }
  }
  if (c.attribution === 'second-hand' && (via.length === 0 || via.at(-1) === writer)) {
    out.push({ at: 'attribution', text: 'a second-hand claim ends its chain with the actor in the text who reports it (via: [WRITER, REPORTER])' });
  }
  if (types.get(c.source) === 'unspecified-source') {
    if (c.attribution === 'author') out.push({ at: 'attribution', text: 'an unspecified source is not the writer: its attribution is direct, indirect or second-hand' });
    if (c.cue === undefined) out.push({ at: 'source', text: 'a claim from an unspecified source names the agentless words that attribute it in "cue" ("is expected", "allegedly")' });
    if (via.length === 0) out.push({ at: 'source', text: 'a claim from an unspecified source names the writer who reports it in "via"' });
  }
  return out;
}

/** A government governs one registered state, and no state has two governments. */
function governmentLinkProblems(actors: readonly Actor[], at: ReadonlyMap<string, { file: string; line?: number; column?: number }>): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const governed = new Map<string, string>();
  for (const a of actors) {
    if (a.governs === undefined) continue;
    const where = at.get(a.id)!;
    const fail = (message: string) => out.push({ severity: 'error', ...where, message });
    const state = byId.get(a.governs);
    if (a.type !== 'government') fail(`"${a.id}" has type ${a.type}: only a government governs a state`);
    else if (!state) fail(`unknown state "${a.governs}" governed by "${a.id}"`);
    else if (state.type !== 'state') fail(`"${a.governs}" is a ${state.type}, not a state: a government governs a state`);
    else if (governed.has(a.governs)) fail(`"${a.governs}" is already governed by "${governed.get(a.governs)}": one government per state`);
    else governed.set(a.governs, a.id);
  }
  return out;
}

function toArticle(data: ArticleInput, text: string, textFile: string, annotationFile: string): Article {
  const article: Article = { id: data.id, title: data.title, outlet: data.outlet, author: data.author, date: data.date, sha256: data.sha256, text, textFile, annotationFile };
  if (data.writer !== undefined) article.writer = data.writer;
  if (data.url !== undefined) article.url = data.url;
  if (data.inferred !== undefined) article.inferred = data.inferred;
  return article;
}

export type { Actor };
