import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import type { AttributionRow } from './rows.js';

/** The CSV columns, in order: header name and how to read it from a row. */
const CSV_COLUMNS: readonly [string, (r: AttributionRow) => string | number | null][] = [
  ['id', (r) => r.id],
  ['article_id', (r) => r.articleId],
  ['article_title', (r) => r.articleTitle],
  ['outlet', (r) => r.articleOutlet],
  ['published', (r) => r.articlePublished],
  ['position', (r) => r.position],
  ['kind', (r) => r.kind],
  ['text', (r) => r.text],
  ['speaker', (r) => r.speakerName],
  ['speaker_mention', (r) => r.speakerMention],
  ['source_type', (r) => r.sourceType],
  ['cue', (r) => r.cueText],
  ['channel', (r) => r.channelType],
  ['platform', (r) => r.channelPlatform],
  ['reported_by', (r) => r.reportedBy],
  ['reported_by_type', (r) => r.reportedByType],
  ['confidence', (r) => r.confidence],
  ['rule', (r) => r.rule],
  ['status', (r) => r.status],
  ['note', (r) => r.note],
  ['version', (r) => r.version],
  ['start', (r) => r.start],
  ['end', (r) => r.end],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-2+3`, `@SUM`,
 * or one starting with tab / CR, which some spreadsheets strip before looking) gets a leading
 * apostrophe, so it is shown as text (OWASP CSV injection advice).
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvRecord(row: AttributionRow): (string | number | null)[] {
  return CSV_COLUMNS.map(([, read]) => read(row));
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

/** Streams rows as CSV into `out`, pausing whenever `out` is full (backpressure end to end). */
export async function writeCsv(rows: Iterable<AttributionRow>, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  await pipeline(Readable.from(mapIterable(rows, csvRecord)), csvStringifier(), out, { end: options.end ?? true });
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

function* mapIterable<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
