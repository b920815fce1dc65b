import cluster from 'node:cluster';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import type { AddressInfo } from 'node:net';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { createApp } from '../web/app.js';
import { CliError } from './cli-error.js';
import { dbOption, openStoreForCli } from './db-option.js';

const ServeOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  workers: z.coerce.number().int().min(1).max(64).default(1),
  host: z.string().min(1),
  db: z.string().min(1),
  secureCookies: z.boolean().default(false),
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
  if (options.workers > 1 && cluster.isPrimary) return runPrimary(options.db, options.workers, options);
  const store = openStoreForCli(options.db);
  const app = createApp({ store, secureCookies: options.secureCookies, sharedRateLimits: cluster.isWorker });
  await new Promise<void>((resolve, reject) => {
    const server = app.listen(options.port, options.host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      store.close();
      reject(new CliError(err.code === 'EADDRINUSE' ? `port ${options.port} is already in use (try --port 0 for any free port)` : `cannot listen: ${err.message}`));
    });
    server.once('listening', () => {
      if (cluster.isWorker) return;
      const { port } = server.address() as AddressInfo;
      process.stdout.write(`saidby: serving ${options.db} at ${url(options.host, port)} (Ctrl-C to stop)\n`);
    });
    const stop = (): void => {
      server.close(() => {
        store.close();
        resolve();
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

function url(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/**
 * `--workers N`: N processes share the port (node:cluster) and the database (SQLite WAL lets
 * them read at once; writes queue on the file lock). The primary migrates the database and
 * makes the session secret before forking, so workers never race on either. Rate limits are
 * counted here, in the primary, for all workers (ClusterMemoryStorePrimary), so N workers do
 * not let N times the limit through.
 */
async function runPrimary(db: string, workers: number, options: { host: string; port: number }): Promise<void> {
  if (options.port === 0) throw new CliError('--workers needs a fixed --port (workers must share it)');
  const store = openStoreForCli(db);
  store.sessionSecret();
  store.close();
  new ClusterMemoryStorePrimary().init();
  for (let i = 0; i < workers; i++) cluster.fork();
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) {
      process.stdout.write(`saidby: serving ${db} at ${url(options.host, options.port)} with ${workers} workers (Ctrl-C to stop)\n`);
    }
  });
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    };
    cluster.on('exit', (worker, code) => {
      if (!stopping) {
        process.stderr.write(`saidby: worker ${worker.process.pid} exited (${code}); stopping\n`);
        process.exitCode = 70;
        stop();
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
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
    .option('--secure-cookies', 'mark the session cookie Secure (when served behind HTTPS)', false)
    .addHelpText(
      'after',
      `
Reading is open to anyone who can reach the address; changes need a reviewer
account (saidby user add NAME). The session cookie is signed with
SAIDBY_SESSION_SECRET, or with a random secret kept in the database.

Examples:
  $ saidby ingest data/samples && saidby serve
  $ saidby serve --port 8080 --db /srv/saidby.db`,
    )
    .action(async (options: Record<string, unknown>) => runServe(options));
}
