import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { ArticleMeta } from '../schema/article.js';
import type { Attribution, AttributionKind, ChannelType, CueKind, SourceType } from '../schema/attribution.js';
import { clusterAppearances, clusterSummaries, type ClusterAppearances, type ClusterSummary } from './cluster-reads.js';
import { clustererFor, seenKey } from './clusters.js';
import { contentHash } from './content-hash.js';
import { CSV_COLUMNS, CSV_JOINS } from './csv-columns.js';
import { NotFoundError, UserExistsError, VersionConflictError } from './errors.js';
import { migrate } from './migrations.js';
import {
  ArticleRow,
  ATTRIBUTION_FIELDS,
  AttributionRow,
  attributionFromCells,
  type AttributionSummary,
  ReviewRow,
  ReviewableFields,
  reviewableFields,
  SpeakerAliasRow,
  SpeakerRow,
  SpeakerSummaryRow,
  UserRow,
  UserSummaryRow,
  type ReviewStatus,
} from './rows.js';
import { chooseSpeakers, toFilterCandidate, type FilterCandidate, type SpeakerChoice } from './speaker-choice.js';
import { SqlSpeakerDirectory } from './speaker-directory.js';
import { aliasPersonFields, parsePersonName } from './speaker-identity.js';
import { sortKey } from './sort-key.js';
import { toSearchQuery, type SearchScope } from './search-query.js';

export const DEFAULT_DB_PATH = 'data/saidby.db';
const MAX_SPEAKER_MATCHES = 20;

/** What the claims list, the API and the export can be narrowed by. */
export interface AttributionFilter {
  /**
   * A typed name: the one speaker it means, spelling and name form forgiven ("grenel" and "Ric
   * Grenell" mean Richard Grenell; see chooseSpeakers). Close speakers are not mixed in.
   */
  speaker?: string | undefined;
  /** An exact speaker (links from the speakers page). */
  speakerId?: number | undefined;
  kind?: AttributionKind | undefined;
  /** Any of these kinds (a speaker page's quotes: direct and mixed). */
  kinds?: readonly AttributionKind[] | undefined;
  sourceType?: SourceType | undefined;
  /** Only records whose cue makes this kind of report ("assertion" keeps to what was asserted). */
  cueKind?: CueKind | undefined;
  /** One status; 'all' includes rejected records, which are left out when no status is given. */
  status?: ReviewStatus | 'all' | undefined;
  /** Full text (search-query.ts): in the quote or claim, or with speaker name and article title too (`searchIn`). */
  q?: string | undefined;
  searchIn?: SearchScope | undefined;
  articleId?: number | undefined;
}

/** Keyset page: `after` continues the list, `before` goes back; both are sort keys. */
export interface PageRequest {
  after?: number | undefined;
  before?: number | undefined;
  limit: number;
}

export interface Page<T> {
  items: T[];
  /** Sort key to pass as `after` for the next page; null on the last page. */
  next: number | null;
  /** Sort key to pass as `before` for the previous page; null on the first page. */
  prev: number | null;
}

export type AttributionPage = Page<AttributionRow>;

/** A page whose items are AttributionRow objects already serialized as JSON (for the API). */
export type AttributionJsonPage = Page<string>;

/** A count that stops at a cap, so a page view never counts a million rows. */
export interface CappedCount {
  count: number;
  capped: boolean;
}

export interface NewArticle {
  text: string;
  meta: ArticleMeta;
  url?: string | null | undefined;
  sourcePath?: string | null | undefined;
}

export type AddArticleResult =
  | { status: 'ingested'; articleId: number; attributions: number }
  | { status: 'duplicate'; articleId: number; attributions: number };

export type ReviewAction = 'confirm' | 'correct' | 'reject';

export interface ReviewInput {
  action: ReviewAction;
  /** The version the reviewer saw; a mismatch means the page was stale. */
  version: number;
  note?: string | null | undefined;
  /** For `correct`: the fields to change (absent = unchanged, null = cleared). */
  changes?: Partial<{
    speaker: string | null;
    kind: AttributionKind;
    sourceType: SourceType | null;
    channelType: ChannelType | null;
    channelPlatform: string | null;
    reportedBy: string | null;
    reportedByType: SourceType | null;
  }>;
}

const ATTRIBUTION_COLUMNS = `
  a.id, a.article_id AS articleId, a.position, a.sort_key AS sortKey, a.kind, a.text, a.start, a.end,
  a.grp AS "group", a.speaker_id AS speakerId, s.name AS speakerName, a.speaker_mention AS speakerMention,
  a.speaker_start AS speakerStart, a.speaker_end AS speakerEnd, a.source_type AS sourceType,
  a.cue_text AS cueText, a.cue_start AS cueStart, a.cue_end AS cueEnd,
  a.channel_type AS channelType, a.channel_platform AS channelPlatform,
  a.reported_by AS reportedBy, a.reported_by_type AS reportedByType,
  a.confidence, a.rule, a.status, a.note, a.version,
  ar.title AS articleTitle, ar.outlet AS articleOutlet, ar.published AS articlePublished,
  a.doubt_code AS doubtCode, a.doubt_reason AS doubtReason, a.cue_kind AS cueKind`;

const ATTRIBUTION_JOINS = `
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN speakers s ON s.id = a.speaker_id`;

/** The list row as cells (raw mode), in ATTRIBUTION_FIELDS order: see attributionFromCells. */
const ATTRIBUTION_CELLS = ATTRIBUTION_FIELDS.map(([, sql]) => sql).join(', ');

/**
 * The list row as one JSON object text, built by SQLite: the API sends it as is. One string
 * per row crosses into JavaScript instead of thirty cells (better-sqlite3 pays per cell), and
 * no JSON.stringify runs. Same keys in the same order as JSON.stringify(AttributionRow).
 */
