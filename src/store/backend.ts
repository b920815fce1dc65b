import type { Writable } from 'node:stream';
import type { Attribution } from '../schema/attribution.js';
import type { ArticleDetails } from './article-details.js';
import type { ArticleListRow, ArticleLogRow, RerunResult } from './articles-admin.js';
import type { BulkResult, Pick } from './bulk-review.js';
import type { ClaimRating } from './claim-rating.js';
import type { ClaimReview } from './claim-review.js';
import type { ClusterAppearances, ClusterSummary } from './cluster-reads.js';
import type { FeedRow } from './feeds.js';
import type { NewRecord } from './record-edit.js';
import type { ReviewQueuePage } from './review-queue.js';
import type {
  ArticleRow,
  AttributionRow,
  AttributionSummary,
  ReviewRow,
  SpeakerRow,
  SpeakerSummaryRow,
  UserRow,
  UserSummaryRow,
} from './rows.js';
import type { SpeakerLogRow } from './speaker-admin.js';
import type { StatementParts } from './statements.js';
import type {
  AddArticleResult,
  AttributionFilter,
  AttributionJsonPage,
  AttributionPage,
  CappedCount,
  DatabaseHealth,
  NewArticle,
  Page,
  PageRequest,
  ReviewInput,
  SpeakerChoiceRows,
} from './store-types.js';

/** Which database holds the store. */
export type BackendKind = 'sqlite' | 'postgres';

/**
 * The review database as the web app and the commands use it, whichever engine holds it: every
 * method answers a promise, so a backend may wait on a network connection. Each method is one
 * unit of work with the same guarantees on every backend: an article with its attributions, a
 * review with its audit entry, a merge with its moves, each in one transaction; a stale
 * version is a VersionConflictError; "not there" is a NotFoundError.
 *
 * A new store operation is one method here and one in each backend (sqlite-backend.ts, …).
 */
export interface StoreBackend {
  readonly kind: BackendKind;
  /** The database file, beside which the session secret is kept; null when there is no file. */
  readonly file: string | null;
  close(): Promise<void>;
  /** Cheap check for /healthz. */
  health(): Promise<DatabaseHealth>;
  /** False when a write would be lost (the database file was deleted or replaced under the server). */
  inPlace(): Promise<boolean>;

  // articles
  findArticleByHash(hash: string): Promise<number | null>;
  addArticle(article: NewArticle, quotes: readonly Attribution[]): Promise<AddArticleResult>;
  getArticle(id: number): Promise<ArticleRow>;
  articleAttributions(articleId: number): Promise<AttributionRow[]>;
  articleCount(): Promise<number>;
  totalAttributions(): Promise<number>;
  /** Tidies the full-text index after a bulk load (a no-op where the engine keeps it tidy). */
  optimizeSearch(): Promise<void>;
  listArticles(page: { limit: number; offset: number }): Promise<ArticleListRow[]>;
  articleLog(options: { articleId?: number | undefined; limit: number }): Promise<ArticleLogRow[]>;
  articleCounts(articleId: number): Promise<{ records: number; reviewed: number }>;
  deleteArticle(articleId: number, userName: string, expectReviewed?: number): Promise<{ title: string | null; records: number; reviewed: number }>;
  rerunArticle(articleId: number, found: readonly Attribution[], userName: string): Promise<RerunResult>;
  editArticleDetails(articleId: number, userName: string, details: ArticleDetails): Promise<string[]>;
  addRecord(articleId: number, record: NewRecord, userName: string): Promise<AttributionRow>;
  adjustSpan(id: number, span: { start: number; end: number; version: number }, userName: string): Promise<AttributionRow>;

