import type pg from 'pg';
import { ClaimRating } from '../claim-rating.js';
import { FeedRow } from '../feeds.js';
import { attributionFromCells } from '../rows.js';
import type { ReviewQueuePage } from '../review-queue.js';
import type { CappedCount, PageRequest } from '../store-types.js';
import { ATTRIBUTION_CELLS_PG, ATTRIBUTION_JOINS_PG, type PgFilter } from './queries.js';
import type { Queryable } from './transaction.js';

// The smaller desks on PostgreSQL, the rows and answers of their SQLite modules: watched feeds
// (feeds.ts), claim ratings (claim-rating.ts) and the review queue (review-queue.ts).

const FEED_COLUMNS = `id, url, title, etag, last_modified AS "lastModified", added_by AS "addedBy", added_at AS "addedAt",
  checked_at AS "checkedAt", last_result AS "lastResult"`;

/** The watched feed at this address, added on first sight. */
export async function watchFeed(q: Queryable, url: string, addedBy: string | null): Promise<FeedRow> {
  await q.query('INSERT INTO feeds (url, added_by, added_at) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING', [url, addedBy, new Date().toISOString()]);
  return FeedRow.parse((await q.query(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = $1`, [url])).rows[0]);
}

/** Every watched feed, oldest first. */
export async function listFeeds(q: Queryable): Promise<FeedRow[]> {
  return (await q.query(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY id`)).rows.map((r) => FeedRow.parse(r));
}

/** True when this feed has already imported the item at `url`. */
export async function feedItemImported(q: Queryable, feedId: number, url: string): Promise<boolean> {
  return ((await q.query('SELECT 1 FROM feed_items WHERE feed_id = $1 AND url = $2', [feedId, url])).rowCount ?? 0) > 0;
}

export async function recordFeedItem(q: Queryable, feedId: number, url: string, articleId: number, contentHash: string): Promise<void> {
  await q.query(
    `INSERT INTO feed_items (feed_id, url, article_id, content_hash, imported_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (feed_id, url) DO NOTHING`,
    [feedId, url, articleId, contentHash, new Date().toISOString()],
  );
}

/** After a run: the validators for the next conditional request, and the run's summary. */
export async function saveFeedCheck(
  q: Queryable,
  feedId: number,
  check: { title?: string | null | undefined; etag: string | null; lastModified: string | null; result: string },
): Promise<void> {
  await q.query('UPDATE feeds SET title = coalesce($1, title), etag = $2, last_modified = $3, checked_at = $4, last_result = $5 WHERE id = $6', [
    check.title ?? null,
    check.etag,
    check.lastModified,
    new Date().toISOString(),
    check.result,
    feedId,
  ]);
}

/** The rating of a record, or null when none was given. */
export async function claimRating(q: Queryable, attributionId: number): Promise<ClaimRating | null> {
  const { rows } = await q.query('SELECT rating, user_name AS "userName", at FROM claim_ratings WHERE attribution_id = $1', [attributionId]);
  return rows[0] ? ClaimRating.parse(rows[0]) : null;
}

/** Sets the rating of a record, or clears it (null or blank). */
export async function setClaimRating(q: Queryable, attributionId: number, rating: string | null, userName: string, at = new Date()): Promise<void> {
  const text = rating?.trim() ?? '';
  if (text === '') {
    await q.query('DELETE FROM claim_ratings WHERE attribution_id = $1', [attributionId]);
    return;
  }
  await q.query(
    `INSERT INTO claim_ratings (attribution_id, rating, user_name, at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (attribution_id) DO UPDATE SET rating = excluded.rating, user_name = excluded.user_name, at = excluded.at`,
    [attributionId, text, userName, at.toISOString()],
  );
}

/** How much a record needs a human: 0 when nobody or more than one person may have said it (as the attributions_queue index). */
const PRIORITY = "(CASE WHEN a.speaker_id IS NULL OR a.doubt_code IN ('unresolved-speaker', 'ambiguous-speaker', 'no-speaker') THEN 0 ELSE 1 END)";

/** The queue's conditions for a filter made with status 'all'; null when it names a speaker nobody is. */
function queueWhere(f: PgFilter): { where: string[]; params: unknown[] } | null {
  if (f.speakerIds && f.speakerIds.length === 0) return null;
  return { where: ["a.status = 'unreviewed'", ...f.where], params: [...f.params] };
}

/**
 * The unreviewed records that most need a human, first (see review-queue.ts): unknown or
 * ambiguous speaker, then the lowest confidence, then the newest article. `after` marks the
 * place of the last record of the previous page, wherever it stands now.
 */
export async function listReviewQueue(q: Queryable, f: PgFilter, page: PageRequest): Promise<ReviewQueuePage> {
  const queue = queueWhere(f);
  if (!queue) return { items: [], next: null, prev: null, articleTexts: new Map(), articleSpeakers: new Map() };
  const { where, params } = queue;
  if (page.after !== undefined) {
    where.push(
      `(${PRIORITY}, a.confidence, -a.sort_key) > (SELECT ${PRIORITY}, a.confidence, -a.sort_key FROM attributions a WHERE a.sort_key = $${params.push(page.after)})`,
    );
  }
  const { rows } = await q.query({
    text: `SELECT ${ATTRIBUTION_CELLS_PG} FROM attributions a ${ATTRIBUTION_JOINS_PG} WHERE ${where.join(' AND ')}
           ORDER BY ${PRIORITY}, a.confidence, a.sort_key DESC LIMIT $${params.push(page.limit + 1)}`,
    values: params,
    rowMode: 'array',
  });
  const all = (rows as unknown[][]).map(attributionFromCells);
  const more = all.length > page.limit;
  const items = all.slice(0, page.limit);
  const articleIds = [...new Set(items.map((r) => r.articleId))];
  const texts = (await q.query<{ id: number; text: string }>('SELECT id, text FROM articles WHERE id = ANY($1::integer[])', [articleIds])).rows;
  return {
    items,
    next: more ? (items.at(-1)?.sortKey ?? null) : null,
    prev: null,
    articleTexts: new Map(texts.map((r) => [r.id, r.text])),
    articleSpeakers: await speakersOfArticles(q, articleIds),
  };
}

/** How many records the queue holds under this filter, up to `cap`. */
export async function countReviewQueue(q: Queryable, f: PgFilter, cap = 1000): Promise<CappedCount> {
  const queue = queueWhere(f);
  if (!queue) return { count: 0, capped: false };
  const { where, params } = queue;
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM (SELECT 1 FROM attributions a WHERE ${where.join(' AND ')} LIMIT $${params.push(cap + 1)}) hits`,
    params,
  );
  const n = rows[0]!.n;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** The speakers named by each article's records (rejected ones too: the name may still be right). */
export async function speakersOfArticles(q: Queryable, ids: readonly number[]): Promise<Map<number, string[]>> {
  const { rows } = await q.query<{ articleId: number; name: string }>(
    `SELECT DISTINCT a.article_id AS "articleId", s.name COLLATE "C" AS name FROM attributions a JOIN speakers s ON s.id = a.speaker_id
     WHERE a.article_id = ANY($1::integer[]) ORDER BY name`,
    [[...ids]],
  );
  const byArticle = new Map<number, string[]>();
  for (const r of rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r.name]);
  return byArticle;
}

/** The most quoted speakers (not rejected), for suggestions beyond the article's own. */
export async function topSpeakerNames(q: Queryable, limit = 200): Promise<string[]> {
  const { rows } = await q.query<{ name: string }>(
    'SELECT name FROM speakers WHERE attribution_count > 0 ORDER BY attribution_count DESC, name COLLATE "C" LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.name);
}
