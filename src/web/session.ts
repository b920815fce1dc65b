/// <reference types="cookie-session" />
import type { NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import type { StoreBackend } from '../store/backend.js';
import { HttpError, wantsJson } from './http-error.js';

/** How long a sign-in lasts, in the sessions table and in the cookie. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

// The reviewer of each request, found by loadReviewer from the cookie's session id.
const reviewers = new WeakMap<Request, string>();

/** The signed-in reviewer's name, or null for a reader. */
export function currentUser(req: Request): string | null {
  return reviewers.get(req) ?? null;
}

/** The session id the cookie carries, if any. */
export function sessionId(req: Request): string | null {
  const sid: unknown = req.session?.['sid'];
  return typeof sid === 'string' && sid.length > 0 ? sid : null;
}

/**
 * Looks the cookie's session id up in the sessions table on every request: a session ended by
 * sign-out, expired, or whose reviewer was removed signs no one in, even from a copied cookie.
 * A dead id is dropped from the cookie.
 */
export function loadReviewer(store: StoreBackend) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const sid = sessionId(req);
    if (!sid) {
      next();
      return;
    }
    store.sessionUser(sid).then(
      (name) => {
        if (name) reviewers.set(req, name);
        else if (req.session) delete req.session['sid'];
        next();
      },
      (err: unknown) => next(err),
    );
  };
}

/**
 * Synchronizer-token CSRF (csrf-sync): the token lives in the signed session cookie (beside the
 * session id; readers on the sign-in page get one before any session exists) and every
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
