/**
 * Loads a corpus folder into the model: reads each file (files.ts), parses it (yaml-source.ts),
 * validates it against the schema (schema.ts), anchors every span (anchor.ts) and links ids. It
 * collects every problem instead of stopping at the first, so `gloss check` can list them all; the
 * other commands refuse a corpus with errors.
 */
import type { Stats } from 'node:fs';
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import type { z } from 'zod';
import type { Actor, Agreement, Article, Claim, Corpus, Mention, Problem, Region, Span } from '../model.js';
import { ArticleFile, RegistryFile, type ArticleInput, type ClaimInput, type SelectorInput } from '../schema.js';
import { OffsetMap } from '../text/offsets.js';
import { GlossError } from '../errors.js';
import { anchorQuote, placesOfQuotes, type Range16 } from './anchor.js';
import { findCorpusFiles, readCorpusText, strayFiles, workingFolder, type CorpusFiles, type CorpusRoot } from './files.js';
import { parseYaml, type YamlSource } from './yaml-source.js';
import { suggestion } from '../query/did-you-mean.js';
import { aOrAn } from '../text/english.js';

/** The form of a mention's local id (m and its code point offset, -2 and on for a second at the same place): kept for mentions. */
const MENTION_ID = /^m\d+(?:-\d+)?$/;

export interface Loaded {
  corpus: Corpus;
  problems: Problem[];
  /** Per article, its non-mentions: read by the linter, not part of the published model. */
  nonMentions: Map<string, Range16[]>;
  /** Every file read, so a cache of this result knows what to watch. */
  inputs: string[];
  /** Articles no article came of, or left out of the database for their errors (ArticleRead leftOut). */
  leftOut?: string[];
}

/** How far a long task has got: `done` of `total` articles (a total of 1: a task not counted in articles). */
export type Progress = (task: string, done: number, total: number) => void;

/** How a path is shown in messages: relative to the working directory when that is shorter. */
export function shownPath(p: string): string {
  const cwd = workingFolder();
  const rel = cwd === null ? '' : relative(cwd, p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

function readAndParse<T extends z.ZodType>(
  root: CorpusRoot,
  file: string,
  schema: T,
  problems: Problem[],
  /** Called with the file's raw `id` when the file parses as YAML, even if it is invalid. */
  onRawId?: (id: string) => void,
): { data: z.infer<T>; src: YamlSource; partial?: boolean } | undefined {
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
    // The YAML parser catches its own stack overflow (in a call, or in a regular expression) and reports
    // it as a syntax error, with others that follow from it: say what it is, once, where it happens.
    if (src.problems.some((p) => OVERFLOW.test(p.message))) problems.push({ severity: 'error', file: shown, ...deepestNesting(text), message: TOO_DEEP });
    else for (const p of src.problems) problems.push({ severity: 'error', file: shown, line: p.line, column: p.column, message: plainYamlMessage(p.message) });
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
      problems.push({ severity: 'error', file: shown, ...(at && { line: at.line, column: at.column }), message: describeIssue(issue, src.data) });
    }
    // The annotations that are sound are still anchored and checked, so one run reports every
    // problem: a file whose only faults are in some of its annotations goes on without them.
    const rest = withoutFaultyItems(src.data, result.error.issues);
    const again = rest === undefined ? undefined : schema.safeParse(rest.data);
    return again?.success && rest ? { data: again.data, src: locatedAsWritten(src, rest.kept), partial: true } : undefined;
  }
  return { data: result.data, src };
}

const NESTING_SHOWN = 1000;
const TOO_DEEP = `nested too deeply to read (more than ${NESTING_SHOWN} levels of lists, maps or brackets)`;
const OVERFLOW = /Maximum call stack|Stack overflow/i;

/** The yaml library's words for a second document, which tell a person to call one of its functions. */
function plainYamlMessage(message: string): string {
  return /multiple documents/.test(message) ? 'YAML: a second document starts here ("---" or "..."): an annotation or registry file holds one' : message;
}

/**
 * Line and column where the file first nests past NESTING_SHOWN levels: brackets (quoted text
 * skipped) and, for block YAML, each deeper indentation or "- " of a line; else 1:1.
 */
