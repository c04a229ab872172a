/**
 * Each article's rows, made as the database is built: the article with its text, its claims (with the
 * actors of their chains and what they are about), mentions and regions, each with its checksum;
 * and the search index's rows: its documents (search/documents.ts) with their records, folded texts
 * and words, then the registry's, then the vocabulary. Made wherever the database is written
 * (writer.ts): on a large corpus the worker thread, which does this work while the building thread
 * reads, checks and lints the next articles.
 */
import type { Article, Claim, Corpus, Mention, Region } from '../model.js';
import { articleDocuments, documentContext, KIND_CODE, LARGE, registryDocuments, storedRecord, type DocumentContext, type SearchDoc } from '../search/documents.js';
import { WordPostings } from '../search/word-index.js';
import { checksum } from './sqlite.js';
import { bytesSum, checked, checkedLine, Damaged, lineSum, sealed, textSum, type LineRow } from './rows.js';
import { isDamage, type Database, type Row } from './sqlite.js';
import type { StatementSync } from 'node:sqlite';
import { isQuotation } from '../query/quotes.js';
import { BatchedInsert } from './batched-insert.js';
import { SpanIndex } from '../corpus/span-index.js';
import type { Writer } from './writer.js';

type Registry = Pick<Corpus, 'actors' | 'agreements'>;

/**
 * What the builder sends: the registry first, then each sound article (its number in reading order),
 * then the end. An article's claims, mentions and regions come as their JSON texts, which are their
 * rows' `json` cells, with those cells' checksums (`sums`: the claims', then the mentions', then the
 * regions'), made by the builder (`articleItem`). Sent as objects, they were serialized for the
 * crossing (v8.serialize) and then stringified again here for their rows: now JSON is made once, on
 * the building thread, which waits for this one, and parsed here for the search documents.
 */
export type ArticleItem =
  | { kind: 'start'; registry: Registry }
  | { kind: 'article'; article: Article; claims: string[]; mentions: string[]; regions: string[]; sums: Uint32Array; number: number; earlier?: Earlier }
  | { kind: 'finish' };

/**
 * Where the database being replaced holds an unchanged article's search documents (store/reuse.ts):
 * its number there and its documents' numbers, from `from` up to `to`. A hint: the writer takes them
 * from there if it has that database, and makes them again if it has not or they are not as said.
 */
export interface Earlier {
  article: number;
  from: number;
  to: number;
}

export function articleItem(article: Article, claims: Claim[], mentions: Mention[], regions: Region[], number: number, earlier?: Earlier): ArticleItem {
  const json = (xs: object[]) => xs.map((x) => JSON.stringify(x));
  const item = {
    kind: 'article' as const, article, claims: json(claims), mentions: json(mentions), regions: json(regions), number,
    sums: new Uint32Array(claims.length + mentions.length + regions.length), ...(earlier && { earlier }),
  };
  let k = 0;
  for (const texts of [item.claims, item.mentions, item.regions]) for (const t of texts) item.sums[k++] = checksum(t);
  return item;
}

export class ArticleRows {
  private readonly articles: BatchedInsert;
  private readonly claims: BatchedInsert;
  private readonly about: BatchedInsert;
  private readonly party: BatchedInsert;
  private readonly mentions: BatchedInsert;
  private readonly regions: BatchedInsert;
  private readonly count = { claim: 0, mention: 0, region: 0 };
  private readonly docs: BatchedInsert;
  private readonly texts: BatchedInsert;
  private readonly lines: BatchedInsert;
  private readonly words = new WordPostings();
  private kinds = '';
  private readonly article: number[] = [];
  /** Each line's first document (lineRows), in order. */
  private readonly lineStarts: number[] = [];
  private n = 0;
  private registry?: Registry;
  private context?: DocumentContext;

  /**
   * `earlier`: the connection the rows are written on, where the database being replaced is attached
   * as `earlier` (writer.ts attachEarlier): an unchanged article's documents and lines are taken from
   * it (`copied`) instead of made again, which was a third of this writer's work.
   */
  constructor(
    private readonly writer: Pick<Writer, 'run'>,
    private readonly earlier: Database | null = null,
  ) {
    this.articles = new BatchedInsert(writer, 'articles', 'vttvtv');
    this.claims = new BatchedInsert(writer, 'claims', 'vttttttvvvtv');
    this.about = new BatchedInsert(writer, 'claim_about', 'tv', 'INSERT OR IGNORE');
    this.party = new BatchedInsert(writer, 'claim_party', 'tv', 'INSERT OR IGNORE');
    this.mentions = new BatchedInsert(writer, 'mentions', 'vttttv');
    this.regions = new BatchedInsert(writer, 'regions', 'vtttv');
    this.docs = new BatchedInsert(writer, 'search_docs', 'vtvtv');
    this.texts = new BatchedInsert(writer, 'search_text', 'vtv');
    this.lines = new BatchedInsert(writer, 'lines', 'vvtvvvttv');
  }

