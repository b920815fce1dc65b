import type { Writable } from 'node:stream';
import type pg from 'pg';
import type { Attribution } from '../../schema/attribution.js';
import type { StoreBackend } from '../backend.js';
import type { AttributionRow, AttributionSummary } from '../rows.js';
import type { AttributionFilter, DatabaseHealth, NewArticle, Page, PageRequest, ReviewInput } from '../store-types.js';
import type { ArticleDetails } from '../article-details.js';
import type { Pick as RecordPick } from '../bulk-review.js';
import type { NewRecord } from '../record-edit.js';
import * as accounts from './accounts.js';
import * as admin from './article-admin.js';
import { claimReviewOf, writePgClaimReviews } from './claim-review.js';
import * as desk from './desk.js';
import * as speakerAdmin from './speaker-admin.js';
import * as articles from './articles.js';
import * as clusters from './cluster-reads.js';
import { writePgCsv } from './csv-export.js';
import { writePgJson } from './json-export.js';
import { migratePg, PG_MIGRATIONS } from './migrations.js';
import { createPool } from './pool.js';
import * as queries from './queries.js';
import * as reviews from './reviews.js';
import { statementParts } from './statements.js';
import * as speakers from './speakers.js';

/** A claims-table line: what the list shows of a record. */
function summaryOf(row: AttributionRow): AttributionSummary {
  const { id, sortKey, articleId, kind, text, speakerId, speakerName, speakerMention, sourceType, cueText, channelType, channelPlatform } = row;
  const { reportedBy, status, articleTitle, articleOutlet, doubtCode, articlePublished, confidence, version, cueKind } = row;
  return {
    id, sortKey, articleId, kind, text, speakerId, speakerName, speakerMention, sourceType, cueText, channelType, channelPlatform,
    reportedBy, status, articleTitle, articleOutlet, doubtCode, articlePublished, confidence, version, cueKind,
  };
}

/**
 * The store on PostgreSQL: a pool of connections, one transaction per unit of work, and the
 * same answers as SqliteBackend for the same rows (held to them by the store contract suite).
 * Several app servers on one database each hold their own PgBackend.
 */
export class PgBackend implements StoreBackend {
  readonly kind = 'postgres' as const;
  readonly file = null;
  private readonly speakers: speakers.PgSpeakers;

  constructor(readonly pool: pg.Pool) {
    this.speakers = new speakers.PgSpeakers(pool);
  }

  /** Connects to `url`, brings the schema up to date and answers the backend. */
  static async open(url: string, poolSize = 10): Promise<PgBackend> {
    const pool = createPool(url, poolSize);
    try {
      await migratePg(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PgBackend(pool);
  }

  async close() { await this.pool.end(); }

  /** The server answers, the schema is this saidby's, and it takes writes (not a read-only standby). */
  async health(): Promise<DatabaseHealth> {
    const { rows } = await this.pool.query<{ version: number; writable: boolean }>(
      `SELECT (SELECT version FROM schema_version) AS version,
         NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' AS writable`,
    );
    const { version, writable } = rows[0]!;
    return { ok: writable && version === PG_MIGRATIONS.length, schemaVersion: version, file: 'server', writable };
  }

  /** No file to lose under the server: writes go to the database or fail with its error. */
  async inPlace() { return true; }

  /** The filter as SQL, a typed speaker name turned into the speakers it means. */
  private async filter(filter: AttributionFilter): Promise<queries.PgFilter> {
    const ids = filter.speaker !== undefined && filter.speaker.trim() !== '' ? (await this.speakers.choice(filter.speaker)).chosen : null;
    return queries.pgFilter(filter, ids);
  }

  findArticleByHash(hash: string) { return articles.findArticleByHash(this.pool, hash); }
  addArticle(article: NewArticle, quotes: readonly Attribution[]) { return articles.addArticle(this.pool, article, quotes); }
  getArticle(id: number) { return articles.getArticle(this.pool, id); }
  articleAttributions(articleId: number) { return articles.articleAttributions(this.pool, articleId); }
  articleCount() { return articles.articleCount(this.pool); }
  totalAttributions() { return articles.totalAttributions(this.pool); }
  /** GIN indexes are kept tidy by autovacuum: nothing to do after a bulk load. */
  async optimizeSearch() {}
  listArticles(page: { limit: number; offset: number }) { return admin.listArticles(this.pool, page); }
  articleLog(options: { articleId?: number | undefined; limit: number }) { return admin.articleLog(this.pool, options); }
  articleCounts(articleId: number) { return admin.articleCounts(this.pool, articleId); }
  deleteArticle(articleId: number, userName: string, expectReviewed?: number) { return admin.deleteArticle(this.pool, articleId, userName, expectReviewed); }
  rerunArticle(articleId: number, found: readonly Attribution[], userName: string) { return admin.rerunArticle(this.pool, articleId, found, userName); }
  editArticleDetails(articleId: number, userName: string, details: ArticleDetails) { return admin.editArticleDetails(this.pool, articleId, userName, details); }
  addRecord(articleId: number, record: NewRecord, userName: string) { return admin.addRecord(this.pool, articleId, record, userName); }
  adjustSpan(id: number, span: { start: number; end: number; version: number }, userName: string) { return admin.adjustSpan(this.pool, id, span, userName); }

  speakerChoice(name: string) { return this.speakers.speakerChoice(name); }
  findSpeakers(name: string, limit?: number) { return this.speakers.findSpeakers(name, limit); }
  speakerAliases(id: number) { return speakers.speakerAliases(this.pool, id); }
  getSpeaker(id: number) { return speakers.getSpeaker(this.pool, id); }
  async listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }) {
    const choice = options.name ? await this.speakers.choice(options.name) : null;
    return speakers.listSpeakers(this.pool, choice ? choice.all : null, options.limit, options.offset, choice?.chosen ?? []);
  }
  speakerStats(id: number) { return speakers.speakerStats(this.pool, id); }
  topSpeakerNames(limit?: number) { return desk.topSpeakerNames(this.pool, limit); }
  speakersOfArticles(ids: readonly number[]) { return desk.speakersOfArticles(this.pool, ids); }
  speakerLog(speakerId: number, limit?: number) { return speakerAdmin.speakerLog(this.pool, speakerId, limit); }
  speakerByExactName(name: string) { return speakerAdmin.speakerByExactName(this.pool, name); }
  speakerWithCount(id: number) { return speakerAdmin.speakerWithCount(this.pool, id); }
  mergeSpeakers(fromId: number, intoId: number, userName: string) { return speakerAdmin.mergeSpeakers(this.pool, fromId, intoId, userName); }
  renameSpeaker(id: number, name: string, userName: string) { return speakerAdmin.renameSpeaker(this.pool, id, name, userName); }
  addAlias(id: number, name: string, userName: string) { return speakerAdmin.addAlias(this.pool, id, name, userName); }
  splitRecord(attributionId: number, newName: string, userName: string, version?: number) {
    return speakerAdmin.splitRecord(this.pool, attributionId, newName, userName, version);
  }
  markNotSpeaker(id: number, userName: string) { return speakerAdmin.markNotSpeaker(this.pool, id, userName); }

