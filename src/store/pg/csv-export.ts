import type { Writable } from 'node:stream';
import type pg from 'pg';
import { CSV_COLUMNS, CSV_JOINS } from '../csv-columns.js';
import { writeCsvBatches } from '../export-format.js';
import type { CsvRecord } from '../store-types.js';
import type { PgFilter } from './queries.js';

/**
 * The CSV columns (csv-columns.ts) as PostgreSQL reads them: the same expressions, with
 * SQLite's JSON and number formatting in PostgreSQL's words. An expression left in SQLite's
 * dialect fails here, at load, not in the middle of a download.
 */
const PG_CSV_COLUMNS = CSV_COLUMNS.map(([, sql]) => {
  const pgSql = sql
    .replaceAll('@claimBase', '$1::text')
    .replaceAll("json_extract(r0.before, '$.speaker')", "(r0.before::json ->> 'speaker')")
    .replaceAll("printf('%.2f', a.confidence)", "to_char(a.confidence, 'FM999990.00')");
  if (/@\w|json_extract|printf\(/.test(pgSql)) throw new Error(`a CSV column has no PostgreSQL form yet: ${sql}`);
  return pgSql;
}).join(', ');

export const PG_EXPORT_BATCH = 1000;

/**
 * Writes the attributions matching `f` into `out` as CSV, the bytes SQLite's export writes:
 * one snapshot, read through a cursor inside one REPEATABLE READ, READ ONLY transaction, so
 * reviews saved on any server while a million rows stream are not half in the file; `batch`
 * rows per FETCH, each written (with backpressure) before the next is fetched. Storage order
 * (by id) as on SQLite, and list order for a full-text search.
 */
export async function writePgCsv(
  pool: pg.Pool,
  f: PgFilter,
  out: Writable,
  options: { end?: boolean; claimBase?: string; batch?: number } = {},
): Promise<void> {
  if (f.speakerIds && f.speakerIds.length === 0) return writeCsvBatches([], out, options);
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    const search = f.where.some((w) => w.includes('@@'));
    // $1 is the claim links' base; the filter's own parameters follow it.
    const where = f.where.map((w) => w.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 1}`));
    await client.query(
      `DECLARE csv NO SCROLL CURSOR FOR
       SELECT ${PG_CSV_COLUMNS} FROM attributions a ${CSV_JOINS}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${search ? 'a.sort_key DESC' : 'a.id'}`,
      [options.claimBase ?? '', ...f.params],
    );
    const size = options.batch ?? PG_EXPORT_BATCH;
    async function* batches(): AsyncGenerator<CsvRecord[]> {
      for (;;) {
        const { rows } = await client.query({ text: `FETCH ${size} FROM csv`, rowMode: 'array' });
        if (rows.length === 0) return;
        yield rows as CsvRecord[];
        if (rows.length < size) return;
      }
    }
    await writeCsvBatches(batches(), out, options);
  } finally {
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
