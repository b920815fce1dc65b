import { z } from 'zod';
import { Attribution, Diagnostic } from './attribution.js';

/** Metadata read from the article's header and dateline; every field may be missing. */
export const ArticleMeta = z.object({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  /** ISO 8601 timestamp with offset, e.g. 2025-02-01T05:07:00.000Z. */
  published: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** What `extract()` returns and `saidby extract` prints. */
export const ExtractResult = z.object({
  article: ArticleMeta,
  quotes: z.array(Attribution),
  diagnostics: z.array(Diagnostic),
});
export type ExtractResult = z.infer<typeof ExtractResult>;

/** One line of `saidby batch` input. */
export const BatchInputLine = z.object({ id: z.string().min(1), text: z.string() }).loose();
export type BatchInputLine = z.infer<typeof BatchInputLine>;

/** Input to ingest: article text plus whatever metadata the caller already knows. */
export const ArticleInput = z.object({
  text: z.string().min(1, 'article text is empty'),
  title: z.string().nullish(),
  url: z.string().nullish(),
  sourcePath: z.string().nullish(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
