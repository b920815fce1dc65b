import type { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../schema/article.js';
import { startModuleWorker } from '../worker-module.js';
import { ArticleInputError, ArticleTooComplexError } from './article-errors.js';
import type { ArticleJob, ArticleJobReply } from './article-jobs.js';
import type { FeedContent } from './feed.js';
import type { ArticleSource } from './article-source.js';

/** Reads articles away from the caller's thread, each job within a time budget. */
export interface ArticleReader {
  /** Plain text and metadata of a file's content (`kind` is its extension: .html, .md, .txt). */
  toSource(content: string, kind: string, sourcePath?: string | null): Promise<ArticleSource>;
  extract(text: string, options?: { quotesOnly?: boolean }): Promise<ExtractResult>;
  /** A fetched web page's article body and details (web-article.ts); `url` is where it was fetched. */
  fromPage(html: string, url: string): Promise<ArticleSource>;
  /** The items of an RSS or Atom feed (feed.ts). */
  readFeed(xml: string): Promise<FeedContent>;
  /** Ends every worker; jobs still waiting are refused. */
  close(): Promise<void>;
}

export interface ArticleReaderOptions {
  /** Worker threads at most (each holds up to `heapMb`). Default 2. */
  workers?: number | undefined;
  /** Time one job may take before its worker is terminated. Default DEFAULT_READ_BUDGET_MS. */
  budgetMs?: number | undefined;
  /** Jobs waiting for a worker at most; one more is refused with ReaderBusyError. Default 16. */
  maxWaiting?: number | undefined;
  /** Old-generation heap of each worker, MB. Default 768. */
  heapMb?: number | undefined;
}

/**
 * Ten seconds: the slowest real article we have seen reads in under two seconds at 2 MB, while
 * crafted texts of the same size (mixed quotation marks, "said" repeated) take 7 to 25 s.
 */
export const DEFAULT_READ_BUDGET_MS = 10_000;

/**
 * A 2 MB article of 400,000 "said"s peaks at about 450 MB of heap while it is read; a real
 * 2 MB article at about 150. Past the bound the worker dies with ERR_WORKER_OUT_OF_MEMORY and
 * the job is refused, never the process.
 */
const DEFAULT_HEAP_MB = 768;

/** An idle worker is kept this long for the next article (starting one costs about 0.3 s), then ended. */
const IDLE_MS = 30_000;

/** Every worker is busy and the waiting line is full: try again later (the web app answers 503). */
export class ReaderBusyError extends Error {
  override readonly name = 'ReaderBusyError';
}

interface Task {
  job: ArticleJob;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  idleTimer: NodeJS.Timeout | null;
  /** Fails the job running on this worker, if any (the reader is closing). */
  abort: ((err: Error) => void) | null;
}

/** A worker whose old generation is capped at `heapMb`. */
function startWorker(heapMb: number): Worker {
  return startModuleWorker('./article-worker', import.meta.url, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

/** A started worker and the promise of its first message (the pipeline is loaded). */
interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
}

function startedWorker(heapMb: number): StartedWorker {
  const worker = startWorker(heapMb);
  return { worker, ready: new Promise<void>((resolve) => worker.once('message', () => resolve())) };
}

let prestarted: (StartedWorker & { heapMb: number; drop: () => void }) | null = null;

/**
 * Starts one article worker now, for the next reader created in this process to take as its
 * first: `saidby ingest` calls it before loading its own modules (the store, zod, the database
 * driver), so the worker loads the pipeline on the other core meanwhile instead of after them (a
 * one-article ingest waited about a quarter second for it). Until a reader takes it, it keeps
 * nothing alive, and one that fails or exits is dropped (the reader then starts its own).
 */
export function prestartArticleWorker(heapMb: number = DEFAULT_HEAP_MB): void {
  if (prestarted) return;
  const started = startedWorker(heapMb);
  const drop = (): void => {
    if (prestarted?.worker === started.worker) prestarted = null;
  };
  started.worker.unref();
  started.worker.once('error', drop);
  started.worker.once('exit', drop);
  prestarted = { ...started, heapMb, drop };
}

/** The prestarted worker when it has the heap asked for (taken once), else a new one. */
function takeOrStartWorker(heapMb: number): StartedWorker {
  const taken = prestarted;
  if (taken === null || taken.heapMb !== heapMb) return startedWorker(heapMb);
  prestarted = null;
  taken.worker.off('error', taken.drop);
  taken.worker.off('exit', taken.drop);
  return { worker: taken.worker, ready: taken.ready };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
}

/**
 * A small pool of worker threads that read articles (HTML and Markdown to text, extraction).
 * A job that runs past the budget has its worker terminated and fails with
 * ArticleTooComplexError, as does one whose worker runs out of its heap; the pool starts a
 * fresh worker for the next job. Memory stays bounded: `workers` heaps of at most `heapMb`, and
 * at most `maxWaiting` articles queued. Idle workers do not keep the process alive.
 */
export function createArticleReader(options: ArticleReaderOptions = {}): ArticleReader {
  const size = Math.max(1, options.workers ?? 2);
  const budgetMs = options.budgetMs ?? DEFAULT_READ_BUDGET_MS;
  const maxWaiting = options.maxWaiting ?? 16;
  const heapMb = options.heapMb ?? DEFAULT_HEAP_MB;
  const idle: Slot[] = [];
  const waiting: Task[] = [];
  let live = 0;
  let closed = false;
  const all = new Set<Slot>();

  const spawn = (): Slot => {
    // The worker's first message says the pipeline is loaded: the budget starts then, so a
    // cold start (tsx compiling the pipeline in tests) is not counted against the article. A web
    // page's or feed's reader loads within the first such job's budget (about a quarter second).
    const { worker, ready } = takeOrStartWorker(heapMb);
    const slot: Slot = { worker, ready, idleTimer: null, abort: null };
    all.add(slot);
    live++;
    return slot;
  };

  const retire = (slot: Slot): Promise<unknown> => {
    if (!all.delete(slot)) return Promise.resolve();
    live--;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const at = idle.indexOf(slot);
    if (at !== -1) idle.splice(at, 1);
    slot.worker.removeAllListeners();
    // A terminated worker may still report an error while it stops: nobody is listening for it.
    slot.worker.on('error', () => {});
    return slot.worker.terminate();
  };

  const release = (slot: Slot): void => {
    if (closed) {
      void retire(slot);
      return;
    }
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void retire(slot), IDLE_MS);
    slot.idleTimer.unref();
    idle.push(slot);
  };

  const dispatch = (slot: Slot, task: Task): void => {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    // Running, the worker keeps the process alive: a CLI awaiting its answer must not exit.
    slot.worker.ref();
    let timer: NodeJS.Timeout | null = null;
    let done = false;
    const finish = (outcome: { value: unknown } | { error: Error }, keep: boolean): void => {
      if (done) return;
      done = true;
      slot.abort = null;
      if (timer) clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (keep) release(slot);
      else void retire(slot);
      if ('error' in outcome) task.reject(outcome.error);
      else task.resolve(outcome.value);
      pump();
    };
    const onMessage = (reply: ArticleJobReply): void => {
      if (reply.ok) return finish({ value: reply.value }, true);
      const error = reply.tooComplex
        ? new ArticleTooComplexError(reply.message)
        : reply.inputError
          ? new ArticleInputError(reply.message)
          : new Error(reply.message);
      finish({ error }, true);
    };
    const onError = (err: Error & { code?: string }): void => {
      const error =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ArticleTooComplexError(`reading it needs more memory than the ${heapMb} MB allowed; split it into smaller articles`)
          : err;
      finish({ error }, false);
    };
    const onExit = (): void => finish({ error: new Error('the article reader stopped unexpectedly') }, false);
    slot.abort = (error) => finish({ error }, false);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    void slot.ready.then(() => {
      if (done) return;
      slot.worker.on('message', onMessage);
      timer = setTimeout(
        () => finish({ error: new ArticleTooComplexError(`reading it took longer than ${seconds(budgetMs)}, the limit; split it into smaller articles`) }, false),
        budgetMs,
      );
      slot.worker.postMessage(task.job);
    });
  };

  const pump = (): void => {
    while (waiting.length > 0 && (idle.length > 0 || live < size)) {
      const task = waiting.shift() as Task;
      dispatch(idle.pop() ?? spawn(), task);
    }
  };

  const run = (job: ArticleJob): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the article reader is closed'));
      const free = idle.length > 0 || live < size;
      if (!free && waiting.length >= maxWaiting) {
        return reject(new ReaderBusyError('the server is busy reading other articles; try again in a minute'));
      }
      waiting.push({ job, resolve, reject });
      pump();
    });

  return {
    async toSource(content, kind, sourcePath = null) {
      return (await run({ op: 'source', content, kind, sourcePath })) as ArticleSource;
    },
    async extract(text, extractOptions = {}) {
      return (await run({ op: 'extract', text, quotesOnly: extractOptions.quotesOnly ?? false })) as ExtractResult;
    },
    async fromPage(html, url) {
      return (await run({ op: 'page', html, url })) as ArticleSource;
    },
    async readFeed(xml) {
      return (await run({ op: 'feed', xml })) as FeedContent;
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error('the article reader is closed'));
      for (const slot of all) slot.abort?.(new Error('the article reader is closed'));
      await Promise.all([...all].map(retire));
    },
  };
}

let shared: ArticleReader | null = null;

/** One reader for the whole process (the web app's default): its workers serve every app and command. */
export function sharedArticleReader(): ArticleReader {
  shared ??= createArticleReader();
  return shared;
}
