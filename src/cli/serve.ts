import cluster from 'node:cluster';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import type { AddressInfo } from 'node:net';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { createApp } from '../web/app.js';
import { SessionSecretError, sessionSecret } from '../web/session-secret.js';
import { TrustProxyError, parseTrustProxy, type TrustProxy } from '../web/trust-proxy.js';
import { CliError } from './cli-error.js';
import { afterCrash, recentCrashes } from './restart-policy.js';
import { dbOption, describeDb, openBackendForCli } from './db-option.js';

const ServeOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  workers: z.coerce.number().int().min(1).max(64).default(1),
  host: z.string().min(1),
  db: z.string().min(1),
  secureCookies: z.boolean().default(false),
  allowPrivateHosts: z.boolean().default(false),
  trustProxy: z.string().optional(),
});

/**
 * `saidby serve`: the review app on HOST:PORT until interrupted. An empty or new database
 * serves too (an empty list). Prints the URL on stdout once listening.
 */
export async function runServe(raw: unknown): Promise<void> {
  const parsed = ServeOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`bad option --${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const options = parsed.data;
  const trustProxy = proxySetting(options.trustProxy);
  if (options.secureCookies && trustProxy === undefined) {
    throw new CliError('--secure-cookies needs --trust-proxy: saidby speaks plain http, so only a TLS proxy in front of it can tell that the browser used https');
  }
  if (options.workers > 1 && cluster.isPrimary) return runPrimary(options.db, options.workers, options);
  // the database first: a bad --db is reported as such, before a secret file is made beside it
  const store = await openBackendForCli(options.db);
  let secret: string;
  try {
    secret = cookieSecret(options.db);
  } catch (err) {
    // A pool of connections to PostgreSQL would keep the process waiting.
    await store.close();
    throw err;
  }
  const app = createApp({
    store,
    sessionSecret: secret,
    secureCookies: options.secureCookies,
    allowPrivateHosts: options.allowPrivateHosts,
    trustProxy,
    sharedRateLimits: cluster.isWorker,
  });
  await new Promise<void>((resolve, reject) => {
    const server = app.listen(options.port, options.host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      void store.close();
      reject(new CliError(err.code === 'EADDRINUSE' ? `port ${options.port} is already in use (try --port 0 for any free port)` : `cannot listen: ${err.message}`));
    });
    server.once('listening', () => {
      if (cluster.isWorker) return;
      const { port } = server.address() as AddressInfo;
      process.stdout.write(`saidby: serving ${describeDb(options.db)} at ${url(options.host, port)} (Ctrl-C to stop)\n`);
    });
    const stop = (): void => {
      server.close(() => {
        store.close().then(resolve, reject);
      });
      // Keep-alive sockets would hold close() open: end them.
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // A cluster worker stays alive while its channel to the primary is open.
  if (cluster.isWorker) cluster.worker?.disconnect();
}

function proxySetting(value: string | undefined): TrustProxy | undefined {
  if (value === undefined) return undefined;
  try {
    return parseTrustProxy(value);
  } catch (err) {
    if (err instanceof TrustProxyError) throw new CliError(`bad option --trust-proxy: ${err.message}`);
    throw err;
  }
}

/** The session secret (session-secret.ts), its faults as one line for the terminal. */
function cookieSecret(db: string): string {
  try {
    return sessionSecret(db);
  } catch (err) {
    if (err instanceof SessionSecretError) throw new CliError(err.message);
    throw err;
  }
}

function url(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/**
 * `--workers N`: N processes share the port (node:cluster) and the database (SQLite WAL lets
 * them read at once; writes queue on the file lock). The primary migrates the database and
 * makes the session secret file before forking, so workers never race on either. Rate limits
 * are counted here, in the primary, for all workers (ClusterMemoryStorePrimary), so N workers
 * do not let N times the limit through, and a restarted worker does not reset them. A worker
 * that dies is restarted after a back-off; repeated crashes stop the server (restart-policy.ts).
 */
async function runPrimary(db: string, workers: number, options: { host: string; port: number }): Promise<void> {
  if (options.port === 0) throw new CliError('--workers needs a fixed --port (workers must share it)');
  await (await openBackendForCli(db)).close();
  cookieSecret(db);
  new ClusterMemoryStorePrimary().init();
  for (let i = 0; i < workers; i++) cluster.fork();
  const log = (line: string): void => void process.stderr.write(`saidby: ${line}\n`);
  const restarted = new Set<number>();
  let listening = 0;
  cluster.on('listening', (worker) => {
    if (restarted.delete(worker.id)) log(`worker ${worker.process.pid} restarted and serving`);
    // Counted once per worker that ever listened: a replacement for a worker that died before
    // listening completes the count.
    if (++listening === workers) {
      process.stdout.write(`saidby: serving ${describeDb(db)} at ${url(options.host, options.port)} with ${workers} workers (Ctrl-C to stop)\n`);
    }
  });
  await new Promise<void>((resolve) => {
    let stopping = false;
    let crashes: number[] = [];
    const pending = new Set<NodeJS.Timeout>();
    const noneLeft = (): boolean => Object.keys(cluster.workers ?? {}).length === 0;
    const stop = (): void => {
      stopping = true;
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      if (noneLeft()) resolve();
    };
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) {
        if (noneLeft()) resolve();
        return;
      }
      const now = Date.now();
      crashes = [...crashes, now];
      const next = afterCrash(crashes, now);
      crashes = recentCrashes(crashes, now);
      const how = signal ? `was killed (${signal})` : `exited (${code})`;
      if (next.action === 'stop') {
        log(`worker ${worker.process.pid} ${how}; ${next.crashes} crashes within a minute, stopping the server`);
        process.exitCode = 70;
        stop();
        return;
      }
      log(`worker ${worker.process.pid} ${how}; restarting it in ${next.delayMs} ms`);
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (!stopping) restarted.add(cluster.fork().id);
      }, next.delayMs);
      pending.add(timer);
    });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the review app (claims list, speakers, articles, review, CSV export)')
    .addOption(new Option('-p, --port <port>', 'TCP port (0 = any free port)').default('3000').env('PORT'))
    .option('--host <host>', 'address to listen on (0.0.0.0 to allow other machines)', '127.0.0.1')
    .option('-w, --workers <n>', 'processes serving in parallel (one per CPU core is the most useful)', '1')
    .addOption(dbOption())
    .option('--secure-cookies', 'mark the session cookie Secure (behind an HTTPS proxy; needs --trust-proxy)', false)
    .option('--allow-private-hosts', '"Add by address" and watched feeds may fetch from private, loopback and link-local hosts (an intranet)', false)
    .option(
      '--trust-proxy <proxies>',
      'believe X-Forwarded-For/-Proto from these proxies: a number of hops (1), loopback, or addresses and subnets (10.0.0.1,10.0.0.0/8)',
    )
    .addHelpText(
      'after',
      `
Reading is open to anyone who can reach the address; changes need a reviewer
account (saidby user add NAME). The session cookie is signed with
SAIDBY_SESSION_SECRET (at least 32 characters) when set, else with a random
secret kept in a private file beside the database (DB.session-secret, mode 0600).

With a PostgreSQL database (--db postgres://…, or DATABASE_URL), several servers
on several machines can share it: SAIDBY_SESSION_SECRET is then required, the
same on every server, and the rate limits are counted in the database.

Behind a TLS proxy (nginx, Caddy) on the same machine, --trust-proxy loopback
makes the proxy's X-Forwarded-For the client address (rate limits count by it)
and its X-Forwarded-Proto: https lets the Secure cookie through. "true" (trust
any hop) is refused: any client could then pick its own address.

Examples:
  $ saidby ingest data/samples && saidby serve
  $ saidby serve --port 8080 --db /srv/saidby.db
  $ saidby serve --trust-proxy loopback --secure-cookies --workers 2
  $ saidby serve --db postgres://saidby@db.internal/saidby --host 0.0.0.0 --trust-proxy 10.0.0.5 --secure-cookies`,
    )
    .action(async (options: Record<string, unknown>) => runServe(options));
}