export function deepestNesting(text: string): { line: number; column: number } {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = 0;
  // The indentations of the blocks open at this line, outermost first.
  const blocks: number[] = [];
  const blockDepth = (from: number): { depth: number; at: number } | undefined => {
    let i = from;
    for (;;) {
      while (text.charCodeAt(i) === 0x20) i++;
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === 10 || c === 13 || c === 0x23) return undefined;
      const indent = i - from;
      while (blocks.length > 0 && blocks.at(-1)! >= indent) blocks.pop();
      blocks.push(indent);
      if (blocks.length > NESTING_SHOWN) return { depth: blocks.length, at: i };
      // "- - x": each item marker opens a block inside the one before.
      if (c === 0x2d && text.charCodeAt(i + 1) === 0x20) i += 2;
      else return { depth: blocks.length, at: i };
    }
  };
  const first = blockDepth(0);
  if (first && first.depth > NESTING_SHOWN) return { line, column: first.at + 1 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      if (quote === 0 && depth === 0) {
        const b = blockDepth(lineStart);
        if (b && b.depth > NESTING_SHOWN) return { line, column: b.at - lineStart + 1 };
      }
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

/** The file's data without the list items (claims, mentions, actors …) that have schema faults, if all faults are in such items. */
function withoutFaultyItems(data: unknown, issues: readonly z.core.$ZodIssue[]): { data: unknown; kept: Map<string, number[]> } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const bad = new Map<string, Set<number>>();
  // A list key that holds no list ("agreements:" left empty, which YAML reads as null) is set aside
  // whole, as a faulty item is: the registry's actors are still read, not reported unknown one by one.
  const faultyKeys = new Set<string>();
  for (const issue of issues) {
    const [list, index] = issue.path;
    if (issue.path.length === 1 && typeof list === 'string' && issue.code === 'invalid_type' && issue.expected === 'array') {
      faultyKeys.add(list);
      continue;
    }
    if (typeof list !== 'string' || typeof index !== 'number') return undefined;
    bad.set(list, (bad.get(list) ?? new Set()).add(index));
  }
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const key of faultyKeys) delete copy[key];
  const kept = new Map<string, number[]>();
  for (const [list, indexes] of bad) {
    const items = copy[list];
    if (!Array.isArray(items)) return undefined;
    copy[list] = items.filter((_, i) => !indexes.has(i));
    kept.set(list, items.map((_, i) => i).filter((i) => !indexes.has(i)));
  }
  return { data: copy, kept };
}

/**
 * The file's positions for data with its faulty items taken out: the problems found later in that
 * data (a quote not in the text) name items by their place in the shortened list, which is
 * mapped back to their place in the file (else each points at the item before it, one line block up
 * for each item taken out).
 */
function locatedAsWritten(src: YamlSource, kept: ReadonlyMap<string, number[]>): YamlSource {
  return {
    ...src,
    locate(path, key) {
      const [list, index] = path;
      const indexes = typeof list === 'string' && typeof index === 'number' ? kept.get(list) : undefined;
      return src.locate(indexes ? [list as string, indexes[index as number] ?? (index as number), ...path.slice(2)] : path, key);
    },
  };
}

const SINGULAR: Record<string, string> = { claims: 'claim', mentions: 'mention', regions: 'region', nonMentions: 'non-mention', actors: 'actor', agreements: 'agreement', history: 'history entry', about: 'about', parties: 'party', aliases: 'alias' };

/**
 * Where a problem is, as a person names it: `claim c4: type`, `actor peter-mackay: role`, `mention 3
 * ("MacKay")` — by the item's id where it has one, else its number (1-based) and quote.
 */
function placeOf(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let at: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && SINGULAR[key]) {
      const item = Array.isArray((at as Record<string, unknown> | undefined)?.[key]) ? ((at as Record<string, unknown[]>)[key]![next] as Record<string, unknown> | undefined) : undefined;
      const id = typeof item?.id === 'string' ? item.id : undefined;
      const quote = typeof item?.quote === 'string' ? ` ("${item.quote.length > 30 ? `${item.quote.slice(0, 29)}…` : item.quote}")` : '';
      parts.push(id ? `${SINGULAR[key]} ${id}` : `${SINGULAR[key]} ${next + 1}${quote}`);
      at = item;
      i++;
    } else {
      parts.push(String(key));
      at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
    }
  }
  return parts.join(': ');
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path.length > 0 ? placeOf(issue.path, data) : 'file';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    const within = issue.path.length > 1 ? placeOf(issue.path.slice(0, -1), data) : 'file';
    return `${within}: missing required field "${String(issue.path.at(-1))}"`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys.includes('reportedBy')) {
    return `${field}: unknown field "reportedBy": the reporter is now a link of the attribution chain, via: [WRITER, REPORTER] (innermost last)`;
  }
  if (issue.code === 'unrecognized_keys') return `${field}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // zod's own words ("Invalid input: expected array, received null") said as a person would.
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    let got: unknown = data;
    for (const k of issue.path) got = (got as Record<PropertyKey, unknown> | undefined)?.[k];
    return got === null ? `${field}: empty: list its items, or write [] for none` : `${field}: must be a list ("- " lines, or [a, b]), not ${Array.isArray(got) ? 'a list' : typeof got === 'object' ? 'a map' : aOrAn(typeof got)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1 && /^Too small/.test(issue.message)) return `${field}: must not be empty`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    let got: unknown = data;
    for (const k of issue.path) got = (got as Record<PropertyKey, unknown> | undefined)?.[k];
    const options = (issue.values as unknown[]).map(String);
    const near = typeof got === 'string' ? suggestion(got, options) : '';
    return `${field}: ${JSON.stringify(got)} is not one of ${options.join(', ')}${near}`;
  }
  return `${field}: ${issue.message}`;
}

