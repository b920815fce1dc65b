import type pg from 'pg';
import { pageIn } from '../queries.js';
import { NotFoundError } from '../errors.js';
import { ATTRIBUTION_FIELDS, AttributionRow, attributionFromCells } from '../rows.js';
import type { AttributionFilter, AttributionPage, CappedCount, Page, PageRequest } from '../store-types.js';
import { toTsQuery } from './search-query.js';
import type { Queryable } from './transaction.js';

// The claims list on PostgreSQL: a filter as SQL with numbered parameters, keyset pages on the
// sort key, capped counts, one record by id. The speakers a typed name means are chosen before
// (the speaker filter's matcher), and come in as ids.

/** The AttributionRow fields as PostgreSQL reads them ("end" is a reserved word there). */
export const ATTRIBUTION_CELLS_PG = ATTRIBUTION_FIELDS.map(([, sql]) => (sql === 'a.end' ? 'a."end"' : sql)).join(', ');
export const ATTRIBUTION_JOINS_PG = 'JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id';
const CELLS = ATTRIBUTION_CELLS_PG;
const JOINS = ATTRIBUTION_JOINS_PG;

/** A filter as PostgreSQL conditions on `a` and their parameters ($1, $2… in order). */
export interface PgFilter {
  where: string[];
  params: unknown[];
  /** Speaker ids to restrict to; null = any. An empty list matches nothing. */
  speakerIds: number[] | null;
}

/**
 * The filter as SQL. `speakerIds` are the speakers a typed `filter.speaker` means (chosen by
 * the caller's matcher); `filter.speakerId` narrows them further.
 */
export function pgFilter(filter: AttributionFilter, speakerIds: number[] | null = null): PgFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  if (filter.kind) where.push(`a.kind = ${param(filter.kind)}`);
  if (filter.kinds) where.push(`a.kind = ANY(${param([...filter.kinds])}::text[])`);
  if (filter.sourceType) where.push(`a.source_type = ${param(filter.sourceType)}`);
  if (filter.cueKind) where.push(`a.cue_kind = ${param(filter.cueKind)}`);
  // Rejected records are hidden unless asked for (the partial indexes keep them out of the walk).
  if (filter.status === undefined) where.push("a.status <> 'rejected'");
  else if (filter.status !== 'all') where.push(`a.status = ${param(filter.status)}`);
  if (filter.articleId !== undefined) where.push(`a.article_id = ${param(filter.articleId)}`);
  let ids = speakerIds;
  if (filter.speakerId !== undefined) ids = ids ? ids.filter((id) => id === filter.speakerId) : [filter.speakerId];
  if (ids && ids.length > 0) where.push(`a.speaker_id = ANY(${param(ids)}::integer[])`);
  if (filter.q !== undefined && filter.q.trim() !== '') {
    const search = toTsQuery(filter.q, filter.searchIn);
    // Nothing to look for ("?!"): nothing matches; the site and the CLI refuse it first, with the reason.
    if (!search.ok) where.push('false');
    else where.push(`a.${search.scope === 'all' ? 'search_all' : 'search_text'} @@ to_tsquery('saidby', ${param(search.tsquery)})`);
  }
  return { where, params, speakerIds: ids };
}

/** The sort keys of a page (limit + 1, to know whether another follows), in walking order. */
async function pageKeys(pool: pg.Pool, f: PgFilter, page: PageRequest): Promise<number[]> {
  const where = [...f.where];
  const params = [...f.params];
  const backwards = page.before !== undefined;
  const cursor = backwards ? page.before : page.after;
  if (cursor !== undefined) where.push(`a.sort_key ${backwards ? '>' : '<'} $${params.push(cursor)}`);
  const { rows } = await pool.query<{ sort_key: number }>(
    `SELECT a.sort_key FROM attributions a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.sort_key ${backwards ? 'ASC' : 'DESC'} LIMIT $${params.push(page.limit + 1)}`,
    params,
  );
  return rows.map((r) => r.sort_key);
}

/** A page of the claims list, newest article first. */
export async function listAttributions(pool: pg.Pool, f: PgFilter, page: PageRequest): Promise<AttributionPage> {
  if (f.speakerIds && f.speakerIds.length === 0) return { items: [], next: null, prev: null };
  const keyed = pageIn(await pageKeys(pool, f, page), (key) => key, page);
  if (keyed.items.length === 0) return { ...keyed, items: [] };
  const { rows } = await pool.query({
    text: `SELECT ${CELLS} FROM attributions a ${JOINS} WHERE a.sort_key = ANY($1::bigint[]) ORDER BY a.sort_key DESC`,
    values: [keyed.items],
    rowMode: 'array',
  });
  return { ...keyed, items: (rows as unknown[][]).map(attributionFromCells) };
}

/**
 * How many attributions match: a speaker filter alone exactly, from the counts the triggers
 * keep; anything else counted up to `cap`.
 */
export async function countAttributions(pool: pg.Pool, f: PgFilter, statusGiven: boolean, cap = 1000): Promise<CappedCount> {
  if (f.speakerIds && f.speakerIds.length === 0) return { count: 0, capped: false };
  if (f.speakerIds && f.where.length === 2 && !statusGiven) {
    const { rows } = await pool.query<{ n: number }>(
      'SELECT coalesce(sum(attribution_count), 0)::integer AS n FROM speakers WHERE id = ANY($1::integer[])',
      [f.speakerIds],
    );
    return { count: rows[0]?.n ?? 0, capped: false };
  }
  const params = [...f.params, cap + 1];
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM (SELECT 1 FROM attributions a ${f.where.length ? `WHERE ${f.where.join(' AND ')}` : ''} LIMIT $${params.length}) hits`,
    params,
  );
  const n = rows[0]?.n ?? 0;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** One record (checked, as a single row read is on SQLite), or NotFoundError. */
export async function getAttribution(pool: Queryable, id: number, lock = false): Promise<AttributionRow> {
  const { rows } = await pool.query({ text: `SELECT ${CELLS} FROM attributions a ${JOINS} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, values: [id], rowMode: 'array' });
  const cells = (rows as unknown[][])[0];
  if (!cells) throw new NotFoundError(`no attribution ${id}`);
  return AttributionRow.parse(attributionFromCells(cells));
}