  take(item: ArticleItem): void {
    if (item.kind === 'start') {
      this.registry = item.registry;
      this.context = documentContext(item.registry);
    } else if (item.kind === 'article') {
      // The texts are JSON.stringify's of the model's objects (strings, numbers, arrays of them): parsed, they are those objects.
      const claims = item.claims.map((t) => JSON.parse(t) as Claim);
      const mentions = item.mentions.map((t) => JSON.parse(t) as Mention);
      const regions = item.regions.map((t) => JSON.parse(t) as Region);
      this.rows(item, claims, mentions, regions);
      if (item.earlier && this.copied(item.article.id, item.number, item.earlier)) return;
      const first = this.n;
      // Each line's first passage: where its share of the article's documents starts.
      const starts: [number, number][] = [];
      for (const d of articleDocuments(this.context!, item.article, claims, mentions, regions)) {
        if (d.kind === 'passage' && d.line !== null && (starts.length === 0 || starts.at(-1)![0] !== d.line)) starts.push([d.line, this.n]);
        this.add(d, item.number);
      }
      this.lineRows(item.article, claims, first, starts);
    } else {
      for (const d of registryDocuments(this.context!, this.registry!)) this.add(d, -1);
      this.finish();
    }
  }

  private rows(item: Extract<ArticleItem, { kind: 'article' }>, claims: Claim[], mentions: Mention[], regions: Region[]): void {
    const { article: a, number, sums } = item;
    const { text, ...rest } = a;
    // textAt: where the text stands among the article's keys, so that it reads back in the loader's order.
    const json = JSON.stringify({ a: rest, textAt: Object.keys(a).indexOf('text'), claims: claims.length, mentions: mentions.length, regions: regions.length, characters: codePoints(text) });
    this.articles.add(number, a.id, ...sealed(json), text, textSum(a.id, text));
    let j = 0;
    claims.forEach((c, i) => {
      const k = this.count.claim++;
      this.claims.add(k, c.id, c.article, c.source, c.reportedBy ?? null, c.type, c.attribution, quoted(c) ? 1 : 0, c.from, c.to, item.claims[i]!, sums[j++]!);
      for (const s of c.about) this.about.add(s, k);
      for (const p of [c.source, ...c.via]) this.party.add(p, k);
    });
    mentions.forEach((m, i) => this.mentions.add(this.count.mention++, m.id, m.article, m.actor ?? m.agreement ?? null, item.mentions[i]!, sums[j++]!));
    regions.forEach((g, i) => this.regions.add(this.count.region++, g.id, g.article, item.regions[i]!, sums[j++]!));
  }

  /**
   * The lines holding passages (`starts`: line number and first passage document, in order), with the
   * documents `first` to the last made shared out among them: the first line's share starts at the
   * article's first document, each other's at its first passage (a claim's document follows the
   * passage it starts in), so that every document of the article is in one line's share.
   */
  private lineRows(article: Article, claims: Claim[], first: number, starts: [number, number][]): void {
    const text = article.text;
    let at = 0;
    let cp = 0;
    let line = 1;
    // Indexed once: a scan of every claim per line was lines × claims.
    const claimsIn = new SpanIndex(claims);
    starts.forEach(([number, doc], i) => {
      for (; line < number; line++) {
        const next = text.indexOf('\n', at) + 1;
        cp += codePoints(text.slice(at, next));
        at = next;
      }
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl;
      const d = i === 0 ? first : doc;
      const row: LineRow = {
        d,
        docs: (i + 1 < starts.length ? starts[i + 1]![1] : this.n) - d,
        article: article.id,
        line,
        u16: at,
        cp,
        text: text.slice(at, end),
        claims: JSON.stringify(claimsIn.overlapping(at, end).map((c) => [c.id, c.source, c.attribution, c.from, c.to])),
      };
      this.lineStarts.push(row.d);
      this.lines.add(row.d, row.docs, row.article, row.line, row.u16, row.cp, row.text, row.claims, lineSum(row));
    });
  }

  private readonly statements = new Map<string, StatementSync>();