const ATTRIBUTION_JSON = `json_object(${ATTRIBUTION_FIELDS.map(([key, sql]) => `'${key}', ${sql}`).join(', ')})`;

/** The SQL of each AttributionRow field (ATTRIBUTION_FIELDS), by field name. */
const FIELD_SQL: ReadonlyMap<string, string> = new Map(ATTRIBUTION_FIELDS);

/**
 * A claims-table line (AttributionSummary) as one JSON array text built by SQLite (fields in
 * SUMMARY_FIELDS order), article and speaker joined in: a whole page leaves SQLite as one
 * json_group_array text and one JSON.parse reads it. better-sqlite3 pays per row and per cell
 * handed over: 13 cells for each of 50 rows plus the article lookup took 0.59 ms of a
 * full-text page on the million-row bench database, this about 0.45. Arrays, not objects:
 * SQLite builds them faster and JSON.parse reads them in half the time.
 */
const SUMMARY_FIELDS = [
  'id', 'sortKey', 'articleId', 'kind', 'text', 'speakerId', 'speakerName', 'speakerMention', 'sourceType', 'cueText',
  'channelType', 'channelPlatform', 'reportedBy', 'status', 'articleTitle', 'articleOutlet', 'articlePublished', 'doubtCode',
  'confidence', 'version', 'cueKind',
] as const satisfies readonly (keyof AttributionSummary)[];
const SUMMARY_JSON = `json_array(${SUMMARY_FIELDS.map((key) => FIELD_SQL.get(key)).join(', ')})`;

/** A summary from its SUMMARY_JSON cells; unchecked, like attributionFromCells (SQLite's own columns). */
function summaryFromCells(c: unknown[]): AttributionSummary {
  return {
    id: c[0],
    sortKey: c[1],
    articleId: c[2],
    kind: c[3],
    text: c[4],
    speakerId: c[5],
    speakerName: c[6],
    speakerMention: c[7],
    sourceType: c[8],
    cueText: c[9],
    channelType: c[10],
    channelPlatform: c[11],
    reportedBy: c[12],
    status: c[13],
    articleTitle: c[14],
    articleOutlet: c[15],
    articlePublished: c[16],
    doubtCode: c[17],
    confidence: c[18],
    version: c[19],
    cueKind: c[20],
  } as AttributionSummary;
}

/**
 * How the export reads a CSV record: one JSON array text per row, built by SQLite from the
 * CSV_COLUMNS expressions (csv-columns.ts), parsed with JSON.parse. better-sqlite3 pays per
 * cell handed over, and one string plus a parse cost less than eighteen cells; a JSON text is
 * also what crosses cheaply from the export's worker thread (csv-export.ts). JSON keeps nulls
 * and any character of a text (quotes, control characters) exactly, so no separator can
 * collide with the data.
 */
const CSV_JSON = `json_array(${CSV_COLUMNS.map(([, sql]) => sql).join(', ')})`;
const EXPORT_BATCH = 1000;

/** One CSV record as read back: every cell a string, a number or null, one per column. */
export const CsvRecord = z.array(z.union([z.string(), z.number(), z.null()])).length(CSV_COLUMNS.length);
export type CsvRecord = z.infer<typeof CsvRecord>;

/** A streamed export: iterate `rows`, then `close()` (also after an abort). */
export interface Exported<T> {
  rows: Iterable<T>;
  /**
   * The same rows as the batches they are read in (iterate one or the other, once). A writer
   * that formats and writes a whole batch before asking for the next holds no rows while it
   * waits for the reader, so they die young instead of filling the old heap.
   */
  batches: Iterable<T[]>;
  close: () => void;
}

const ARTICLE_COLUMNS = `id, content_hash AS contentHash, title, outlet, authors, published, url,
  source_path AS sourcePath, text, created_at AS createdAt`;

/** A filter as SQL: plain data, so another thread can run the same query (see CsvExportPlan). */
export interface SqlFilter {
  /** SQL conditions on `a`, joined with AND. */
  where: string[];
  params: Record<string, unknown>;
  /** FTS query when full-text search is on. */
  fts: string | null;
  /** Speaker ids to restrict to; null = any speaker. An empty list matches nothing. */
  speakerIds: number[] | null;
}

/** A keyset cursor on the list order: rows whose sort key is below (`<`) or above (`>`) `key`. */
interface Cursor {
  op: '<' | '>';
  key: number;
}

/** How a cached statement hands back rows: objects, arrays (raw) or the first column (pluck). */
type RowMode = 'object' | 'raw' | 'pluck';

/**
 * The speakers and their written forms as the matcher needs them. Ingest and review only ever
 * add speakers and written forms (a correction points an attribution at another speaker, it never
 * renames one), so the index is read once and then topped up with the rows past the highest ids
 * seen, when the database may have changed: after our own insert, or when PRAGMA data_version
 * says another connection committed. A reviewer merging, renaming or removing speakers
 * (speaker-admin.ts) raises the speaker generation instead, and the index is read afresh.
 */
interface SpeakerIndex {
  dataVersion: number;
  /**
   * The speakers' generation (settings 'speaker_generation'), raised by every merge, rename or
   * removal (speaker-admin.ts): rows changed or gone are not caught by a top-up past the highest
   * ids, so a new generation, committed here or by another connection, reads the index afresh.
   */
  generation: string | null;
  /** Set by our own inserts: read the new rows before the next match. */
  stale: boolean;
  maxId: number;
  maxAliasId: number;
  /** One per written form of a speaker ("Donald Trump", "Donald J. Trump" for one speaker). */
  candidates: FilterCandidate[];
  byId: Map<number, SpeakerRow>;
  /** Speaker id by the key of each exact written form. */
  byKey: Map<string, number>;
  /** People known only by a surname (no full name among their written forms). */
  surnameOnly: Set<number>;
  /** Typed name -> the speakers it means and comes close to; cleared when speakers are added. */
  matches: Map<string, SpeakerChoice>;
}

