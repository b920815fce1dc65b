import { Readable, Transform, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { csvFormatRow } from 'd3-dsv';
import type { AttributionRow } from './rows.js';
import { CSV_COLUMNS, type CsvRecord } from './store.js';

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/** Records per write: one string of about 300 KB, one socket write, instead of one per record. */
const CSV_BATCH = 1000;
const CRLF = '\r\n';
const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`,
 * or one starting with tab / CR, which some spreadsheets strip before looking) gets a leading
 * apostrophe, so it is shown as text (OWASP CSV injection advice).
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One record as a CSV line without its line end. d3-dsv does the RFC 4180 quoting: a cell
 * holding a comma, a double quote, CR or LF is quoted, its quotes doubled. Null is an empty
 * cell, a number its JavaScript string (0.9 -> 0.9); only text is neutralized, so -2 stays a
 * number and "-2+3" becomes '-2+3.
 */
export function csvLine(record: readonly (string | number | null)[]): string {
  return csvFormatRow(record.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : neutralizeCell(v))));
}

/**
 * Writes records as CSV into `out`: UTF-8 with a BOM (so spreadsheets pick the encoding), a
 * header line, CRLF line ends (RFC 4180). Records are joined CSV_BATCH at a time into one
 * string and written at once; when `out` is full the next batch waits for 'drain', so rows
 * are pulled from the database only as fast as the reader takes them and memory stays flat.
 * Every batch also yields to the event loop: a long export does not hold up other requests.
 */
export async function writeCsv(records: Iterable<CsvRecord>, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  let chunk = BOM + csvFormatRow(CSV_HEADER) + CRLF;
  let n = 0;
  for (const record of records) {
    chunk += csvLine(record) + CRLF;
    if (++n === CSV_BATCH) {
      await writeChunk(out, chunk);
      chunk = '';
      n = 0;
    }
  }
  if (chunk) await writeChunk(out, chunk);
  if (options.end ?? true) {
    out.end();
    await finished(out);
  }
}

/** The error pipeline() gives when the reader goes away mid-file (the web handler ignores it). */
function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/** Writes one chunk; resolves when `out` can take more, rejects when it closes or fails first. */
async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw prematureClose();
  if (out.write(chunk)) {
    await nextTurn();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const settle = (err?: Error): void => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = (): void => settle();
    const onClose = (): void => settle(prematureClose());
    const onError = (err: Error): void => settle(err);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
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
