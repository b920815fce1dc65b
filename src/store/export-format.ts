import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { AttributionRow } from './rows.js';
import { CSV_COLUMNS, type CsvRecord } from './store.js';

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`,
 * or one starting with tab / CR, which some spreadsheets strip before looking) gets a leading
 * apostrophe, so it is shown as text (OWASP CSV injection advice).
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with a BOM so spreadsheets pick the encoding. */
export function csvStringifier(): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: CSV_HEADER,
    record_delimiter: 'windows',
    cast: { string: neutralizeCell },
  });
}

/**
 * Streams records as CSV into `out`: rows are pulled from the database only as fast as `out`
 * drains (Readable.from over the iterator, piped with backpressure end to end).
 */
export async function writeCsv(records: Iterable<CsvRecord>, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  await pipeline(Readable.from(records), csvStringifier(), out, { end: options.end ?? true });
}

/** Streams rows as one JSON array, one record per line, with the same backpressure. */
export async function writeJson(rows: Iterable<AttributionRow>, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  let first = true;
  const toJson = new Transform({
    writableObjectMode: true,
    transform(row: AttributionRow, _enc, done) {
      const piece = `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`;
      first = false;
      done(null, piece);
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
    },
  });
  await pipeline(Readable.from(rows), toJson, out, { end: options.end ?? true });
}