  // speakers
  speakerChoice(name: string): Promise<SpeakerChoiceRows>;
  findSpeakers(name: string, limit?: number): Promise<SpeakerRow[]>;
  speakerAliases(id: number): Promise<string[]>;
  getSpeaker(id: number): Promise<SpeakerRow>;
  listSpeakers(options: { name?: string | undefined; limit: number; offset?: number | undefined }): Promise<SpeakerSummaryRow[]>;
  speakerStats(id: number): Promise<{ attributions: number; articles: number; byKind: Record<string, number> }>;
  topSpeakerNames(limit?: number): Promise<string[]>;
  speakersOfArticles(ids: readonly number[]): Promise<Map<number, string[]>>;
  speakerLog(speakerId: number, limit?: number): Promise<SpeakerLogRow[]>;
  speakerByExactName(name: string): Promise<number | null>;
  speakerWithCount(id: number): Promise<SpeakerRow & { attributions: number }>;
  mergeSpeakers(fromId: number, intoId: number, userName: string): Promise<{ records: number }>;
  renameSpeaker(id: number, name: string, userName: string): Promise<SpeakerRow>;
  addAlias(id: number, name: string, userName: string): Promise<void>;
  splitRecord(attributionId: number, newName: string, userName: string, version?: number): Promise<{ speakerId: number; created: boolean }>;
  markNotSpeaker(id: number, userName: string): Promise<{ records: number }>;

  // attributions: the claims list, the API, the review queue
  getAttribution(id: number): Promise<AttributionRow>;
  listAttributions(filter: AttributionFilter, page: PageRequest): Promise<AttributionPage>;
  listAttributionSummaries(filter: AttributionFilter, page: PageRequest): Promise<Page<AttributionSummary>>;
  listAttributionsJson(filter: AttributionFilter, page: PageRequest): Promise<AttributionJsonPage>;
  countAttributions(filter: AttributionFilter, cap?: number): Promise<CappedCount>;
  listReviewQueue(filter: AttributionFilter, page: PageRequest): Promise<ReviewQueuePage>;
  countReviewQueue(filter: AttributionFilter, cap?: number): Promise<CappedCount>;

  // clusters: the same words in other articles
  /** The clusters of these records ("also in N articles"), by record id; records alone are left out. */
  clusterSummaries(ids: readonly number[]): Promise<Map<number, ClusterSummary>>;
  /** A page of one cluster's appearances from `from`, earliest first; NotFoundError when there is none. */
  clusterAppearances(id: number, from?: number, limit?: number): Promise<ClusterAppearances>;

  // statements given in several records (a quotation over paragraphs, a claim split by its attribution)
  /** The pieces of each record's statement in text order, by record id; records given whole are left out. */
  statementParts(ids: readonly number[]): Promise<StatementParts>;

  // reviews
  review(id: number, input: ReviewInput, userName: string): Promise<AttributionRow>;
  reviews(attributionId: number): Promise<ReviewRow[]>;
  bulkReview(picks: readonly Pick[], action: 'confirm' | 'reject', userName: string): Promise<BulkResult>;
  claimRating(attributionId: number): Promise<ClaimRating | null>;
  setClaimRating(attributionId: number, rating: string | null, userName: string): Promise<void>;
  claimReviewOf(id: number, claimBase: string): Promise<ClaimReview | null>;

  // export: one consistent snapshot each, written with backpressure
  writeCsv(filter: AttributionFilter, out: Writable, options?: { end?: boolean; claimBase?: string }): Promise<void>;
  writeJson(filter: AttributionFilter, out: Writable, options?: { end?: boolean }): Promise<void>;
  writeClaimReviews(filter: AttributionFilter, out: Writable, claimBase: string): Promise<number>;

  // watched feeds
  watchFeed(url: string, addedBy: string | null): Promise<FeedRow>;
  listFeeds(): Promise<FeedRow[]>;
  feedItemImported(feedId: number, url: string): Promise<boolean>;
  recordFeedItem(feedId: number, url: string, articleId: number, contentHash: string): Promise<void>;
  saveFeedCheck(feedId: number, check: { title?: string | null | undefined; etag: string | null; lastModified: string | null; result: string }): Promise<void>;

  // reviewers and sessions
  addUser(name: string, passwordHash: string): Promise<UserRow>;
  getUser(name: string): Promise<UserRow | null>;
  listUsers(now?: number): Promise<UserSummaryRow[]>;
  removeUser(name: string): Promise<boolean>;
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  createSession(userId: number, ttlMs: number, now?: number): Promise<string>;
  sessionUser(id: string, now?: number): Promise<string | null>;
  deleteSession(id: string): Promise<void>;
}
