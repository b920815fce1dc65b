/**
 * The worker-thread half of article-reader.ts: reads one article at a time (HTML or Markdown
 * to text, then extraction) off the main thread, so a pathological text costs this thread,
 * which the main thread can terminate, and never the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { extract } from '../pipeline/index.js';
import { ArticleInputError } from './article-errors.js';
import { articleFromContent } from './ingest.js';
import { readFeed } from './feed.js';
import { articleFromPage } from './web-article.js';

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

function run(job: ArticleJob): unknown {
  if (job.op === 'source') return articleFromContent(job.content, job.kind, job.sourcePath);
  if (job.op === 'page') return articleFromPage(job.html, job.url);
  if (job.op === 'feed') return readFeed(job.xml);
  return extract(job.text, { quotesOnly: job.quotesOnly });
}

parentPort?.on('message', (message: unknown) => {
  let reply: ArticleJobReply;
  try {
    reply = { ok: true, value: run(ArticleJob.parse(message)) };
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
