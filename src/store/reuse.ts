/**
 * What a rebuild may take from the database it replaces: the rows of every article whose two files
 * are as they were when that database read them. An annotator who edits one article of a corpus of
 * thousands then waits for that article to be read (its YAML parsed, its quotes anchored), not for
 * every article: parsing hand-written YAML is most of a build (3,000 articles: 15 of 23 s).
 *
 * The rows are trusted exactly as far as any command trusts them: a file counts as unchanged when its
 * size, modification time, change time and inode are as stamped (freshness.ts), the stamps the freshness
 * check of every command compares. Every cell taken is checked against its checksum, and the
 * annotations an index finds against the article's record, as the commands check them (queries.ts);
 * damage found here makes the build start again reading every file (build.ts). When the registries
 * changed, an article is taken only if every registry entry it refers to is as it was
 * (registry-reuse.ts): its problems and documents depend on those alone. Nothing is taken from an
 * article that had problems of its own (its problems are the loader's to report again, with their positions), nor when
 * a rebuild was asked for because the database was found damaged, or a text changed under the same
 * stamps (open.ts): those read every file.
 */
import { resolve } from 'node:path';
import type { Stats } from 'node:fs';
import type { Actor, Agreement, Claim, Mention, Problem, Region } from '../model.js';
import type { Range16 } from '../corpus/anchor.js';
import type { ArticleRead } from '../corpus/load.js';
import type { StatementSync } from 'node:sqlite';
import type { Database } from './sqlite.js';
import { checked, Damaged, databaseId, metaInts, unsealed } from './rows.js';
import { statOf } from './freshness.js';
import type { Earlier } from './article-rows.js';
import { articleOf } from './queries.js';
import { referencedIds, unchangedEntries } from './registry-reuse.js';

interface OldStamp {
  article: string | null;
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
  sha256: string | null;
}

/** An article taken from the old database, with the stats of its two files as they are now. */
export interface Reused {
  read: ArticleRead;
  stats: [path: string, stat: Stats][];
  /** Where its search documents are in the old database, for the writer to take them too (article-rows.ts). */
  earlier: Earlier | undefined;
}

export class PreviousBuild {
  private constructor(
    private readonly db: Database,
    private readonly stamps: Map<string, OldStamp>,
    /** Each article's text file (absolute), by article id. */
    private readonly texts: Map<string, string>,
    /** The files (as shown) the loader reported a problem in. */
    private readonly troubled: Set<string>,
    private readonly nonMentions: Map<string, Range16[]>,
    /** After a registry changed, the ids whose entry is as it was (registry-reuse.ts); null: no registry changed. */
    private readonly unchangedIds: Set<string> | null,
  ) {}

  /** Prepared once: a corpus of thousands of articles asks each of them for every article. */
  private readonly statements = new Map<string, StatementSync>();

