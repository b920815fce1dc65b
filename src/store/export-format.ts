import { Readable, Transform, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { csvFormatRow, csvFormatValue } from 'd3-dsv';
import type { AttributionRow } from './rows.js';
import { CSV_COLUMNS } from './csv-columns.js';
import type { CsvRecord } from './store.js';

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name);

/**
 * Records per write: about 75 KB of text. A longer string (300 KB for 1,000 records) lands in
 * V8's large-object space, which only a full GC frees: the server's peak RSS rose by 120 MB
 * during a million-row export, against 75 MB with this size.
 */
export const CSV_PIECE = 250;
const CRLF = '\r\n';
const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`,
 * or one starting with tab / CR, which some spreadsheets strip before looking) gets a leading
 * apostrophe, so it is shown as text (OWASP CSV injection advice). The full-width signs
 * (`＝SUM(A1)`) count too, since some spreadsheets fold them to ASCII on input, and so does a
 * sign behind invisible characters (`\u200B=1`, a byte-order mark), which a reader does not see.
 */
export function neutralizeCell(value: string): string {
  let code = value.charCodeAt(0);
  // Most cells start with a letter, a digit or a quotation mark: one comparison each.
  if (code > 0x40 && code < 0x2000) return value;
  for (let i = 1; isInvisible(code); i++) code = value.charCodeAt(i);
  return isFormulaSign(code) ? `'${value}` : value;
}

/** = + - @ tab CR and their full-width forms, as char codes: cheaper than a regex on 17 cells a row. */
function isFormulaSign(code: number): boolean {
  switch (code) {
    case 0x3d: case 0x2b: case 0x2d: case 0x40: case 0x09: case 0x0d:
    case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20:
      return true;
    default:
      return false;
  }
}

/** Zero-width space, non-joiner, joiner, word joiner, and the byte-order mark (zero-width no-break space). */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * One record as a CSV line without its line end. d3-dsv quotes each cell as RFC 4180 says: a
 * cell holding a comma, a double quote, CR or LF is quoted, its quotes doubled. Null is an
 * empty cell, a number its JavaScript string (0.9 -> 0.9); only text is neutralized, so -2
 * stays a number and "-2+3" becomes '-2+3. Cell by cell into one string: a million records
 * build no intermediate arrays.
 */
export function csvLine(record: readonly (string | number | null)[]): string {
  let line = '';
  for (let i = 0; i < record.length; i++) {
    const value = record[i];
    if (i > 0) line += ',';
    if (typeof value === 'string') line += csvFormatValue(neutralizeCell(value));
    else if (typeof value === 'number') line += String(value);
  }
  return line;
}

/**
 * Writes records, in the batches they are read in (Exported.batches), as CSV into `out`:
 * UTF-8 with a BOM (so spreadsheets pick the encoding), a header line, CRLF line ends (RFC
 * 4180). Each batch is written in pieces of CSV_PIECE records, one string and one write each,
 * instead of one write per record; when `out` is full the writer waits for 'drain', so rows
 * are pulled from the database only as fast as the reader takes them. After every batch the
 * writer yields to the event loop: a long export does not hold up other requests. (A database
 * file's export reads in a worker thread instead: csv-export.ts.) Write errors as writeGuarded.
 */
export async function writeCsvBatches(
  batches: Iterable<CsvRecord[]> | AsyncIterable<CsvRecord[]>,
  out: Writable,
  options: { end?: boolean } = {},
): Promise<void> {
  await writeGuarded(out, options, async (put) => {
    await put(csvHead());
    // Batches may come from a database that answers asynchronously (a PostgreSQL cursor).
    for await (const batch of batches) {
      for (let i = 0; i < batch.length; i += CSV_PIECE) await put(csvText(batch, i, Math.min(batch.length, i + CSV_PIECE)));
      // a batch is done; let other requests in before the next
      await nextTurn();
    }
  });
}

/**
 * Runs `produce` with a `put` that writes into `out` (waiting for 'drain' when it is full), then
 * ends `out` unless told not to. One 'error' listener covers the whole call: a write that `out`
 * accepted may still fail later (ENOSPC on a file), and that error, not a later "premature
 * close", is what the call rejects with.
 */
export async function writeGuarded(
  out: Writable,
  options: { end?: boolean },
  produce: (put: (piece: string | Buffer) => Promise<void>) => Promise<void>,
): Promise<void> {
  let failure: Error | null = null;
  const onError = (err: Error): void => {
    failure ??= err;
  };
  out.on('error', onError);
  const put = async (piece: string | Buffer): Promise<void> => {
    if (failure) throw failure;
    await writePiece(out, piece);
  };
  try {
    await produce(put);
    if (options.end ?? true) {
      out.end();
      await finished(out);
    }
    if (failure) throw failure;
  } catch (err) {
    throw failure ?? err;
  } finally {
    out.off('error', onError);
  }
}

/** The start of every CSV file: the BOM and the header line. */
export function csvHead(): string {
  return BOM + csvFormatRow(CSV_HEADER) + CRLF;
}

/** Records as CSV lines, each ended by CRLF. Appended line by line: no array of lines to build and join. */
export function csvText(records: readonly CsvRecord[], from = 0, to = records.length): string {
  let text = '';
  for (let i = from; i < to; i++) text += csvLine(records[i] as CsvRecord) + CRLF;
  return text;
}

/**
 * The CSV text of `batches` in writable pieces: first csvHead(), then CSV_PIECE records per
 * piece, and null after each batch (where a writer may yield).
 */
export function* csvPieces(batches: Iterable<CsvRecord[]>): Generator<string | null> {
  yield csvHead();
  for (const batch of batches) {
    for (let i = 0; i < batch.length; i += CSV_PIECE) yield csvText(batch, i, Math.min(batch.length, i + CSV_PIECE));
    yield null;
  }
}

/** The error pipeline() gives when the reader goes away mid-file (the web handler ignores it). */
export function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/** Writes one piece; when `out` is full, resolves once it drains, rejects when it closes or fails first. */
export async function writePiece(out: Writable, piece: string | Buffer): Promise<void> {
  if (out.destroyed || out.writableEnded) throw prematureClose();
  if (out.write(piece)) return;
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
export async function writeJson(rows: Iterable<AttributionRow> | AsyncIterable<AttributionRow>, out: Writable, options: { end?: boolean } = {}): Promise<void> {
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
