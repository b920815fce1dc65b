import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { isPostgresUrl, redactUrl } from '../store/pg/url.js';
import { CliError } from './cli-error.js';
import { openBackendForCli, openStoreForCli } from './db-option.js';

/** The tables whose rows make a desk: a database holding any of them is not empty. */
const DESK_TABLES = ['articles', 'speakers', 'users', 'feeds'] as const;

/**
 * `saidby copy FILE --to postgres://…`: moves a desk from one SQLite file to an empty PostgreSQL
 * database, ids, reviews, reviewers and clusters with it, in one transaction (all or nothing).
 * A database that already holds a desk is refused, so nothing there is overwritten or mixed.
 */
export async function runCopy(file: string, options: { to?: string | undefined }): Promise<Record<string, number>> {
  const to = options.to ?? process.env['DATABASE_URL'];
  if (!to) throw new CliError('say where to copy to: --to postgres://USER@HOST/DATABASE (or set $DATABASE_URL)');
  if (!isPostgresUrl(to)) throw new CliError(`--to must be a PostgreSQL address (postgres://…), not ${to}`);
  if (isPostgresUrl(file)) throw new CliError(`the desk to copy is an SQLite file, not ${redactUrl(file)}`);
  if (!existsSync(file)) throw new CliError(`cannot open database ${file}: no such file`);
  const sqlite = openStoreForCli(file);
  try {
    const target = await openBackendForCli(to);
    if (target.kind !== 'postgres') throw new CliError(`--to must be a PostgreSQL address, not ${redactUrl(to)}`);
    const { PgBackend } = await import('../store/pg/backend.js');
    const { copyFromSqlite } = await import('../store/pg/copy-from-sqlite.js');
    const pg = target as InstanceType<typeof PgBackend>;
    try {
      const counts = await pg.pool.query<Record<string, number>>(`SELECT ${DESK_TABLES.map((t) => `(SELECT count(*) FROM ${t})::integer AS ${t}`).join(', ')}`);
      const held = Object.entries(counts.rows[0] ?? {}).filter(([, n]) => n > 0);
      if (held.length > 0) {
        throw new CliError(
          `${redactUrl(to)} already holds a desk (${held.map(([t, n]) => `${n} ${t}`).join(', ')}): copy into an empty database`,
        );
      }
      process.stderr.write(`saidby: copying ${file} to ${redactUrl(to)} in one transaction (about five minutes per million attributions)…\n`);
      const started = Date.now();
      const copied = await copyFromSqlite(sqlite.db, pg.pool);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `copied ${copied['articles'] ?? 0} articles, ${copied['attributions'] ?? 0} attributions, ${copied['speakers'] ?? 0} speakers, ` +
          `${copied['reviews'] ?? 0} reviews and ${copied['users'] ?? 0} reviewers in ${seconds} s -> ${redactUrl(to)}\n`,
      );
      return copied;
    } finally {
      await target.close();
    }
  } finally {
    sqlite.close();
  }
}

export function register(program: Command): void {
  program
    .command('copy')
    .description('copy a desk from an SQLite file into an empty PostgreSQL database (for several app servers)')
    .argument('<file>', 'the SQLite database to copy (e.g. data/saidby.db); its records are left as they are')
    .option('--to <url>', 'the PostgreSQL database: postgres://USER@HOST/DATABASE (default: $DATABASE_URL)')
    .addHelpText(
      'after',
      `
Everything is copied with its ids (articles, records, speakers, reviews and their history,
reviewers and sessions, watched feeds, ratings, clusters) in one transaction: if anything
fails, the PostgreSQL database is left as it was. It must hold no desk yet; saidby creates
its tables there. See docs/deployment.md.

Example:
  $ saidby copy data/saidby.db --to postgres://saidby@db.internal/saidby`,
    )
    .action(async (file: string, options: { to?: string }) => {
      await runCopy(file, options);
    });
}
