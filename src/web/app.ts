/// <reference types="cookie-session" />
import { fileURLToPath } from 'node:url';
import cookieSession from 'cookie-session';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import multer, { MulterError } from 'multer';
import { sharedArticleReader, type ArticleReader } from '../ingest/article-reader.js';
import { articleFromContent, type ExtractFn } from '../ingest/ingest.js';
import type { StoreBackend } from '../store/backend.js';
import { PgBackend } from '../store/pg/backend.js';
import { PgRateLimitStore } from '../store/pg/rate-limits.js';
import { asBackend } from '../store/sqlite-backend.js';
import type { Store } from '../store/store.js';
import type { AppContext, Handler } from './context.js';
import { createArticle, newArticleForm, showArticle } from './handlers/articles.js';
import { reviewAttribution, showAttribution } from './handlers/attributions.js';
import { health, signIn, signInForm, signOut } from './handlers/auth.js';
import { apiAttributions, exportCsv, exportJson, listClaims } from './handlers/claims.js';
import { claimReview, claimsFeed, rateClaim } from './handlers/claims-out.js';
import { listSpeakers, showSpeaker } from './handlers/speakers.js';
import { apiCluster, showCluster } from './handlers/clusters.js';
import { aliasPost, confirmMerge, confirmNotSpeaker, mergePost, moveRecordPost, notSpeakerPost, renamePost } from './handlers/speaker-admin.js';
import { bulkFromList, reviewFromQueue, showQueue } from './handlers/review-queue.js';
import { addRecordPost, adjustSpanPost } from './handlers/record-edit.js';
import { confirmDeleteArticle, deleteArticlePost, listArticlesPage, rerunArticlePost } from './handlers/articles-admin.js';
import { webImportHandlers } from './handlers/web-import.js';
import { fairQueue } from './fair-queue.js';
import { DATABASE_GONE, HttpError, errorHandler } from './http-error.js';
import { escapeHtml, fmt } from './view-format.js';
import { SESSION_TTL_MS, csrf, loadReviewer, requireUser, viewLocals } from './session.js';
import { sessionSecret } from './session-secret.js';
import type { TrustProxy } from './trust-proxy.js';

