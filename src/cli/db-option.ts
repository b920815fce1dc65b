import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import type { StoreBackend } from '../store/backend.js';
import { isPostgresUrl, redactUrl } from '../store/pg/url.js';
import { SqliteBackend } from '../store/sqlite-backend.js';
import { DEFAULT_DB_PATH, Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import { describeFileError } from './read-input.js';

/**
 * `--db FILE|URL`, shared by every command that opens the review database: an SQLite file, or
 * a PostgreSQL server (postgres://…). Default $SAIDBY_DB, else $DATABASE_URL, else
 * data/saidby.db. The help shows where the default comes from, never its value (a URL may
 * hold a password).
 */
export function dbOption(): Option {
  return new Option('--db <file|url>', 'the SQLite database file, or a PostgreSQL server (postgres://user@host/database)').default(
    process.env['SAIDBY_DB'] || process.env['DATABASE_URL'] || DEFAULT_DB_PATH,
    `$SAIDBY_DB, else $DATABASE_URL, else ${DEFAULT_DB_PATH}`,
  );
}

/** The database as a message names it: a file as given, a server's address without its password. */
export function describeDb(location: string): string {
  return isPostgresUrl(location) ? redactUrl(location) : location;
}

/** PostgreSQL's (or the network's) reason a server cannot be used, in words. */
function describePgError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ECONNREFUSED' || code === 'ENOENT') return 'no PostgreSQL server answers there (is it running, and is the host or socket right?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name is not known';
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return 'the server did not answer in time';
  if (code === '28P01' || code === '28000') return `the server refused the sign-in (${message})`;
  if (code === '3D000') return `${message}; create it first (createdb, or CREATE DATABASE with a UTF-8 locale)`;
  if (code === '42501') return `permission denied (${message}); saidby needs to create its tables there`;
  return message;
}

/** SQLite's answer when it cannot use a file, in words (codes from better-sqlite3's SqliteError). */
function describeSqliteError(code: string): string | null {
  if (code === 'SQLITE_NOTADB') return 'it is not a saidby database (not an SQLite file)';
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) return 'the database file is damaged';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'it is read-only (saidby needs to write to it and its folder)';
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_')) return 'cannot create or open it there';
  if (code === 'SQLITE_FULL') return 'no space left on device';
  if (code.startsWith('SQLITE_IOERR')) return 'the disk or file system refused to read or write it';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied';
  return null;
}

/**
 * Opens the review database for a command, or fails with one line (exit 2): bad `--db` is bad
 * input, not a bug. A folder that does not exist is an error (a typo would otherwise grow a
 * tree of folders), except for the default data/saidby.db, whose folder is made so that
 * `npm start` works on a fresh clone. Examples of the lines:
 *   saidby: cannot open database /srv: it is a directory
 *   saidby: cannot open database notes.txt: it is not a saidby database (not an SQLite file)
 *   saidby: cannot open database /data/typo/x.db: the folder /data/typo does not exist
 */
export function openStoreForCli(path: string): Store {
  const fail = (reason: string): CliError => new CliError(`cannot open database ${path}: ${reason}`);
  const folder = dirname(path);
  if (resolve(path) !== resolve(DEFAULT_DB_PATH)) {
    const dir = statSync(folder, { throwIfNoEntry: false });
    if (!dir) throw fail(`the folder ${folder} does not exist`);
    if (!dir.isDirectory()) throw fail(`${folder} is not a folder`);
  }
  const info = statSync(path, { throwIfNoEntry: false });
  if (info?.isDirectory()) throw fail('it is a directory');
  if (info && !info.isFile()) throw fail('it is not a regular file');
  try {
    return Store.open(path);
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    if (code.startsWith('SQLITE_CANTOPEN')) {
      // "unable to open database file" says nothing: ask the file system why.
      const cause = whyNotCreatable(path);
      throw fail(cause ?? describeSqliteError(code) ?? 'cannot open it');
    }
    const reason = describeSqliteError(code) ?? (code.startsWith('E') ? describeFileError(err) : null);
    if (reason !== null) throw fail(reason);
    throw err;
  }
}

/**
 * Opens the review database a command's `--db` names, as the backend the commands work with:
 * PostgreSQL for a postgres:// address (connected, schema brought up to date), else the SQLite
 * file. A server that cannot be used is one line (exit 2), its password never printed:
 *   saidby: cannot open database postgres://saidby:***@db/saidby: no PostgreSQL server answers there (…)
 */
export async function openBackendForCli(location: string): Promise<StoreBackend> {
  if (!isPostgresUrl(location)) return new SqliteBackend(openStoreForCli(location));
  // Loaded only when asked for: an SQLite desk never loads the driver.
  const { PgBackend } = await import('../store/pg/backend.js');
  try {
    return await PgBackend.open(location);
  } catch (err) {
    throw new CliError(`cannot open database ${redactUrl(location)}: ${describePgError(err)}`);
  }
}

/**
 * The file system's reason a new file cannot be made at `path` ("read-only file system",
 * "permission denied"), found by trying: SQLite only says "unable to open database file".
 */
function whyNotCreatable(path: string): string | null {
  try {
    closeSync(openSync(path, 'wx'));
    unlinkSync(path);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return null;
    if (code === 'ENOENT') return 'cannot create a file in that folder';
    return describeFileError(err);
  }
}
