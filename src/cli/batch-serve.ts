/**
 * The worker-thread half of batch-pool.ts: runs `processBatchLine` on the lines the main
 * thread sends, one at a time, and answers each with its sequence number and outcome.
 * batch-worker.ts starts it, from the compiled bundle when that is current.
 */
import type { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { processBatchLine, type LineOutcome } from './batch-line.js';

export const BatchWorkerData = z.object({ quotesOnly: z.boolean() });
export const BatchJob = z.object({ seq: z.number().int(), line: z.string() });
export type BatchJob = z.infer<typeof BatchJob>;
export type BatchReply = { ready: true } | { seq: number; outcome: LineOutcome };

/**
 * Answers the lines arriving on `port` (the worker's parentPort); `data` is the worker's
 * workerData. `afterFirstLine` runs once, when the first line has been read, before its answer.
 */
export function serveBatchLines(port: MessagePort, data: unknown, afterFirstLine?: () => void): void {
  const { quotesOnly } = BatchWorkerData.parse(data);
  const utf8 = new TextEncoder();
  let firstLine = afterFirstLine;
  port.on('message', (message: unknown) => {
    const { seq, line } = BatchJob.parse(message);
    const outcome = processBatchLine(line, quotesOnly);
    // before the answer: once the main thread has every answer it may end this thread at once
    firstLine?.();
    firstLine = undefined;
    if (outcome.kind !== 'written') port.postMessage({ seq, outcome } satisfies BatchReply);
    else {
      // Encoded here and its buffer transferred: copying the JSON string to the main thread cost
      // a tenth of this thread's time, and the main thread would encode it again to write it.
      const bytes = utf8.encode(outcome.json + '\n');
      port.postMessage({ seq, outcome: { kind: 'encoded', bytes, quotes: outcome.quotes } } satisfies BatchReply, [bytes.buffer]);
    }
  });
  // Loaded and listening: jobs sent before this wait in the port and are not lost, but the
  // pool counts a worker that dies before it as one that cannot start at all.
  port.postMessage({ ready: true } satisfies BatchReply);
}

export type ServeBatchLines = typeof serveBatchLines;