  private prepared(sql: string): StatementSync {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /**
   * The old database as a source of rows for a rebuild of `dir` whose registries are the files
   * `registries`, loaded as `registry`, or null if nothing may be taken from it (another corpus folder).
   */
  static of(db: Database, dir: string, registries: readonly string[], registry: { actors: readonly Actor[]; agreements: readonly Agreement[] }): PreviousBuild | null {
    const meta = (key: string) => {
      const r = db.prepare('SELECT value, sum FROM meta WHERE key = ?').get(key);
      return r ? checked(r.value, r.sum, `meta ${key}`) : undefined;
    };
    if (meta('dir') !== dir) return null;
    const stamps = new Map<string, OldStamp>();
    const texts = new Map<string, string>();
    for (const r of db.prepare('SELECT path, article, size, mtime, ctime, ino, sha256 FROM stamps').iterate()) {
      const s = { article: r.article as string | null, size: r.size as number, mtime: r.mtime as number, ctime: r.ctime as number, ino: r.ino as number, sha256: r.sha256 as string | null };
      stamps.set(r.path as string, s);
      if (s.article !== null && s.sha256 !== null) texts.set(s.article, r.path as string);
    }
    // The registries read then are the registries now, each unchanged: else each entry is compared.
    const before = [...stamps].filter(([path, s]) => s.article === null && /\.ya?ml$/.test(path)).map(([path]) => path);
    const now = registries.map((f) => resolve(f));
    const registriesSame = before.length === now.length && now.every((f) => stamps.has(f) && same(stamps.get(f)!, statOf(f)));
    const loaderProblems = Number(meta('loaderProblems'));
    if (!Number.isInteger(loaderProblems)) throw new Damaged('meta loaderProblems');
    const troubled = new Set<string>();
    for (const r of db.prepare('SELECT json, sum FROM problems WHERE n < ? ORDER BY n').iterate(loaderProblems)) {
      const file = unsealed<Problem>(r.json, r.sum, 'problem').file;
      if (file !== undefined) troubled.add(file);
    }
    const nonMentions = new Map(JSON.parse(meta('nonMentions') ?? '[]') as [string, Range16[]][]);
    return new PreviousBuild(db, stamps, texts, troubled, nonMentions, registriesSame ? null : unchangedEntries(db, registry));
  }

  /**
   * The article of annotation file `file` as the old database holds it, if its annotation file and its
   * text are unchanged, it had no problem, and the registry entries it refers to are unchanged; else
   * null (the file is read). `shown` gives a path as
   * this run shows it: the article's own two paths are this run's, whatever folder the old one ran in.
   */
  take(file: string, shown: (path: string) => string): Reused | null {
    const path = resolve(file);
    const old = this.stamps.get(path);
    const id = old?.article;
    if (!old || id === null || id === undefined) return null;
    const textPath = this.texts.get(id);
    if (textPath === undefined) return null;
    const annotationStat = statOf(path);
    if (!same(old, annotationStat)) return null;
    const textStat = statOf(textPath);
    if (!same(this.stamps.get(textPath)!, textStat)) return null;
    const r = this.prepared('SELECT n, id, json, sum, text, text_sum FROM articles WHERE id = ?').get(id);
    if (!r) return null;
    const row = articleOf(r, true);
    const { article } = row;
    if (this.troubled.has(article.annotationFile) || this.troubled.has(article.textFile)) return null;
    const claims = this.annotations<Claim>('claims', id, row.claims);
    const mentions = this.annotations<Mention>('mentions', id, row.mentions);
    const kept = this.unchangedIds;
    if (kept !== null) for (const ref of referencedIds(article, claims, mentions)) if (!kept.has(ref)) return null;
    article.textFile = shown(textPath);
    article.annotationFile = shown(path);
    const read: ArticleRead = {
      file,
      article,
      claims,
      mentions,
      regions: this.annotations<Region>('regions', id, row.regions),
      nonMentions: this.nonMentions.get(id) ?? [],
      problems: [],
      textPath,
      textSha256: this.stamps.get(textPath)!.sha256,
      leftOut: null,
    };
    return { read, stats: [[path, annotationStat!], [textPath, textStat!]], earlier: this.documentsOf(r.n as number) };
  }

  /** Each old article's documents, by its number: [first, end), from the documents' article numbers. */
  private runs: Map<number, [number, number]> | undefined;

  private documentsOf(article: number): Earlier | undefined {
    if (!this.runs) {
      this.runs = new Map();
      const of = metaInts(this.db, 'search.article') ?? new Int32Array(0);
      for (let d = 0; d < of.length; d++) {
        const k = of[d]!;
        if (k < 0) continue;
        const run = this.runs.get(k);
        if (run && run[1] === d) run[1] = d + 1;
        // An article's documents are consecutive: any other shape is not a database this build made.
        else if (run) throw new Damaged('search.article');
        else this.runs.set(k, [d, d + 1]);
      }
    }
    const run = this.runs.get(article);
    return run && { article, from: run[0], to: run[1] };
  }

  /** Its database's identity (rows.ts databaseId). */
  get id(): string {
    return (this.idValue ??= databaseId(this.db));
  }

  private idValue: string | undefined;

  /** An article's claims, mentions or regions in reading order, as many as its record says it has. */
  private annotations<T>(table: 'claims' | 'mentions' | 'regions', article: string, count: number): T[] {
    const rows = this.prepared(`SELECT json, sum FROM ${table} WHERE article = ? ORDER BY n`).all(article);
    if (rows.length !== count) throw new Damaged(`${table} of ${article}`);
    return rows.map((r) => unsealed<T>(r.json, r.sum, `${table} of ${article}`));
  }
}

function same(s: OldStamp, st: Stats | undefined): st is Stats {
  return st !== undefined && st.size === s.size && st.mtimeMs === s.mtime && st.ctimeMs === s.ctime && st.ino === s.ino;
}
