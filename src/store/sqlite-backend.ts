import type { Writable } from 'node:stream';
import type { Attribution } from '../schema/attribution.js';
import { editArticleDetails, type ArticleDetails } from './article-details.js';
import { articleCounts, articleLog, deleteArticle, listArticles, rerunArticle } from './articles-admin.js';
import type { StoreBackend } from './backend.js';
import { bulkReview, type Pick } from './bulk-review.js';
import { claimRating, setClaimRating } from './claim-rating.js';
import { claimReviewOf, writeClaimReviews } from './claim-review.js';
import { exportCsv } from './csv-export.js';
import { writeJson } from './export-format.js';
import { feedItemImported, listFeeds, recordFeedItem, saveFeedCheck, watchFeed } from './feeds.js';
import { addRecord, adjustSpan, type NewRecord } from './record-edit.js';
import { countReviewQueue, listReviewQueue, speakersOfArticles, topSpeakerNames } from './review-queue.js';
import {
  addAlias,
  markNotSpeaker,
  mergeSpeakers,
  renameSpeaker,
  speakerByExactName,
  speakerLog,
  speakerWithCount,
  splitRecord,
} from './speaker-admin.js';
import type { AttributionFilter, NewArticle, PageRequest, ReviewInput } from './store-types.js';
import { Store } from './store.js';

/**
 * The SQLite store (Store, better-sqlite3) behind the async StoreBackend: each call runs
 * synchronously on this thread, as it always did, and answers a settled promise; its
 * transactions are the Store's own.
 */
export class SqliteBackend implements StoreBackend {
  readonly kind = 'sqlite' as const;
  readonly file: string | null;

  constructor(readonly store: Store) {
    this.file = store.path === ':memory:' ? null : store.path;
  }

  async close() { this.store.close(); }
  async health() { return this.store.health(); }
  async inPlace() { return this.store.fileState() !== 'gone'; }

  async findArticleByHash(hash: string) { return this.store.findArticleByHash(hash); }
  async addArticle(article: NewArticle, quotes: readonly Attribution[]) { return this.store.addArticle(article, quotes); }
  async getArticle(id: number) { return this.store.getArticle(id); }
  async articleAttributions(articleId: number) { return this.store.articleAttributions(articleId); }
  async articleCount() { return this.store.articleCount(); }
  async totalAttributions() { return this.store.totalAttributions(); }
  async optimizeSearch() { this.store.optimizeSearch(); }
  async listArticles(page: { limit: number; offset: number }) { return listArticles(this.store, page); }
  async articleLog(options: { articleId?: number | undefined; limit: number }) { return articleLog(this.store, options); }
  async articleCounts(articleId: number) { return articleCounts(this.store, articleId); }
  async deleteArticle(articleId: number, userName: string, expectReviewed?: number) { return deleteArticle(this.store, articleId, userName, expectReviewed); }
  async rerunArticle(articleId: number, found: readonly Attribution[], userName: string) { return rerunArticle(this.store, articleId, found, userName); }
  async editArticleDetails(articleId: number, userName: string, details: ArticleDetails) { return editArticleDetails(this.store, articleId, userName, details); }
  async addRecord(articleId: number, record: NewRecord, userName: string) { return addRecord(this.store, articleId, record, userName); }
  async adjustSpan(id: number, span: { start: number; end: number; version: number }, userName: string) { return adjustSpan(this.store, id, span, userName); }

