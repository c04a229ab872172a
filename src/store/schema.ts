/**
 * The tables of a corpus's database: what the loader made of the corpus (articles with their text,
 * actors, agreements, claims, mentions, regions, the problems `check` lists), the stamps that say
 * whether it is still fresh, and the search index (documents, vocabulary, postings).
 *
 * Model objects are stored as JSON in `json` (the model's own shape: commands keep their renderers),
 * with the columns commands filter by beside it, indexed. Every JSON, text or postings cell is
 * stored with `sum`, a checksum checked as the row is read (rows.ts; an article's `text_sum` covers its
 * `id` too): SQLite's own checks see a damaged
 * page structure, not a flipped byte inside a value, and a quick_check on every run would read the
 * whole file. What is found through an index (which keeps its own copy of the key) is counted against
 * the number the article's record holds (queries.ts articlesCorpus). `n` is the reading order (articles by id, annotations by article then position).
 */

/** Raised whenever the tables or their meaning change: a database of another version is rebuilt. */
export const SCHEMA_VERSION = 14;

export const TABLES = `
-- A value is text, or the bytes of 32-bit integers (search.article, search.runs): no declared type, so
-- SQLite converts neither.
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;
-- Every corpus file read (path, and its article if it is an article's), and the corpus folders.
-- sha256: of an article text as read, which check compares with the file on every run.
CREATE TABLE stamps (path TEXT PRIMARY KEY, article TEXT, size REAL, mtime REAL, ctime REAL, ino REAL, sha256 TEXT) WITHOUT ROWID;
-- Every stamp again in one row, as the freshness check of every file takes them (freshness.ts packedStamps):
-- the paths joined by NUL as UTF-8 bytes (a BLOB: Node 22's node:sqlite reads TEXT only up to its first
-- NUL), the four numbers of each as Float64 bytes. 20,000 rows cost 50-100 ms to read.
CREATE TABLE stamps_packed (paths BLOB NOT NULL, stamps BLOB NOT NULL);
CREATE TABLE articles (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, sum INTEGER NOT NULL, text TEXT NOT NULL, text_sum INTEGER NOT NULL);
CREATE TABLE actors (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE agreements (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE claims (n INTEGER PRIMARY KEY, id TEXT NOT NULL, article TEXT NOT NULL, source TEXT NOT NULL, reported_by TEXT,
  type TEXT NOT NULL, attribution TEXT NOT NULL, quotation INTEGER NOT NULL, "from" INTEGER NOT NULL, "to" INTEGER NOT NULL,
  json TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE claim_about (subject TEXT NOT NULL, claim INTEGER NOT NULL, PRIMARY KEY (subject, claim)) WITHOUT ROWID;
-- The actors of a claim's attribution chain: its source and every link of via.
CREATE TABLE claim_party (actor TEXT NOT NULL, claim INTEGER NOT NULL, PRIMARY KEY (actor, claim)) WITHOUT ROWID;
CREATE TABLE mentions (n INTEGER PRIMARY KEY, id TEXT NOT NULL, article TEXT NOT NULL, subject TEXT, json TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE regions (n INTEGER PRIMARY KEY, id TEXT NOT NULL, article TEXT NOT NULL, json TEXT NOT NULL, sum INTEGER NOT NULL);
-- What check lists: the loader's problems, then the linter's warnings.
CREATE TABLE problems (n INTEGER PRIMARY KEY, severity TEXT NOT NULL, json TEXT NOT NULL, sum INTEGER NOT NULL);
-- Search: a document's kind code, its article's number (-1: none) and its record (search/documents.ts
-- storedRecord: without its reading order, which is n); apart, its folded search text (a scan of the texts reads no record); the vocabulary
-- with each word's postings (Int32 document numbers).
CREATE TABLE search_docs (n INTEGER PRIMARY KEY, code TEXT NOT NULL, article INTEGER NOT NULL, record TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE search_text (n INTEGER PRIMARY KEY, folded TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE vocabulary (w INTEGER PRIMARY KEY, word TEXT NOT NULL, postings BLOB NOT NULL, sum INTEGER NOT NULL);
-- Each line of an article's text that holds a passage, for verify (store/places.ts): what it reads where the
-- word index finds a quote's words, a line a document, instead of the whole texts. d: the first of the
-- line's search documents, docs: how many there are (an article's lines share out all its documents:
-- a word's postings name the lines that hold it); where the line starts (UTF-16 and code points); the
-- claims overlapping it, as [id, source, attribution, from, to] (UTF-16 in the article). sum: over all of it (rows.ts lineSum).
CREATE TABLE lines (d INTEGER PRIMARY KEY, docs INTEGER NOT NULL, article TEXT NOT NULL, line INTEGER NOT NULL, u16 INTEGER NOT NULL,
  cp INTEGER NOT NULL, text TEXT NOT NULL, claims TEXT NOT NULL, sum INTEGER NOT NULL);
`;

/** Made after the rows are in: one sort per index instead of a b-tree grown row by row. */
export const INDEXES = `
CREATE INDEX claims_id ON claims (id);
-- "to" too: the claims overlapping a place (verify) are found in the index alone, no row read but theirs.
CREATE INDEX claims_article ON claims (article, "from", "to");
CREATE INDEX claims_source ON claims (source);
CREATE INDEX claims_reported_by ON claims (reported_by);
CREATE INDEX claims_type ON claims (type);
CREATE INDEX mentions_id ON mentions (id);
CREATE INDEX mentions_article ON mentions (article);
CREATE INDEX mentions_subject ON mentions (subject);
CREATE INDEX regions_id ON regions (id);
CREATE INDEX regions_article ON regions (article);
CREATE INDEX stamps_article ON stamps (article);
-- verify looks a quote's words up (quote-candidates.ts): without it, a scan of the table, a page a word.
CREATE INDEX vocabulary_word ON vocabulary (word);
`;
