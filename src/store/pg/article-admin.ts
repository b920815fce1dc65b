import type pg from 'pg';
import type { Attribution } from '../../schema/attribution.js';
import { detailChanges, type ArticleDetails } from '../article-details.js';
import { ArticleListRow, ArticleLogRow, matchRecords, type RerunResult } from '../articles-admin.js';
import { NotFoundError, VersionConflictError } from '../errors.js';
import { SpanError, type NewRecord } from '../record-edit.js';
import { reviewableFields, type ArticleRow, type AttributionRow, type ReviewableFields } from '../rows.js';
import { readingCells } from '../reading-cells.js';
import { sortKey } from '../sort-key.js';
import { articleAttributions, getArticle } from './articles.js';
import { getAttribution } from './queries.js';
import { resolveSpeakerIds } from './speaker-resolve.js';
import { PgClusterer } from './clusterer.js';
import { inTransaction, type Queryable } from './transaction.js';

// The article desk on PostgreSQL, as articles-admin.ts, article-details.ts and record-edit.ts
// keep it on SQLite: each change one transaction, the article row locked (FOR UPDATE) first so
// two servers changing one article take turns; the search columns follow through the triggers.

/** Articles, newest added first, with their records counted by status. */
export async function listArticles(q: Queryable, page: { limit: number; offset: number }): Promise<ArticleListRow[]> {
  const { rows } = await q.query(
    `SELECT ar.id, ar.title, ar.outlet, ar.published, ar.created_at AS "createdAt",
       (SELECT json_object_agg(c.status, c.n)::text FROM
         (SELECT a.status, count(*)::integer AS n FROM attributions a WHERE a.article_id = ar.id GROUP BY a.status) c) AS counts
     FROM articles ar ORDER BY ar.id DESC LIMIT $1 OFFSET $2`,
    [page.limit, page.offset],
  );
  return rows.map((r) => ArticleListRow.parse(r));
}

async function writeLog(q: Queryable, articleId: number, title: string | null, userName: string, action: 'delete' | 'rerun' | 'edit', detail: object): Promise<void> {
  await q.query('INSERT INTO article_log (article_id, title, user_name, at, action, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    articleId,
    title,
    userName,
    new Date().toISOString(),
    action,
    JSON.stringify(detail),
  ]);
}

/** The newest entries of the article log (all articles, or one). */
export async function articleLog(q: Queryable, options: { articleId?: number | undefined; limit: number }): Promise<ArticleLogRow[]> {
  const params: unknown[] = [options.limit];
  const where = options.articleId === undefined ? '' : `WHERE article_id = $${params.push(options.articleId)}`;
  const { rows } = await q.query(
    `SELECT id, article_id AS "articleId", title, user_name AS "userName", at, action, detail FROM article_log ${where} ORDER BY id DESC LIMIT $1`,
    params,
  );
  return rows.map((r) => ArticleLogRow.parse(r));
}

/** How many records an article has, and how many of them a reviewer has decided. */
export async function articleCounts(q: Queryable, articleId: number): Promise<{ records: number; reviewed: number }> {
  const { rows } = await q.query<{ records: number; reviewed: number }>(
    `SELECT count(*)::integer AS records, count(*) FILTER (WHERE status <> 'unreviewed')::integer AS reviewed FROM attributions WHERE article_id = $1`,
    [articleId],
  );
  return rows[0]!;
}

/** The article, locked until the transaction ends; NotFoundError when there is none. */
async function lockArticle(client: pg.PoolClient, articleId: number): Promise<ArticleRow> {
  await client.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
  return getArticle(client, articleId);
}

/**
 * Deletes an article with its records and their review history, logged; refuses
 * (VersionConflictError) when more records were reviewed than the confirmation showed.
 */
