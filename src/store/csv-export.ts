import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { FLOW, type WorkerMessage } from './csv-flow.js';
import { csvHead, csvText, prematureClose, writeCsvBatches } from './export-format.js';
import type { AttributionFilter, CsvExportPlan, CsvRecord, Store } from './store.js';

/**
 * Messages (CSV_PIECE records, about 75 KB each) the worker may have sent and the writer not
 * yet written: enough to keep both threads busy, little enough to keep memory flat.
 */
const PIECES_IN_FLIGHT = 4;

/**
 * The worker's heap: it holds one batch of JSON texts at a time (about 300 KB), so a small
 * young generation does. On the million-row bench V8's default (16 MB) took the server's peak
 * RSS to 209-221 MB, 8 MB gives 184-189 MB at the same speed, 2 MB costs a seventh of it.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * Writes the attributions matching `filter` into `out` as CSV (the format of export-format.ts:
 * BOM, header, CRLF, formula cells neutralized). A database file is read by a worker thread
 * (csv-worker.ts) while this thread parses, formats and writes, the worker taking over the
 * formatting of a piece whenever it had to wait for this thread: the export runs on two cores,
 * and this thread handles one piece per message, so a server keeps answering other requests
 * during it. An in-memory database, which only this connection
 * sees, is exported here. Rejects with the writer's own error (a disk full,
 * the reader gone: ERR_STREAM_PREMATURE_CLOSE) or the database's; either way the worker is
 * stopped and its connection closed.
 */
export async function exportCsv(store: Store, filter: AttributionFilter, out: Writable, options: { end?: boolean } = {}): Promise<void> {
  const plan = store.csvExportPlan(filter);
  if (plan) return writeFromWorker(plan, out, options.end ?? true);
  const exported = store.exportCsvRecords(filter);
  try {
    await writeCsvBatches(exported.batches, out, options);
  } finally {
    exported.close();
  }
}

/** Starts the worker: the built JavaScript, or the TypeScript sources through tsx (tests). */
function startWorker(data: { plan: CsvExportPlan; flow: SharedArrayBuffer }): Worker {
  const here = import.meta.url;
  const options = { workerData: data, resourceLimits: WORKER_HEAP };
  if (!here.endsWith('.ts')) return new Worker(new URL('./csv-worker.js', here), options);
  const source = JSON.stringify(new URL('./csv-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, {
    ...options,
    eval: true,
  });
}

function writeFromWorker(plan: CsvExportPlan, out: Writable, end: boolean): Promise<void> {
  const flow = new SharedArrayBuffer(FLOW.slots * Int32Array.BYTES_PER_ELEMENT);
  const control = new Int32Array(flow);
  control[FLOW.credits] = PIECES_IN_FLIGHT;
  const worker = startWorker({ plan, flow });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let ending = false;
    const grant = (): void => {
      Atomics.add(control, FLOW.credits, 1);
      Atomics.notify(control, FLOW.credits);
    };
    const settle = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      out.off('error', onOutError);
      out.off('close', onOutClose);
      out.off('drain', grant);
      if (err === undefined) {
        resolve();
        return;
      }
      // Wake the worker if it waits for a credit, then stop it (its connection closes with it).
      Atomics.store(control, FLOW.stop, 1);
      Atomics.notify(control, FLOW.credits);
      void worker.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const onOutError = (err: Error): void => settle(err);
    const onOutClose = (): void => {
      if (!ending) settle(prematureClose());
    };
    const whenDrained = (then: () => void): void => {
      if (out.writableNeedDrain) out.once('drain', then);
      else then();
    };
    out.on('error', onOutError);
    out.on('close', onOutClose);
    out.write(csvHead());
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'records' || message.type === 'text') {
        if (out.destroyed || out.writableEnded) return settle(prematureClose());
        const text = message.type === 'text' ? message.text : csvText(JSON.parse(message.json) as CsvRecord[]);
        if (out.write(text)) grant();
        else out.once('drain', grant);
      } else if (message.type === 'end') {
        ending = true;
        if (!end) return whenDrained(() => settle());
        out.end();
        finished(out).then(() => settle(), settle);
      } else {
        settle(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
      }
    });
    worker.on('error', settle);
    worker.on('exit', (code) => {
      if (!ending) settle(new Error(`the CSV export stopped (worker exit code ${code})`));
    });
  });
}
