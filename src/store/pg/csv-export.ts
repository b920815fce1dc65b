import type { Writable } from 'node:stream';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CSV_COLUMNS, CSV_JOINS } from '../csv-columns.js';
import { csvHead, writeGuarded } from '../export-format.js';
import { crlfRecordEnds } from './csv-line-ends.js';
import type { PgFilter } from './queries.js';

/** Columns whose cells are numbers: written as they are, never neutralized (as csvLine does). */
const NUMBER_COLUMNS = new Set(['Also in']);

/**
 * A text cell as export-format.ts's neutralizeCell leaves it, in SQL: a cell that starts with a
 * formula sign (= + - @ tab CR, their full-width forms), perhaps behind zero-width characters,
 * gets a leading apostrophe. Most cells start with a letter: `ascii` (the first code point) is
 * the same one comparison as there, the pattern only runs for the rest. An empty text becomes
 * NULL: COPY quotes an empty string ("") to tell it from NULL, csvLine writes both as nothing.
 */
function neutralized(cell: string): string {
  return `CASE WHEN ascii(${cell}) BETWEEN 65 AND 8191 THEN ${cell}
    WHEN ${cell} ~ '^[\\u200B-\\u200D\\u2060\\uFEFF]*[=+@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20-]' THEN '''' || ${cell}
    ELSE nullif(${cell}, '') END`;
}

/**
 * The cluster columns as one join instead of two subqueries per record: each cluster's "Also
 * in" and "First seen" computed once (a few thousand clusters) and hashed, where the subqueries
 * probed four indexes per record and took most of the export's time on the server. A record
 * is in at most one cluster (cluster_members' key is the record).
 */
const CLUSTER_JOIN = `LEFT JOIN cluster_members m ON m.attribution_id = a.id
  LEFT JOIN (
    SELECT c.id, c.articles - 1 AS also_in,
      trim(coalesce(far.outlet, '') || ', ' || substr(coalesce(far.published, far.created_at), 1, 10), ', ') AS first_seen
    FROM quote_clusters c LEFT JOIN attributions fa ON fa.id = c.first_id LEFT JOIN articles far ON far.id = fa.article_id
    WHERE c.articles > 1) cl ON cl.id = m.cluster_id`;
const CLUSTER_CELLS: Record<string, string> = { 'Also in': 'cl.also_in', 'First seen': 'cl.first_seen' };

/**
 * The CSV columns (csv-columns.ts) as PostgreSQL reads them: the same expressions, with
 * SQLite's JSON and number formatting in PostgreSQL's words, and the cluster columns from
 * CLUSTER_JOIN. An expression left in SQLite's dialect fails here, at load, not in the middle
 * of a download.
 */
const PG_CSV_CELLS = CSV_COLUMNS.map(([header, sql], i) => {
  const pgSql = (CLUSTER_CELLS[header] ?? sql)
    .replaceAll('@claimBase', ':claimBase')
    .replaceAll("json_extract(r0.before, '$.speaker')", "(r0.before::json ->> 'speaker')")
    .replaceAll("printf('%.2f', a.confidence)", "to_char(a.confidence, 'FM999990.00')");
  if (/@\w|json_extract|printf\(/.test(pgSql)) throw new Error(`a CSV column has no PostgreSQL form yet: ${sql}`);
  return `${pgSql} AS c${i}`;
}).join(', ');
const PG_CSV_OUTER = CSV_COLUMNS.map(([header], i) => (NUMBER_COLUMNS.has(header) ? `c${i}` : neutralized(`c${i}`))).join(', ');

/** A filter's parameter written into the statement (COPY takes no parameters): text quoted, numbers checked. */
function literal(value: unknown): string {
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
  throw new Error(`a filter value PostgreSQL's CSV export cannot write into its statement: ${typeof value}`);
}

/** The COPY statement of the export: the filter's parameters and the claim links' base written in. */
export function pgCsvCopy(f: PgFilter, claimBase: string): string {
  const where = f.where.map((w) => w.replace(/\$(\d+)/g, (_, n: string) => literal(f.params[Number(n) - 1])));
  const search = f.where.some((w) => w.includes('@@'));
  // OFFSET 0 keeps the inner query whole: pulled up, each cell's subqueries would run once per mention in its CASE.
  return `COPY (SELECT ${PG_CSV_OUTER} FROM (
      SELECT ${PG_CSV_CELLS.replaceAll(':claimBase', `${pg.escapeLiteral(claimBase)}::text`)}
      FROM attributions a ${CSV_JOINS} ${CLUSTER_JOIN}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${search ? 'a.sort_key DESC' : 'a.id'} OFFSET 0) cells)
    TO STDOUT WITH (FORMAT csv)`;
}

/**
 * Writes the attributions matching `f` into `out` as CSV, the bytes SQLite's export writes:
 * one snapshot (a REPEATABLE READ, READ ONLY transaction; reviews saved on any server while a
 * million rows stream are not half in the file), formatted by PostgreSQL itself (COPY … TO
 * STDOUT, CSV): RFC 4180 quoting as d3-dsv's, NULL as an empty cell; the formula cells are
 * neutralized in the statement and each record end made CRLF here (csv-line-ends.ts). COPY's
 * stream is read only as fast as `out` takes it, the socket paused meanwhile. Storage order (by
 * id) as on SQLite, and list order for a full-text search. The BOM and header are written once
 * the first rows arrive (or the statement has finished), so a statement PostgreSQL refuses
 * rejects before anything is written. A writer that fails ends the connection (a COPY cannot
 * be left halfway on it), and the pool opens another.
 */
export async function writePgCsv(
  pool: pg.Pool,
  f: PgFilter,
  out: Writable,
  options: { end?: boolean; claimBase?: string } = {},
): Promise<void> {
  await writeGuarded(out, options, async (put) => {
    if (!f.speakerIds || f.speakerIds.length > 0) await copyInto(pool, f, put, options.claimBase ?? '');
    else await put(csvHead());
  });
}

async function copyInto(pool: pg.Pool, f: PgFilter, put: (piece: string | Buffer) => Promise<void>, claimBase: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // One process formats COPY's output whatever the plan: parallel workers for the scan and
    // sort before it took 40% more of the server's CPU for the same export (7.4 s against 5.2
    // on the million-record bench), the time of other servers' requests.
    await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
    const rows = client.query(copyTo(pgCsvCopy(f, claimBase)));
    const lineEnds = crlfRecordEnds();
    let started = false;
    for await (const chunk of rows as AsyncIterable<Buffer>) {
      if (!started) await put(csvHead());
      started = true;
      await put(lineEnds(chunk));
    }
    if (!started) await put(csvHead());
    await client.query('ROLLBACK');
    client.release();
  } catch (err) {
    client.release(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
}