export function deleteArticle(pool: pg.Pool, articleId: number, userName: string, expectReviewed?: number): Promise<{ title: string | null; records: number; reviewed: number }> {
  return inTransaction(pool, async (client) => {
    const article = await lockArticle(client, articleId);
    const counts = await articleCounts(client, articleId);
    if (expectReviewed !== undefined && counts.reviewed !== expectReviewed) {
      throw new VersionConflictError(
        `records of this article were reviewed since you opened the confirmation (${expectReviewed} then, ${counts.reviewed} now); look again before deleting`,
        counts.reviewed,
      );
    }
    const detail = { records: counts.records, reviewed: counts.reviewed };
    await writeLog(client, articleId, article.title, userName, 'delete', detail);
    await client.query('DELETE FROM articles WHERE id = $1', [articleId]);
    return { title: article.title, ...detail };
  });
}


const startOf = (e: { quote: Attribution | null; row?: AttributionRow | undefined }): number => e.quote?.start ?? e.row?.start ?? 0;
const endOf = (e: { quote: Attribution | null; row?: AttributionRow | undefined }): number => e.quote?.end ?? e.row?.end ?? 0;

/**
 * Replaces an article's records with what the current extraction finds, keeping every human
 * decision (see articles-admin.ts rerunArticle): one transaction, logged.
 */
