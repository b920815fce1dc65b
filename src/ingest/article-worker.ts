/**
 * The worker-thread half of article-reader.ts: reads one article at a time (HTML or Markdown
 * to text, then extraction) off the main thread, so a pathological text costs this thread,
 * which the main thread can terminate, and never the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { compiledArticleJobs } from '../cli/compiled-cli.js';
import type { ArticleJob, ArticleJobReply } from './article-jobs.js';

export type { ArticleJob, ArticleJobReply } from './article-jobs.js';

const compiled = compiledArticleJobs();
const jobs = compiled?.jobs ?? (await import('./article-jobs.js'));
let saveCache = compiled?.saveCache ?? null;

// A web page's reader (Readability on a DOM) and the feed parser are loaded at their first job:
// together they took longer to load than the pipeline, and a worker reading files never uses them.
async function run(job: ArticleJob): Promise<unknown> {
  const answered = jobs.runFileJob(job);
  if (answered) return answered.value;
  if (job.op === 'page') return (await import('./web-article.js')).articleFromPage(job.html, job.url);
  if (job.op === 'feed') return (await import('./feed.js')).readFeed(job.xml);
  throw new Error(`no such job: ${job.op}`);
}

function isExtraction(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { op?: unknown }).op === 'extract';
}

// The reader sends a worker its next job only after the answer to the last one, so jobs never
// overlap here even though a page's or feed's job waits for its module.
parentPort?.on('message', async (message: unknown) => {
  let reply: ArticleJobReply;
  try {
    reply = { ok: true, value: await run(jobs.ArticleJob.parse(message)) };
  } catch (err) {
    reply = jobs.failureReply(err);
  }
  // the bundle's code cache, once, after the first extraction has compiled the pipeline (a page's
  // or feed's job compiles little of it; a worker is ended with terminate(), which runs no exit handler)
  if (saveCache && isExtraction(message)) {
    saveCache();
    saveCache = null;
  }
  parentPort?.postMessage(reply);
});

// Loaded and listening: the reader starts counting a job's time budget from here.
parentPort?.postMessage({ ready: true });
