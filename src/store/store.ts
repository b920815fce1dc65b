import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { ArticleMeta } from '../schema/article.js';
import type { Attribution, AttributionKind, ChannelType, SourceType } from '../schema/attribution.js';
import { contentHash } from './content-hash.js';
import { NotFoundError, UserExistsError, VersionConflictError } from './errors.js';
import { migrate } from './migrations.js';
import {
  ArticleRow,
  AttributionRow,
  ReviewRow,
  ReviewableFields,
  SpeakerRow,
  SpeakerSummaryRow,
  UserRow,
  type ReviewStatus,
} from './rows.js';
import { matchSpeakers, speakerKey, toCandidate, type SpeakerCandidate } from './speaker-match.js';
import { sortKey } from './sort-key.js';

export const DEFAULT_DB_PATH = 'data/saidby.db';
const MAX_SPEAKER_MATCHES = 20;

/** What the claims list, the API and the export can be narrowed by. */
export interface AttributionFilter {
  /** A typed name, matched forgivingly against the speakers table ("grenel" finds Grenell). */
  speaker?: string | undefined;
  /** An exact speaker (links from the speakers page). */
  speakerId?: number | undefined;
  kind?: AttributionKind | undefined;
  sourceType?: SourceType | undefined;
  status?: ReviewStatus | undefined;
  /** Full text over quote text, speaker name and article title. */
  q?: string | undefined;
  articleId?: number | undefined;
}

/** Keyset page: `after` continues the list, `before` goes back; both are sort keys. */
export interface PageRequest {
  after?: number | undefined;
  before?: number | undefined;
  limit: number;
}

export interface AttributionPage {
  items: AttributionRow[];
  /** Sort key to pass as `after` for the next page; null on the last page. */
  next: number | null;
  /** Sort key to pass as `before` for the previous page; null on the first page. */
  prev: number | null;
}

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
  ar.title AS articleTitle, ar.outlet AS articleOutlet, ar.published AS articlePublished`;

const ATTRIBUTION_JOINS = `
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN speakers s ON s.id = a.speaker_id`;

/** CSV export columns: header and the SQL that reads it (same joins as the list). */
export const CSV_COLUMNS: readonly (readonly [header: string, sql: string])[] = [
  ['id', 'a.id'],
  ['article_id', 'a.article_id'],
  ['article_title', 'ar.title'],
  ['outlet', 'ar.outlet'],
  ['published', 'ar.published'],
  ['position', 'a.position'],
  ['kind', 'a.kind'],
  ['text', 'a.text'],
  ['speaker', 's.name'],
  ['speaker_mention', 'a.speaker_mention'],
  ['source_type', 'a.source_type'],
  ['cue', 'a.cue_text'],
  ['channel', 'a.channel_type'],
  ['platform', 'a.channel_platform'],
  ['reported_by', 'a.reported_by'],
  ['reported_by_type', 'a.reported_by_type'],
  ['confidence', 'a.confidence'],
  ['rule', 'a.rule'],
  ['status', 'a.status'],
  ['note', 'a.note'],
  ['version', 'a.version'],
  ['start', 'a.start'],
  ['end', 'a.end'],
];
const CSV_SELECT = CSV_COLUMNS.map(([, sql]) => sql).join(', ');

/** One CSV record as read back: every cell a string, a number or null, one per column. */
export const CsvRecord = z.array(z.union([z.string(), z.number(), z.null()])).length(CSV_COLUMNS.length);
export type CsvRecord = z.infer<typeof CsvRecord>;

/** A streamed export: iterate `rows`, then `close()` (also after an abort). */
export interface Exported<T> {
  rows: Iterable<T>;
  close: () => void;
}

const ARTICLE_COLUMNS = `id, content_hash AS contentHash, title, outlet, authors, published, url,
  source_path AS sourcePath, text, created_at AS createdAt`;

/**
 * A safe FTS5 query from what a person typed: the words, each quoted (so `AND`, `*`, `"`
 * and `-` are never operators), all required. "Trump's envoy" -> `"trump" "s" "envoy"`.
 * Null when nothing searchable is left.
 */
export function toFtsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w.toLowerCase()}"`).join(' ');
}

interface SqlFilter {
  /** SQL conditions on `a`, joined with AND. */
  where: string[];
  params: Record<string, unknown>;
  /** FTS query when full-text search is on. */
  fts: string | null;
  /** Speaker ids to restrict to; null = any speaker. An empty list matches nothing. */
  speakerIds: number[] | null;
}

/**
 * The review database: articles, their attributions, speakers, reviews and reviewers.
 * Every write runs in one transaction; rows read back are checked by zod.
 */
