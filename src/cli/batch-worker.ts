/**
 * The worker-thread half of batch-pool.ts: runs `processBatchLine` on the lines the main
 * thread sends, one at a time, and answers each with its sequence number and outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { processBatchLine, type LineOutcome } from './batch-line.js';

export const BatchWorkerData = z.object({ quotesOnly: z.boolean() });
export const BatchJob = z.object({ seq: z.number().int(), line: z.string() });
export type BatchJob = z.infer<typeof BatchJob>;
export type BatchReply = { ready: true } | { seq: number; outcome: LineOutcome };

const { quotesOnly } = BatchWorkerData.parse(workerData);
const utf8 = new TextEncoder();

parentPort?.on('message', (message: unknown) => {
  const { seq, line } = BatchJob.parse(message);
  const outcome = processBatchLine(line, quotesOnly);
  if (outcome.kind !== 'written') return parentPort?.postMessage({ seq, outcome } satisfies BatchReply);
  // Encoded here and its buffer transferred: copying the JSON string to the main thread cost
  // a tenth of this thread's time, and the main thread would encode it again to write it.
  const bytes = utf8.encode(outcome.json + '\n');
  parentPort?.postMessage({ seq, outcome: { kind: 'encoded', bytes, quotes: outcome.quotes } } satisfies BatchReply, [bytes.buffer]);
});

// Loaded and listening: jobs sent before this wait in the port and are not lost, but the
// pool counts a worker that dies before it as one that cannot start at all.
parentPort?.postMessage({ ready: true } satisfies BatchReply);
