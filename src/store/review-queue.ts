import type { AttributionFilter, Page, PageRequest, Store } from './store.js';
import { ATTRIBUTION_FIELDS, attributionFromCells, type AttributionRow } from './rows.js';

/**
 * How much a record needs a human, as SQL: 0 when nobody or more than one person may have
 * said it, 1 otherwise. Written exactly as in the attributions_queue index (migration 4), so
 * SQLite walks that index in queue order.
 */
const PRIORITY_SQL =
  "(CASE WHEN speaker_id IS NULL OR doubt_code IN ('unresolved-speaker', 'ambiguous-speaker', 'no-speaker') THEN 0 ELSE 1 END)";
const QUEUE_ORDER = `${PRIORITY_SQL.replace(/(speaker_id|doubt_code)/g, 'a.$1')}, a.confidence, a.sort_key DESC`;
const CELLS = ATTRIBUTION_FIELDS.map(([, sql]) => sql).join(', ');
const JOINS = `JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id`;

/** One page of the review queue: the records, and the text of the articles they come from. */
export interface ReviewQueuePage extends Page<AttributionRow> {
  articleTexts: Map<number, string>;
  /** Per article on the page: the speakers its records name, for the speaker field's suggestions. */
  articleSpeakers: Map<number, string[]>;
}

/**
 * The unreviewed records that most need a human, first: unknown or ambiguous speaker, then
 * the lowest confidence, then the newest article; narrowed by the claims list's filter (its
 * status is ignored: the queue is the unreviewed records). `after` is the sort key of the last
 * record of the previous page: the next page starts after that record's place in the queue,
 * wherever it stands now (one reviewed meanwhile still marks the place). Does not go back.
 */
export function listReviewQueue(store: Store, filter: AttributionFilter, page: PageRequest): ReviewQueuePage {
  const q = queueSql(store, filter);
  if (!q) return { items: [], next: null, prev: null, articleTexts: new Map(), articleSpeakers: new Map() };
  const where = [...q.where];
  const params: Record<string, unknown> = { ...q.params, limit: page.limit + 1 };
  if (page.after !== undefined) {
    where.push(
      `(${PRIORITY_SQL.replace(/(speaker_id|doubt_code)/g, 'a.$1')}, a.confidence, -a.sort_key) > (SELECT ${PRIORITY_SQL}, confidence, -sort_key FROM attributions WHERE sort_key = @cursor)`,
    );
    params.cursor = page.after;
  }
  const rows = (store.db
    .prepare(`SELECT ${CELLS} FROM ${q.from} ${JOINS} WHERE ${where.join(' AND ')} ORDER BY ${QUEUE_ORDER} LIMIT @limit`)
    .raw(true)
    .all(params) as unknown[][]).map(attributionFromCells);
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const articleIds = [...new Set(items.map((r) => r.articleId))];
  return {
    items,
    next: more ? (items.at(-1)?.sortKey ?? null) : null,
    prev: null,
    articleTexts: articleTexts(store, articleIds),
    articleSpeakers: speakersOfArticles(store, articleIds),
  };
}

/** How many records the queue holds under this filter, up to `cap`. */
export function countReviewQueue(store: Store, filter: AttributionFilter, cap = 1000): { count: number; capped: boolean } {
  const q = queueSql(store, filter);
  if (!q) return { count: 0, capped: false };
  const n = store.db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${q.from} WHERE ${q.where.join(' AND ')} LIMIT @cap)`)
    .pluck(true)
    .get({ ...q.params, cap: cap + 1 }) as number;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** The queue's FROM and WHERE for a filter; null when the filter names a speaker nobody is. */
function queueSql(store: Store, filter: AttributionFilter): { from: string; where: string[]; params: Record<string, unknown> } | null {
  const f = store.sqlFilter({ ...filter, status: 'all' });
  if (f.speakerIds && f.speakerIds.length === 0) return null;
  // A literal status, not a parameter: only then does SQLite know the partial queue index fits.
  const where = ["a.status = 'unreviewed'", ...f.where];
  if (f.fts) where.push('attribution_search MATCH @fts');
  // The queue index fits when only column filters narrow the queue; a speaker or full-text
  // filter leaves few rows, sorted faster than the index is walked.
  const from = f.fts
    ? 'attribution_search CROSS JOIN attributions a ON a.sort_key = attribution_search.rowid'
    : f.speakerIds
      ? 'attributions a'
      : 'attributions a INDEXED BY attributions_queue';
  return { from, where, params: f.params };
}

function articleTexts(store: Store, ids: readonly number[]): Map<number, string> {
  const rows = store.db
    .prepare('SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; text: string }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** The speakers named by each article's records (rejected ones too: the name may still be right). */
export function speakersOfArticles(store: Store, ids: readonly number[]): Map<number, string[]> {
  const rows = store.db
    .prepare(
      `SELECT DISTINCT a.article_id AS articleId, s.name FROM attributions a JOIN speakers s ON s.id = a.speaker_id
       WHERE a.article_id IN (SELECT value FROM json_each(?)) ORDER BY s.name`,
    )
    .all(JSON.stringify(ids)) as { articleId: number; name: string }[];
  const byArticle = new Map<number, string[]>();
  for (const r of rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r.name]);
  return byArticle;
}

/** The most quoted speakers (not rejected), for suggestions beyond the article's own. */
export function topSpeakerNames(store: Store, limit = 200): string[] {
  return store.db
    .prepare('SELECT name FROM speakers WHERE attribution_count > 0 ORDER BY attribution_count DESC, name LIMIT ?')
    .pluck(true)
    .all(limit) as string[];
}