  private earlierRows(sql: string, values: number[]): Row[] {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.earlier!.prepare(sql)));
    return st.all(...values);
  }

  /**
   * An unchanged article's documents and lines as the earlier database holds them, numbered from here
   * on: the same rows a build from nothing makes, but for the numbers (and the lines' checksums, which
   * cover them). Documents and their texts are copied by SQLite, record and checksum as they are (a
   * damaged one stays damaged, and is found as it is read, as in the database it came from); the texts
   * are read here for the word index, checked. Every row must be this article's, as many as it had;
   * false, with nothing written, if not (the documents are then made again).
   */
  private copied(id: string, number: number, at: Earlier): boolean {
    // Documents are numbered in their reading order, which their records leave out (documents.ts storedRecord).
    if (this.earlier === null || this.context!.order !== this.n) return false;
    const range = [at.from, at.to];
    let texts: string[], codes: string[], lines: LineRow[];
    try {
      const docs = this.earlierRows('SELECT n, code, article FROM earlier.search_docs WHERE n >= ? AND n < ? ORDER BY n', range);
      const folded = this.earlierRows('SELECT n, folded, sum FROM earlier.search_text WHERE n >= ? AND n < ? ORDER BY n', range);
      lines = this.earlierRows('SELECT d, docs, article, line, u16, cp, text, claims, sum FROM earlier.lines WHERE d >= ? AND d < ? ORDER BY d', range).map(checkedLine);
      if (docs.length !== at.to - at.from || folded.length !== docs.length || lines.some((l) => l.article !== id)) return false;
      if (docs.some((r, i) => r.n !== at.from + i || folded[i]!.n !== r.n || r.article !== at.article || typeof r.code !== 'string')) return false;
      codes = docs.map((r) => r.code as string);
      texts = folded.map((r) => checked(r.folded, r.sum, 'search text'));
    } catch (e) {
      if (e instanceof Damaged || isDamage(e)) return false;
      throw e;
    }
    const shift = this.n - at.from;
    this.writer.run('INSERT INTO search_docs SELECT n + ?, code, ?, record, sum FROM earlier.search_docs WHERE n >= ? AND n < ?', [shift, number, ...range]);
    this.writer.run('INSERT INTO search_text SELECT n + ?, folded, sum FROM earlier.search_text WHERE n >= ? AND n < ?', [shift, ...range]);
    for (const [i, folded] of texts.entries()) {
      this.words.add(this.n++, folded);
      this.kinds += codes[i]!;
      this.article.push(number);
    }
    // The next article's documents go on from here in reading order.
    this.context!.order += texts.length;
    for (const l of lines) {
      const row = { ...l, d: l.d + shift };
      this.lineStarts.push(row.d);
      this.lines.add(row.d, row.docs, row.article, row.line, row.u16, row.cp, row.text, row.claims, lineSum(row));
    }
    return true;
  }

  private add(d: SearchDoc, article: number): void {
    const folded = d.f.all.replace(/\n/g, ' ');
    this.words.add(this.n, folded);
    const code = d.furniture ? KIND_CODE[d.kind].toUpperCase() : KIND_CODE[d.kind];
    this.kinds += code;
    this.article.push(article);
    const record = JSON.stringify(storedRecord(d));
    this.docs.add(this.n, code, article, record, checksum(record));
    this.texts.add(this.n++, folded, checksum(folded));
  }

  private finish(): void {
    for (const rows of [this.articles, this.claims, this.about, this.party, this.mentions, this.regions]) rows.flush();
    this.docs.flush();
    this.texts.flush();
    this.lines.flush();
    const meta = new BatchedInsert(this.writer, 'meta', 'ttv');
    meta.add('search.kinds', this.kinds, checksum(this.kinds));
    meta.flush();
    // Numbers as their bytes (a BLOB), not as text: at 10,000 articles search.article is 1.7 MB,
    // which every search read as 2.3 MB of base64 and decoded.
    const numbers = new BatchedInsert(this.writer, 'meta', 'tvv');
    // No numbers, no row: Node 22's node:sqlite binds an empty Uint8Array as NULL, which the table
    // refuses (a corpus whose articles all had errors was an internal error there). Readers take a
    // missing key as none (search-index.ts; lines.d is read only for lines that exist).
    const put = (key: string, values: Int32Array) => {
      if (values.length === 0) return;
      const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
      numbers.add(key, bytes, bytesSum(bytes));
    };
    put('search.article', Int32Array.from(this.article));
    put('lines.d', Int32Array.from(this.lineStarts));
    // Only a large corpus is narrowed by words before ranking (prefilter.ts): a small one needs no postings.
    if (this.n > LARGE) put('search.runs', articleRuns(this.article));
    numbers.flush();
    if (this.n > LARGE) {
      const vocabulary = new BatchedInsert(this.writer, 'vocabulary', 'vtvv');
      let w = 0;
      for (const [word, postings] of this.words.entries()) {
        const bytes = new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength);
        vocabulary.add(w++, word, bytes, bytesSum(bytes));
      }
      vocabulary.flush();
    }
  }
}

const quoted = isQuotation();

/**
 * Where each article's documents start, as pairs (article number, first document): an article's
 * documents are consecutive, so a binary search finds a document's article (store/quote-candidates.ts)
 * in a few kilobytes, where search.article's number a document is megabytes to read and decode.
 */
export function articleRuns(article: readonly number[]): Int32Array {
  const runs: number[] = [];
  for (let d = 0; d < article.length; d++) if (article[d]! >= 0 && (d === 0 || article[d - 1] !== article[d])) runs.push(article[d]!, d);
  // The end of the last article's documents: registry documents (article -1) follow.
  let end = article.length;
  while (end > 0 && article[end - 1]! < 0) end--;
  runs.push(-1, end);
  return Int32Array.from(runs);
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}
