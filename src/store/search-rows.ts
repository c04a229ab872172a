/**
 * The search index's rows, made as the database is built: each article's documents (search/documents.ts)
 * with their records, folded texts and words, then the registry's, then the vocabulary. Made wherever
 * the database is written (writer.ts): on a large corpus that is the worker thread, which then does
 * this work too while the building thread reads the next articles.
 */
import type { Article, Claim, Corpus, Mention, Region } from '../model.js';
import { articleDocuments, documentContext, KIND_CODE, LARGE, registryDocuments, storedRecord, type DocumentContext, type SearchDoc } from '../search/documents.js';
import { WordPostings } from '../search/word-index.js';
import { checksum } from './sqlite.js';
import { BatchedInsert } from './batched-insert.js';
import type { Writer } from './writer.js';

type Registry = Pick<Corpus, 'actors' | 'agreements'>;

/** What the builder says of the search index: the registry first, then each article (its number in reading order), then the end. */
export type SearchItem =
  | { kind: 'start'; registry: Registry }
  | { kind: 'article'; article: Article; claims: Claim[]; mentions: Mention[]; regions: Region[]; number: number }
  | { kind: 'finish' };

export class SearchRows {
  private readonly docs: BatchedInsert;
  private readonly texts: BatchedInsert;
  private readonly words = new WordPostings();
  private kinds = '';
  private readonly article: number[] = [];
  private n = 0;
  private registry?: Registry;
  private context?: DocumentContext;

  constructor(private readonly writer: Pick<Writer, 'run'>) {
    this.docs = new BatchedInsert(writer, 'search_docs', 'vtvtv');
    this.texts = new BatchedInsert(writer, 'search_text', 'vtv');
  }

  take(item: SearchItem): void {
    if (item.kind === 'start') {
      this.registry = item.registry;
      this.context = documentContext(item.registry);
    } else if (item.kind === 'article') {
      for (const d of articleDocuments(this.context!, item.article, item.claims, item.mentions, item.regions)) this.add(d, item.number);
    } else {
      for (const d of registryDocuments(this.context!, this.registry!)) this.add(d, -1);
      this.finish();
    }
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
    this.docs.flush();
    this.texts.flush();
    const meta = new BatchedInsert(this.writer, 'meta', 'ttv');
    const put = (key: string, value: string) => meta.add(key, value, checksum(value));
    put('search.kinds', this.kinds);
    put('search.article', Buffer.from(Int32Array.from(this.article).buffer).toString('base64'));
    meta.flush();
    // Only a large corpus is narrowed by words before ranking (prefilter.ts): a small one needs no postings.
    if (this.n > LARGE) {
      const vocabulary = new BatchedInsert(this.writer, 'vocabulary', 'vtvv');
      let w = 0;
      for (const [word, postings] of this.words.entries()) {
        const bytes = new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength);
        vocabulary.add(w++, word, bytes, checksum(bytes));
      }
      vocabulary.flush();
    }
  }
}