export class Store {
  readonly db: Database.Database;
  private speakerCache: SpeakerCandidate[] | null = null;
  private statements = new Map<string, Database.Statement>();
  private matchCache = new Map<string, number[]>();
  private speakerCacheVersion = -1;

  private constructor(
    readonly path: string,
    db: Database.Database,
  ) {
    this.db = db;
  }

  /** Opens (creating when missing) and migrates the database at `path` (":memory:" for tests). */
  static open(path: string = DEFAULT_DB_PATH): Store {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a crash may lose the last commits, never half of one.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache: list pages read rows scattered over the file by date order.
    db.pragma('cache_size = -32000');
    migrate(db);
    return new Store(path, db);
  }

  /** A prepared statement, compiled once per connection (ingest runs the same few SQL texts millions of times). */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Cheap liveness check for /healthz. */
  health(): { ok: true; schemaVersion: number } {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    this.sql('SELECT 1').get();
    return { ok: true, schemaVersion: version };
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
           channel_type, channel_platform, reported_by, reported_by_type, confidence, rule)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const search = this.sql(
        'INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)',
      );
      // Reading order, whatever order the pipeline listed them in.
      const ordered = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
      ordered.forEach((q, position) => {
        const key = sortKey(sortDate, articleId, position);
        const speakerId = q.speaker ? this.speakerIdFor(q.speaker.name, q.speaker.type) : null;
        insert.run(
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
        );
        search.run(key, q.text, q.speaker?.name ?? '', meta.title ?? '');
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

  /** The id of the speaker with this name's key, created on first sight. Call inside a transaction. */
  private speakerIdFor(name: string, type: SourceType): number {
    const key = speakerKey(name) || name.trim().toLowerCase();
    const found = this.sql('SELECT id FROM speakers WHERE key = ?').get(key) as { id: number } | undefined;
    if (found) return found.id;
    const info = this.sql('INSERT INTO speakers (name, key, type) VALUES (?, ?, ?)').run(name.trim(), key, type);
    this.speakerCache = null;
    return Number(info.lastInsertRowid);
  }

  /**
   * Ids of the speakers a typed name may mean, best first. Remembered per name until the
   * speakers change: one page view asks three times (list, count, "by ..." line).
   */
  private matchSpeakerIds(name: string): number[] {
    const candidates = this.speakerCandidates();
    let ids = this.matchCache.get(name);
    if (!ids) {
      ids = matchSpeakers(name, candidates).map((c) => c.id);
      if (this.matchCache.size >= 500) this.matchCache.clear();
      this.matchCache.set(name, ids);
    }
    return ids;
  }

  private speakerCandidates(): SpeakerCandidate[] {
    // data_version moves when another connection commits (a `saidby ingest` running beside
    // `saidby serve`): the cached speakers may be stale then. Our own writes reset the cache.
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (!this.speakerCache || version !== this.speakerCacheVersion) {
      this.matchCache.clear();
      this.speakerCacheVersion = version;
      const rows = this.sql('SELECT id, name FROM speakers').all() as { id: number; name: string }[];
      this.speakerCache = rows.map((r) => toCandidate(r.id, r.name));
    }
    return this.speakerCache;
  }

  /** Speakers a typed name may mean, best match first ("Ric Grenell" -> Richard Grenell). */
  findSpeakers(name: string, limit = MAX_SPEAKER_MATCHES): SpeakerRow[] {
    const ids = this.matchSpeakerIds(name).slice(0, limit);
    return ids.map((id) => this.getSpeaker(id));
  }

  getSpeaker(id: number): SpeakerRow {
    const row = this.sql('SELECT id, name, key, type FROM speakers WHERE id = ?').get(id);
    if (!row) throw new NotFoundError(`no speaker ${id}`);
    return SpeakerRow.parse(row);
  }

  /** Speakers with how often they are quoted, most quoted first; `name` narrows forgivingly. */
  listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }): SpeakerSummaryRow[] {
    const ids = options.name ? this.matchSpeakerIds(options.name) : null;
    if (ids && ids.length === 0) return [];
    const where = ids ? `WHERE s.id IN (${ids.map(() => '?').join(',')})` : '';
    const rows = this
      .sql(
        `SELECT s.id, s.name, s.key, s.type,
           (SELECT count(*) FROM attributions a WHERE a.speaker_id = s.id) AS attributions,
           0 AS articles
         FROM speakers s ${where}
         ORDER BY attributions DESC, s.name LIMIT ? OFFSET ?`,
      )
      .all(...(ids ?? []), options.limit, options.offset ?? 0);
    return rows.map((r) => SpeakerSummaryRow.parse(r));
  }

