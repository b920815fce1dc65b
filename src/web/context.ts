import type { Request, Response } from 'express';
import type { ArticleSource } from '../ingest/ingest.js';
import type { ExtractResult } from '../schema/article.js';
import type { StoreBackend } from '../store/backend.js';

/**
 * What every handler works with: the store, and how an added article is read (off the request
 * thread, within a time budget; the extraction is swappable in tests).
 */
export interface AppContext {
  store: StoreBackend;
  toSource: (content: string, kind: string, sourcePath: string | null) => Promise<ArticleSource>;
  extract: (text: string) => Promise<ExtractResult>;
  log: (line: string) => void;
}

/** A route handler: one function per route, given the context. Errors thrown go to next(err). */
export type Handler = (ctx: AppContext, req: Request, res: Response) => void | Promise<void>;
