/**
 * The schema of `gloss export --format sqlite`: a published contract for analysts (README "SQLite
 * export"), as stable as the JSON export's fields. Columns carry the JSON export's names and values;
 * JSON's lists become link tables with a 1-based `position`. Plain SQLite only — TEXT and INTEGER
 * columns, no STRICT tables, no functions of ours — so that the sqlite3 shell, Python, pandas, R and
 * Datasette open it as it is. The comments stay in the file (`.schema` in sqlite3 shows them).
 *
 * A change that could break a reader's query (a column renamed or removed) raises SCHEMA_VERSION,
 * which is written as `PRAGMA user_version` and in the meta table; adding a column or a view does not.
 */
export const SCHEMA_VERSION = 1;

export const TABLES = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  outlet TEXT,                 -- null: not given (gloss add leaves it unset; check warns)
  author TEXT,                 -- null: no byline
  date TEXT,                   -- YYYY, YYYY-MM or YYYY-MM-DD; null: undated (as outlet)
  inferred TEXT,               -- JSON object saying how date, author or outlet were inferred; null: stated
  url TEXT,
  sha256 TEXT NOT NULL,        -- of the text, as UTF-8
  claims INTEGER NOT NULL,     -- how many claims the article has
  mentions INTEGER NOT NULL,
  characters INTEGER NOT NULL, -- length of the text in code points
  text TEXT NOT NULL
);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,          -- person, organisation, state, government, party, company, group…
  role TEXT,
  affiliation TEXT,
  mentions INTEGER NOT NULL,
  claimsMade INTEGER NOT NULL,
  claimsAbout INTEGER NOT NULL,
  note TEXT,
  governs TEXT                 -- on a government: the state it governs (one agent; the counts take both)
);

CREATE TABLE actor_aliases (
  actor TEXT NOT NULL REFERENCES actors (id),
  position INTEGER NOT NULL,   -- 1-based, in the order of the registry
  alias TEXT NOT NULL,
  PRIMARY KEY (actor, position)
);

CREATE TABLE agreements (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  date TEXT,
  status TEXT NOT NULL,        -- the current status: proposed, signed, in-force, abandoned…
  scope TEXT,
  excludes TEXT,
  mentions INTEGER NOT NULL,
  claimsAbout INTEGER NOT NULL,
  note TEXT
);

CREATE TABLE agreement_parties (
  agreement TEXT NOT NULL REFERENCES agreements (id),
  position INTEGER NOT NULL,
  party TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (agreement, position)
);

CREATE TABLE agreement_aliases (
  agreement TEXT NOT NULL REFERENCES agreements (id),
  position INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (agreement, position)
);

CREATE TABLE agreement_history (
  agreement TEXT NOT NULL REFERENCES agreements (id),
  position INTEGER NOT NULL,   -- 1-based, oldest first as recorded
  status TEXT NOT NULL,
  date TEXT NOT NULL,
  article TEXT NOT NULL REFERENCES articles (id), -- the article that reports the change
  source TEXT REFERENCES actors (id),             -- whose report it is
  note TEXT,
  PRIMARY KEY (agreement, position)
);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,         -- ARTICLE:LOCAL, e.g. collins:c22
  article TEXT NOT NULL REFERENCES articles (id),
  start INTEGER NOT NULL,      -- offsets into the article text, in code points, end exclusive
  end INTEGER NOT NULL,
  line INTEGER NOT NULL,       -- 1-based line and column (code points) of start
  column INTEGER NOT NULL,
  quote TEXT NOT NULL,
  source TEXT NOT NULL REFERENCES actors (id),
  sourceName TEXT NOT NULL,
  reportedBy TEXT REFERENCES actors (id),
  cue TEXT,
  attribution TEXT NOT NULL,   -- direct, indirect, author or second-hand
  type TEXT NOT NULL,           -- assertion, allegation, denial, commitment…
  note TEXT,
  quotation INTEGER NOT NULL   -- 1 when gloss quotes lists it: the claim is direct (attribution = 'direct')
);

