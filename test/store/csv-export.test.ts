import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, runningExportWorkers } from '../../src/store/csv-export.js';
import { writeCsvBatches } from '../../src/store/export-format.js';
import { readCsvJson, Store, type AttributionFilter } from '../../src/store/store.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

// The export of a database file runs its read in a worker thread (csv-worker.ts). These tests
// hold it to the export made on this thread, byte for byte, and to the writer's contract:
// back-pressure, the writer's own errors, a reader that goes away, one snapshot.

/** Accepts one write and never acknowledges it: an export into it stalls at once (a reader that stopped reading). */
class Stalled extends Writable {
  constructor() {
    super({ highWaterMark: 1 });
  }
  override _write(): void {}
}

/** Collects what is written; `delayMs` > 0 acknowledges each write late, with a tiny buffer (a slow reader). */
class Sink extends Writable {
  readonly chunks: Buffer[] = [];
  /** Called with the number of chunks written so far, after each write. */
  onChunk: (count: number) => void = () => {};
  constructor(
    private readonly delayMs = 0,
    private readonly failAt: number | null = null,
  ) {
    super({ highWaterMark: delayMs > 0 ? 1 : 16 * 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    if (this.failAt !== null && this.chunks.length >= this.failAt) {
      done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
      return;
    }
    this.chunks.push(Buffer.from(chunk));
    this.onChunk(this.chunks.length);
    if (this.delayMs > 0) setTimeout(() => done(), this.delayMs);
    else done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The same export made on this thread: the reference the worker's output must equal. */
async function inThread(store: Store, filter: AttributionFilter): Promise<string> {
  const sink = new Sink();
  const exported = store.exportCsvRecords(filter);
  try {
    await writeCsvBatches(exported.batches, sink);
  } finally {
    exported.close();
  }
  return sink.text();
}

/** True once no reader holds the database: a TRUNCATE checkpoint is not blocked. */
async function noReaderLeft(store: Store): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    const [result] = store.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

const ODD = 'a "quoted" \\ slash, \x1f \x1e \u0000 nul \t tab \r\n crlf \u2028 ls \u{1F600} =1+2';

let dir: string;
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-csv-worker-'));
  store = Store.open(join(dir, 'export.db'));
  // 5,400 rows: five batches of 1,000 and more, and many pieces (250): the worker, at most a
  // batch ahead of the writer, reads the last batch long after the first was written
  for (let n = 0; n < 900; n++) {
    const text = `${VENEZUELA_TEXT}\n\n“Copy ${n}, ${ODD},” Ivanka Trump said.\n\n“Note ${n},” Eric Trump added.`;
    const quotes = [
      ...venezuelaQuotes(text),
      attributionIn(text, `“Copy ${n}, ${ODD},”`, 'Ivanka Trump', 'Ivanka Trump', 'said'),
      { ...attributionIn(text, `“Note ${n},”`, 'Eric Trump', 'Eric Trump', 'added'), confidence: 0.1 + 0.2 },
    ];
    store.addArticle({ text, meta: meta(n % 7 === 0 ? `=${ODD}` : `Article ${n}`, n % 9 === 0 ? null : '2025-02-01T05:07:00.000Z') }, quotes);
  }
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportCsv from a database file (worker thread)', () => {
  it.each([
    ['every row', {}],
    ['a speaker', { speaker: 'ivanka trump' }],
    ['full text', { q: 'copy' }],
    ['a kind and a status', { kind: 'direct', status: 'unreviewed' }],
    ['nobody', { speaker: 'nobody at all here' }],
  ] as [string, AttributionFilter][])('%s: the same bytes as the export on this thread', async (_name, filter) => {
    expect(store.csvExportPlan(filter)).not.toBeNull();
    const sink = new Sink();
    await exportCsv(store, filter, sink);
    expect(sink.writableFinished).toBe(true);
    const expected = await inThread(store, filter);
    expect(sink.text()).toBe(expected);
    expect(sink.text().split('\r\n').length).toBeGreaterThan(1);
  });

  it('a full export has every row, the header, the exact confidence and the odd characters', async () => {
    const sink = new Sink();
    await exportCsv(store, {}, sink);
    const text = sink.text();
    expect(text.startsWith('\uFEFFSpeaker,Speaker type,Quote or claim,')).toBe(true);
    expect(text).toContain(',0.30\r\n'); // two decimals for people
    expect(text).toContain('\u{1F600}');
    expect(text).toContain(`"'=${ODD.replace(/"/g, '""')}"`); // a formula title is neutralized and quoted
    expect(store.totalAttributions()).toBe(5400);
    expect(text.split('\r\n').filter((line) => /,\/attributions\/\d+,/.test(line))).toHaveLength(5400);
  });

  it('a slow reader gets the same bytes (the worker waits for it)', async () => {
    const sink = new Sink(1);
    await exportCsv(store, { q: 'note' }, sink);
    expect(sink.text()).toBe(await inThread(store, { q: 'note' }));
  });

  it('with end: false the writer is left open, everything written', async () => {
    const sink = new Sink();
    await exportCsv(store, { speaker: 'eric trump' }, sink, { end: false });
    expect(sink.writableEnded).toBe(false);
    sink.end();
    expect(sink.text()).toBe(await inThread(store, { speaker: 'eric trump' }));
  });

  it("rejects with the writer's own error (a full disk) and stops the worker", async () => {
    const sink = new Sink(0, 2);
    await expect(exportCsv(store, {}, sink)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await noReaderLeft(store)).toBe(true);
  });

  it('a reader that goes away mid-file is a premature close, and the worker stops', async () => {
    const sink = new Sink(5);
    sink.onChunk = (count) => {
      if (count === 3) setImmediate(() => sink.destroy());
    };
    const writing = exportCsv(store, {}, sink);
    await expect(writing).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect(await noReaderLeft(store)).toBe(true);
  });

  it('a review landing while the export streams does not show up in it (one snapshot)', async () => {
    const expected = await inThread(store, {});
    const sink = new Sink(2);
    const last = store.db.prepare('SELECT id, version FROM attributions ORDER BY id DESC LIMIT 1').get() as { id: number; version: number };
    // once the first records are written (the first batch was read, the snapshot taken), a
    // reviewer confirms the very last row, which the second batch will read (a rejection would
    // hide it from the export that checks below)
    sink.onChunk = (count) => {
      if (count === 2) store.review(last.id, { action: 'confirm', version: last.version, note: 'landed during the export' }, 'ana');
    };
    await exportCsv(store, {}, sink);
    expect(sink.chunks.length).toBeGreaterThan(4);
    expect(sink.text()).toBe(expected);
    expect(await inThread(store, {})).toContain('landed during the export');
  });

  it('with end: false, a writer destroyed while the export waits for it to drain is a premature close (no hang)', async () => {
    const sink = new Stalled();
    const writing = exportCsv(store, { speaker: 'nobody at all here' }, sink, { end: false });
    setTimeout(() => sink.destroy(), 300);
    await expect(writing).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('leaves no listener on the writer after an error', async () => {
    const sink = new Sink(0, 2);
    const before = ['drain', 'close', 'error'].map((e) => sink.listenerCount(e));
    await expect(exportCsv(store, {}, sink)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(['drain', 'close', 'error'].map((e) => sink.listenerCount(e))).toEqual(before);
  });

  it('a database that cannot be opened is an error before anything is written', async () => {
    const goneDir = mkdtempSync(join(tmpdir(), 'saidby-csv-gone-'));
    const gone = Store.open(join(goneDir, 'gone.db'));
    try {
      gone.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
      rmSync(goneDir, { recursive: true, force: true });
      const sink = new Sink();
      await expect(exportCsv(gone, {}, sink)).rejects.toThrow(/unable to open|no such file|not exist/i);
      expect(sink.chunks).toHaveLength(0);
    } finally {
      gone.close();
    }
  });

  it('runs at most one worker per core; more exports at once run on this thread', async () => {
    const most = availableParallelism();
    const sinks = Array.from({ length: most + 1 }, () => new Stalled());
    const writing = sinks.map((sink) => exportCsv(store, {}, sink));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runningExportWorkers()).toBe(most);
    for (const sink of sinks) sink.destroy();
    for (const w of writing) await expect(w).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect(runningExportWorkers()).toBe(0);
    expect(await noReaderLeft(store)).toBe(true);
  });

  it('very long quotations are read in smaller batches and fit in the worker (204 rows of 400 KB)', async () => {
    const longDir = mkdtempSync(join(tmpdir(), 'saidby-csv-long-'));
    const long = Store.open(join(longDir, 'long.db'));
    try {
      for (let n = 0; n < 34; n++) {
        const text = `${VENEZUELA_TEXT}\n\nCopy ${n}.`;
        long.addArticle({ text, meta: meta(`Article ${n}`) }, venezuelaQuotes(text));
      }
      long.db.prepare("UPDATE attributions SET text = printf('%.*c', 400000, 'x') || id").run();
      // a first batch of 32, then as many rows as make about 4 MB of text: nine
      const plan = long.csvExportPlan({});
      expect(plan).not.toBeNull();
      const read = readCsvJson(plan!);
      const sizes = [...read.batches].map((batch) => batch.length);
      read.close();
      expect(sizes.slice(0, 3)).toEqual([32, 9, 9]);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(long.totalAttributions());
      const sink = new Sink();
      await exportCsv(long, {}, sink);
      const text = sink.text();
      expect(text.length).toBeGreaterThan(long.totalAttributions() * 400_000);
      expect(text).toBe(await inThread(long, {}));
    } finally {
      long.close();
      rmSync(longDir, { recursive: true, force: true });
    }
  });

  it('an in-memory database is exported on this thread, the same way', async () => {
    const memory = Store.open(':memory:');
    try {
      memory.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
      expect(memory.csvExportPlan({})).toBeNull();
      const sink = new Sink();
      await exportCsv(memory, {}, sink);
      expect(sink.text()).toBe(await inThread(memory, {}));
      expect(sink.text().split('\r\n').length).toBe(venezuelaQuotes().length + 2);
    } finally {
      memory.close();
    }
  });
});
