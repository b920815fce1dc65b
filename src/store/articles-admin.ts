import { z } from 'zod';
import type { Attribution } from '../schema/attribution.js';
import { NotFoundError, VersionConflictError } from './errors.js';
import { ReviewStatus, type AttributionRow } from './rows.js';
import { clustererFor } from './clusters.js';
import { readingCells } from './reading-cells.js';
import { sortKey } from './sort-key.js';
import type { Store } from './store.js';

/** A line of the articles index: no text, and how many records it has in each status. */
export const ArticleListRow = z.object({
  id: z.number().int().positive(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  createdAt: z.string(),
  counts: z
    .string()
    .nullable()
    .transform((s) => z.partialRecord(ReviewStatus, z.number()).parse(s ? JSON.parse(s) : {})),
});
export type ArticleListRow = z.infer<typeof ArticleListRow>;

/**
 * Articles, newest added first, with their records counted by status (read per article of the
 * page through the (article_id, position) index: a page costs its own articles' rows only).
 */
export function listArticles(store: Store, page: { limit: number; offset: number }): ArticleListRow[] {
  return store.db
    .prepare(
      `SELECT ar.id, ar.title, ar.outlet, ar.published, ar.created_at AS createdAt,
         (SELECT json_group_object(status, n) FROM
           (SELECT a.status, count(*) AS n FROM attributions a WHERE a.article_id = ar.id GROUP BY a.status)) AS counts
       FROM articles ar ORDER BY ar.id DESC LIMIT ? OFFSET ?`,
    )
    .all(page.limit, page.offset)
    .map((r) => ArticleListRow.parse(r));
}

/** One entry of the article log: a deletion or a re-run, kept after the article is gone. */
export const ArticleLogRow = z.object({
  id: z.number().int().positive(),
  articleId: z.number().int().positive(),
  title: z.string().nullable(),
  userName: z.string(),
  at: z.string(),
  action: z.enum(['delete', 'rerun', 'edit']),
  detail: z.string().transform((s) => z.record(z.string(), z.unknown()).parse(JSON.parse(s))),
});
export type ArticleLogRow = z.infer<typeof ArticleLogRow>;

export function writeLog(store: Store, articleId: number, title: string | null, userName: string, action: 'delete' | 'rerun' | 'edit', detail: object): void {
  store.db
    .prepare('INSERT INTO article_log (article_id, title, user_name, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(articleId, title, userName, new Date().toISOString(), action, JSON.stringify(detail));
}

/** The newest entries of the article log (all articles, or one). */
export function articleLog(store: Store, options: { articleId?: number | undefined; limit: number }): ArticleLogRow[] {
  const where = options.articleId === undefined ? '' : 'WHERE article_id = @articleId';
  return store.db
    .prepare(
      `SELECT id, article_id AS articleId, title, user_name AS userName, at, action, detail
       FROM article_log ${where} ORDER BY id DESC LIMIT @limit`,
    )
    .all({ limit: options.limit, ...(options.articleId === undefined ? {} : { articleId: options.articleId }) })
    .map((r) => ArticleLogRow.parse(r));
}

/** How many records an article has, and how many of them a reviewer has decided. */
export function articleCounts(store: Store, articleId: number): { records: number; reviewed: number } {
  return store.db
    .prepare(`SELECT count(*) AS records, CAST(total(status <> 'unreviewed') AS INTEGER) AS reviewed FROM attributions WHERE article_id = ?`)
    .get(articleId) as { records: number; reviewed: number };
}

/**
 * Deletes an article with its records and their review history, in one transaction, and logs
 * it (who, when, the title, how many records and reviews went with it): the log entry stays.
 * `expectReviewed` is how many reviewed records the confirmation showed: when more have been
 * reviewed since, someone's work would go unseen, so it refuses (VersionConflictError).
 */
export function deleteArticle(
  store: Store,
  articleId: number,
  userName: string,
  expectReviewed?: number,
): { title: string | null; records: number; reviewed: number } {
  const run = store.db.transaction(() => {
    const article = store.db.prepare('SELECT id, title FROM articles WHERE id = ?').get(articleId) as { id: number; title: string | null } | undefined;
    if (!article) throw new NotFoundError(`no article ${articleId}`);
    const counts = articleCounts(store, articleId);
    if (expectReviewed !== undefined && counts.reviewed !== expectReviewed) {
      throw new VersionConflictError(
        `records of this article were reviewed since you opened the confirmation (${expectReviewed} then, ${counts.reviewed} now); look again before deleting`,
        counts.reviewed,
      );
    }
    const detail = { records: counts.records, reviewed: counts.reviewed };
    writeLog(store, articleId, article.title, userName, 'delete', detail);
    // The search table is contentless: its rows go by rowid (the sort key), before the records do.
    store.db.prepare('DELETE FROM attribution_search WHERE rowid IN (SELECT sort_key FROM attributions WHERE article_id = ?)').run(articleId);
    store.db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    return { title: article.title, ...detail };
  });
  return run.immediate();
}

/** What a re-run did to an article's records. */
export interface RerunResult {
  /** Found again: reviewed ones kept as the reviewer left them, unreviewed ones refreshed. */
  kept: number;
  refreshed: number;
  added: number;
  /** Records the current extraction no longer finds: reviewed ones stay, unreviewed ones are removed. */
  gone: { id: number; text: string; status: ReviewStatus; removed: boolean }[];
}

/** Same span and text; failing that, the same text once in both lists (a span moved by a fix). */
export function matchRecords(old: readonly AttributionRow[], found: readonly Attribution[]): Map<number, AttributionRow> {
  const matched = new Map<number, AttributionRow>();
  const used = new Set<number>();
  const bySpan = new Map(old.map((r) => [`${r.start}:${r.end}:${r.text}`, r]));
  found.forEach((q, i) => {
    const row = bySpan.get(`${q.start}:${q.end}:${q.text}`);
    if (row && !used.has(row.id)) {
      matched.set(i, row);
      used.add(row.id);
    }
  });
  const count = <T>(xs: readonly T[], key: (x: T) => string) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());
  const oldTexts = count(old, (r) => r.text);
  const newTexts = count(found, (q) => q.text);
  found.forEach((q, i) => {
    if (matched.has(i) || oldTexts.get(q.text) !== 1 || newTexts.get(q.text) !== 1) return;
    const row = old.find((r) => r.text === q.text && !used.has(r.id));
    if (row) {
      matched.set(i, row);
      used.add(row.id);
    }
  });
  return matched;
}

/**
 * Replaces an article's records with what the current extraction finds (`found`), keeping every
 * human decision: a record found again keeps its id, history and, once reviewed, every field as
 * the reviewer left it; an unreviewed one takes the new reading. New records are added; records
 * no longer found are listed, and removed only when nobody reviewed them. One transaction,
 * logged in article_log.
 */
export function rerunArticle(store: Store, articleId: number, found: readonly Attribution[], userName: string): RerunResult {
  const run = store.db.transaction((): RerunResult => {
    const article = store.getArticle(articleId);
    const old = store.articleAttributions(articleId);
    const ordered = [...found].sort((x, y) => x.start - y.start || x.end - y.end);
    // the people the article names: a bare "Clinton" is whichever of them it names
    const articleNames = [...new Set(ordered.flatMap((q) => (q.speaker?.name && q.speaker.type === 'person' ? [q.speaker.name] : [])))];
    const matched = matchRecords(old, ordered);
    const matchedIds = new Set([...matched.values()].map((r) => r.id));
    const unmatched = old.filter((r) => !matchedIds.has(r.id));
    const gone = unmatched.map((r) => ({ id: r.id, text: r.text, status: r.status, removed: r.status === 'unreviewed' }));
    const keptUnfound = unmatched.filter((r) => r.status !== 'unreviewed');

    const db = store.db;
    db.prepare('DELETE FROM attribution_search WHERE rowid IN (SELECT sort_key FROM attributions WHERE article_id = ?)').run(articleId);
    const remove = db.prepare('DELETE FROM attributions WHERE id = ?');
    for (const g of gone) if (g.removed) remove.run(g.id);
    // Out of the way of the unique (article_id, position) and sort_key while renumbering.
    db.prepare('UPDATE attributions SET position = -id, sort_key = -id WHERE article_id = ?').run(articleId);

    type Entry = { quote: Attribution; row: AttributionRow | undefined } | { quote: null; row: AttributionRow };
    const entries: Entry[] = [
      ...ordered.map((quote, i) => ({ quote, row: matched.get(i) })),
      ...keptUnfound.map((row) => ({ quote: null, row })),
    ].sort((x, y) => startOf(x) - startOf(y) || endOf(x) - endOf(y));

    const sortDate = article.published ?? article.createdAt;
    const search = db.prepare('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)');
    const move = db.prepare('UPDATE attributions SET position = ?, sort_key = ? WHERE id = ?');
    const refresh = db.prepare(
      `UPDATE attributions SET position = ?, sort_key = ?, extract_id = ?, kind = ?, text = ?, start = ?, end = ?, grp = ?,
         speaker_id = ?, speaker_mention = ?, speaker_start = ?, speaker_end = ?, source_type = ?, cue_text = ?,
         cue_start = ?, cue_end = ?, channel_type = ?, channel_platform = ?, reported_by = ?, reported_by_type = ?,
         confidence = ?, rule = ?, doubt_code = ?, doubt_reason = ?, cue_kind = ?, version = version + 1
       WHERE id = ?`,
    );
    const insert = db.prepare(
      `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, end, grp,
         speaker_id, speaker_mention, speaker_start, speaker_end, source_type, cue_text, cue_start, cue_end,
         channel_type, channel_platform, reported_by, reported_by_type, confidence, rule, doubt_code, doubt_reason, cue_kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const result: RerunResult = { kept: 0, refreshed: 0, added: 0, gone };
    // Records new, or whose words the new reading changed: (re)clustered once all are in place.
    const reclustered: number[] = [];
    entries.forEach((entry, position) => {
      const key = sortKey(sortDate, articleId, position);
      const { quote, row } = entry;
      if (row && (quote === null || row.status !== 'unreviewed')) {
        move.run(position, key, row.id);
        search.run(key, row.text, row.speakerName ?? '', article.title ?? '');
        if (quote) result.kept++;
        return;
      }
      const q = quote as Attribution;
      const speakerId = q.speaker?.name ? store.speakerIdFor(q.speaker.name, q.speaker.type, articleNames, articleId) : null;
      const cells = readingCells(q, speakerId);
      if (row) {
        // Unreviewed and found again: the new reading, a new version (an open page is now stale).
        refresh.run(position, key, ...cells, row.id);
        if (row.text !== q.text) reclustered.push(row.id);
        result.refreshed++;
      } else {
        reclustered.push(Number(insert.run(articleId, position, key, ...cells).lastInsertRowid));
        result.added++;
      }
      search.run(key, q.text, q.speaker?.name ?? '', article.title ?? '');
    });
    clustererFor(db).again(reclustered);
    writeLog(store, articleId, article.title, userName, 'rerun', {
      kept: result.kept,
      refreshed: result.refreshed,
      added: result.added,
      gone: gone.map((g) => ({ id: g.id, text: g.text.slice(0, 200), status: g.status, removed: g.removed })),
    });
    return result;
  });
  return run.immediate();
}

const startOf = (e: { quote: Attribution | null; row?: AttributionRow | undefined }): number => e.quote?.start ?? e.row?.start ?? 0;
const endOf = (e: { quote: Attribution | null; row?: AttributionRow | undefined }): number => e.quote?.end ?? e.row?.end ?? 0;