/** The speaker a typed name means, and the close ones offered instead of being mixed in. */
export interface SpeakerChoiceRows {
  chosen: SpeakerRow[];
  didYouMean: SpeakerRow[];
}

/**
 * The review database: articles, their attributions, speakers, reviews and reviewers.
 * Every write runs in one transaction. Single rows read back are checked by zod; the list,
 * the API and the export read many rows per request and map them unchecked (see
 * attributionFromCells).
 */
export class Store {
  readonly db: Database.Database;
  private speakers: SpeakerIndex | null = null;
  private statements = new Map<string, Database.Statement>();
  /** Device and inode of the file this connection opened (null in memory): see fileState. */
  private fileId: string | null = null;

  private constructor(
    readonly path: string,
    db: Database.Database,
  ) {
    this.db = db;
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

  /**
   * Merges the full-text index into one segment (FTS5 'optimize'). Each stored article adds a
   * small segment and FTS5 merges them only in steps, so after a bulk load a word's matches
   * lie in dozens of segments that every search reads in turn: on the 1M-row bench database
   * the newest 51 matches of "immigration" took 0.36 ms, 0.11 ms after this, and the list
   * page 3.5 ms CPU instead of 2.9. It rewrites the whole index (about 6 s per million
   * attributions): run it after a bulk ingest, not after every article.
   */
  /** How many attributions are stored (counts the table: tens of milliseconds at a million). */
  totalAttributions(): number {
    return (this.sql('SELECT count(*) AS n FROM attributions').get() as { n: number }).n;
  }

  optimizeSearch(): void {
    this.db.exec("INSERT INTO attribution_search (attribution_search) VALUES ('optimize')");
  }

  // ---------------------------------------------------------------- articles

  findArticleByHash(hash: string): number | null {
    const row = this.sql('SELECT id FROM articles WHERE content_hash = ?').get(hash) as
      | { id: number }
      | undefined;
    return row?.id ?? null;
  }

  /**
   * Stores an article and its attributions in ONE transaction: after a crash the article is
   * there with every attribution, or not at all. The same text (by content hash) is stored
   * once; the second call answers `duplicate` with the first article's id.
   */
  addArticle(article: NewArticle, quotes: readonly Attribution[]): AddArticleResult {
    const hash = contentHash(article.text);
    const createdAt = new Date().toISOString();
    const run = this.db.transaction((): AddArticleResult => {
      const existing = this.findArticleByHash(hash);
      if (existing !== null) {
        const n = this.sql('SELECT count(*) AS n FROM attributions WHERE article_id = ?').get(existing) as {
          n: number;
        };
        return { status: 'duplicate', articleId: existing, attributions: n.n };
      }
      const { meta } = article;
      const info = this
        .sql(
          `INSERT INTO articles (content_hash, title, outlet, authors, published, url, source_path, text, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          hash,
          meta.title,
          meta.outlet,
          JSON.stringify(meta.authors),
          meta.published,
          article.url ?? null,
          article.sourcePath ?? null,
          article.text,
          createdAt,
        );
      const articleId = Number(info.lastInsertRowid);
      const sortDate = meta.published ?? createdAt;
      const insert = this.sql(
        `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, end, grp,
           speaker_id, speaker_mention, speaker_start, speaker_end, source_type, cue_text, cue_start, cue_end,
           channel_type, channel_platform, reported_by, reported_by_type, confidence, rule, doubt_code, doubt_reason, cue_kind)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const search = this.sql(
        'INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)',
      );
      const clusterer = clustererFor(this.db);
      const seen = seenKey(meta.published, createdAt);
      clusterer.startArticle(articleId, true);
      // Reading order, whatever order the pipeline listed them in.
      const ordered = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
      // The people this article names: a bare "Clinton" is whichever of them the article names.
      const articleNames = [...new Set(ordered.flatMap((q) => (q.speaker?.name && q.speaker.type === 'person' ? [q.speaker.name] : [])))];
      // A speaker quoted five times in an article is resolved once.
      const resolved = new Map<string, number | null>();
      const speakerIdOf = (name: string, type: SourceType): number | null => {
        const memo = `${type}\u0000${name}`;
        let id = resolved.get(memo);
        if (id === undefined) resolved.set(memo, (id = this.speakerIdFor(name, type, articleNames, articleId)));
        return id;
      };
      ordered.forEach((q, position) => {
        const key = sortKey(sortDate, articleId, position);
        // An unknown speaker (name null: "he" with nobody to refer to) gets no speaker row.
        const speakerId = q.speaker?.name ? speakerIdOf(q.speaker.name, q.speaker.type) : null;
        const info = insert.run(
          articleId,
          position,
          key,
          q.id,
          q.kind,
          q.text,
          q.start,
          q.end,
          q.group,
          speakerId,
          q.speaker?.mention ?? null,
          q.speaker?.start ?? null,
          q.speaker?.end ?? null,
          q.speaker?.type ?? null,
          q.cue?.text ?? null,
          q.cue?.start ?? null,
          q.cue?.end ?? null,
          q.channel?.type ?? null,
          q.channel?.platform ?? null,
          q.reportedBy?.name ?? null,
          q.reportedBy?.type ?? null,
          q.confidence,
          q.rule,
          q.doubt?.code ?? null,
          q.doubt?.reason ?? null,
          q.cueKind ?? null,
        );
        search.run(key, q.text, q.speaker?.name ?? '', meta.title ?? '');
        clusterer.add({ id: Number(info.lastInsertRowid), kind: q.kind, text: q.text, speakerId, articleId, seen });
      });
      return { status: 'ingested', articleId, attributions: ordered.length };
    });
    return run.immediate();
  }

  getArticle(id: number): ArticleRow {
    const row = this.sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id);
    if (!row) throw new NotFoundError(`no article ${id}`);
    return ArticleRow.parse(row);
  }