export function rerunArticle(pool: pg.Pool, articleId: number, found: readonly Attribution[], userName: string): Promise<RerunResult> {
  return inTransaction(pool, async (client) => {
    const article = await lockArticle(client, articleId);
    const old = await articleAttributions(client, articleId);
    const ordered = [...found].sort((x, y) => x.start - y.start || x.end - y.end);
    const articleNames = [...new Set(ordered.flatMap((q) => (q.speaker?.name && q.speaker.type === 'person' ? [q.speaker.name] : [])))];
    const matched = matchRecords(old, ordered);
    const matchedIds = new Set([...matched.values()].map((r) => r.id));
    const unmatched = old.filter((r) => !matchedIds.has(r.id));
    const gone = unmatched.map((r) => ({ id: r.id, text: r.text, status: r.status, removed: r.status === 'unreviewed' }));
    const keptUnfound = unmatched.filter((r) => r.status !== 'unreviewed');
    const removed = gone.filter((g) => g.removed).map((g) => g.id);
    if (removed.length > 0) await client.query('DELETE FROM attributions WHERE id = ANY($1::integer[])', [removed]);
    // Out of the way of the unique (article_id, position) and sort_key while renumbering.
    await client.query('UPDATE attributions SET position = -id, sort_key = -id WHERE article_id = $1', [articleId]);

    type Entry = { quote: Attribution; row: AttributionRow | undefined } | { quote: null; row: AttributionRow };
    const entries: Entry[] = [...ordered.map((quote, i) => ({ quote, row: matched.get(i) })), ...keptUnfound.map((row) => ({ quote: null, row }))].sort(
      (x, y) => startOf(x) - startOf(y) || endOf(x) - endOf(y),
    );
    // Speakers of the new readings, resolved as on ingest (unreviewed records found again or new).
    const toResolve = entries.filter((e): e is { quote: Attribution; row: AttributionRow | undefined } => e.quote !== null && !(e.row && e.row.status !== 'unreviewed'));
    const named = toResolve.flatMap((e) => (e.quote.speaker?.name ? [{ name: e.quote.speaker.name, type: e.quote.speaker.type }] : []));
    const ids = await resolveSpeakerIds(client, named, articleNames, articleId);
    let next = 0;
    const sortDate = article.published ?? article.createdAt;
    const result: RerunResult = { kept: 0, refreshed: 0, added: 0, gone };
    // New records and those whose words changed, clustered again once all are in place.
    const reclustered: number[] = [];
    for (const [position, entry] of entries.entries()) {
      const key = sortKey(sortDate, articleId, position);
      const { quote, row } = entry;
      if (row && (quote === null || row.status !== 'unreviewed')) {
        await client.query('UPDATE attributions SET position = $1, sort_key = $2 WHERE id = $3', [position, key, row.id]);
        if (quote) result.kept++;
        continue;
      }
      const q = quote as Attribution;
      const cells = readingCells(q, q.speaker?.name ? ids[next++]! : null);
      if (row) {
        // Unreviewed and found again: the new reading, a new version (an open page is now stale).
        await client.query(
          `UPDATE attributions SET position = $1, sort_key = $2, extract_id = $3, kind = $4, text = $5, start = $6, "end" = $7, grp = $8,
             speaker_id = $9, speaker_mention = $10, speaker_start = $11, speaker_end = $12, source_type = $13, cue_text = $14,
             cue_start = $15, cue_end = $16, channel_type = $17, channel_platform = $18, reported_by = $19, reported_by_type = $20,
             confidence = $21, rule = $22, doubt_code = $23, doubt_reason = $24, cue_kind = $25, version = version + 1
           WHERE id = $26`,
          [position, key, ...cells, row.id],
        );
        if (row.text !== q.text) reclustered.push(row.id);
        result.refreshed++;
      } else {
        const made = await client.query<{ id: number }>(
          `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, "end", grp,
             speaker_id, speaker_mention, speaker_start, speaker_end, source_type, cue_text, cue_start, cue_end,
             channel_type, channel_platform, reported_by, reported_by_type, confidence, rule, doubt_code, doubt_reason, cue_kind)
           VALUES (${Array.from({ length: 26 }, (_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
          [articleId, position, key, ...cells],
        );
        reclustered.push(made.rows[0]!.id);
        result.added++;
      }
    }
    await new PgClusterer(client).again(reclustered);
    await writeLog(client, articleId, article.title, userName, 'rerun', {
      kept: result.kept,
      refreshed: result.refreshed,
      added: result.added,
      gone: gone.map((g) => ({ id: g.id, text: g.text.slice(0, 200), status: g.status, removed: g.removed })),
    });
    return result;
  });
}

/** Renumbers an article's records in reading order (positions and sort keys), in the caller's transaction. */
async function renumber(client: pg.PoolClient, articleId: number, published: string | null, createdAt: string): Promise<void> {
  const { rows } = await client.query<{ id: number }>('SELECT id FROM attributions WHERE article_id = $1 ORDER BY start, "end", id', [articleId]);
  await client.query('UPDATE attributions SET position = -id, sort_key = -id WHERE article_id = $1', [articleId]);
  const ids = rows.map((r) => r.id);
  const keys = ids.map((_, position) => sortKey(published ?? createdAt, articleId, position));
  await client.query(
    `UPDATE attributions a SET position = m.position - 1, sort_key = m.key
     FROM unnest($1::integer[], $2::bigint[]) WITH ORDINALITY AS m(id, key, position) WHERE a.id = m.id`,
    [ids, keys],
  );
}

/**
 * Changes an article's details, logged as `edit` with the values before and after; a new date
 * reorders its records in the lists (the title reaches the search columns through a trigger).
 */
export function editArticleDetails(pool: pg.Pool, articleId: number, userName: string, details: ArticleDetails): Promise<string[]> {
  return inTransaction(pool, async (client) => {
    const article = await lockArticle(client, articleId);
    const before: ArticleDetails = { title: article.title, outlet: article.outlet, authors: article.authors, published: article.published, url: article.url };
    const changes = detailChanges(before, details);
    const fields = Object.keys(changes.after);
    if (fields.length === 0) return [];
    await client.query('UPDATE articles SET title = $1, outlet = $2, authors = $3, published = $4, url = $5 WHERE id = $6', [
      details.title,
      details.outlet,
      JSON.stringify(details.authors),
      details.published,
      details.url,
      articleId,
    ]);
    if (fields.includes('title') || fields.includes('published')) await renumber(client, articleId, details.published, article.createdAt);
    await writeLog(client, articleId, details.title ?? article.title, userName, 'edit', changes);
    return fields;
  });
}

async function audit(q: Queryable, id: number, userName: string, action: 'add' | 'span', before: ReviewableFields, after: ReviewableFields, note: string | null): Promise<void> {
  await q.query('INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    id,
    userName,
    new Date().toISOString(),
    action,
    note,
    JSON.stringify(before),
    JSON.stringify(after),
  ]);
}

function checkSpan(text: string, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
    throw new SpanError(`the span ${start}..${end} is not inside the article (0..${text.length})`);
  }
  if (!text.slice(start, end).trim()) throw new SpanError('the span holds no words');
}

/** Adds a record a reviewer found that saidby missed (status corrected, confidence 1, rule reviewer), audited as `add`. */
export function addRecord(pool: pg.Pool, articleId: number, record: NewRecord, userName: string): Promise<AttributionRow> {
  return inTransaction(pool, async (client) => {
    const article = await lockArticle(client, articleId);
    checkSpan(article.text, record.start, record.end);
    const taken = (await client.query<{ id: number }>('SELECT id FROM attributions WHERE article_id = $1 AND start = $2 AND "end" = $3', [articleId, record.start, record.end])).rows[0];
    if (taken) throw new SpanError(`record ${taken.id} already holds exactly these words`);
    const speakerId = record.speaker ? ((await resolveSpeakerIds(client, [{ name: record.speaker, type: record.speakerType }], [], articleId))[0] ?? null) : null;
    const note = record.note?.trim() || null;
    const text = article.text.slice(record.start, record.end);
    // A temporary place out of the way; renumber() puts it in reading order.
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, "end", speaker_id,
         source_type, confidence, rule, status, note)
       VALUES ($1, -2147483647, $2, $3, $4, $5, $6, $7, $8, $9, 1, 'reviewer', 'corrected', $10) RETURNING id`,
      [articleId, -1e12 - Date.now(), `reviewer-${record.start}-${record.end}`, record.kind, text, record.start, record.end, speakerId, record.speaker ? record.speakerType : null, note],
    );
    const id = rows[0]!.id;
    await renumber(client, articleId, article.published, article.createdAt);
    await new PgClusterer(client).again([id]);
    const row = await getAttribution(client, id);
    await audit(client, id, userName, 'add', reviewableFields(row, text), reviewableFields(row, text), note);
    return row;
  });
}

/** Moves a record's words to start..end of its article at the version the reviewer saw; audited as `span`. */
export function adjustSpan(pool: pg.Pool, id: number, span: { start: number; end: number; version: number }, userName: string): Promise<AttributionRow> {
  return inTransaction(pool, async (client) => {
    const first = await getAttribution(client, id);
    const article = await lockArticle(client, first.articleId);
    const row = await getAttribution(client, id, true);
    if (row.version !== span.version) {
      throw new VersionConflictError(
        `record ${id} was changed by someone else after your page was loaded; reload it to see the change, then try again`,
        row.version,
      );
    }
    checkSpan(article.text, span.start, span.end);
    const text = article.text.slice(span.start, span.end);
    const taken = (
      await client.query<{ id: number }>('SELECT id FROM attributions WHERE article_id = $1 AND start = $2 AND "end" = $3 AND id <> $4', [row.articleId, span.start, span.end, id])
    ).rows[0];
    if (taken) throw new SpanError(`record ${taken.id} already holds exactly these words`);
    const changed = await client.query(`UPDATE attributions SET start = $1, "end" = $2, text = $3, status = 'corrected', version = version + 1 WHERE id = $4 AND version = $5`, [
      span.start,
      span.end,
      text,
      id,
      span.version,
    ]);
    if (changed.rowCount !== 1) throw new NotFoundError(`no record ${id}`);
    await renumber(client, row.articleId, article.published, article.createdAt);
    await new PgClusterer(client).again([id]);
    const after = await getAttribution(client, id);
    await audit(client, id, userName, 'span', reviewableFields(row, row.text), reviewableFields(after, text), null);
    return after;
  });
}