export interface AppOptions {
  /** The review database: a backend, or an SQLite Store (tests, embedded use), which is wrapped. */
  store: StoreBackend | Store;
  /** Cookie signing secret; default SAIDBY_SESSION_SECRET, else a 0600 file beside the database (session-secret.ts). */
  sessionSecret?: string | undefined;
  /** Replaces the pipeline (tests); runs on the request thread. */
  extract?: ExtractFn | undefined;
  /**
   * Reads added articles (markup to text, extraction) in worker threads within a time budget,
   * so a pathological upload never holds up other requests. Default: one reader per process.
   */
  articleReader?: ArticleReader | undefined;
  /** Largest article accepted by POST /articles, pasted or uploaded (bytes). */
  maxArticleBytes?: number | undefined;
  /** Requests per 15 minutes per client: sign-in attempts, and writes. */
  rateLimits?: { signIn: number; writes: number } | undefined;
  /**
   * Count rate limits in the cluster primary, shared by every worker (`saidby serve --workers`;
   * the primary must run ClusterMemoryStorePrimary). Default: counted in this process.
   */
  sharedRateLimits?: boolean | undefined;
  /**
   * Set the Secure flag on the session cookie. The app speaks plain HTTP, so this needs a TLS
   * proxy in front and `trustProxy` naming it: the proxy's X-Forwarded-Proto tells the app
   * the browser came over HTTPS.
   */
  secureCookies?: boolean | undefined;
  /**
   * Express `trust proxy` (trust-proxy.ts): the proxies whose X-Forwarded-For and
   * X-Forwarded-Proto are believed. It sets req.ip, which the rate limits count by.
   */
  trustProxy?: TrustProxy | undefined;
  /** "Add by address" and watched feeds may fetch from private, loopback and link-local hosts (tests, an intranet). */
  allowPrivateHosts?: boolean | undefined;
  log?: ((line: string) => void) | undefined;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every name a template reads from its locals (render arguments, res.locals, app.locals and
 * include arguments). Templates are compiled without `with (locals)`: inside `with`, each name
 * is a dynamic lookup V8 cannot optimize, and the claims page took 1.5 ms to render instead of
 * 0.3. Each name listed becomes a plain variable (undefined when a page does not pass it); a
 * template reading a name missing here fails with "x is not defined".
 */
export const VIEW_LOCALS = [
  'a', 'aliases', 'article', 'attributions', 'basePath', 'context', 'csrfToken', 'didYouMean', 'duplicate', 'error', 'filterString', 'fmt',
  'hasMore', 'highlighted', 'items', 'matchedSpeakers', 'message', 'name', 'next', 'options', 'page', 'path',
  'query', 'reload', 'reviews', 'speaker', 'speakers', 'stats', 'status', 'title', 'total', 'user', 'values',
  'cards', 'entries', 'listPage', 'notice', 'result', 'suggest', 'quotes', 'claims', 'bulkBar', 'rating',
  'clusters', 'cluster', 'provenance', 'flags', 'statements', 'statement', 'st', 'stale', 'saved', 'searchProblem',
] as const;
const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * The review app, built but not listening: `createApp({ store }).listen(port)` serves it,
 * tests drive it with supertest. Reading is open; every write needs a signed-in reviewer,
 * a CSRF token and stays under a rate limit.
 */
export function createApp(options: AppOptions): Express {
  const reader = options.articleReader ?? sharedArticleReader();
  const replacedExtract = options.extract;
  const store = asBackend(options.store);
  const ctx: AppContext = {
    store,
    // Plain text only has its line ends folded (linear); markup is parsed in a worker.
    toSource: async (content, kind, sourcePath) =>
      kind === '.txt' ? articleFromContent(content, kind, sourcePath) : reader.toSource(content, kind, sourcePath),
    extract: replacedExtract ? async (text) => replacedExtract(text) : (text) => reader.extract(text),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
  const maxArticleBytes = options.maxArticleBytes ?? 2 * 1024 * 1024;
  const limits = options.rateLimits ?? { signIn: 20, writes: 600 };
  // PostgreSQL has no file to keep a secret beside: every server must be given the same one.
  const secret = options.sessionSecret ?? sessionSecret(store.kind === 'postgres' ? 'postgres://' : (store.file ?? ':memory:'));

  const app = express();
  app.set('views', `${ROOT}views`);
  app.set('view engine', 'ejs');
  // Compile each template once (Express only does this by default when NODE_ENV=production);
  // SAIDBY_DEV=1 re-reads them on every request while editing views.
  app.set('view cache', !process.env['SAIDBY_DEV']);
  // Partials are included by absolute path ("/partials/head") under `root`: EJS resolves a
  // relative include with an fs.existsSync call on every render (four per claims page, 5% of
  // its CPU), an absolute one by string alone.
  // rmWhitespace drops each template line's indentation (7% of a claims page); line breaks stay,
  // so text on either side of one is still apart.
  app.set('view options', {
    _with: false,
    destructuredLocals: VIEW_LOCALS,
    escape: escapeHtml,
    root: `${ROOT}views`,
    rmWhitespace: true,
  });
  app.set('query parser', 'simple');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.disable('x-powered-by');
  // No ETag on pages and API answers: Express hashes the whole body (SHA-1) to make one, on
  // every request, and a match only saves the bytes, never the query and the render that
  // came before. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.locals['fmt'] = fmt;

  // First of all: requests are served in arrival order, one per loop turn (see fair-queue.ts).
  app.use(fairQueue());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          'base-uri': ["'none'"],
          'object-src': ["'none'"],
        },
      },
      // Served on plain http on localhost by default: no HSTS or upgrade that would lock it out.
      strictTransportSecurity: options.secureCookies ? undefined : false,
    }),
  );
  app.use('/static', express.static(`${ROOT}public`, { maxAge: '1h', index: false }));
  // Bodies are read on the routes that take one (every POST), not on every page view.
  const bodies: RequestHandler[] = [
    express.urlencoded({ extended: false, limit: maxArticleBytes + 64 * 1024, parameterLimit: 100 }),
    express.json({ limit: maxArticleBytes + 64 * 1024 }),
  ];
  app.use(
    cookieSession({
      name: 'saidby_session',
      keys: [secret],
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies ?? false,
      maxAge: SESSION_TTL_MS,
    }),
  );
  app.use(loadReviewer(store));
  app.use(viewLocals);

  const tooMany = (message: string) => (_req: Request, _res: Response, next: NextFunction) =>
    next(new HttpError(429, message));
  // With workers or several servers, each would otherwise count on its own and let N times the
  // limit through: on PostgreSQL the counts are kept in the database every server shares, else
  // in the cluster primary.
  const shared = (prefix: string) =>
    store instanceof PgBackend
      ? { store: new PgRateLimitStore(store.pool, prefix) }
      : options.sharedRateLimits
        ? { store: new ClusterMemoryStoreWorker({ prefix }) }
        : {};
  const signInLimit = rateLimit({
    ...shared('signin'),
    windowMs: FIFTEEN_MINUTES,
    limit: limits.signIn,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooMany('too many sign-in attempts; wait 15 minutes'),
  });
  const writeLimit = rateLimit({
    ...shared('writes'),
    windowMs: FIFTEEN_MINUTES,
    limit: limits.writes,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooMany('too many changes in a short time; wait a few minutes'),
  });
  const readUpload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxArticleBytes, fieldSize: maxArticleBytes, files: 1, fields: 10, parts: 12 },
  }).single('file');
  // The multipart parser's own complaints ("Unexpected end of form", "Malformed part header")
  // come as plain errors: the body is the client's, so they are a 400, not a server fault.
  const upload: RequestHandler = (req, res, next) =>
    readUpload(req, res, (err?: unknown) =>
      next(err instanceof Error && !(err instanceof MulterError) ? new HttpError(400, `the upload could not be read: ${err.message}`) : err),
    );
  const checkCsrf = csrf.csrfSynchronisedProtection;
  // A write into a database file deleted under the server would seem to succeed and be lost.
  const databaseInPlace: RequestHandler = (_req, _res, next) => {
    store.inPlace().then((inPlace) => next(inPlace ? undefined : new HttpError(503, DATABASE_GONE)), next);
  };

  // A Secure cookie is never set on a plain-http request (the cookies module throws), so
  // sign-in over http could only fail: say why instead.
  const overHttps: RequestHandler = (req, _res, next) =>
    next(
      options.secureCookies && !req.secure
        ? new HttpError(400, 'signing in needs a secure connection: open this site through its https:// address')
        : undefined,
    );

  const web = webImportHandlers({
    fetch: { allowPrivateHosts: options.allowPrivateHosts ?? false },
    readPage: (html, url) => reader.fromPage(html, url),
    // A feed is parsed off the request thread too: a huge or crafted one costs the worker.
    readFeed: (xml) => reader.readFeed(xml),
  });

  const routes: [method: 'get' | 'post', path: string, guards: RequestHandler[], handler: Handler][] = [
    ['get',  '/',                         [],                                           listClaims],
    ['get',  '/api/attributions',         [],                                           apiAttributions],
    ['get',  '/export.csv',               [],                                           exportCsv],
    ['get',  '/export.json',              [],                                           exportJson],
    ['get',  '/feed.atom',                [],                                           claimsFeed],
    ['get',  '/attributions/:id/claimreview.json', [],                                  claimReview],
    ['get',  '/clusters/:id',             [],                                           showCluster],
    ['get',  '/api/clusters/:id',         [],                                           apiCluster],
    ['get',  '/speakers',                 [],                                           listSpeakers],
    ['get',  '/speakers/:id',             [],                                           showSpeaker],
    ['get',  '/speakers/:id/merge',       [requireUser],                                confirmMerge],
    ['post', '/speakers/:id/merge',       [requireUser, writeLimit, checkCsrf],         mergePost],
    ['post', '/speakers/:id/rename',      [requireUser, writeLimit, checkCsrf],         renamePost],
    ['post', '/speakers/:id/aliases',     [requireUser, writeLimit, checkCsrf],         aliasPost],
    ['get',  '/speakers/:id/not-speaker', [requireUser],                                confirmNotSpeaker],
    ['post', '/speakers/:id/not-speaker', [requireUser, writeLimit, checkCsrf],         notSpeakerPost],
    ['post', '/attributions/:id/speaker', [requireUser, writeLimit, checkCsrf],         moveRecordPost],
    ['get',  '/review',                   [],                                           showQueue],
    ['post', '/review/bulk',              [requireUser, writeLimit, checkCsrf],         bulkFromList],
    ['post', '/review/:id',               [requireUser, writeLimit, checkCsrf],         reviewFromQueue],
    ['get',  '/articles',                 [],                                           listArticlesPage],
    ['get',  '/articles/:id/delete',      [requireUser],                                confirmDeleteArticle],
    ['post', '/articles/:id/delete',      [requireUser, writeLimit, checkCsrf],         deleteArticlePost],
    ['post', '/articles/:id/rerun',       [requireUser, writeLimit, checkCsrf],         rerunArticlePost],
    ['post', '/articles/:id/records',     [requireUser, writeLimit, checkCsrf],         addRecordPost],
    ['post', '/attributions/:id/span',    [requireUser, writeLimit, checkCsrf],         adjustSpanPost],
    ['get',  '/articles/new',             [requireUser],                                newArticleForm],
    ['post', '/articles',                 [requireUser, writeLimit, upload, checkCsrf], createArticle],
    ['post', '/articles/fetch',           [requireUser, writeLimit, checkCsrf],         web.fetchArticle],
    ['post', '/articles/:id/details',     [requireUser, writeLimit, checkCsrf],         web.editDetails],
    ['get',  '/feeds',                    [],                                           web.showFeeds],
    ['post', '/feeds',                    [requireUser, writeLimit, checkCsrf],         web.addFeed],
    ['get',  '/articles/:id',             [],                                           showArticle],
    ['get',  '/attributions/:id',         [],                                           showAttribution],
    ['post', '/attributions/:id/review',  [requireUser, writeLimit, checkCsrf],         reviewAttribution],
    ['post', '/attributions/:id/rating',  [requireUser, writeLimit, checkCsrf],         rateClaim],
    ['get',  '/signin',                   [overHttps],                                  signInForm],
    ['post', '/signin',                   [overHttps, signInLimit, checkCsrf],          signIn],
    ['post', '/signout',                  [checkCsrf],                                  signOut],
    ['get',  '/healthz',                  [],                                           health],
  ];
  for (const [method, path, guards, handler] of routes) {
    app[method](path, ...(method === 'post' ? [databaseInPlace, ...bodies] : []), ...guards, (req: Request, res: Response) => handler(ctx, req, res));
  }

  app.use((req: Request, _res: Response, next: NextFunction) => next(new HttpError(404, `no page at ${req.path}`)));
  app.use(errorHandler(ctx.log));
  return app;
}
