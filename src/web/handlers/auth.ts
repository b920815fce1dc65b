import type { Request, Response } from 'express';
import { verifyPassword } from '../../store/password.js';
import type { AppContext } from '../context.js';
import { SESSION_TTL_MS, csrf, safeNext, sessionId } from '../session.js';
import { SignInBody, parseInput } from '../params.js';

// Checked when the name is unknown, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** GET /signin */
export function signInForm(_ctx: AppContext, req: Request, res: Response): void {
  const next = typeof req.query['next'] === 'string' ? safeNext(req.query['next']) : '/';
  res.render('signin', { title: 'Sign in', next, error: null, name: '' });
}

/** POST /signin — checks the scrypt hash; a new CSRF token for the signed-in session. */
export async function signIn(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const body = parseInput(SignInBody, req.body, 'sign-in');
  const user = await ctx.store.getUser(body.name);
  const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    res.status(401).render('signin', { title: 'Sign in', next: safeNext(body.next), error: 'Wrong user name or password.', name: body.name });
    return;
  }
  // A new id on every sign-in: an id planted in the browser before sign-in is never promoted.
  req.session = { sid: await ctx.store.createSession(user.id, SESSION_TTL_MS) };
  csrf.generateToken(req, true);
  res.redirect(303, safeNext(body.next));
}

/** POST /signout — ends the session in the database, so a copy of the cookie is worth nothing. */
export async function signOut(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const sid = sessionId(req);
  if (sid) await ctx.store.deleteSession(sid);
  req.session = null;
  res.redirect(303, '/');
}

/**
 * GET /healthz — the process answers, the database reads, its file is still in place and
 * writable; 503 when a write would fail.
 */
export async function health(ctx: AppContext, _req: Request, res: Response): Promise<void> {
  const state = await ctx.store.health();
  res.status(state.ok ? 200 : 503).json({ status: state.ok ? 'ok' : 'unavailable', ...state });
}
