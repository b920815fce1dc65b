/// <reference types="cookie-session" />
import type { NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { HttpError, wantsJson } from './http-error.js';

/** The signed-in reviewer's name, or null for a reader. */
export function currentUser(req: Request): string | null {
  const user: unknown = req.session?.['user'];
  return typeof user === 'string' && user.length > 0 ? user : null;
}

/**
 * Synchronizer-token CSRF (csrf-sync): the token lives in the signed session cookie and every
 * form posts it back as `_csrf` (or an `x-csrf-token` header for scripts).
 */
export const csrf = csrfSync({
  getTokenFromState: (req) => {
    const token: unknown = req.session?.['csrfToken'];
    return typeof token === 'string' ? token : null;
  },
  storeTokenInState: (req, token) => {
    if (req.session) req.session['csrfToken'] = token;
  },
  getTokenFromRequest: (req) => {
    const body: unknown = req.body;
    const fromBody =
      body && typeof body === 'object' && '_csrf' in body && typeof body._csrf === 'string' ? body._csrf : undefined;
    const header = req.headers['x-csrf-token'];
    return fromBody ?? (typeof header === 'string' ? header : undefined);
  },
  errorConfig: { statusCode: 403, message: 'invalid or missing CSRF token; reload the page and try again', code: 'EBADCSRFTOKEN' },
});

/**
 * Puts the user and, where a page may post a form, a CSRF token into every view. Readers who
 * are not signed in get no token (and no cookie) except on the sign-in page.
 */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  const user = currentUser(req);
  res.locals['user'] = user;
  res.locals['path'] = req.path;
  res.locals['csrfToken'] = user || req.path === '/signin' ? csrf.generateToken(req) : '';
  next();
}

/** Writes need a signed-in reviewer: browsers are sent to sign in, scripts get a 401. */
export function requireUser(req: Request, res: Response, next: NextFunction): void {
  if (currentUser(req)) return next();
  if (req.method === 'GET' && !wantsJson(req)) {
    res.redirect(303, `/signin?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  next(new HttpError(401, 'sign in as a reviewer to make changes'));
}

/** Only same-site paths are followed after sign-in: "/x" yes, "//evil.example" or "https://..." no. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
