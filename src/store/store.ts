import { accessSync, constants as fsConstants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Attribution, SourceType } from '../schema/attribution.js';
import * as accounts from './accounts.js';
import * as articles from './articles.js';
import { ATTRIBUTION_CELLS, ATTRIBUTION_JOINS, CSV_JSON } from './attribution-sql.js';
import { CSV_JOINS } from './csv-columns.js';
import { readBatches, rowsForText, withClaimBase } from './export-read.js';
import { clusterAppearances, clusterSummaries, type ClusterAppearances, type ClusterSummary } from './cluster-reads.js';
import { migrate } from './migrations.js';
import * as queries from './queries.js';
import * as reviews from './reviews.js';
import { statementParts, type StatementParts } from './statements.js';
import {
  ArticleRow,
  AttributionRow,
  attributionFromCells,
  type AttributionSummary,
  ReviewRow,
  SpeakerRow,
  SpeakerSummaryRow,
  UserRow,
  UserSummaryRow,
} from './rows.js';
import { SqliteSpeakers } from './speakers.js';
import type { RowMode, SqliteConn } from './sqlite-sql.js';
import type {
  AddArticleResult,
  AttributionFilter,
  AttributionJsonPage,
  AttributionPage,
  CappedCount,
  CsvExportPlan,
  CsvRecord,
  DatabaseHealth,
  Exported,
  NewArticle,
  Page,
  PageRequest,
  ReviewInput,
  SpeakerChoiceRows,
  SqlFilter,
} from './store-types.js';

export * from './store-types.js';
export { readCsvJson } from './export-read.js';

export const DEFAULT_DB_PATH = 'data/saidby.db';

/**
 * The review database: articles, their attributions, speakers, reviews and reviewers.
 * Every write runs in one transaction. Single rows read back are checked by zod; the list,
 * the API and the export read many rows per request and map them unchecked (see
 * attributionFromCells).
 */
export class Store {
  readonly db: Database.Database;
  private statements = new Map<string, Database.Statement>();
  /** Device and inode of the file this connection opened (null in memory): see fileState. */
  private fileId: string | null = null;
  private readonly speakers: SqliteSpeakers;
  /** This connection as the store's modules take it (articles.ts, reviews.ts, accounts.ts…). */
  private readonly conn: SqliteConn;

  private constructor(
    readonly path: string,
    db: Database.Database,
  ) {
    this.db = db;
    const sql = (text: string, mode?: RowMode): Database.Statement => this.sql(text, mode);
    this.speakers = new SqliteSpeakers(sql);
    this.conn = { db, sql, speakers: this.speakers };
  }


