/**
 * Entry of a `batch --jobs N` worker thread (batch-pool.ts). The loop and the pipeline come from
 * the compiled worker bundle with its V8 code cache when that bundle is current (about half the
 * CPU a worker spent loading: the forty-odd modules one by one, and zod), else from the modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compiledBatchWorker } from './compiled-cli.js';

const compiled = compiledBatchWorker();
const serve = compiled?.serve ?? (await import('./batch-serve.js')).serveBatchLines;
if (parentPort) serve(parentPort, workerData, compiled?.saveCache ?? undefined);
