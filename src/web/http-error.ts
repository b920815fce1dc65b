import type { NextFunction, Request, Response } from 'express';
import { MulterError } from 'multer';
import { ZodError } from 'zod';
import { NotFoundError, VersionConflictError } from '../store/errors.js';
import { NotInStatementError } from '../store/statements.js';

/** An error with the HTTP status to answer and a reason fit to show the client. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** "kind: Invalid option: expected one of ..." — the first problems zod found, on one line. */
export function describeZodError(err: ZodError, what: string): string {
  const issues = err.issues.slice(0, 3).map((i) => {
    const field = i.path.map(String).join('.');
    const plain = FIELD_MESSAGES[field];
    // the field's own name stays in brackets for whoever wrote the query string by hand
    if (plain) return `${plain} (${field})`;
    const name = FIELD_NAMES[field];
    return field ? `${name ? `${name} (${field})` : field}: ${i.message}` : i.message;
  });
  return `invalid ${what}: ${issues.join('; ')}`;
}

/** What to say, in words, when a filter or form field has a value the app cannot use. */
const FIELD_MESSAGES: Record<string, string> = {
  kind: 'the kind must be Quote, Partial quote or Paraphrase',
  source: 'the speaker type must be person, anonymous source, government, organization, news outlet or document',
  claim: 'the kind of claim must be an assertion, a belief, an intention, a question or evidence',
  status: 'the status must be unreviewed, confirmed, corrected, rejected or all',
  after: 'the page position is not one this list gave (follow the list’s own Next and Previous links)',
  before: 'the page position is not one this list gave (follow the list’s own Next and Previous links)',
  page: 'the page must be a whole number from 1',
  limit: 'the number of rows must be a whole number from 1 to 200',
  speaker_id: 'that speaker link is not valid',
  version: 'the form is missing the version of the record it was opened on; reload the page',
};

/** Field names as a person reads them. */
const FIELD_NAMES: Record<string, string> = { name: 'the name', password: 'the password', speaker: 'the speaker', note: 'the note' };

/** The status and client-facing reason of any error that reaches the handler. */
export function classifyError(err: unknown): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.status, message: err.message };
  if (err instanceof NotFoundError) return { status: 404, message: err.message };
  if (err instanceof VersionConflictError) return { status: 409, message: err.message };
  if (err instanceof NotInStatementError) return { status: 400, message: err.message };
  if (err instanceof ZodError) return { status: 400, message: describeZodError(err, 'input') };
  const storage = storageError(err);
  if (storage) return storage;
  if (err instanceof MulterError) {
    const tooBig = ['LIMIT_FILE_SIZE', 'LIMIT_FIELD_VALUE', 'LIMIT_PART_COUNT', 'LIMIT_FILE_COUNT', 'LIMIT_FIELD_COUNT'];
    return tooBig.includes(err.code)
      ? { status: 413, message: `upload too large: ${err.message}` }
      : { status: 400, message: `bad upload: ${err.message}` };
  }
  // body-parser and csrf-sync errors carry a 4xx status and a safe message (http-errors)
  if (err instanceof Error && 'status' in err && typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    const message = err.status === 413 ? 'request body too large' : err.status === 403 ? 'invalid or missing CSRF token; reload the page and try again' : err.message;
    return { status: err.status, message };
  }
  return { status: 500, message: 'internal server error' };
}

export const DATABASE_GONE =
  'the database file is gone (deleted or moved while the server runs); nothing was saved: restore the file and restart saidby';

/**
 * The server's surroundings, not a bug: the database busy, read-only, on a full disk or
 * deleted. Each is answered with what to do about it, and nothing was saved.
 */
function storageError(err: unknown): { status: number; message: string } | null {
  const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : null;
  if (!code) return null;
  // another process (a bulk `saidby ingest`) held the database past the busy timeout: try again
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { status: 503, message: 'the database is busy with another writer; try again in a few seconds' };
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return { status: 507, message: 'the disk holding the database is full; nothing was saved: free some space and try again' };
  }
  if (code === 'SQLITE_READONLY_DBMOVED') return { status: 503, message: DATABASE_GONE };
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return { status: 503, message: 'the database is read-only just now; nothing was saved: ask the administrator to make it writable' };
  }
  return null;
}

/** JSON for API paths and clients that prefer it; an HTML page for browsers. */
export function wantsJson(req: Request): boolean {
  if (req.path.startsWith('/api/')) return true;
  return req.accepts(['html', 'json']) === 'json';
}

/** The one error handler: every route error arrives here through next(err). */
export function errorHandler(log: (line: string) => void) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    const { status, message } = classifyError(err);
    if (status >= 500) log(`saidby serve: ${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (res.headersSent) {
      // Mid-stream (a CSV export): the only honest signal left is to cut the connection.
      next(err);
      return;
    }
    res.status(status);
    if (wantsJson(req)) res.json({ error: message, status });
    else {
      // Errors raised before the view locals were set (a 413 from the body parser) still render.
      const locals = res.locals as { user?: string | null; csrfToken?: string };
      res.render('error', {
        title: `${status}`,
        status,
        message,
        user: locals.user ?? null,
        csrfToken: locals.csrfToken ?? '',
        path: req.path,
        // After a 409 on /attributions/7/review, "reload" means the attribution page.
        reload: req.method === 'POST' ? req.path.replace(/\/review$/, '') : req.originalUrl,
      });
    }
  };
}