CREATE TABLE claim_about (
  claim TEXT NOT NULL REFERENCES claims (id),
  position INTEGER NOT NULL,
  about TEXT NOT NULL,         -- an actor id or an agreement id
  PRIMARY KEY (claim, position)
);

CREATE TABLE claim_via (
  claim TEXT NOT NULL REFERENCES claims (id),
  position INTEGER NOT NULL,   -- the attribution chain: 1 the outermost (the article's writer), last the innermost
  actor TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (claim, position)
);

CREATE TABLE mentions (
  id TEXT PRIMARY KEY,         -- ARTICLE:mSTART
  article TEXT NOT NULL REFERENCES articles (id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  line INTEGER NOT NULL,
  column INTEGER NOT NULL,
  quote TEXT NOT NULL,
  actor TEXT REFERENCES actors (id),         -- exactly one of actor and agreement
  agreement TEXT REFERENCES agreements (id),
  note TEXT
);

CREATE TABLE regions (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles (id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  line INTEGER NOT NULL,
  column INTEGER NOT NULL,
  quote TEXT NOT NULL,
  kind TEXT NOT NULL,          -- furniture, caption, navigation, comment-form, cookie-notice, byline
  note TEXT
);
`;

/** Made after the rows are in: quicker than keeping indexes up to date row by row. */
export const INDEXES_AND_VIEWS = `
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX agreement_parties_party ON agreement_parties (party);
CREATE INDEX agreement_history_article ON agreement_history (article);
CREATE INDEX claims_article ON claims (article, start);
CREATE INDEX claims_source ON claims (source);
CREATE INDEX claims_reportedBy ON claims (reportedBy);
CREATE INDEX claims_attribution ON claims (attribution);
CREATE INDEX claims_type ON claims (type);
CREATE INDEX claim_about_about ON claim_about (about);
CREATE INDEX claim_via_actor ON claim_via (actor);
CREATE INDEX mentions_article ON mentions (article, start);
CREATE INDEX mentions_actor ON mentions (actor);
CREATE INDEX mentions_agreement ON mentions (agreement);
CREATE INDEX regions_article ON regions (article, start);
CREATE INDEX regions_kind ON regions (kind);

-- Claims with the article's title, date and outlet, the reporter's name, and what they are about
-- joined with "; " (as in the CSV export).
CREATE VIEW claim_details AS
SELECT c.id, c.article, a.title AS articleTitle, a.date AS articleDate, a.outlet AS outlet,
       c.start, c.end, c.line, c.column, c.quote,
       c.source, c.sourceName, c.reportedBy, r.name AS reportedByName, c.cue, c.attribution, c.type,
       (SELECT group_concat(about, '; ') FROM (SELECT about FROM claim_about WHERE claim = c.id ORDER BY position)) AS about,
       c.note, c.quotation
FROM claims c
JOIN articles a ON a.id = c.article
LEFT JOIN actors r ON r.id = c.reportedBy;

-- What gloss quotes lists: the direct quotations with their speakers.
CREATE VIEW quotes AS
SELECT * FROM claim_details WHERE quotation = 1;

-- Each claim once for every actor or agreement it is about, with that one's name.
CREATE VIEW claim_about_details AS
SELECT ca.claim, ca.position, ca.about,
       CASE WHEN ac.id IS NOT NULL THEN 'actor' ELSE 'agreement' END AS aboutKind,
       coalesce(ac.name, ag.name) AS aboutName,
       c.article, c.source, c.sourceName, c.attribution, c.type, c.quote
FROM claim_about ca
JOIN claims c ON c.id = ca.claim
LEFT JOIN actors ac ON ac.id = ca.about
LEFT JOIN agreements ag ON ag.id = ca.about;

-- Mentions with the name of the actor or agreement and the article's title and date.
CREATE VIEW mention_details AS
SELECT m.id, m.article, a.title AS articleTitle, a.date AS articleDate,
       m.start, m.end, m.line, m.column, m.quote,
       m.actor, m.agreement, coalesce(ac.name, ag.name) AS name, m.note
FROM mentions m
JOIN articles a ON a.id = m.article
LEFT JOIN actors ac ON ac.id = m.actor
LEFT JOIN agreements ag ON ag.id = m.agreement;
`;
