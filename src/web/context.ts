import type { Request, Response } from 'express';
import type { ExtractFn } from '../ingest/ingest.js';
import type { Store } from '../store/store.js';

/** What every handler works with: the store and the extraction function (swappable in tests). */
export interface AppContext {
  store: Store;
  extract: ExtractFn;
  log: (line: string) => void;
}

/** A route handler: one function per route, given the context. Errors thrown go to next(err). */
export type Handler = (ctx: AppContext, req: Request, res: Response) => void | Promise<void>;