  /** How a speaker is quoted: totals by kind and the number of articles. */
  speakerStats(id: number): { attributions: number; articles: number; byKind: Record<string, number> } {
    this.getSpeaker(id);
    const kinds = this
      .sql('SELECT kind, count(*) AS n FROM attributions WHERE speaker_id = ? GROUP BY kind')
      .all(id) as { kind: string; n: number }[];
    const articles = this
      .sql('SELECT count(DISTINCT article_id) AS n FROM attributions WHERE speaker_id = ?')
      .get(id) as { n: number };
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    return { attributions: kinds.reduce((sum, k) => sum + k.n, 0), articles: articles.n, byKind };
  }

  // ---------------------------------------------------------------- attributions

  getAttribution(id: number): AttributionRow {
    const row = this.sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.id = ?`).get(id);
    if (!row) throw new NotFoundError(`no attribution ${id}`);
    return AttributionRow.parse(row);
  }

  private sqlFilter(filter: AttributionFilter): SqlFilter {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.kind) {
      where.push('a.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.sourceType) {
      where.push('a.source_type = @sourceType');
      params.sourceType = filter.sourceType;
    }
    if (filter.status) {
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
      // The closest few only: a typed name means a person, not every name that sounds alike.
      const fuzzy = this.matchSpeakerIds(filter.speaker).slice(0, MAX_SPEAKER_MATCHES);
      speakerIds = speakerIds ? speakerIds.filter((id) => fuzzy.includes(id)) : fuzzy;
    }
    const fts = filter.q ? toFtsQuery(filter.q) : null;
    if (fts) params.fts = fts;
    return { where, params, fts, speakerIds };
  }

  /**
   * One list query in sort order. Without full text it walks an index ending in sort_key;
   * with full text it walks the search table, whose rowid IS the sort key, so a common word
   * stops after one page and a rare one reads only its few matches — never a sort.
   */
  private listSql(
    f: SqlFilter,
    extra: string[],
    direction: 'DESC' | 'ASC',
    limit: number | null,
    columns: string = ATTRIBUTION_COLUMNS,
    order: 'list' | 'storage' | 'none' = 'list',
    joins = true,
  ): string {
    const where = [...f.where, ...extra];
    // Filters only touch `a`: a count needs neither the article nor the speaker row.
    const join = joins ? ATTRIBUTION_JOINS : '';
    const lim = limit === null ? '' : ` LIMIT ${limit}`;
    if (f.fts) {
      return `SELECT ${columns}
        FROM attribution_search CROSS JOIN attributions a ON a.sort_key = attribution_search.rowid ${join}
        WHERE attribution_search MATCH @fts ${where.map((w) => `AND ${w.replaceAll('a.sort_key', 'attribution_search.rowid')}`).join(' ')}
        ${order === 'none' ? '' : `ORDER BY attribution_search.rowid ${direction}`}${lim}`;
    }
    return `SELECT ${columns} FROM attributions a ${join}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ${order === 'none' ? '' : `ORDER BY ${order === 'list' ? 'a.sort_key' : 'a.id'} ${direction}`}${lim}`;
  }

  private speakerCondition(f: SqlFilter, ids: readonly number[]): { sql: string; params: Record<string, number> } {
    const params: Record<string, number> = {};
    ids.forEach((id, i) => (params[`sp${i}`] = id));
    return { sql: `a.speaker_id IN (${ids.map((_, i) => `@sp${i}`).join(',')})`, params };
  }

  /** A page of the claims list, newest article first. */
  listAttributions(filter: AttributionFilter, page: PageRequest): AttributionPage {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
    const backwards = page.before !== undefined;
    const cursor: string[] = [];
    const params: Record<string, unknown> = { ...f.params };
    if (backwards) {
      cursor.push('a.sort_key > @before');
      params.before = page.before;
    } else if (page.after !== undefined) {
      cursor.push('a.sort_key < @after');
      params.after = page.after;
    }
    const direction = backwards ? 'ASC' : 'DESC';
    const take = page.limit + 1;
    let rows: AttributionRow[];
    if (f.speakerIds && f.speakerIds.length > 1 && !f.fts) {
      // Several speakers match ("Richard" -> Grenell, Nixon): walk each one's (speaker_id,
      // sort_key) index for just the keys, merge, then read the winning rows. An IN list would
      // make SQLite sort every row of every matched speaker.
      const keys = f.speakerIds
        .flatMap((id) =>
          (this.sql(this.listSql(f, [...cursor, 'a.speaker_id = @speakerId'], direction, take, 'a.sort_key AS k'))
            .all({ ...params, speakerId: id }) as { k: number }[]).map((r) => r.k),
        )
        .sort((x, y) => (backwards ? x - y : y - x))
        .slice(0, take);
      const byKey = this.sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.sort_key = ?`);
      rows = keys.map((k) => AttributionRow.parse(byKey.get(k)));
    } else {
      const speaker = f.speakerIds ? this.speakerCondition(f, f.speakerIds) : null;
      rows = this.sql(this.listSql(f, speaker ? [...cursor, speaker.sql] : cursor, direction, take))
        .all({ ...params, ...(speaker?.params ?? {}) })
        .map((r) => AttributionRow.parse(r));
    }
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    if (backwards) items.reverse();
    const first = items[0]?.sortKey ?? null;
    const last = items.at(-1)?.sortKey ?? null;
    return backwards
      ? { items, next: last, prev: more ? first : null }
      : { items, next: more ? last : null, prev: page.after !== undefined ? first : null };
  }

  /** How many attributions match, counted up to `cap` (a page shows "1,000+" beyond it). */
  countAttributions(filter: AttributionFilter, cap = 1000): CappedCount {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { count: 0, capped: false };
    const speaker = f.speakerIds ? this.speakerCondition(f, f.speakerIds) : null;
    // No ORDER BY: counting needs no order, and with one SQLite may walk whichever index fits best.
    const inner = this.listSql(f, speaker ? [speaker.sql] : [], 'DESC', cap + 1, '1', 'none', false);
    const { n } = this
      .sql(`SELECT count(*) AS n FROM (${inner})`)
      .get({ ...f.params, ...(speaker?.params ?? {}) }) as { n: number };
    return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
  }

  /**
   * Every matching attribution, streamed from the database with `.iterate()`: storage order
   * (article by article as ingested, each in reading order), a sequential read of the table
   * where list order would jump across the file for every row; full-text exports keep list
   * order, which the search table gives for free. A file database gets its own read-only
   * connection: a paused export holds its statement open, and better-sqlite3 refuses other
   * queries on a connection that is mid-iteration. Call `close()` when done (or aborted).
   */
  exportAttributions(filter: AttributionFilter): Exported<AttributionRow> {
    return this.stream(filter, ATTRIBUTION_COLUMNS, false, (r) => AttributionRow.parse(r));
  }

  /**
   * The same rows as CSV records (arrays in CSV_COLUMNS order, values checked by zod): read
   * in better-sqlite3's raw mode, which skips building an object per row — the export's
   * main cost at a million rows.
   */
  exportCsvRecords(filter: AttributionFilter): Exported<CsvRecord> {
    return this.stream(filter, CSV_SELECT, true, (r) => CsvRecord.parse(r));
  }

  private stream<T>(filter: AttributionFilter, columns: string, raw: boolean, parse: (row: unknown) => T): Exported<T> {
    const f = this.sqlFilter(filter);
    if (f.speakerIds && f.speakerIds.length === 0) return { rows: [], close: () => {} };
    const own = this.path !== ':memory:';
    const db = own ? new Database(this.path, { readonly: true, fileMustExist: true }) : this.db;
    const speaker = f.speakerIds ? this.speakerCondition(f, f.speakerIds) : null;
    const statement = db.prepare(
      this.listSql(f, speaker ? [speaker.sql] : [], f.fts ? 'DESC' : 'ASC', null, columns, 'storage'),
    );
    if (raw) statement.raw(true);
    const iterator = statement.iterate({ ...f.params, ...(speaker?.params ?? {}) });
    function* rows(): Generator<T> {
      for (const r of iterator) yield parse(r);
    }
    return {
      rows: rows(),
      close: () => {
        iterator.return?.();
        if (own && db.open) db.close();
      },
    };
  }

  // ---------------------------------------------------------------- review

  private reviewable(row: AttributionRow): ReviewableFields {
    return {
      speaker: row.speakerName,
      kind: row.kind,
      sourceType: row.sourceType,
      channelType: row.channelType,
      channelPlatform: row.channelPlatform,
      reportedBy: row.reportedBy,
      reportedByType: row.reportedByType,
      status: row.status,
      note: row.note,
    };
  }

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
      const before = this.reviewable(row);
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
          ? this.speakerIdFor(after.speaker, after.sourceType ?? 'person')
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

  /** The cookie-signing secret of this database, created at random on first use. */
  sessionSecret(): string {
    const run = this.db.transaction(() => {
      const row = this.sql("SELECT value FROM settings WHERE key = 'session_secret'").get() as
        | { value: string }
        | undefined;
      if (row) return z.string().min(32).parse(row.value);
      const secret = randomBytes(32).toString('hex');
      this.sql("INSERT INTO settings (key, value) VALUES ('session_secret', ?)").run(secret);
      return secret;
    });
    return run.immediate();
  }
}