/** One article file as read: its article (null when it could not be used), its annotations in position order, its problems. */
export interface ArticleRead {
  file: string;
  article: Article | null;
  claims: Claim[];
  mentions: Mention[];
  regions: Region[];
  nonMentions: Range16[];
  problems: Problem[];
  /** The text file it named (absolute), and the SHA-256 of the text as read; null if it was not read. */
  textPath: string | null;
  textSha256: string | null;
  /** No article came of the file (an error in it, or in its text): the id it gives (else its name), for the commands to say it was left out. */
  leftOut: string | null;
}

/**
 * Reads a corpus one article at a time: the registries when made, then `read` for each article file,
 * then `finish` for the checks only the whole corpus allows. The database is built from it article by
 * article (store/build.ts), so a corpus of any size is never held in memory whole; `loadCorpus` keeps
 * it all, for the commands that work on the model.
 */
export class CorpusReader {
  readonly files: CorpusFiles;
  readonly actors: Actor[] = [];
  readonly agreements: Agreement[] = [];
  /** The registries' problems. */
  readonly problems: Problem[] = [];
  /** Every file read, so a cache of the result knows what to watch. */
  readonly inputs: string[];
  /** Each file read (absolute path), with its stat as it was opened, before its bytes were read. */
  readonly opened = new Map<string, Stats>();
  private readonly registered = new Map<string, { kind: 'actor' | 'agreement'; file: string; line?: number }>();
  private readonly agreementChecks: { agreement: Agreement; file: string; src: YamlSource; index: number }[] = [];
  private readonly actorChecks = new Map<string, { file: string; line?: number; column?: number }>();
  private readonly actorType: Map<string, string>;
  private readonly articleIds = new Map<string, string>();
  private readonly invalidArticles = new Set<string>();