  /** Opens (creating when missing) and migrates the database at `path` (":memory:" for tests). */
  static open(path: string = DEFAULT_DB_PATH): Store {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true });
      createPrivately(path);
    }
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a crash may lose the last commits, never half of one.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache: list pages read rows scattered over the file by date order.
    db.pragma('cache_size = -32000');
    // Copy the WAL back into the database every 10,000 pages (about 40 MB) instead of SQLite's
    // 1,000: a page written by many commits between two checkpoints is copied once, and ingest
    // writes the same index pages again and again (a cluster's members, the speakers' rows):
    // ingest ran 4-7% faster, with clustering 10% (docs/benchmarks.md).
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
    const store = new Store(path, db);
    store.fileId = path === ':memory:' ? null : fileIdOf(path);
    return store;
  }

  /**
   * A prepared statement, compiled once per connection and row mode (ingest runs the same few
   * SQL texts millions of times; a list page runs four).
   */
  private sql(text: string, mode: RowMode = 'object'): Database.Statement {
    const cacheKey = mode === 'object' ? text : `${mode}:${text}`;
    let statement = this.statements.get(cacheKey);
    if (!statement) {
      statement = this.db.prepare(text);
      if (mode === 'raw') statement.raw(true);
      if (mode === 'pluck') statement.pluck(true);
      this.statements.set(cacheKey, statement);
    }
    return statement;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Whether the file this connection writes to is still the one at `path`. In WAL mode SQLite
   * goes on writing into a database file deleted (or replaced) under it, and every change is
   * lost when the connection closes; callers refuse writes when this says 'gone'.
   */
  fileState(): 'present' | 'gone' | 'in memory' {
    if (this.fileId === null) return 'in memory';
    return fileIdOf(this.path) === this.fileId ? 'present' : 'gone';
  }

  /** Cheap check for /healthz: the database reads, its file is in place and writes can succeed. */
  health(): DatabaseHealth {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    this.sql('SELECT 1').get();
    const file = this.fileState();
    const writable =
      file !== 'gone' &&
      !this.db.readonly &&
      !this.db.pragma('query_only', { simple: true }) &&
      (file === 'in memory' || isWritableFile(this.path));
    return { ok: file !== 'gone' && writable, schemaVersion: version, file, writable };
  }

  /** How many attributions are stored (counts the table: tens of milliseconds at a million). */
  totalAttributions(): number {
    return (this.sql('SELECT count(*) AS n FROM attributions').get() as { n: number }).n;
  }

  /**
   * Merges the full-text index into one segment (FTS5 'optimize'). Each stored article adds a
   * small segment and FTS5 merges them only in steps, so after a bulk load a word's matches
   * lie in dozens of segments that every search reads in turn: on the 1M-row bench database
   * the newest 51 matches of "immigration" took 0.36 ms, 0.11 ms after this, and the list
   * page 3.5 ms CPU instead of 2.9. It rewrites the whole index (about 6 s per million
   * attributions): run it after a bulk ingest, not after every article.
   */
  optimizeSearch(): void {
    this.db.exec("INSERT INTO attribution_search (attribution_search) VALUES ('optimize')");
  }

  // ---------------------------------------------------------------- articles (articles.ts)

  findArticleByHash(hash: string): number | null {
    return articles.findArticleByHash(this.conn, hash);
  }

  /**
   * Stores an article and its attributions in ONE transaction: after a crash the article is
   * there with every attribution, or not at all. The same text (by content hash) is stored
   * once; the second call answers `duplicate` with the first article's id.
   */
  addArticle(article: NewArticle, quotes: readonly Attribution[]): AddArticleResult {
    return articles.addArticle(this.conn, article, quotes);
  }

  getArticle(id: number): ArticleRow {
    return articles.getArticle(this.conn, id);
  }

  /** Every attribution of one article, in reading order. */
  articleAttributions(articleId: number): AttributionRow[] {
    return articles.articleAttributions(this.conn, articleId);
  }

  articleCount(): number {
    return articles.articleCount(this.conn);
  }

  // ---------------------------------------------------------------- speakers (speakers.ts)

  /**
   * The id of the speaker this name is (see resolveSpeaker: one speaker per person across
   * articles), created on first sight; null for a pronoun, which names nobody. Call inside a
   * transaction.
   */
  speakerIdFor(name: string, type: SourceType, articleNames: readonly string[] = [], articleId?: number): number | null {
    return this.speakers.speakerIdFor(name, type, articleNames, articleId);
  }

  /**
   * Speakers were merged, renamed or removed (speaker-admin.ts): this connection reads its
   * speaker index afresh; other connections see the new speaker generation.
   */
  speakersReshaped(): void {
    this.speakers.speakersReshaped();
  }

  /** Speakers a typed name may mean, best match first ("Ric Grenell" -> Richard Grenell). */
  findSpeakers(name: string, limit?: number): SpeakerRow[] {
    return this.speakers.findSpeakers(name, limit);
  }

  /**
   * The speaker a typed name means in the speaker filter ("trump" -> Donald Trump), and the close
   * speakers to offer instead ("Did you mean: Trump supporters, the Trump campaign").
   */
  speakerChoice(name: string): SpeakerChoiceRows {
    return this.speakers.speakerChoice(name);
  }

  /** The other ways a speaker was written ("Donald J. Trump", "President Trump"), first seen first. */
  speakerAliases(id: number): string[] {
    return this.speakers.speakerAliases(id);
  }

  getSpeaker(id: number): SpeakerRow {
    return this.speakers.getSpeaker(id);
  }

  /** Speakers with how often they are quoted, most quoted first; `name` narrows forgivingly. */
  listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }): SpeakerSummaryRow[] {
    return this.speakers.listSpeakers(options);
  }

  /** How a speaker is quoted: totals by kind and the number of articles. */
  speakerStats(id: number): { attributions: number; articles: number; byKind: Record<string, number> } {
    return this.speakers.speakerStats(id);
  }

  // ---------------------------------------------------------------- clusters (cluster-reads.ts)

  /** The clusters of these records ("also in N articles"), by record id; records alone are left out. */
  clusterSummaries(ids: readonly number[]): Map<number, ClusterSummary> {
    return clusterSummaries(this.db, ids);
  }

  /** The pieces of each record's statement when it was given in several (statements.ts). */
  statementParts(ids: readonly number[]): StatementParts {
    return statementParts(this.conn.sql, ids);
  }

  /** A page of one cluster's appearances from `from`, earliest first; NotFoundError when there is none. */
  clusterAppearances(id: number, from = 0, limit?: number): ClusterAppearances {
    return clusterAppearances(this.db, id, from, limit);
  }

  // ---------------------------------------------------------------- attributions (queries.ts)

  getAttribution(id: number): AttributionRow {
    return queries.getAttribution(this.conn.sql, id);
  }

  /** The filter as SQL on `a` (store modules such as the review queue build on it). */
  sqlFilter(filter: AttributionFilter): SqlFilter {
    return queries.sqlFilter(filter, (name) => this.speakers.choice(name).chosen);
  }

  /** A page of the claims list, newest article first. */
  listAttributions(filter: AttributionFilter, page: PageRequest): AttributionPage {
    return queries.listAttributions(this.conn.sql, this.sqlFilter(filter), page);
  }

  /** The same page with only what the claims table shows, read in one statement. */
  listAttributionSummaries(filter: AttributionFilter, page: PageRequest): Page<AttributionSummary> {
    return queries.listAttributionSummaries(this.conn.sql, this.sqlFilter(filter), page);
  }

  /** The same page with each item as JSON text (JSON.stringify of the AttributionRow, built by SQLite). */
  listAttributionsJson(filter: AttributionFilter, page: PageRequest): AttributionJsonPage {
    return queries.listAttributionsJson(this.conn.sql, this.sqlFilter(filter), page);
  }

  /** How many attributions match, exact for a speaker alone, otherwise counted up to `cap`. */
  countAttributions(filter: AttributionFilter, cap = 1000): CappedCount {
    return queries.countAttributions(this.conn.sql, this.sqlFilter(filter), filter.status !== undefined, cap);
  }

  // ---------------------------------------------------------------- export (export-read.ts)

  /**
   * Every matching attribution, streamed in batches: storage order (article by article as
   * ingested, each in reading order), a sequential read of the table where list order would
   * jump across the file for every row; full-text exports keep list order, which the search
   * table gives for free. Each batch is one `.all()` continuing from the last row read (keyset),
   * so no statement stays open between batches. A file database gets its own read-only
   * connection holding one read transaction: the export is one consistent snapshot even when
   * reviews land while it streams. Call `close()` when done (or aborted).
   */
  exportAttributions(filter: AttributionFilter): Exported<AttributionRow> {
    return this.exportBatches(filter, ATTRIBUTION_CELLS, ATTRIBUTION_JOINS, () => (cells) => cells.map(attributionFromCells));
  }

  /**
   * The same rows as CSV records (arrays in CSV_COLUMNS order), each read as one JSON text
   * (see CSV_JSON).
   */
  exportCsvRecords(filter: AttributionFilter, claimBase = ''): Exported<CsvRecord> {
    const f = this.sqlFilter(filter);
    const shared = this.path === ':memory:' ? this.db : null;
    return readBatches(shared, this.path, withClaimBase(f, claimBase), CSV_JSON, CSV_JOINS, () => (rows) => rows.map((r) => JSON.parse(r[0] as string) as CsvRecord), rowsForText);
  }

  /**
   * What exportCsvRecords reads, as plain data another thread can run on its own connection
   * (readCsvExport): the database file and the filter already turned into SQL, the speaker
   * names matched here, where the speaker index is warm. Null for an in-memory database, which
   * only this connection can see.
   */
  csvExportPlan(filter: AttributionFilter, claimBase = ''): CsvExportPlan | null {
    return this.path === ':memory:' ? null : { path: this.path, filter: this.sqlFilter(filter), claimBase };
  }

  /** Reads the matching rows in batches (see readBatches): a file database on a connection of its own. */
  private exportBatches<T>(
    filter: AttributionFilter,
    select: string,
    joins: string,
    prepare: (db: Database.Database) => (cells: unknown[][]) => T[],
    batchRows?: (previous: unknown[][] | null) => number,
  ): Exported<T> {
    const own = this.path !== ':memory:';
    return readBatches(own ? null : this.db, this.path, this.sqlFilter(filter), select, joins, prepare, batchRows);
  }

  // ---------------------------------------------------------------- review (reviews.ts)

  /**
   * Confirms, corrects or rejects an attribution and writes the audit entry, in one
   * transaction; VersionConflictError when `input.version` is not the stored version.
   */
  review(id: number, input: ReviewInput, userName: string): AttributionRow {
    return reviews.review(this.conn, id, input, userName);
  }

  /** The audit log of one attribution, oldest first. */
  reviews(attributionId: number): ReviewRow[] {
    return reviews.reviews(this.conn, attributionId);
  }

  // ---------------------------------------------------------------- users and sessions (accounts.ts)

  addUser(name: string, passwordHash: string): UserRow {
    return accounts.addUser(this.conn, name, passwordHash);
  }

  getUser(name: string): UserRow | null {
    return accounts.getUser(this.conn, name);
  }

  /** Every reviewer, by name, with how many sessions each has open now. */
  listUsers(now = Date.now()): UserSummaryRow[] {
    return accounts.listUsers(this.conn, now);
  }

  /** Removes a reviewer and ends their sessions (their reviews stay in the audit log); false when unknown. */
  removeUser(name: string): boolean {
    return accounts.removeUser(this.conn, name);
  }

  /** A new password hash for a reviewer, ending every session they had open; false when unknown. */
  setPassword(name: string, passwordHash: string): boolean {
    return accounts.setPassword(this.conn, name, passwordHash);
  }

  /** Opens a session for a reviewer until `now + ttlMs`; returns its id for the cookie (only its hash is stored). */
  createSession(userId: number, ttlMs: number, now = Date.now()): string {
    return accounts.createSession(this.conn, userId, ttlMs, now);
  }

  /** The reviewer signed in by a session id, or null when the session ended, expired or its user is gone. */
  sessionUser(id: string, now = Date.now()): string | null {
    return accounts.sessionUser(this.conn, id, now);
  }

  /** Ends one session (sign-out). */
  deleteSession(id: string): void {
    accounts.deleteSession(this.conn, id);
  }
}

/**
 * Creates a missing database file empty with mode 0600 before SQLite opens it: SQLite would
 * create it 0644 (readable by every local user: reviewers' password hashes, the audit log),
 * and gives its -wal and -shm files the mode of the database file.
 */
function createPrivately(path: string): void {
  try {
    writeFileSync(path, '', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

function fileIdOf(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

function isWritableFile(path: string): boolean {
  try {
    accessSync(path, fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