  /** Every attribution of one article, in reading order. */
  articleAttributions(articleId: number): AttributionRow[] {
    const rows = this
      .sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.article_id = ? ORDER BY a.position`)
      .all(articleId);
    return rows.map((r) => AttributionRow.parse(r));
  }

  articleCount(): number {
    return (this.sql('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  // ---------------------------------------------------------------- speakers

  /**
   * The id of the speaker this name is (see resolveSpeaker: one speaker per person across
   * articles), created on first sight; null for a pronoun, which names nobody. Call inside a
   * transaction.
   */
  speakerIdFor(name: string, type: SourceType, articleNames: readonly string[] = [], articleId?: number): number | null {
    const id = new SqlSpeakerDirectory((text) => this.sql(text)).speakerIdFor(name, type, articleNames, articleId);
    if (this.speakers) this.speakers.stale = true;
    return id;
  }

  /**
   * Speakers were merged, renamed or removed (speaker-admin.ts): this connection reads its
   * speaker index afresh; other connections see the new speaker generation.
   */
  speakersReshaped(): void {
    this.speakers = null;
  }

  /** The names of the people an article quotes (a corrected bare surname is looked up among them). */
  private articlePeople(articleId: number): string[] {
    return this
      .sql(
        `SELECT DISTINCT s.name FROM attributions a JOIN speakers s ON s.id = a.speaker_id
         WHERE a.article_id = ? AND s.type = 'person'`,
        'pluck',
      )
      .all(articleId) as string[];
  }

  /**
   * The speaker index, read when first needed and topped up only when speakers may have been
   * added: one cheap PRAGMA per call instead of a table read. A `saidby ingest` running beside
   * `saidby serve` commits many times a second; each top-up reads only the new rows.
   */
  private speakerIndex(): SpeakerIndex {
    const dataVersion = this.sql('PRAGMA data_version', 'pluck').get() as number;
    // No index yet, or a new speaker generation: start from nothing; the top-up reads every row.
    if (!this.speakers || this.speakers.dataVersion !== dataVersion) {
      const generation = (this.sql("SELECT value FROM settings WHERE key = 'speaker_generation'", 'pluck').get() as string | undefined) ?? null;
      if (!this.speakers || generation !== this.speakers.generation) {
        this.speakers = {
          dataVersion: -1,
          generation,
          stale: true,
          maxId: 0,
          maxAliasId: 0,
          candidates: [],
          byId: new Map(),
          byKey: new Map(),
          surnameOnly: new Set(),
          matches: new Map(),
        };
      }
    }
    const index = this.speakers;
    if (index.dataVersion === dataVersion && !index.stale) return index;
    // Written forms first, then speakers: a speaker row is committed with or before its forms,
    // so every form read here finds its speaker even while another process is storing more.
    const aliases = this
      .sql('SELECT id, speaker_id AS speakerId, name, key, exact FROM speaker_aliases WHERE id > ? ORDER BY id')
      .all(index.maxAliasId)
      .map((r) => SpeakerAliasRow.parse(r));
    const added = this
      .sql('SELECT id, name, key, type FROM speakers WHERE id > ? ORDER BY id')
      .all(index.maxId)
      .map((r) => SpeakerRow.parse(r));
    for (const row of added) {
      index.maxId = row.id;
      // a description ("the company" of one article) is no entity a typed name should find:
      // there is one per article, and the filter would hold them all in memory
      if (row.key.includes(' @')) continue;
      index.byId.set(row.id, row);
      if (row.type === 'person' && parsePersonName(row.name)?.given === null) index.surnameOnly.add(row.id);
    }
    for (const alias of aliases) {
      index.maxAliasId = alias.id;
      const speaker = index.byId.get(alias.speakerId);
      if (!speaker) continue;
      index.candidates.push(toFilterCandidate(alias.speakerId, alias.name, speaker.type));
      if (alias.exact) index.byKey.set(alias.key, alias.speakerId);
      if (aliasPersonFields(alias.name, speaker.type).personKey !== null) index.surnameOnly.delete(alias.speakerId);
    }
    if (added.length > 0 || aliases.length > 0) index.matches.clear();
    index.dataVersion = dataVersion;
    index.stale = false;
    return index;
  }

  /**
   * The speakers a typed name means and comes close to (see chooseSpeakers). Remembered per name
   * until the speakers change: the forgiving match runs over every written form once, and one
   * page view asks three times (list, count, "by ..." line).
   */
  private choice(name: string, index = this.speakerIndex()): SpeakerChoice {
    let choice = index.matches.get(name);
    if (!choice) {
      choice = chooseSpeakers(name, index);
      if (index.matches.size >= 500) index.matches.clear();
      index.matches.set(name, choice);
    }
    return choice;
  }

  /** Speakers a typed name may mean, best match first ("Ric Grenell" -> Richard Grenell). */
  findSpeakers(name: string, limit = MAX_SPEAKER_MATCHES): SpeakerRow[] {
    const index = this.speakerIndex();
    return this.choice(name, index)
      .all.slice(0, limit)
      .flatMap((id) => index.byId.get(id) ?? []);
  }

  /**
   * The speaker a typed name means in the speaker filter ("trump" -> Donald Trump), and the close
   * speakers to offer instead ("Did you mean: Trump supporters, the Trump campaign").
   */
  speakerChoice(name: string): SpeakerChoiceRows {
    const index = this.speakerIndex();
    const choice = this.choice(name, index);
    const rows = (ids: number[]) => ids.flatMap((id) => index.byId.get(id) ?? []);
    return { chosen: rows(choice.chosen), didYouMean: rows(choice.suggestions) };
  }

  /** The other ways a speaker was written ("Donald J. Trump", "President Trump"), first seen first. */
  speakerAliases(id: number): string[] {
    const speaker = this.getSpeaker(id);
    const names = this.sql('SELECT name FROM speaker_aliases WHERE speaker_id = ? ORDER BY id', 'pluck').all(id) as string[];
    return names.filter((n) => n !== speaker.name);
  }

  getSpeaker(id: number): SpeakerRow {
    const row = this.sql('SELECT id, name, key, type FROM speakers WHERE id = ?').get(id);
    if (!row) throw new NotFoundError(`no speaker ${id}`);
    return SpeakerRow.parse(row);
  }

  /**
   * Speakers with how often they are quoted, most quoted first; `name` narrows forgivingly.
   * The counts are the ones the triggers keep (migration 2), read off one index. A speaker with
   * no records left (all rejected, moved to another speaker or deleted with their article) is
   * not listed.
   */
  listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }): SpeakerSummaryRow[] {
    const ids = options.name ? this.choice(options.name).all : null;
    if (ids && ids.length === 0) return [];
    const where = ids ? 'WHERE s.id IN (SELECT value FROM json_each(@ids))' : '';
    const rows = this
      .sql(
        `SELECT s.id, s.name, s.key, s.type, s.attribution_count AS attributions
         FROM speakers s ${where ? `${where} AND` : 'WHERE'} s.attribution_count > 0
         ORDER BY s.attribution_count DESC, s.name LIMIT @limit OFFSET @offset`,
      )
      .all({ ...(ids ? { ids: JSON.stringify(ids) } : {}), limit: options.limit, offset: options.offset ?? 0 });
    return rows.map((r) => SpeakerSummaryRow.parse(r));
  }

  /** How a speaker is quoted: totals by kind and the number of articles. */
  speakerStats(id: number): { attributions: number; articles: number; byKind: Record<string, number> } {
    this.getSpeaker(id);
    const kinds = this
      .sql("SELECT kind, count(*) AS n FROM attributions WHERE speaker_id = ? AND status <> 'rejected' GROUP BY kind")
      .all(id) as { kind: string; n: number }[];
    const articles = this
      .sql("SELECT count(DISTINCT article_id) AS n FROM attributions WHERE speaker_id = ? AND status <> 'rejected'")
      .get(id) as { n: number };
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    return { attributions: kinds.reduce((sum, k) => sum + k.n, 0), articles: articles.n, byKind };
  }

  // ---------------------------------------------------------------- clusters (cluster-reads.ts)

  /** The clusters of these records ("also in N articles"), by record id; records alone are left out. */
  clusterSummaries(ids: readonly number[]): Map<number, ClusterSummary> {
    return clusterSummaries(this.db, ids);
  }

  /** A page of one cluster's appearances from `from`, earliest first; NotFoundError when there is none. */
  clusterAppearances(id: number, from = 0, limit?: number): ClusterAppearances {
    return clusterAppearances(this.db, id, from, limit);
  }

  // ---------------------------------------------------------------- attributions

  getAttribution(id: number): AttributionRow {
    const row = this.sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.id = ?`).get(id);
    if (!row) throw new NotFoundError(`no attribution ${id}`);
    return AttributionRow.parse(row);
  }

  /** The filter as SQL on `a` (store modules such as the review queue build on it). */
  sqlFilter(filter: AttributionFilter): SqlFilter {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.kind) {
      where.push('a.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.kinds) {
      where.push('a.kind IN (SELECT value FROM json_each(@kinds))');
      params.kinds = JSON.stringify(filter.kinds);
    }
    if (filter.sourceType) {
      where.push('a.source_type = @sourceType');
      params.sourceType = filter.sourceType;
    }
    if (filter.cueKind) {
      where.push('a.cue_kind = @cueKind');
      params.cueKind = filter.cueKind;
    }
    if (filter.status === undefined) {
      // Rejected records are hidden unless asked for (partial indexes of migration 4 keep this index-only).
      where.push("a.status <> 'rejected'");
    } else if (filter.status !== 'all') {
      where.push('a.status = @status');
      params.status = filter.status;
    }
    if (filter.articleId !== undefined) {
      where.push('a.article_id = @articleId');
      params.articleId = filter.articleId;
    }
    let speakerIds: number[] | null = null;
    if (filter.speakerId !== undefined) speakerIds = [filter.speakerId];
    if (filter.speaker && filter.speaker.trim()) {
      // The speaker the name means, not every name that sounds alike (those are offered instead).
      const chosen = this.choice(filter.speaker).chosen;
      speakerIds = speakerIds ? speakerIds.filter((id) => chosen.includes(id)) : chosen;
    }
    if (speakerIds && speakerIds.length > 0) {
      // One statement for any number of speakers: the ids travel as one JSON array.
      where.push('a.speaker_id IN (SELECT value FROM json_each(@speakerIds))');
      params.speakerIds = JSON.stringify(speakerIds);
    }
    let fts: string | null = null;
    if (filter.q !== undefined && filter.q.trim() !== '') {
      const search = toSearchQuery(filter.q, filter.searchIn);
      if (search.ok) params.fts = fts = search.fts;
      // Nothing to look for ("?!"): nothing matches. The site and the CLI refuse it first, with the reason.
      else where.push('0');
    }
    return { where, params, fts, speakerIds };
  }

  /**
   * The sort keys of the matching attributions, in list order, at most `limit` (unordered when
   * `ordered` is false: a count needs no order, and SQLite may then walk whichever index fits).
   * Only indexes and the search table are read, never a row:
   * - no filter or a column filter: an index ending in sort_key, walked from the newest end;
   * - speakers: the (speaker_id, sort_key) index, each speaker's newest first; SQLite's top-N
   *   sort stops reading a speaker once its keys can no longer make the page, so "trump"
   *   (twenty speakers, 70,000 rows at 1M) reads about a page per speaker, not every row;
   * - full text: the search table, whose rowid IS the sort key, walked backwards, so a common
   *   word stops after one page and a rare one reads only its few matches; only a filter on
   *   other columns joins the attributions table.
   */
  private keysSql(f: SqlFilter, cursor: Cursor | null, direction: 'DESC' | 'ASC', limit: number, ordered = true): string {
    if (f.fts) {
      const key = 'attribution_search.rowid';
      const from = f.where.length
        ? `attribution_search CROSS JOIN attributions a ON a.sort_key = ${key}`
        : 'attribution_search';
      const where = ['attribution_search MATCH @fts', ...f.where];
      if (cursor) where.push(`${key} ${cursor.op} @cursor`);
      return `SELECT ${key} FROM ${from} WHERE ${where.join(' AND ')}${ordered ? ` ORDER BY ${key} ${direction}` : ''} LIMIT ${limit}`;
    }
    const where = [...f.where];
    if (cursor) where.push(`a.sort_key ${cursor.op} @cursor`);
    return `SELECT a.sort_key FROM attributions a${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${ordered ? ` ORDER BY a.sort_key ${direction}` : ''} LIMIT ${limit}`;
  }

  /**
   * A page of the claims list, newest article first: first the keys (limit + 1, to know
   * whether a next page exists), then the rows of the keys shown, read by `read`.
   */
  private pageOf<T>(filter: AttributionFilter, page: PageRequest, read: (keys: readonly number[]) => T[]): Page<T> {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
    const { cursor, params, backwards } = cursorOf(f, page);
    const keys = this.sql(this.keysSql(f, cursor, backwards ? 'ASC' : 'DESC', page.limit + 1), 'pluck').all(params) as number[];
    const keyed = pageIn(keys, (key) => key, page);
    return { ...keyed, items: read(keyed.items) };
  }

  /**
   * The rows of these sort keys, in the keys' order: one statement, the keys passed as one JSON
   * array and each looked up by the sort_key index. A key whose row is gone is skipped.
   */
  private rowsByKeys(keys: readonly number[], columns: string, mode: 'raw' | 'pluck', joins = ATTRIBUTION_JOINS): unknown[] {
    if (keys.length === 0) return [];
    return this
      .sql(`SELECT ${columns} FROM json_each(@keys) k CROSS JOIN attributions a ON a.sort_key = k.value ${joins} ORDER BY k.key`, mode)
      .all({ keys: JSON.stringify(keys) });
  }

  /** A page of the claims list, newest article first. */
  listAttributions(filter: AttributionFilter, page: PageRequest): AttributionPage {
    return this.pageOf(filter, page, (keys) => (this.rowsByKeys(keys, ATTRIBUTION_CELLS, 'raw') as unknown[][]).map(attributionFromCells));
  }

  /** The same page with only what the claims table shows, read in one statement (see SUMMARY_JSON). */
  listAttributionSummaries(filter: AttributionFilter, page: PageRequest): Page<AttributionSummary> {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
    const { cursor, params, backwards } = cursorOf(f, page);
    const direction = backwards ? 'ASC' : 'DESC';
    const json = this
      .sql(
        `WITH page(sort_key) AS (${this.keysSql(f, cursor, direction, page.limit + 1)})
         SELECT json_group_array(${SUMMARY_JSON})
         FROM page CROSS JOIN attributions a ON a.sort_key = page.sort_key ${ATTRIBUTION_JOINS}`,
        'pluck',
      )
      .get(params) as string;
    // Put in walking order here: an ORDER BY inside the aggregate made SQLite sort the rows
    // through a temporary b-tree first (a quarter of the statement's time).
    const rows = (JSON.parse(json) as unknown[][]).map(summaryFromCells);
    rows.sort(backwards ? (x, y) => x.sortKey - y.sortKey : (x, y) => y.sortKey - x.sortKey);
    return pageIn(rows, (row) => row.sortKey, page);
  }

  /**
   * The same page with each item as JSON text (JSON.stringify of the AttributionRow, built by
   * SQLite): what the API sends, without building objects only to serialize them again.
   */
  listAttributionsJson(filter: AttributionFilter, page: PageRequest): AttributionJsonPage {
    return this.pageOf(filter, page, (keys) => this.rowsByKeys(keys, ATTRIBUTION_JSON, 'pluck') as string[]);
  }

  /**
   * How many attributions match. A speaker filter alone is answered exactly from the counts the
   * triggers keep per speaker (migration 2); any other filter is counted up to `cap` (a page
   * shows "1,000+" beyond it), so a page view never counts a million rows.
   */
  countAttributions(filter: AttributionFilter, cap = 1000): CappedCount {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { count: 0, capped: false };
    // The kept counts leave rejected records out, as a filter without a status does.
    const speakerAndDefault = f.where.length === 2 && filter.status === undefined;
    if (f.speakerIds && speakerAndDefault && !f.fts) {
      const n = this
        .sql('SELECT total(attribution_count) FROM speakers WHERE id IN (SELECT value FROM json_each(@speakerIds))', 'pluck')
        .get({ speakerIds: f.params.speakerIds }) as number;
      return { count: n, capped: false };
    }
    const n = this.sql(`SELECT count(*) FROM (${this.keysSql(f, null, 'DESC', cap + 1, false)})`, 'pluck').get(f.params) as number;
    return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
  }

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

  // ---------------------------------------------------------------- review

  /**
   * Confirms, corrects or rejects an attribution and writes the audit entry (who, when, the
   * reviewable fields before and after), all in one transaction. Refuses with
   * VersionConflictError when `input.version` is not the stored version: someone changed it
   * since the reviewer's page was loaded, and their edit must not be overwritten silently.
   */
  review(id: number, input: ReviewInput, userName: string): AttributionRow {
    const run = this.db.transaction((): AttributionRow => {
      const row = this.getAttribution(id);
      if (row.version !== input.version) {
        throw new VersionConflictError(
          `attribution ${id} was changed by someone else (your page shows version ${input.version}, it is now ${row.version}); reload and review again`,
          row.version,
        );
      }
      const before = reviewableFields(row);
      const changes = input.action === 'correct' ? (input.changes ?? {}) : {};
      const status: ReviewStatus =
        input.action === 'confirm' ? 'confirmed' : input.action === 'reject' ? 'rejected' : 'corrected';
      const note = input.note === undefined ? row.note : input.note?.trim() || null;
      const after: ReviewableFields = {
        speaker: changes.speaker === undefined ? before.speaker : changes.speaker?.trim() || null,
        kind: changes.kind ?? before.kind,
        sourceType: changes.sourceType === undefined ? before.sourceType : changes.sourceType,
        channelType: changes.channelType === undefined ? before.channelType : changes.channelType,
        channelPlatform: changes.channelPlatform === undefined ? before.channelPlatform : changes.channelPlatform?.trim() || null,
        reportedBy: changes.reportedBy === undefined ? before.reportedBy : changes.reportedBy?.trim() || null,
        reportedByType: changes.reportedByType === undefined ? before.reportedByType : changes.reportedByType,
        status,
        note,
      };
      const speakerChanged = after.speaker !== before.speaker;
      const speakerId = !speakerChanged
        ? row.speakerId
        : after.speaker
          ? this.speakerIdFor(after.speaker, after.sourceType ?? 'person', this.articlePeople(row.articleId), row.articleId)
          : null;
      const info = this
        .sql(
          `UPDATE attributions SET speaker_id = ?, kind = ?, source_type = ?, channel_type = ?, channel_platform = ?,
             reported_by = ?, reported_by_type = ?, status = ?, note = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(
          speakerId,
          after.kind,
          after.sourceType,
          after.channelType,
          after.channelPlatform,
          after.reportedBy,
          after.reportedByType,
          after.status,
          after.note,
          id,
          input.version,
        );
      if (info.changes !== 1) throw new VersionConflictError(`attribution ${id} changed while saving; reload`, row.version);
      if (speakerChanged) {
        // Keep the search row in step: the speaker name is searchable.
        this.sql('DELETE FROM attribution_search WHERE rowid = ?').run(row.sortKey);
        this
          .sql('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)')
          .run(row.sortKey, row.text, after.speaker ?? '', row.articleTitle ?? '');
      }
      this
        .sql(
          'INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, userName, new Date().toISOString(), input.action, note, JSON.stringify(before), JSON.stringify(after));
      return this.getAttribution(id);
    });
    return run.immediate();
  }

  /** The audit log of one attribution, oldest first. */
  reviews(attributionId: number): ReviewRow[] {
    return this
      .sql(
        `SELECT id, attribution_id AS attributionId, user_name AS userName, at, action, note, before, after
         FROM reviews WHERE attribution_id = ? ORDER BY id`,
      )
      .all(attributionId)
      .map((r) => ReviewRow.parse(r));
  }

  // ---------------------------------------------------------------- users and settings

  addUser(name: string, passwordHash: string): UserRow {
    const run = this.db.transaction(() => {
      if (this.getUser(name)) throw new UserExistsError(`user "${name}" already exists`);
      this
        .sql('INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)')
        .run(name, passwordHash, new Date().toISOString());
      return this.getUser(name) as UserRow;
    });
    return run.immediate();
  }

  getUser(name: string): UserRow | null {
    const row = this
      .sql('SELECT id, name, password_hash AS passwordHash, created_at AS createdAt FROM users WHERE name = ?')
      .get(name);
    return row ? UserRow.parse(row) : null;
  }

  /** Every reviewer, by name, with how many sessions each has open now. */
  listUsers(now = Date.now()): UserSummaryRow[] {
    return this
      .sql(
        `SELECT u.name, u.created_at AS createdAt,
           (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS sessions
         FROM users u ORDER BY u.name`,
      )
      .all(now)
      .map((r) => UserSummaryRow.parse(r));
  }

  /** Removes a reviewer and ends their sessions (their reviews stay in the audit log); false when unknown. */
  removeUser(name: string): boolean {
    return this.sql('DELETE FROM users WHERE name = ?').run(name).changes === 1;
  }

  /** A new password hash for a reviewer, ending every session they had open; false when unknown. */
  setPassword(name: string, passwordHash: string): boolean {
    const run = this.db.transaction(() => {
      const user = this.getUser(name);
      if (!user) return false;
      this.sql('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, user.id);
      this.sql('DELETE FROM sessions WHERE user_id = ?').run(user.id);
      return true;
    });
    return run.immediate();
  }

  /**
   * Opens a session for a reviewer until `now + ttlMs`; returns its id for the cookie. Only the
   * id's hash is stored. Sessions already expired are cleared on the way.
   */
  createSession(userId: number, ttlMs: number, now = Date.now()): string {
    const id = randomBytes(32).toString('base64url');
    const run = this.db.transaction(() => {
      this.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now);
      this
        .sql('INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(sessionHash(id), userId, new Date(now).toISOString(), now + ttlMs);
    });
    run.immediate();
    return id;
  }

  /** The reviewer signed in by a session id, or null when the session ended, expired or its user is gone. */
  sessionUser(id: string, now = Date.now()): string | null {
    const name: unknown = this
      .sql(
        `SELECT u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?`,
        'pluck',
      )
      .get(sessionHash(id), now);
    return typeof name === 'string' ? name : null;
  }

  /** Ends one session (sign-out). */
  deleteSession(id: string): void {
    this.sql('DELETE FROM sessions WHERE id_hash = ?').run(sessionHash(id));
  }
}

function sessionHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** What /healthz reports about the database. */
export interface DatabaseHealth {
  ok: boolean;
  schemaVersion: number;
  file: 'present' | 'gone' | 'in memory';
  writable: boolean;
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

/** A CSV export as plain data (Store.csvExportPlan): what readCsvExport needs in another thread. */
export interface CsvExportPlan {
  path: string;
  filter: SqlFilter;
  /** The start of each "Claim link" ("https://saidby.example"), '' for a path alone. */
  claimBase: string;
}

/** The filter with the claim links' base as a statement parameter (@claimBase in CSV_COLUMNS). */
function withClaimBase(f: SqlFilter, claimBase: string): SqlFilter {
  return { ...f, params: { ...f.params, claimBase } };
}

/**
 * Runs a CsvExportPlan on a read-only connection of its own (see readBatches): the records as
 * JSON array texts, CSV_COLUMNS order, in batches; `close()` when done.
 */
export function readCsvJson(plan: CsvExportPlan): Exported<string> {
  return readBatches(null, plan.path, withClaimBase(plan.filter, plan.claimBase), CSV_JSON, CSV_JOINS, () => (rows) => rows.map((r) => r[0] as string), rowsForText);
}

/** About this much JSON text per batch of a CSV read: 4 MB (13,000 rows of the bench's, so EXPORT_BATCH rules). */
const TEXT_BATCH_CHARS = 4_000_000;
/** The first batch of a CSV read, before the rows' size is known. */
const FIRST_TEXT_BATCH = 32;

/**
 * Rows for the next batch of a CSV read (the JSON text is each row's first cell): EXPORT_BATCH,
 * or fewer when the rows are long, so a batch holds about TEXT_BATCH_CHARS of text. A thousand
 * quotations of 400 KB would otherwise be read at once (in a worker thread, more than its heap).
 */
function rowsForText(previous: unknown[][] | null): number {
  if (previous === null) return FIRST_TEXT_BATCH;
  let chars = 0;
  for (const cells of previous) chars += (cells[0] as string).length;
  return Math.max(1, Math.min(EXPORT_BATCH, Math.floor((previous.length * TEXT_BATCH_CHARS) / Math.max(1, chars))));
}

/**
 * Reads the rows matching `f` EXPORT_BATCH at a time: `select` (columns, then the keyset
 * position is appended as the last cell) with `joins`, each batch turned into records by the
 * function `prepare` makes for the connection. With `shared` null, the database at `path` gets
 * a read-only connection of its own holding one read transaction: the export is one
 * consistent snapshot even when reviews land while it streams, and `close()` closes it.
 */
function readBatches<T>(
  shared: Database.Database | null,
  path: string,
  f: SqlFilter,
  select: string,
  joins: string,
  prepare: (db: Database.Database) => (cells: unknown[][]) => T[],
  batchRows: (previous: unknown[][] | null) => number = () => EXPORT_BATCH,
): Exported<T> {
  if (f.speakerIds && f.speakerIds.length === 0) return { rows: [], batches: [], close: () => {} };
  const db = shared ?? new Database(path, { readonly: true, fileMustExist: true });
  // Full text keeps list order (newest first, by the search rowid); the rest is storage order.
  const [key, step, direction] = f.fts ? ['attribution_search.rowid', '<', 'DESC'] : ['a.id', '>', 'ASC'];
  const from = f.fts ? 'attribution_search CROSS JOIN attributions a ON a.sort_key = attribution_search.rowid' : 'attributions a';
  const where = [...(f.fts ? ['attribution_search MATCH @fts'] : []), ...f.where];
  const batchSql = (conditions: string[]): Database.Statement =>
    db
      .prepare(
        `SELECT ${select}, ${key} FROM ${from} ${joins}
         ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${key} ${direction} LIMIT @batchRows`,
      )
      .raw(true);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    if (!shared && db.open) db.close();
  };
  let toRecords: (cells: unknown[][]) => T[];
  let firstBatch: Database.Statement;
  let nextBatch: Database.Statement;
  try {
    // Two statements, not "@cursor IS NULL OR ...": an OR would keep SQLite from seeking to the cursor.
    firstBatch = batchSql(where);
    nextBatch = batchSql([...where, `${key} ${step} @cursor`]);
    toRecords = prepare(db);
    if (!shared) db.exec('BEGIN');
  } catch (err) {
    close();
    throw err;
  }
  function* batches(): Generator<T[]> {
    let cursor: unknown = null;
    let previous: unknown[][] | null = null;
    while (!closed) {
      const limit = batchRows(previous);
      const cells = (previous === null
        ? firstBatch.all({ ...f.params, batchRows: limit })
        : nextBatch.all({ ...f.params, cursor, batchRows: limit })) as unknown[][];
      if (cells.length === 0) return;
      cursor = cells.at(-1)?.at(-1);
      previous = cells;
      yield toRecords(cells);
      if (cells.length < limit) return;
    }
  }
  const batched = batches();
  function* rows(): Generator<T> {
    for (const batch of batched) yield* batch;
  }
  return { rows: rows(), batches: batched, close };
}

/** The keyset cursor of a page request and the statement parameters with it. */
function cursorOf(f: SqlFilter, page: PageRequest): { cursor: Cursor | null; params: Record<string, unknown>; backwards: boolean } {
  const backwards = page.before !== undefined;
  const cursor: Cursor | null = backwards
    ? { op: '>', key: page.before as number }
    : page.after !== undefined
      ? { op: '<', key: page.after }
      : null;
  return { cursor, params: cursor ? { ...f.params, cursor: cursor.key } : f.params, backwards };
}

/**
 * A page from what was read in walking order (limit + 1 items, to know whether another page
 * follows; oldest first when going back): the first `limit` in list order (newest first) and
 * the sort keys to go on from.
 */
function pageIn<T>(walked: readonly T[], keyOf: (item: T) => number, page: PageRequest): Page<T> {
  const backwards = page.before !== undefined;
  const more = walked.length > page.limit;
  const items = walked.slice(0, page.limit);
  if (backwards) items.reverse();
  const first = items.length > 0 ? keyOf(items[0] as T) : null;
  const last = items.length > 0 ? keyOf(items[items.length - 1] as T) : null;
  return backwards
    ? { items, next: last, prev: more ? first : null }
    : { items, next: more ? last : null, prev: page.after !== undefined ? first : null };
}
