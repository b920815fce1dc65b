import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker-module.js';
import type { LineOutcome } from './batch-line.js';
import type { BatchJob, BatchReply } from './batch-serve.js';

/** Extracts batch lines on worker threads; answers come back in any order, each to its own promise. */
export interface LinePool {
  run(line: string): Promise<LineOutcome>;
  /** Ends every worker; lines not yet answered are refused. */
  close(): Promise<void>;
}

export interface LinePoolOptions {
  /** Worker threads at most; started as lines arrive. */
  jobs: number;
  quotesOnly: boolean;
  /**
   * Old-generation heap of each worker, MB; unset, V8's default, as one job has (a cap would
   * fail an article that one job reads). A line that needs more fails on its own.
   */
  heapMb?: number | undefined;
}

/**
 * Lines sent to one worker before it answers: two, so a worker finishing one line finds the
 * next already in its port (no round trip idle), while a long article holds up at most one
 * other line behind it, not a queue of them.
 */
const PER_WORKER = 2;

interface Task {
  seq: number;
  line: string;
  resolve: (outcome: LineOutcome) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: Map<number, Task>;
  failure: Error | null;
}

/** `extraction failed for id "x": reason`, as one job reports a throw, with the id when the line has one. */
function crashReason(line: string, err: Error | null): string {
  const reason =
    (err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? 'it needs more memory than a worker thread has; split it into smaller articles'
      : `the worker thread stopped (${err?.message ?? 'no reason given'})`;
  let id: unknown;
  try {
    id = (JSON.parse(line) as { id?: unknown }).id;
  } catch {
    id = undefined;
  }
  return typeof id === 'string' ? `extraction failed for id ${JSON.stringify(id)}: ${reason}` : `extraction failed: ${reason}`;
}

/**
 * A pool of worker threads running `processBatchLine`, so the same line gives the same outcome
 * (the same output line or the same reason) as on one thread. A worker that dies mid-line
 * (out of memory) fails that line with a reason and is replaced; lines it had queued are sent
 * to another. A worker that dies before it has loaded is a broken installation: every line
 * is refused with that error.
 */
export function createLinePool(options: LinePoolOptions): LinePool {
  const jobs = Math.max(1, options.jobs);
  const waiting: Task[] = [];
  const slots = new Set<Slot>();
  let nextSeq = 0;
  let broken: Error | null = null;
  let closed = false;

  const refuseAll = (err: Error): void => {
    for (const task of waiting.splice(0)) task.reject(err);
    for (const slot of slots) for (const task of slot.running.values()) task.reject(err);
    for (const slot of slots) slot.running.clear();
  };

  const spawn = (): Slot => {
    const worker = startModuleWorker('./batch-worker', import.meta.url, {
      workerData: { quotesOnly: options.quotesOnly },
      ...(options.heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } }),
    });
    const slot: Slot = { worker, ready: false, running: new Map(), failure: null };
    slots.add(slot);
    worker.on('message', (reply: BatchReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.running.get(reply.seq);
      if (!task) return;
      slot.running.delete(reply.seq);
      task.resolve(reply.outcome);
      pump();
    });
    worker.on('error', (err: Error) => {
      slot.failure ??= err;
    });
    worker.on('exit', () => {
      slots.delete(slot);
      if (closed) return;
      if (!slot.ready) {
        broken = new Error(`cannot start a worker thread: ${slot.failure?.message ?? 'it exited while loading'}`);
        for (const task of slot.running.values()) waiting.unshift(task);
        slot.running.clear();
        refuseAll(broken);
        return;
      }
      // The lowest sequence number is the line the worker was reading when it died.
      const [first, ...rest] = [...slot.running.values()].sort((a, b) => a.seq - b.seq);
      slot.running.clear();
      waiting.unshift(...rest);
      first?.resolve({ kind: 'failed', reason: crashReason(first.line, slot.failure) });
      pump();
    });
    return slot;
  };

  const send = (slot: Slot, task: Task): void => {
    slot.running.set(task.seq, task);
    slot.worker.postMessage({ seq: task.seq, line: task.line } satisfies BatchJob);
  };

  function pump(): void {
    while (waiting.length > 0 && broken === null && !closed) {
      let best: Slot | null = null;
      for (const slot of slots) if (slot.running.size < PER_WORKER && (best === null || slot.running.size < best.running.size)) best = slot;
      // Every worker is as busy as allowed: start another while there are fewer than `jobs`.
      if (best === null || (best.running.size > 0 && slots.size < jobs)) best = slots.size < jobs ? spawn() : best;
      if (best === null) return;
      send(best, waiting.shift() as Task);
    }
  }

  return {
    run(line) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the batch worker pool is closed'));
        if (broken) return reject(broken);
        waiting.push({ seq: nextSeq++, line, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      refuseAll(new Error('the batch worker pool is closed'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
      slots.clear();
    },
  };
}