  constructor(dir: string) {
    const files = (this.files = findCorpusFiles(dir));
    files.seen = (path, st) => this.opened.set(resolve(path), st);
    this.inputs = [...files.registries, ...files.articles];
    const { problems, registered } = this;
    // Registries first: articles refer to their ids.
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
        this.actors.push(a);
        this.actorChecks.set(a.id, { file: shown, ...parsed.src.locate(['actors', i, a.governs === undefined ? 'id' : 'governs']) });
      });
      parsed.data.agreements.forEach((a, i) => {
        if (register('agreement', a.id, ['agreements', i, 'id'])) {
          this.agreements.push(a);
          this.agreementChecks.push({ agreement: a, file: shown, src: parsed.src, index: i });
        }
      });
    }
    this.actorType = new Map(this.actors.map((a) => [a.id, a.type]));
  }

  private isActor(id: string): boolean {
    return this.registered.get(id)?.kind === 'actor';
  }

  /** Reads one article file (one of `files.articles`): its article, annotations and problems. */
  read(file: string): ArticleRead {
    const { files, registered, articleIds, invalidArticles } = this;
    const problems: Problem[] = [];
    const out: ArticleRead = { file, article: null, claims: [], mentions: [], regions: [], nonMentions: [], problems, textPath: null, textSha256: null, leftOut: null };
    const isActor = (id: string) => this.isActor(id);
    const isKnown = (id: string) => registered.has(id);
    // An invalid article file still claims its id, so references to it do not cascade into errors.
    let rawId: string | undefined;
    const parsed = readAndParse(files, file, ArticleFile, problems, (id) => {
      rawId = id;
      invalidArticles.add(id);
    });
    if (!parsed) {
      const stem = basename(file).replace(/\.ya?ml$/, '');
      invalidArticles.add(stem);
      out.leftOut = rawId ?? stem;
      return out;
    }
    const shown = shownPath(file);
    const { data, src } = parsed;
    const problem = (path: PropertyKey[], message: string, severity: Problem['severity'] = 'error') => {
      const at = src.locate(path);
      problems.push({ severity, file: shown, ...at, message });
    };
    if (articleIds.has(data.id)) {
      problem(['id'], `duplicate article id "${data.id}": already used by ${articleIds.get(data.id)}`);
      // Named by its file too: the article of that id that was read first is not left out.
      out.leftOut = `${data.id} (${basename(file)})`;
      return out;
    }
    const sharer = registered.get(data.id);
    if (sharer) {
      problem(['id'], `article id "${data.id}" is also the id of the ${sharer.kind} at ${sharer.file}${sharer.line ? `:${sharer.line}` : ''}: gloss show asks which is meant`, 'warning');
    }
    articleIds.set(data.id, shown);
    const textPath = resolve(dirname(file), data.text ?? file.replace(/\.ya?ml$/, '.txt').split(/[\\/]/).pop()!);
    let read;
    this.inputs.push(textPath);
    out.textPath = textPath;
    try {
      read = readCorpusText(files, textPath, shownPath(textPath));
    } catch (e) {
      if (!(e instanceof GlossError)) throw e;
      const textShown = shownPath(textPath);
      // A missing or out-of-bounds file is the annotation's fault; a bad file is the text's own.
      if (/no such file|outside the corpus|directory/.test(e.message)) problem(data.text ? ['text'] : ['id'], e.message);
      else problems.push({ severity: 'error', file: textShown, message: e.message.replace(`${textShown}: `, '') });
      out.leftOut = data.id;
      return out;
    }
    out.textSha256 = read.sha256;
    if (read.sha256 !== data.sha256) {
      problem(['sha256'], `article text ${shownPath(textPath)} has changed: its SHA-256 is ${read.sha256}, the annotations were made against ${data.sha256}`);
    }
    out.article = toArticle(data, read.text, shownPath(textPath), shown);
    // Metadata left unset (gloss add leaves what it is not told): a citation would say it is missing.
    // Said here, where the file's positions are known, at the line of the field to fill in.
    for (const field of ['outlet', 'date'] as const) {
      if (data[field] === null) problem([field], `${field} is not set: cite will say "${field === 'date' ? 'undated' : 'outlet not given'}" until it is`, 'warning');
    }
    const offsets = new OffsetMap(read.text);
    // Every quote of the article found at once, not a scan of the text each (quadratic with thousands of claims).
    const places = placesOfQuotes(read.text, [data.regions, data.mentions, data.nonMentions, data.claims].flatMap((list) => list.map((sel: SelectorInput) => sel.quote)));
    const spansOf = (sel: SelectorInput, path: PropertyKey[]): Range16[] => {
      const r = anchorQuote(read.text, sel, offsets, places);
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
      if (!isKnown(id)) problem(path, `unknown ${what} "${id}"${suggestion(id, [...registered.keys()].filter((k) => !actorOnly || isActor(k)))}`);
      else if (actorOnly && !isActor(id)) problem(path, `"${id}" is an agreement, but ${what} must be an actor`);
    };

    if (data.writer !== undefined) refCheck(data.writer, ['writer'], 'writer', true);

    const localIds = new Map<string, string>();
    const localId = (id: string, path: PropertyKey[], kind: string) => {
      // A mention's id is m and its offset (m43, m43-2), made by gloss: a claim or region named so
      // would share it (two annotations, one id, in every export and URN), or come to when a mention
      // is tagged there.
      if (MENTION_ID.test(id)) {
        problem(path, `${kind} id "${id}" has the form of a mention's id (m and its offset, which gloss gives each mention): choose another`);
        return false;
      }
      if (localIds.has(id)) {
        problem(path, `duplicate id "${id}" in this article: already used by ${aOrAn(localIds.get(id)!)}`);
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
        out.regions.push(region);
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
        out.mentions.push(mention);
      }
    });
    data.nonMentions.forEach((nm, i) => out.nonMentions.push(...spansOf(nm, ['nonMentions', i])));
    data.claims.forEach((c, i) => {
      if (!localId(c.id, ['claims', i, 'id'], 'claim')) return;
      refCheck(c.source, ['claims', i, 'source'], 'source', true);
      c.via.forEach((v, k) => refCheck(v, ['claims', i, 'via', k], 'link of the attribution chain', true));
      c.about.forEach((a, k) => refCheck(a, ['claims', i, 'about', k], 'actor or agreement'));
      for (const message of chainProblems(c, data.writer, this.actorType)) problem(['claims', i, message.at], message.text);
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
        out.claims.push(claim);
      }
    });
    // Reading order everywhere: article order, then position. Listings and search rely on it.
    out.claims.sort(byPosition);
    out.mentions.sort(byPosition);
    out.regions.sort(byPosition);
    return out;
  }

  /**
   * Takes an article as `read` would have made it, read before and not read again (store/reuse.ts):
   * its id and files are registered as read's are, so the whole corpus's checks (a later file with
   * the same id, an agreement's history) and the stamps (`opened`: its files' stats) see it. False, and
   * nothing registered, if its id is taken already: `read` then reports the duplicate.
   */
  adopt(read: ArticleRead, stats: readonly [path: string, stat: Stats][]): boolean {
    const id = read.article!.id;
    if (this.articleIds.has(id)) return false;
    this.articleIds.set(id, shownPath(read.file));
    this.inputs.push(read.textPath!);
    for (const [path, st] of stats) this.opened.set(path, st);
    return true;
  }

  /** The problems only the whole corpus shows, once every article is read: agreements' parties and history, governments, files no article takes in. */
  finish(): Problem[] {
    const problems: Problem[] = [];
    const isKnown = (id: string) => this.registered.has(id);
    for (const { agreement, file, src, index } of this.agreementChecks) {
      agreement.parties.forEach((p, k) => {
        if (!this.isActor(p)) {
          const at = src.locate(['agreements', index, 'parties', k]);
          problems.push({ severity: 'error', file, ...at, message: isKnown(p) ? `party "${p}" is an agreement, not an actor` : `unknown party "${p}": register the actor first` });
        }
      });
      agreement.history.forEach((h, k) => {
        if (!this.articleIds.has(h.article) && !this.invalidArticles.has(h.article)) {
          const at = src.locate(['agreements', index, 'history', k, 'article']);
          problems.push({ severity: 'error', file, ...at, message: `unknown article "${h.article}"` });
        }
        if (h.source !== undefined && !this.isActor(h.source)) {
          const at = src.locate(['agreements', index, 'history', k, 'source']);
          problems.push({ severity: 'error', file, ...at, message: `unknown actor "${h.source}" as the source of a status report` });
        }
      });
    }
    problems.push(...governmentLinkProblems(this.actors, this.actorChecks));
    const read = new Set(this.inputs.map((f) => resolve(f)));
    for (const { path, message } of strayFiles(this.files, read)) problems.push({ severity: 'warning', file: shownPath(path), message });
    // The folders in articles/ that were listed (strayFiles): their stamps stand for what they hold.
    for (const folder of this.files.strays.folders) if (this.opened.has(resolve(folder))) this.inputs.push(folder);
    return problems;
  }
}

