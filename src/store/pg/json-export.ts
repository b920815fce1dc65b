import type { Writable } from 'node:stream';
import type pg from 'pg';
import { writeJson } from '../export-format.js';
import { attributionFromCells, type AttributionRow } from '../rows.js';
import { ATTRIBUTION_CELLS_PG, ATTRIBUTION_JOINS_PG, type PgFilter } from './queries.js';

const BATCH = 1000;

/**
 * Writes the attributions matching `f` into `out` as the JSON array SQLite's export writes:
 * one snapshot read through a cursor inside one REPEATABLE READ, READ ONLY transaction, in
 * storage order (list order for a full-text search), each batch written before the next is read.
 */
export async function writePgJson(pool: pg.Pool, f: PgFilter, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  if (f.speakerIds && f.speakerIds.length === 0) return writeJson([], out, options);
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    const search = f.where.some((w) => w.includes('@@'));
    await client.query(
      `DECLARE json NO SCROLL CURSOR FOR SELECT ${ATTRIBUTION_CELLS_PG} FROM attributions a ${ATTRIBUTION_JOINS_PG}
       ${f.where.length ? `WHERE ${f.where.join(' AND ')}` : ''} ORDER BY ${search ? 'a.sort_key DESC' : 'a.id'}`,
      f.params,
    );
    async function* rows(): AsyncGenerator<AttributionRow> {
      for (;;) {
        const { rows: batch } = await client.query({ text: `FETCH ${BATCH} FROM json`, rowMode: 'array' });
        for (const cells of batch as unknown[][]) yield attributionFromCells(cells);
        if (batch.length < BATCH) return;
      }
    }
    await writeJson(rows(), out, options);
  } finally {
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
