/**
 * The worker-thread half of article-reader.ts: reads one article at a time (HTML or Markdown
 * to text, then extraction) off the main thread, so a pathological text costs this thread,
 * which the main thread can terminate, and never the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { extract } from '../pipeline/index.js';
import { ArticleInputError } from './article-errors.js';
import { articleFromContent } from './article-source.js';

export const ArticleJob = z.discriminatedUnion('op', [
  z.object({ op: z.literal('source'), content: z.string(), kind: z.string(), sourcePath: z.string().nullable() }),
  z.object({ op: z.literal('extract'), text: z.string(), quotesOnly: z.boolean() }),
  z.object({ op: z.literal('page'), html: z.string(), url: z.string() }),
  z.object({ op: z.literal('feed'), xml: z.string() }),
]);
export type ArticleJob = z.infer<typeof ArticleJob>;

/** What the worker answers: the value, or the error's kind and message (errors do not clone with their class). */
export type ArticleJobReply =
  | { ok: true; value: unknown }
  | { ok: false; inputError: boolean; tooComplex: boolean; message: string };

// A web page's reader (Readability on a DOM) and the feed parser are loaded at their first job:
// together they took longer to load than the pipeline, and a worker reading files never uses them.
async function run(job: ArticleJob): Promise<unknown> {
  if (job.op === 'source') return articleFromContent(job.content, job.kind, job.sourcePath);
  if (job.op === 'page') return (await import('./web-article.js')).articleFromPage(job.html, job.url);
  if (job.op === 'feed') return (await import('./feed.js')).readFeed(job.xml);
  return extract(job.text, { quotesOnly: job.quotesOnly });
}

// The reader sends a worker its next job only after the answer to the last one, so jobs never
// overlap here even though a page's or feed's job waits for its module.
parentPort?.on('message', async (message: unknown) => {
  let reply: ArticleJobReply;
  try {
    reply = { ok: true, value: await run(ArticleJob.parse(message)) };
  } catch (err) {
    reply = {
      ok: false,
      inputError: err instanceof ArticleInputError || err instanceof RangeError,
      tooComplex: err instanceof ArticleInputError && err.name === 'ArticleTooComplexError',
      message: err instanceof Error ? err.message : String(err),
    };
  }
  parentPort?.postMessage(reply);
});

// Loaded and listening: the reader starts counting a job's time budget from here.
parentPort?.postMessage({ ready: true });
