import { z } from 'zod';
import type { Store } from './store.js';

export const FeedRow = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  title: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
  checkedAt: z.string().nullable(),
  lastResult: z.string().nullable(),
});
export type FeedRow = z.infer<typeof FeedRow>;

const FEED_COLUMNS = `id, url, title, etag, last_modified AS lastModified, added_by AS addedBy, added_at AS addedAt,
  checked_at AS checkedAt, last_result AS lastResult`;

/** The watched feed at this address, added on first sight. */
export function watchFeed(store: Store, url: string, addedBy: string | null): FeedRow {
  store.db
    .prepare('INSERT INTO feeds (url, added_by, added_at) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING')
    .run(url, addedBy, new Date().toISOString());
  return FeedRow.parse(store.db.prepare(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = ?`).get(url));
}

/** Every watched feed, oldest first. */
export function listFeeds(store: Store): FeedRow[] {
  return store.db.prepare(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY id`).all().map((r) => FeedRow.parse(r));
}

/** True when this feed has already imported the item at `url`. */
export function feedItemImported(store: Store, feedId: number, url: string): boolean {
  return store.db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND url = ?').get(feedId, url) !== undefined;
}

export function recordFeedItem(store: Store, feedId: number, url: string, articleId: number, contentHash: string): void {
  store.db
    .prepare(
      `INSERT INTO feed_items (feed_id, url, article_id, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (feed_id, url) DO NOTHING`,
    )
    .run(feedId, url, articleId, contentHash, new Date().toISOString());
}

/** After a run: the validators for the next conditional request, and the run's summary. */
export function saveFeedCheck(
  store: Store,
  feedId: number,
  check: { title?: string | null | undefined; etag: string | null; lastModified: string | null; result: string },
): void {
  store.db
    .prepare(
      `UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, checked_at = ?, last_result = ? WHERE id = ?`,
    )
    .run(check.title ?? null, check.etag, check.lastModified, new Date().toISOString(), check.result, feedId);
}