  getAttribution(id: number) { return queries.getAttribution(this.pool, id); }
  async listAttributions(filter: AttributionFilter, page: PageRequest) { return queries.listAttributions(this.pool, await this.filter(filter), page); }
  async listAttributionSummaries(filter: AttributionFilter, page: PageRequest): Promise<Page<AttributionSummary>> {
    const rows = await this.listAttributions(filter, page);
    return { ...rows, items: rows.items.map(summaryOf) };
  }
  async listAttributionsJson(filter: AttributionFilter, page: PageRequest): Promise<Page<string>> {
    const rows = await this.listAttributions(filter, page);
    return { ...rows, items: rows.items.map((row) => JSON.stringify(row)) };
  }
  async countAttributions(filter: AttributionFilter, cap?: number) {
    return queries.countAttributions(this.pool, await this.filter(filter), filter.status !== undefined, cap);
  }
  /** The queue is the unreviewed records: the filter's status is not asked. */
  async listReviewQueue(filter: AttributionFilter, page: PageRequest) { return desk.listReviewQueue(this.pool, await this.filter({ ...filter, status: 'all' }), page); }
  async countReviewQueue(filter: AttributionFilter, cap?: number) { return desk.countReviewQueue(this.pool, await this.filter({ ...filter, status: 'all' }), cap); }

  clusterSummaries(ids: readonly number[]) { return clusters.clusterSummaries(this.pool, ids); }
  clusterAppearances(id: number, from?: number, limit?: number) { return clusters.clusterAppearances(this.pool, id, from, limit); }
  statementParts(ids: readonly number[]) { return statementParts(this.pool, ids); }

  review(id: number, input: ReviewInput, userName: string) { return reviews.review(this.pool, id, input, userName); }
  reviews(attributionId: number) { return reviews.reviews(this.pool, attributionId); }
  bulkReview(picks: readonly RecordPick[], action: 'confirm' | 'reject', userName: string) { return reviews.bulkReview(this.pool, picks, action, userName); }
  claimRating(attributionId: number) { return desk.claimRating(this.pool, attributionId); }
  setClaimRating(attributionId: number, rating: string | null, userName: string) { return desk.setClaimRating(this.pool, attributionId, rating, userName); }
  claimReviewOf(id: number, claimBase: string) { return claimReviewOf(this.pool, id, claimBase); }

  async writeCsv(filter: AttributionFilter, out: Writable, options?: { end?: boolean; claimBase?: string }) {
    return writePgCsv(this.pool, await this.filter(filter), out, options);
  }
  async writeJson(filter: AttributionFilter, out: Writable, options?: { end?: boolean }) {
    return writePgJson(this.pool, await this.filter(filter), out, options);
  }
  async writeClaimReviews(filter: AttributionFilter, out: Writable, claimBase: string) {
    return writePgClaimReviews(this.pool, await this.filter(filter), out, claimBase);
  }

  watchFeed(url: string, addedBy: string | null) { return desk.watchFeed(this.pool, url, addedBy); }
  listFeeds() { return desk.listFeeds(this.pool); }
  feedItemImported(feedId: number, url: string) { return desk.feedItemImported(this.pool, feedId, url); }
  recordFeedItem(feedId: number, url: string, articleId: number, contentHash: string) { return desk.recordFeedItem(this.pool, feedId, url, articleId, contentHash); }
  saveFeedCheck(feedId: number, check: { title?: string | null | undefined; etag: string | null; lastModified: string | null; result: string }) {
    return desk.saveFeedCheck(this.pool, feedId, check);
  }

  addUser(name: string, passwordHash: string) { return accounts.addUser(this.pool, name, passwordHash); }
  getUser(name: string) { return accounts.getUser(this.pool, name); }
  listUsers(now?: number) { return accounts.listUsers(this.pool, now); }
  removeUser(name: string) { return accounts.removeUser(this.pool, name); }
  setPassword(name: string, passwordHash: string) { return accounts.setPassword(this.pool, name, passwordHash); }
  createSession(userId: number, ttlMs: number, now?: number) { return accounts.createSession(this.pool, userId, ttlMs, now); }
  sessionUser(id: string, now?: number) { return accounts.sessionUser(this.pool, id, now); }
  deleteSession(id: string) { return accounts.deleteSession(this.pool, id); }
}
