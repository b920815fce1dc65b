import type { Writable } from 'node:stream';
import type pg from 'pg';
import type { Attribution } from '../../schema/attribution.js';
import type { StoreBackend } from '../backend.js';
import type { AttributionRow, AttributionSummary } from '../rows.js';
import type { AttributionFilter, NewArticle, Page, PageRequest, ReviewInput } from '../store-types.js';
import * as accounts from './accounts.js';
import * as articles from './articles.js';
import { writePgCsv } from './csv-export.js';
import { writePgJson } from './json-export.js';
import { migratePg } from './migrations.js';
import { createPool } from './pool.js';
import * as queries from './queries.js';
import * as reviews from './reviews.js';
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

/** The StoreBackend operations PostgreSQL answers so far. */
export type PgOperations = Pick<
  StoreBackend,
  | 'kind' | 'file' | 'close'
  | 'findArticleByHash' | 'addArticle' | 'getArticle' | 'articleAttributions' | 'articleCount' | 'totalAttributions' | 'optimizeSearch'
  | 'speakerChoice' | 'findSpeakers' | 'speakerAliases' | 'getSpeaker' | 'listSpeakers' | 'speakerStats'
  | 'getAttribution' | 'listAttributions' | 'listAttributionSummaries' | 'listAttributionsJson' | 'countAttributions'
  | 'review' | 'reviews'
  | 'writeCsv' | 'writeJson'
  | 'addUser' | 'getUser' | 'listUsers' | 'removeUser' | 'setPassword' | 'createSession' | 'sessionUser' | 'deleteSession'
>;

/**
 * The store on PostgreSQL: a pool of connections, one transaction per unit of work, and the
 * same answers as SqliteBackend for the same rows (held to them by the store contract suite).
 * Several app servers on one database each hold their own PgBackend.
 */
export class PgBackend implements PgOperations {
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

  speakerChoice(name: string) { return this.speakers.speakerChoice(name); }
  findSpeakers(name: string, limit?: number) { return this.speakers.findSpeakers(name, limit); }
  speakerAliases(id: number) { return speakers.speakerAliases(this.pool, id); }
  getSpeaker(id: number) { return speakers.getSpeaker(this.pool, id); }
  async listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }) {
    const ids = options.name ? (await this.speakers.choice(options.name)).all : null;
    return speakers.listSpeakers(this.pool, ids, options.limit, options.offset);
  }
  speakerStats(id: number) { return speakers.speakerStats(this.pool, id); }

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

  review(id: number, input: ReviewInput, userName: string) { return reviews.review(this.pool, id, input, userName); }
  reviews(attributionId: number) { return reviews.reviews(this.pool, attributionId); }

  async writeCsv(filter: AttributionFilter, out: Writable, options?: { end?: boolean; claimBase?: string }) {
    return writePgCsv(this.pool, await this.filter(filter), out, options);
  }
  async writeJson(filter: AttributionFilter, out: Writable, options?: { end?: boolean }) {
    return writePgJson(this.pool, await this.filter(filter), out, options);
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