  async speakerChoice(name: string) { return this.store.speakerChoice(name); }
  async findSpeakers(name: string, limit?: number) { return this.store.findSpeakers(name, limit); }
  async speakerAliases(id: number) { return this.store.speakerAliases(id); }
  async getSpeaker(id: number) { return this.store.getSpeaker(id); }
  async listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }) { return this.store.listSpeakers(options); }
  async speakerStats(id: number) { return this.store.speakerStats(id); }
  async topSpeakerNames(limit?: number) { return topSpeakerNames(this.store, limit); }
  async speakersOfArticles(ids: readonly number[]) { return speakersOfArticles(this.store, ids); }
  async speakerLog(speakerId: number, limit?: number) { return speakerLog(this.store, speakerId, limit); }
  async speakerByExactName(name: string) { return speakerByExactName(this.store, name); }
  async speakerWithCount(id: number) { return speakerWithCount(this.store, id); }
  async mergeSpeakers(fromId: number, intoId: number, userName: string) { return mergeSpeakers(this.store, fromId, intoId, userName); }
  async renameSpeaker(id: number, name: string, userName: string) { return renameSpeaker(this.store, id, name, userName); }
  async addAlias(id: number, name: string, userName: string) { addAlias(this.store, id, name, userName); }
  async splitRecord(attributionId: number, newName: string, userName: string, version?: number) { return splitRecord(this.store, attributionId, newName, userName, version); }
  async markNotSpeaker(id: number, userName: string) { return markNotSpeaker(this.store, id, userName); }

  async getAttribution(id: number) { return this.store.getAttribution(id); }
  async listAttributions(filter: AttributionFilter, page: PageRequest) { return this.store.listAttributions(filter, page); }
  async listAttributionSummaries(filter: AttributionFilter, page: PageRequest) { return this.store.listAttributionSummaries(filter, page); }
  async listAttributionsJson(filter: AttributionFilter, page: PageRequest) { return this.store.listAttributionsJson(filter, page); }
  async countAttributions(filter: AttributionFilter, cap?: number) { return this.store.countAttributions(filter, cap); }
  async listReviewQueue(filter: AttributionFilter, page: PageRequest) { return listReviewQueue(this.store, filter, page); }
  async countReviewQueue(filter: AttributionFilter, cap?: number) { return countReviewQueue(this.store, filter, cap); }

  async clusterSummaries(ids: readonly number[]) { return this.store.clusterSummaries(ids); }
  async clusterAppearances(id: number, from?: number, limit?: number) { return this.store.clusterAppearances(id, from, limit); }
  async statementParts(ids: readonly number[]) { return this.store.statementParts(ids); }

  async review(id: number, input: ReviewInput, userName: string) { return this.store.review(id, input, userName); }
  async reviews(attributionId: number) { return this.store.reviews(attributionId); }
  async bulkReview(picks: readonly Pick[], action: 'confirm' | 'reject', userName: string) { return bulkReview(this.store, picks, action, userName); }
  async claimRating(attributionId: number) { return claimRating(this.store.db, attributionId); }
  async setClaimRating(attributionId: number, rating: string | null, userName: string) { setClaimRating(this.store.db, attributionId, rating, userName); }
  async claimReviewOf(id: number, claimBase: string) { return claimReviewOf(this.store, id, claimBase); }

  writeCsv(filter: AttributionFilter, out: Writable, options?: { end?: boolean; claimBase?: string }) { return exportCsv(this.store, filter, out, options); }
  async writeJson(filter: AttributionFilter, out: Writable, options?: { end?: boolean }) {
    const exported = this.store.exportAttributions(filter);
    try {
      await writeJson(exported.rows, out, options);
    } finally {
      exported.close();
    }
  }
  writeClaimReviews(filter: AttributionFilter, out: Writable, claimBase: string) { return writeClaimReviews(this.store, filter, out, claimBase); }

  async watchFeed(url: string, addedBy: string | null) { return watchFeed(this.store, url, addedBy); }
  async listFeeds() { return listFeeds(this.store); }
  async feedItemImported(feedId: number, url: string) { return feedItemImported(this.store, feedId, url); }
  async recordFeedItem(feedId: number, url: string, articleId: number, contentHash: string) { recordFeedItem(this.store, feedId, url, articleId, contentHash); }
  async saveFeedCheck(feedId: number, check: { title?: string | null | undefined; etag: string | null; lastModified: string | null; result: string }) { saveFeedCheck(this.store, feedId, check); }

  async addUser(name: string, passwordHash: string) { return this.store.addUser(name, passwordHash); }
  async getUser(name: string) { return this.store.getUser(name); }
  async listUsers(now?: number) { return this.store.listUsers(now); }
  async removeUser(name: string) { return this.store.removeUser(name); }
  async setPassword(name: string, passwordHash: string) { return this.store.setPassword(name, passwordHash); }
  async createSession(userId: number, ttlMs: number, now?: number) { return this.store.createSession(userId, ttlMs, now); }
  async sessionUser(id: string, now?: number) { return this.store.sessionUser(id, now); }
  async deleteSession(id: string) { this.store.deleteSession(id); }
}

const wrapped = new WeakMap<Store, SqliteBackend>();

/** The backend of a store: a Store (tests, embedded use) gets its one SqliteBackend. */
export function asBackend(store: Store | StoreBackend): StoreBackend {
  if (!(store instanceof Store)) return store;
  let backend = wrapped.get(store);
  if (!backend) wrapped.set(store, (backend = new SqliteBackend(store)));
  return backend;
}
