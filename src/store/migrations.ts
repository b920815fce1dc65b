import type Database from 'better-sqlite3';
import { CLUSTER_MAIN_WORDING, clusterWordingsBackfill } from './cluster-counts.js';
import { backfillClusters } from './clusters.js';
import { unifySpeakers } from './speaker-migration.js';

/** A migration: SQL, or a function for a change SQL alone cannot make (it runs in the migration's transaction). */
export type Migration = string | ((db: Database.Database) => void);

/**
 * The schema, as an ordered list of SQL migrations. `PRAGMA user_version` records how many
 * have run; a migration is never edited once shipped, a change is a new entry at the end.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1: articles, speakers, attributions, review audit, users, settings, full-text search.
  `
  CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    -- sha256 of the normalized text: the same article ingested twice is stored once
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    authors      TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
    published    TEXT,                         -- ISO 8601, null when unknown
    url          TEXT,
    source_path  TEXT,
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL
  );

  CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- lower case, no diacritics or punctuation: "Nicolás Maduro" and "Nicolas Maduro" are one row
    key  TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL
  );

  CREATE TABLE attributions (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,          -- order in the article, 0-based
    -- The list order as one integer (see sort-key.ts): ORDER BY sort_key DESC is article day
    -- (published, else ingest) newest first, then newest article, then position in the
    -- article. One column lets every filter index end in it, gives keyset pagination a single
    -- cursor, and is the rowid of the search row so full-text results come back in list order.
    sort_key         INTEGER NOT NULL UNIQUE,
    extract_id       TEXT NOT NULL,             -- the pipeline's id for the attribution
    kind             TEXT NOT NULL,
    text             TEXT NOT NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    grp              TEXT,
    speaker_id       INTEGER REFERENCES speakers(id),
    speaker_mention  TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    source_type      TEXT,                      -- the speaker's SourceType for this claim
    cue_text         TEXT,
    cue_start        INTEGER,
    cue_end          INTEGER,
    channel_type     TEXT,
    channel_platform TEXT,
    reported_by      TEXT,
    reported_by_type TEXT,
    confidence       REAL NOT NULL,
    rule             TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'unreviewed',
    note             TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (article_id, position)
  );
  CREATE INDEX attributions_speaker ON attributions (speaker_id, sort_key);
  CREATE INDEX attributions_kind    ON attributions (kind, sort_key);
  CREATE INDEX attributions_source  ON attributions (source_type, sort_key);
  CREATE INDEX attributions_status  ON attributions (status, sort_key);

  CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
  );

  CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    user_name      TEXT NOT NULL,
    at             TEXT NOT NULL,
    action         TEXT NOT NULL,
    note           TEXT,
    before         TEXT NOT NULL,              -- JSON of the reviewable fields
    after          TEXT NOT NULL
  );
  CREATE INDEX reviews_attribution ON reviews (attribution_id, id);

  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  -- One search row per attribution (rowid = its sort_key): quote text, speaker name, article
  -- title. Contentless (the text lives in the tables above); the write path deletes and
  -- re-inserts the row when the speaker is corrected, in the same transaction.
  CREATE VIRTUAL TABLE attribution_search USING fts5 (
    text, speaker, title,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  // 2: how many attributions name each speaker, kept by triggers in the transaction that
  // changes them. The speakers page sorts by it (counting every speaker's rows read the whole
  // speaker index: 50 ms a page at a million attributions), and a claims page filtered by
  // speaker alone shows its exact total instead of counting index entries up to a cap.
  `
  ALTER TABLE speakers ADD COLUMN attribution_count INTEGER NOT NULL DEFAULT 0;
  UPDATE speakers SET attribution_count = (SELECT count(*) FROM attributions a WHERE a.speaker_id = speakers.id);
  CREATE INDEX speakers_by_count ON speakers (attribution_count DESC, name);

  CREATE TRIGGER attributions_count_insert AFTER INSERT ON attributions
  WHEN NEW.speaker_id IS NOT NULL
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count + 1 WHERE id = NEW.speaker_id;
  END;

  CREATE TRIGGER attributions_count_delete AFTER DELETE ON attributions
  WHEN OLD.speaker_id IS NOT NULL
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count - 1 WHERE id = OLD.speaker_id;
  END;

  CREATE TRIGGER attributions_count_update AFTER UPDATE OF speaker_id ON attributions
  WHEN OLD.speaker_id IS NOT NEW.speaker_id
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count - 1 WHERE id = OLD.speaker_id;
    UPDATE speakers SET attribution_count = attribution_count + 1 WHERE id = NEW.speaker_id;
  END;
  `,
  // 3: why the pipeline thinks a record needs a human look (unknown or ambiguous speaker, a weak
  // rule), in plain words, so the review desk can show and queue it.
  `
  ALTER TABLE attributions ADD COLUMN doubt_code TEXT;
  ALTER TABLE attributions ADD COLUMN doubt_reason TEXT;
  `,
  // 4: sessions kept here, so signing out, removing a reviewer or changing a password ends
  // them; the cookie carries only a random id. The cookie-signing secret leaves the database
  // (it lives in SAIDBY_SESSION_SECRET or a 0600 file beside it): whoever could read the file
  // could sign a cookie for anyone. Sessions signed with the old secret end here. IF NOT
  // EXISTS: a database whose user_version was set back runs this again without harm.
  `
  CREATE TABLE IF NOT EXISTS sessions (
    -- sha256 of the cookie's session id: a copy of this table signs no one in
    id_hash    TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL          -- Unix time in milliseconds
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);
  CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
  DELETE FROM settings WHERE key = 'session_secret';
  `,
  // 5: one speaker per person across articles. Every written form of a speaker is kept
  // ("Donald J. Trump", "President Trump" for Donald Trump), the speakers stored before are
  // merged by the same rules as new ones, and speakers named by a pronoun ("he") become unknown
  // speakers (see speaker-migration.ts).
  unifySpeakers,
  // 6: the review desk. Rejected records drop out of what lists, exports and the speakers page
  // show by default: the per-speaker count keeps only records not rejected (the triggers of
  // migration 2 now watch the status too), and two partial indexes let the unfiltered list and
  // the speaker filter skip rejected rows without reading them (full-text search still reads the
  // index once per match it counts). The review queue walks its own
  // partial index (unreviewed only, unknown speakers first, then lowest confidence, newest
  // article). Deleting or re-reading an article is logged in article_log, which outlives it.
  `
  DROP TRIGGER attributions_count_insert;
  DROP TRIGGER attributions_count_delete;
  DROP TRIGGER attributions_count_update;

  CREATE TRIGGER attributions_count_insert AFTER INSERT ON attributions
  WHEN NEW.speaker_id IS NOT NULL AND NEW.status <> 'rejected'
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count + 1 WHERE id = NEW.speaker_id;
  END;

  CREATE TRIGGER attributions_count_delete AFTER DELETE ON attributions
  WHEN OLD.speaker_id IS NOT NULL AND OLD.status <> 'rejected'
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count - 1 WHERE id = OLD.speaker_id;
  END;

  CREATE TRIGGER attributions_count_update AFTER UPDATE OF speaker_id, status ON attributions
  WHEN OLD.speaker_id IS NOT NEW.speaker_id OR (OLD.status = 'rejected') IS NOT (NEW.status = 'rejected')
  BEGIN
    UPDATE speakers SET attribution_count = attribution_count - 1 WHERE id = OLD.speaker_id AND OLD.status <> 'rejected';
    UPDATE speakers SET attribution_count = attribution_count + 1 WHERE id = NEW.speaker_id AND NEW.status <> 'rejected';
  END;

  UPDATE speakers SET attribution_count =
    (SELECT count(*) FROM attributions a WHERE a.speaker_id = speakers.id AND a.status <> 'rejected');

  -- status is in the columns too, although every row has the same kind of value: only then does
  -- SQLite read these partial indexes without touching the rows (a list count at 300k rows:
  -- 0.03 ms instead of 0.23).
  CREATE INDEX attributions_visible ON attributions (sort_key, status) WHERE status <> 'rejected';
  CREATE INDEX attributions_visible_speaker ON attributions (speaker_id, sort_key, status) WHERE status <> 'rejected';
  CREATE INDEX attributions_queue ON attributions (
    (CASE WHEN speaker_id IS NULL OR doubt_code IN ('unresolved-speaker', 'ambiguous-speaker', 'no-speaker') THEN 0 ELSE 1 END),
    confidence, sort_key DESC
  ) WHERE status = 'unreviewed';

  CREATE TABLE article_log (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,              -- no foreign key: the entry outlives the article
    title      TEXT,
    user_name  TEXT NOT NULL,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,                 -- 'delete' | 'rerun'
    detail     TEXT NOT NULL DEFAULT '{}'     -- JSON: counts, records no longer found
  );
  CREATE INDEX article_log_article ON article_log (article_id, id);
  `,
  // 7: what kind of report each record's cue makes (assertion, belief, intention, question,
  // evidence), so a fact-checker can keep to assertions; the index serves that filter alone.
  `
  ALTER TABLE attributions ADD COLUMN cue_kind TEXT;
  CREATE INDEX attributions_cue_kind ON attributions (cue_kind, sort_key);
  `,
  // 8: speaker management. Merging, renaming, adding a name, moving a record off and "not a
  // speaker" are logged per speaker in speaker_log (each moved record also gets its own entry in
  // reviews); an entry outlives a speaker merged away or removed, so it has no foreign key.
  `
  CREATE TABLE speaker_log (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL,            -- the speaker the entry is shown on
    other_id   INTEGER,                     -- the other speaker of a merge or a move, if any
    user_name  TEXT NOT NULL,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,               -- 'merge' | 'rename' | 'alias' | 'split' | 'not-speaker'
    detail     TEXT NOT NULL DEFAULT '{}'   -- JSON: names and counts, for the sentence shown
  );
  CREATE INDEX speaker_log_speaker ON speaker_log (speaker_id, id);
  CREATE INDEX speaker_log_other ON speaker_log (other_id, id) WHERE other_id IS NOT NULL;
  `,
  // 9: watched feeds. A feed remembers its ETag and Last-Modified so an unchanged feed costs one
  // 304, and every item address it has imported, so an item is fetched once however often the
  // feed lists it (the same text under two addresses is still stored once, by content hash).
  // Editing an article's details is logged in article_log as 'edit' (no schema change there).
  `
  CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,
    added_by      TEXT,
    added_at      TEXT NOT NULL,
    checked_at    TEXT,
    last_result   TEXT                      -- the last run's summary, in words
  );
  CREATE TABLE feed_items (
    feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    url          TEXT NOT NULL,
    article_id   INTEGER,                   -- no foreign key: deleting the article must not re-import it
    content_hash TEXT,
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (feed_id, url)
  ) WITHOUT ROWID;
  `,
  // 10: search finds the other forms of a word ("hostage" finds "hostages", "deported" finds
  // "deport"): the search table is made again with the Porter stemmer over the same tokenizer,
  // and every row indexed again (the speaker as stored now, after speakers were unified), then
  // merged into one segment as Store.optimizeSearch does. About 2 s per 50,000 records.
  `
  DROP TABLE attribution_search;
  CREATE VIRTUAL TABLE attribution_search USING fts5 (
    text, speaker, title,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO attribution_search (rowid, text, speaker, title)
    SELECT a.sort_key, a.text, coalesce(s.name, ''), coalesce(ar.title, '')
    FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id;
  INSERT INTO attribution_search (attribution_search) VALUES ('optimize');
  `,
  // 11: a fact-checker's rating of a reviewed claim ("False", "Misleading"), optional, for the
  // ClaimReview's reviewRating. A table of its own: the rating is the fact-checker's verdict on
  // what was said, not a field of the attribution the review corrects. IF NOT EXISTS: a database
  // whose user_version was set back runs this again without harm.
  `
  CREATE TABLE IF NOT EXISTS claim_ratings (
    attribution_id INTEGER PRIMARY KEY REFERENCES attributions(id) ON DELETE CASCADE,
    rating         TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    at             TEXT NOT NULL
  );
  `,
  // 12: clusters of one statement across articles (clusters.ts): the same quotation, or a
  // partial or reworded one, in other outlets. Every record already stored is clustered, earliest
  // article first, as ingest would have done.
  backfillClusters,
  // 13: each cluster's distinct wordings and known speakers with their counts, kept by triggers
  // (clusters.ts), so a cluster page's flags read a few rows instead of every member's record.
  clusterWordingsBackfill,
  // 14: the wording and speaker most members of a cluster carry are counted on its row, the
  // others in the tables of 13: a verbatim copy joining its cluster writes one row (cluster-counts.ts).
  CLUSTER_MAIN_WORDING,
];

/** Brings the database up to the latest schema, each migration in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this saidby (${MIGRATIONS.length}); upgrade saidby`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    const migration = MIGRATIONS[version] as Migration;
    db.transaction(() => {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
