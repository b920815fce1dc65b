/**
 * The reading half of a CSV export, run in a worker thread by csv-export.ts: runs a
 * CsvExportPlan on its own read-only connection (one snapshot) and sends the records, CSV_PIECE
 * at a time, as one JSON array text each (SQLite builds every record's text, see CSV_JSON in
 * store.ts; a string is copied between threads at memcpy speed) for the main thread to parse,
 * format and write. The work is shared out as it goes: when the worker had to wait for the
 * main thread, it formats the next piece itself (the same csvText) and sends CSV text, so
 * neither thread idles while the other is the bottleneck. The bytes are the same either way.
 *
 * Flow control: the main thread gives credits in a shared Int32Array (FLOW), one per message
 * it may receive; each message sent takes one, and the main thread gives it back once the
 * piece it made is written or drained. Without credits the worker waits (Atomics.wait), so a
 * slow reader holds it a few pieces ahead instead of filling memory. STOP set means the export
 * was abandoned: the worker closes its connection and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { CSV_PIECE, csvText } from './export-format.js';
import { readCsvJson, type CsvRecord } from './store.js';
import { FLOW, type WorkerMessage } from './csv-flow.js';

const WorkerInput = z.object({
  plan: z.object({
    path: z.string().min(1),
    filter: z.object({
      where: z.array(z.string()),
      params: z.record(z.string(), z.unknown()),
      fts: z.string().nullable(),
      speakerIds: z.array(z.number()).nullable(),
    }),
    claimBase: z.string(),
  }),
  flow: z.instanceof(SharedArrayBuffer),
});

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(): void {
  const { plan, flow } = WorkerInput.parse(workerData);
  const control = new Int32Array(flow);
  const exported = readCsvJson(plan);
  // true once the worker waited for the main thread: it then formats the next piece itself
  let formatHere = false;
  try {
    // The first batch is read before 'ready': the database is open and the snapshot taken.
    const batches = exported.batches[Symbol.iterator]();
    let next = batches.next();
    send({ type: 'ready' });
    for (; !next.done; next = batches.next()) {
      const batch = next.value;
      for (let i = 0; i < batch.length; i += CSV_PIECE) {
        const json = `[${batch.slice(i, i + CSV_PIECE).join(',')}]`;
        const message: WorkerMessage = formatHere
          ? { type: 'text', text: csvText(JSON.parse(json) as CsvRecord[]) }
          : { type: 'records', json };
        formatHere = false;
        while (Atomics.load(control, FLOW.credits) <= 0 && Atomics.load(control, FLOW.stop) === 0) {
          formatHere = true;
          Atomics.wait(control, FLOW.credits, 0);
        }
        if (Atomics.load(control, FLOW.stop) !== 0) return;
        Atomics.sub(control, FLOW.credits, 1);
        send(message);
      }
    }
    send({ type: 'end' });
  } finally {
    exported.close();
  }
}

try {
  run();
} catch (err) {
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;
  send({ type: 'error', message: err instanceof Error ? err.message : String(err), code });
}
