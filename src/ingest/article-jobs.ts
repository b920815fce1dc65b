/**
 * The jobs an article worker runs for files (a file's content to text, extraction) and the answer
 * a failure gets. A worker takes them from the compiled worker bundle when it is current (the
 * pipeline and zod from one script with a V8 code cache, not some two hundred modules), else from
 * the modules (cli/compiled-cli.ts); a web page's and a feed's job load their readers themselves.
 */
import { z } from 'zod';
import { extract } from '../pipeline/index.js';
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

/** The answer to a file's job; null for a web page's or a feed's. */
export function runFileJob(job: ArticleJob): { value: unknown } | null {
  if (job.op === 'source') return { value: articleFromContent(job.content, job.kind, job.sourcePath) };
  if (job.op === 'extract') return { value: extract(job.text, { quotesOnly: job.quotesOnly }) };
  return null;
}

/**
 * A failed job's answer. The error's kind is read from its name, not its class: a job run from the
 * bundle throws the bundle's copy of ArticleInputError, a page's job the module's.
 */
export function failureReply(err: unknown): ArticleJobReply {
  const name = err instanceof Error ? err.name : '';
  return {
    ok: false,
    inputError: name === 'ArticleInputError' || name === 'ArticleTooComplexError' || err instanceof RangeError,
    tooComplex: name === 'ArticleTooComplexError',
    message: err instanceof Error ? err.message : String(err),
  };
}
