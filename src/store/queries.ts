import type { AttributionFilter, AttributionJsonPage, AttributionPage, CappedCount, Page, PageRequest, SqlFilter } from './store-types.js';
import { ATTRIBUTION_CELLS, ATTRIBUTION_COLUMNS, ATTRIBUTION_JOINS, ATTRIBUTION_JSON, SUMMARY_JSON, summaryFromCells } from './attribution-sql.js';
import { AttributionRow, attributionFromCells, type AttributionSummary } from './rows.js';
import { NotFoundError } from './errors.js';
import { toSearchQuery } from './search-query.js';
import type { Sql } from './sqlite-sql.js';

// The claims list on SQLite: a filter as SQL, keyset pages, counts, and one record by id.

/** A keyset cursor on the list order: rows whose sort key is below (`<`) or above (`>`) `key`. */
interface Cursor {
  op: '<' | '>';
  key: number;
}

export function getAttribution(sql: Sql, id: number): AttributionRow {
  const row = sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.id = ?`).get(id);
  if (!row) throw new NotFoundError(`no attribution ${id}`);
  return AttributionRow.parse(row);
}

/** The filter as SQL on `a` (store modules such as the review queue build on it). */
export function sqlFilter(filter: AttributionFilter, chosenSpeakers: (name: string) => number[]): SqlFilter {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kind) {
    where.push('a.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.kinds) {
    where.push('a.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(filter.kinds);
  }
  if (filter.sourceType) {
    where.push('a.source_type = @sourceType');
    params.sourceType = filter.sourceType;
  }
  if (filter.cueKind) {
    where.push('a.cue_kind = @cueKind');
    params.cueKind = filter.cueKind;
  }
  if (filter.status === undefined) {
    // Rejected records are hidden unless asked for (partial indexes of migration 4 keep this index-only).
    where.push("a.status <> 'rejected'");
  } else if (filter.status !== 'all') {
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
    // The speaker the name means, not every name that sounds alike (those are offered instead).
    const chosen = chosenSpeakers(filter.speaker);
    speakerIds = speakerIds ? speakerIds.filter((id) => chosen.includes(id)) : chosen;
  }
  if (speakerIds && speakerIds.length > 0) {
    // One statement for any number of speakers: the ids travel as one JSON array.
    where.push('a.speaker_id IN (SELECT value FROM json_each(@speakerIds))');
    params.speakerIds = JSON.stringify(speakerIds);
  }
  let fts: string | null = null;
  if (filter.q !== undefined && filter.q.trim() !== '') {
    const search = toSearchQuery(filter.q, filter.searchIn);
    if (search.ok) params.fts = fts = search.fts;
    // Nothing to look for ("?!"): nothing matches. The site and the CLI refuse it first, with the reason.
    else where.push('0');
  }
  return { where, params, fts, speakerIds };
}

/**
 * The sort keys of the matching attributions, in list order, at most `limit` (unordered when
 * `ordered` is false: a count needs no order, and SQLite may then walk whichever index fits).
 * Only indexes and the search table are read, never a row:
 * - no filter or a column filter: an index ending in sort_key, walked from the newest end;
 * - speakers: the (speaker_id, sort_key) index, each speaker's newest first; SQLite's top-N
 *   sort stops reading a speaker once its keys can no longer make the page, so "trump"
 *   (twenty speakers, 70,000 rows at 1M) reads about a page per speaker, not every row;
 * - full text: the search table, whose rowid IS the sort key, walked backwards, so a common
 *   word stops after one page and a rare one reads only its few matches; only a filter on
 *   other columns joins the attributions table.
 */
export function keysSql(f: SqlFilter, cursor: Cursor | null, direction: 'DESC' | 'ASC', limit: number, ordered = true): string {
  if (f.fts) {
    const key = 'attribution_search.rowid';
    const from = f.where.length
      ? `attribution_search CROSS JOIN attributions a ON a.sort_key = ${key}`
      : 'attribution_search';
    const where = ['attribution_search MATCH @fts', ...f.where];
    if (cursor) where.push(`${key} ${cursor.op} @cursor`);
    return `SELECT ${key} FROM ${from} WHERE ${where.join(' AND ')}${ordered ? ` ORDER BY ${key} ${direction}` : ''} LIMIT ${limit}`;
  }
  const where = [...f.where];
  if (cursor) where.push(`a.sort_key ${cursor.op} @cursor`);
  return `SELECT a.sort_key FROM attributions a${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${ordered ? ` ORDER BY a.sort_key ${direction}` : ''} LIMIT ${limit}`;
}

/**
 * A page of the claims list, newest article first: first the keys (limit + 1, to know
 * whether a next page exists), then the rows of the keys shown, read by `read`.
 */
function pageOf<T>(sql: Sql, f: SqlFilter, page: PageRequest, read: (keys: readonly number[]) => T[]): Page<T> {
  if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
  const { cursor, params, backwards } = cursorOf(f, page);
  const keys = sql(keysSql(f, cursor, backwards ? 'ASC' : 'DESC', page.limit + 1), 'pluck').all(params) as number[];
  const keyed = pageIn(keys, (key) => key, page);
  return { ...keyed, items: read(keyed.items) };
}

/**
 * The rows of these sort keys, in the keys' order: one statement, the keys passed as one JSON
 * array and each looked up by the sort_key index. A key whose row is gone is skipped.
 */
function rowsByKeys(sql: Sql, keys: readonly number[], columns: string, mode: 'raw' | 'pluck', joins = ATTRIBUTION_JOINS): unknown[] {
  if (keys.length === 0) return [];
  return sql(`SELECT ${columns} FROM json_each(@keys) k CROSS JOIN attributions a ON a.sort_key = k.value ${joins} ORDER BY k.key`, mode)
    .all({ keys: JSON.stringify(keys) });
}

/** A page of the claims list, newest article first. */
export function listAttributions(sql: Sql, f: SqlFilter, page: PageRequest): AttributionPage {
  return pageOf(sql, f, page, (keys) => (rowsByKeys(sql, keys, ATTRIBUTION_CELLS, 'raw') as unknown[][]).map(attributionFromCells));
}

/** The same page with only what the claims table shows, read in one statement (see SUMMARY_JSON). */
export function listAttributionSummaries(sql: Sql, f: SqlFilter, page: PageRequest): Page<AttributionSummary> {
  if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
  const { cursor, params, backwards } = cursorOf(f, page);
  const direction = backwards ? 'ASC' : 'DESC';
  const json = sql(
    `WITH page(sort_key) AS (${keysSql(f, cursor, direction, page.limit + 1)})
     SELECT json_group_array(${SUMMARY_JSON})
     FROM page CROSS JOIN attributions a ON a.sort_key = page.sort_key ${ATTRIBUTION_JOINS}`,
    'pluck',
  ).get(params) as string;
  // Put in walking order here: an ORDER BY inside the aggregate made SQLite sort the rows
  // through a temporary b-tree first (a quarter of the statement's time).
  const rows = (JSON.parse(json) as unknown[][]).map(summaryFromCells);
  rows.sort(backwards ? (x, y) => x.sortKey - y.sortKey : (x, y) => y.sortKey - x.sortKey);
  return pageIn(rows, (row) => row.sortKey, page);
}

/**
 * The same page with each item as JSON text (JSON.stringify of the AttributionRow, built by
 * SQLite): what the API sends, without building objects only to serialize them again.
 */
export function listAttributionsJson(sql: Sql, f: SqlFilter, page: PageRequest): AttributionJsonPage {
  return pageOf(sql, f, page, (keys) => rowsByKeys(sql, keys, ATTRIBUTION_JSON, 'pluck') as string[]);
}

/**
 * How many attributions match. A speaker filter alone is answered exactly from the counts the
 * triggers keep per speaker (migration 2); any other filter is counted up to `cap` (a page
 * shows "1,000+" beyond it), so a page view never counts a million rows.
 */
export function countAttributions(sql: Sql, f: SqlFilter, statusGiven: boolean, cap = 1000): CappedCount {
  if (f.speakerIds && f.speakerIds.length === 0) return { count: 0, capped: false };
  // The kept counts leave rejected records out, as a filter without a status does.
  const speakerAndDefault = f.where.length === 2 && !statusGiven;
  if (f.speakerIds && speakerAndDefault && !f.fts) {
    const n = sql('SELECT total(attribution_count) FROM speakers WHERE id IN (SELECT value FROM json_each(@speakerIds))', 'pluck')
      .get({ speakerIds: f.params.speakerIds }) as number;
    return { count: n, capped: false };
  }
  const n = sql(`SELECT count(*) FROM (${keysSql(f, null, 'DESC', cap + 1, false)})`, 'pluck').get(f.params) as number;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** The keyset cursor of a page request and the statement parameters with it. */
function cursorOf(f: SqlFilter, page: PageRequest): { cursor: Cursor | null; params: Record<string, unknown>; backwards: boolean } {
  const backwards = page.before !== undefined;
  const cursor: Cursor | null = backwards
    ? { op: '>', key: page.before as number }
    : page.after !== undefined
      ? { op: '<', key: page.after }
      : null;
  return { cursor, params: cursor ? { ...f.params, cursor: cursor.key } : f.params, backwards };
}

/**
 * A page from what was read in walking order (limit + 1 items, to know whether another page
 * follows; oldest first when going back): the first `limit` in list order (newest first) and
 * the sort keys to go on from.
 */
export function pageIn<T>(walked: readonly T[], keyOf: (item: T) => number, page: PageRequest): Page<T> {
  const backwards = page.before !== undefined;
  const more = walked.length > page.limit;
  const items = walked.slice(0, page.limit);
  if (backwards) items.reverse();
  const first = items.length > 0 ? keyOf(items[0] as T) : null;
  const last = items.length > 0 ? keyOf(items[items.length - 1] as T) : null;
  return backwards
    ? { items, next: last, prev: more ? first : null }
    : { items, next: more ? last : null, prev: page.after !== undefined ? first : null };
}
