import Database from 'better-sqlite3';
import { CSV_JSON } from './attribution-sql.js';
import { CSV_JOINS } from './csv-columns.js';
import type { CsvExportPlan, Exported, SqlFilter } from './store-types.js';

// Exports read from SQLite: every matching row in keyset batches, inside one read transaction.

export const EXPORT_BATCH = 1000;

/** The filter with the claim links' base as a statement parameter (@claimBase in CSV_COLUMNS). */
export function withClaimBase(f: SqlFilter, claimBase: string): SqlFilter {
  return { ...f, params: { ...f.params, claimBase } };
}

/**
 * Runs a CsvExportPlan on a read-only connection of its own (see readBatches): the records as
 * JSON array texts, CSV_COLUMNS order, in batches; `close()` when done.
 */
export function readCsvJson(plan: CsvExportPlan): Exported<string> {
  return readBatches(null, plan.path, withClaimBase(plan.filter, plan.claimBase), CSV_JSON, CSV_JOINS, () => (rows) => rows.map((r) => r[0] as string), rowsForText);
}

/** About this much JSON text per batch of a CSV read: 4 MB (13,000 rows of the bench's, so EXPORT_BATCH rules). */
const TEXT_BATCH_CHARS = 4_000_000;
/** The first batch of a CSV read, before the rows' size is known. */
const FIRST_TEXT_BATCH = 32;

/**
 * Rows for the next batch of a CSV read (the JSON text is each row's first cell): EXPORT_BATCH,
 * or fewer when the rows are long, so a batch holds about TEXT_BATCH_CHARS of text. A thousand
 * quotations of 400 KB would otherwise be read at once (in a worker thread, more than its heap).
 */
export function rowsForText(previous: unknown[][] | null): number {
  if (previous === null) return FIRST_TEXT_BATCH;
  let chars = 0;
  for (const cells of previous) chars += (cells[0] as string).length;
  return Math.max(1, Math.min(EXPORT_BATCH, Math.floor((previous.length * TEXT_BATCH_CHARS) / Math.max(1, chars))));
}

/**
 * Reads the rows matching `f` EXPORT_BATCH at a time: `select` (columns, then the keyset
 * position is appended as the last cell) with `joins`, each batch turned into records by the
 * function `prepare` makes for the connection. With `shared` null, the database at `path` gets
 * a read-only connection of its own holding one read transaction: the export is one
 * consistent snapshot even when reviews land while it streams, and `close()` closes it.
 */
export function readBatches<T>(
  shared: Database.Database | null,
  path: string,
  f: SqlFilter,
  select: string,
  joins: string,
  prepare: (db: Database.Database) => (cells: unknown[][]) => T[],
  batchRows: (previous: unknown[][] | null) => number = () => EXPORT_BATCH,
): Exported<T> {
  if (f.speakerIds && f.speakerIds.length === 0) return { rows: [], batches: [], close: () => {} };
  const db = shared ?? new Database(path, { readonly: true, fileMustExist: true });
  // Full text keeps list order (newest first, by the search rowid); the rest is storage order.
  const [key, step, direction] = f.fts ? ['attribution_search.rowid', '<', 'DESC'] : ['a.id', '>', 'ASC'];
  const from = f.fts ? 'attribution_search CROSS JOIN attributions a ON a.sort_key = attribution_search.rowid' : 'attributions a';
  const where = [...(f.fts ? ['attribution_search MATCH @fts'] : []), ...f.where];
  const batchSql = (conditions: string[]): Database.Statement =>
    db
      .prepare(
        `SELECT ${select}, ${key} FROM ${from} ${joins}
         ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${key} ${direction} LIMIT @batchRows`,
      )
      .raw(true);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    if (!shared && db.open) db.close();
  };
  let toRecords: (cells: unknown[][]) => T[];
  let firstBatch: Database.Statement;
  let nextBatch: Database.Statement;
  try {
    // Two statements, not "@cursor IS NULL OR ...": an OR would keep SQLite from seeking to the cursor.
    firstBatch = batchSql(where);
    nextBatch = batchSql([...where, `${key} ${step} @cursor`]);
    toRecords = prepare(db);
    if (!shared) db.exec('BEGIN');
  } catch (err) {
    close();
    throw err;
  }
  function* batches(): Generator<T[]> {
    let cursor: unknown = null;
    let previous: unknown[][] | null = null;
    while (!closed) {
      const limit = batchRows(previous);
      const cells = (previous === null
        ? firstBatch.all({ ...f.params, batchRows: limit })
        : nextBatch.all({ ...f.params, cursor, batchRows: limit })) as unknown[][];
      if (cells.length === 0) return;
      cursor = cells.at(-1)?.at(-1);
      previous = cells;
      yield toRecords(cells);
      if (cells.length < limit) return;
    }
  }
  const batched = batches();
  function* rows(): Generator<T> {
    for (const batch of batched) yield* batch;
  }
  return { rows: rows(), batches: batched, close };
}

