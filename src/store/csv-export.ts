import { availableParallelism } from 'node:os';
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
 * The worker's heap. It holds one batch of JSON texts at a time (about 300 KB for the bench's
 * rows, at most about 4 MB: see rowsForText in store.ts), so a small young generation does: on
 * the million-row bench V8's default (16 MB) took the server's peak RSS to 209-221 MB, 8 MB
 * gives 184-189 MB at the same speed, 2 MB costs a seventh of it. The old generation's bound
 * (128 MB) keeps the heap from growing lazily (without one the peak RSS was 204-211 MB) and
 * still leaves room for one quotation of some 30 MB; a longer one ends the export with an
 * error (ERR_WORKER_OUT_OF_MEMORY), never the server.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/**
 * Exports read by worker threads at once: each worker is an isolate and a connection (about
 * 20 MB while it runs) and /export.csv is open to every reader, so beyond one per core an
 * export runs on the main thread (a few MB), as an in-memory database's does.
 */
const MAX_EXPORT_WORKERS = Math.max(1, availableParallelism());
let exportWorkers = 0;

/** Worker-thread exports running now (for tests and diagnostics). */
export function runningExportWorkers(): number {
  return exportWorkers;
}

/**
 * Writes the attributions matching `filter` into `out` as CSV (the format of export-format.ts:
 * BOM, header, CRLF, formula cells neutralized). A database file is read by a worker thread
 * (csv-worker.ts) while this thread parses, formats and writes, the worker taking over the
 * formatting of a piece whenever it had to wait for this thread: the export runs on two cores,
 * and this thread handles one piece per message, so a server keeps answering other requests
 * during it. An in-memory database (which only this connection sees), or an export beyond
 * MAX_EXPORT_WORKERS, runs here. `claimBase` starts each "Claim link" (the site's address; none
 * gives a path). Rejects with the writer's own error (a disk full, the reader
 * gone: ERR_STREAM_PREMATURE_CLOSE) or the database's, the latter before anything is written
 * when the database cannot be opened; either way the worker is stopped and its connection
 * closed.
 */
export async function exportCsv(
  store: Store,
  filter: AttributionFilter,
  out: Writable,
  options: { end?: boolean; claimBase?: string } = {},
): Promise<void> {
  const claimBase = options.claimBase ?? '';
  const plan = exportWorkers < MAX_EXPORT_WORKERS ? store.csvExportPlan(filter, claimBase) : null;
  if (plan) {
    exportWorkers++;
    try {
      return await writeFromWorker(plan, out, options.end ?? true);
    } finally {
      exportWorkers--;
    }
  }
  const exported = store.exportCsvRecords(filter, claimBase);
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
    /** The worker sent its last piece. */
    let ending = false;
    /** Credits to give back at the next 'drain': one per piece whose write found the writer full. */
    let owed = 0;
    const grant = (n: number): void => {
      Atomics.add(control, FLOW.credits, n);
      Atomics.notify(control, FLOW.credits);
    };
    const settle = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      out.off('error', onOutError);
      out.off('close', onOutClose);
      out.off('drain', onDrain);
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
    // Closed before the export is written (with end, 'close' follows the finish we wait for).
    const onOutClose = (): void => {
      if (!ending || !end) settle(prematureClose());
    };
    const onDrain = (): void => {
      if (ending) {
        if (!end) settle();
        return;
      }
      const n = owed;
      owed = 0;
      if (n > 0) grant(n);
    };
    const onMessage = (message: WorkerMessage): void => {
      if (message.type === 'ready') {
        // The worker has its snapshot: only now does the file (and an HTTP 200) begin, so a
        // database that cannot be opened is still a clean error.
        out.write(csvHead());
      } else if (message.type === 'records' || message.type === 'text') {
        if (out.destroyed || out.writableEnded) return settle(prematureClose());
        const text = message.type === 'text' ? message.text : csvText(JSON.parse(message.json) as CsvRecord[]);
        if (out.write(text)) grant(1);
        else owed++;
      } else if (message.type === 'end') {
        ending = true;
        if (!end) {
          if (!out.writableNeedDrain) settle();
          return;
        }
        out.end();
        finished(out).then(() => settle(), settle);
      } else {
        settle(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
      }
    };
    out.on('error', onOutError);
    out.on('close', onOutClose);
    out.on('drain', onDrain);
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      try {
        onMessage(message);
      } catch (err) {
        settle(err);
      }
    });
    worker.on('error', settle);
    worker.on('exit', (code) => {
      if (!ending) settle(new Error(`the CSV export stopped (worker exit code ${code})`));
    });
  });
}
