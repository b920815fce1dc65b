import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import type { StoreBackend } from '../store/backend.js';
import { SqliteBackend } from '../store/sqlite-backend.js';
import { DEFAULT_DB_PATH, Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import { describeFileError } from './read-input.js';

/** `--db FILE`, shared by every command that opens the review database. */
export function dbOption(): Option {
  return new Option('--db <file>', 'the SQLite database file').default(process.env['SAIDBY_DB'] ?? DEFAULT_DB_PATH);
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

/** Opens the review database a command's `--db` names, as the backend the commands work with. */
export async function openBackendForCli(location: string): Promise<StoreBackend> {
  return new SqliteBackend(openStoreForCli(location));
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