/** Within an article: by start, the longer span first at one start. */
const byPosition = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from - b.from || b.to - a.to;

/** Article order: by id. */
export const byArticleId = (a: string, b: string) => a.localeCompare(b);

/** The whole corpus in memory, for the commands that work on the model (the database is built from a CorpusReader). */
export function loadCorpus(dir: string, progress?: Progress): Loaded {
  const reader = new CorpusReader(dir);
  const problems: Problem[] = [...reader.problems];
  const reads: ArticleRead[] = [];
  const leftOut: string[] = [];
  const articles = reader.files.articles;
  for (const [done, file] of articles.entries()) {
    progress?.('reading the corpus', done, articles.length);
    const r = reader.read(file);
    for (const p of r.problems) problems.push(p);
    if (r.article) reads.push(r);
    else if (r.leftOut !== null) leftOut.push(r.leftOut);
  }
  progress?.('reading the corpus', articles.length, articles.length);
  // One by one: a large corpus's problems are more arguments than a call can take.
  for (const p of reader.finish()) problems.push(p);
  reads.sort((a, b) => byArticleId(a.article!.id, b.article!.id));
  const corpus: Corpus = { dir: reader.files.dir, articles: [], actors: reader.actors, agreements: reader.agreements, claims: [], mentions: [], regions: [] };
  const nonMentions = new Map<string, Range16[]>();
  for (const r of reads) {
    corpus.articles.push(r.article!);
    for (const c of r.claims) corpus.claims.push(c);
    for (const m of r.mentions) corpus.mentions.push(m);
    for (const g of r.regions) corpus.regions.push(g);
    nonMentions.set(r.article!.id, r.nonMentions);
  }
  return { corpus, problems, nonMentions, inputs: reader.inputs, leftOut };
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
    else if (state.type !== 'state') fail(`"${a.governs}" is ${aOrAn(state.type)}, not a state: a government governs a state`);
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
