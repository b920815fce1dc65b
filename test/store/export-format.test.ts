import { Writable } from 'node:stream';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvLine, writeCsvBatches } from '../../src/store/export-format.js';
import type { CsvRecord } from '../../src/store/store.js';

describe('csvLine', () => {
  const rows: [string, (string | number | null)[], string][] = [
    ['plain cells stay bare', ['a', 1, 'b c'], 'a,1,b c'],
    ['null and the empty string are empty cells', [null, '', 'x'], ',,x'],
    ['a comma is quoted', ['a,b'], '"a,b"'],
    ['a quote is quoted and doubled', ['say "hi"'], '"say ""hi"""'],
    ['a line break (LF) is quoted', ['line one\nline two'], '"line one\nline two"'],
    ['a lone CR is quoted', ['a\rb'], '"a\rb"'],
    ['CRLF is quoted', ['a\r\nb'], '"a\r\nb"'],
    ['=formula gets an apostrophe', ['=HYPERLINK("x")'], `"'=HYPERLINK(""x"")"`],
    ['+, -, @ and tab starts get one too', ['+1', '-2+3', '@SUM(A1)', '\tx'], `'+1,'-2+3,'@SUM(A1),'\tx`],
    ['full-width = + - @ starts get one too', ['＝1+1', '＋1', '－2', '＠SUM(A1)'], `'＝1+1,'＋1,'－2,'＠SUM(A1)`],
    ['a zero-width space before = is no disguise', ['\u200B=1+1'], `'\u200B=1+1`],
    ['nor a joiner, a non-joiner, a word joiner or a BOM', ['\u200C+1', '\u200D-1', '\u2060@A1', '\uFEFF=1'], `'\u200C+1,'\u200D-1,'\u2060@A1,'\uFEFF=1`],
    ['nor several invisibles before a full-width sign', ['\u200B\uFEFF＝1'], `'\u200B\uFEFF＝1`],
    ['an invisible before a letter stays as it is', ['\u200Bword', '\uFEFF'], '\u200Bword,\uFEFF'],
    ['a sign later in the cell is harmless', ['a=b', '1+1'], 'a=b,1+1'],
    ['a number is a number, never neutralized', [-2, 0.30000000000000004], '-2,0.30000000000000004'],
    ['curly quotes and accents need no quoting', ['“Sí” dijo'], '“Sí” dijo'],
    ['but a comma inside them does', ['“Sí,” dijo'], '"“Sí,” dijo"'],
  ];
  it.each(rows)('%s', (_, record, line) => expect(csvLine(record)).toBe(line));
});

/** A sink that takes `highWaterMark` bytes before it says "full", and drains a tick later. */
function slowSink(highWaterMark = 1024): { sink: Writable; text: () => string; writes: () => number } {
  const chunks: Buffer[] = [];
  let writes = 0;
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      writes++;
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8'), writes: () => writes };
}

const record = (i: number): CsvRecord => [i, `text ${i}, with "quotes"\nand a line`, null, i / 10, i % 7 === 0 ? '=x' : 'y'];

/** Records in batches of 1,000, pulled lazily (as Exported.batches gives them). */
function* inBatches<T>(items: Iterable<T>, size = 1000): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
const writeCsv = (records: Iterable<CsvRecord>, out: Writable) => writeCsvBatches(inBatches(records), out);

describe('writeCsvBatches', () => {
  it('writes a BOM, the header and CRLF records, in batches, whatever the backpressure', async () => {
    const records = Array.from({ length: 2500 }, (_, i) => record(i));
    const { sink, text, writes } = slowSink();
    await writeCsv(records, sink);
    const expected = `\uFEFF${CSV_HEADER.join(',')}\r\n${records.map((r) => `${csvLine(r)}\r\n`).join('')}`;
    expect(text()).toBe(expected);
    // the header, then 250 records a write: 11 writes, not 2,501
    expect(writes()).toBe(11);
  });

  it('a CSV parser reads back every record, line breaks inside cells included', async () => {
    const records = Array.from({ length: 1200 }, (_, i) => record(i));
    const { sink, text } = slowSink();
    await writeCsv(records, sink);
    const parsed = csvParseRows(text().slice(1).replace(/\r\n$/, '').replaceAll('\r\n', '\n'));
    expect(parsed).toHaveLength(1 + records.length);
    expect(parsed[1]).toEqual(['0', 'text 0, with "quotes"\nand a line', '', '0', "'=x"]);
  });

  it('an empty export is the BOM and the header', async () => {
    const { sink, text } = slowSink();
    await writeCsv([], sink);
    expect(text()).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  });

  it('stops pulling records when the reader goes away, with the premature-close error', async () => {
    let pulled = 0;
    function* many(): Generator<CsvRecord> {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield record(i);
      }
    }
    const { sink } = slowSink();
    const writing = writeCsv(many(), sink);
    setImmediate(() => sink.destroy());
    await expect(writing).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect(pulled).toBeLessThan(5000);
  });

  it('rejects with the write error (ENOSPC) when a write the stream accepted fails later, and never throws it uncaught', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown): void => {
      uncaught.push(err);
    };
    process.on('uncaughtException', onUncaught);
    try {
      const sink = new Writable({
        highWaterMark: 1 << 20,
        write(_chunk, _enc, cb) {
          setTimeout(() => cb(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })), 5);
        },
      });
      const writing = writeCsv([record(1), record(2)], sink);
      await expect(writing).rejects.toMatchObject({ code: 'ENOSPC' });
      await new Promise((r) => setTimeout(r, 30));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
