import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli, SAMPLE } from './run-cli.js';

// A bad --db is bad input: one line `saidby: cannot open database X: reason` and exit 2, for
// every command that opens the database, never an internal error (70) or a folder made for it.

const dir = mkdtempSync(join(tmpdir(), 'saidby-db-'));
afterAll(() => {
  chmodSync(join(dir, 'locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const folder = join(dir, 'a-folder');
mkdirSync(folder);
const notADatabase = join(dir, 'notes.db');
writeFileSync(notADatabase, 'These are notes, not a database. '.repeat(100));
const missingFolder = join(dir, 'no-such-folder', 'x.db');
mkdirSync(join(dir, 'locked'));
chmodSync(join(dir, 'locked'), 0o555);
const isRoot = process.getuid?.() === 0;
// Root may write into a 0555 folder; sysfs refuses new files even to root.
const unwritable = isRoot ? '/sys/saidby-test.db' : join(dir, 'locked', 'x.db');

/** Each command that opens the database, with the rest of its arguments. */
const commands: [name: string, args: (db: string) => string[]][] = [
  ['ingest', (db) => ['ingest', SAMPLE, '--db', db]],
  ['export', (db) => ['export', '--db', db]],
  ['user add', (db) => ['user', 'add', 'ana', '--db', db]],
  ['serve', (db) => ['serve', '--port', '0', '--db', db]],
];

const cases: [what: string, db: string, reason: string][] = [
  ['a directory', folder, 'it is a directory'],
  ['a file that is not a database', notADatabase, 'it is not a saidby database (not an SQLite file)'],
  ['a path in a folder that does not exist', missingFolder, `the folder ${dirname(missingFolder)} does not exist`],
];

describe('saidby refuses a bad --db with one line and exit 2', () => {
  for (const [command, args] of commands) {
    it.each(cases)(`${command}: %s`, async (_what, db, reason) => {
      if (command === 'export' && db === missingFolder) return; // export has its own "no database at" line, below
      const run = await runCli(args(db), { input: 'a long enough password\n', killAfterMs: 20_000 });
      expect(run.stderr).toBe(`saidby: cannot open database ${db}: ${reason}\n`);
      expect(run.status).toBe(2);
    });
  }

  it('a folder that does not exist is not created', async () => {
    await runCli(['ingest', SAMPLE, '--db', missingFolder]);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('export names a database that is not there', async () => {
    const run = await runCli(['export', '--db', missingFolder]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^saidby: no database at .*x\.db/);
  });

  it.runIf(existsSync(isRoot ? '/sys' : dir))('a place where no file can be created', async () => {
    const run = await runCli(['ingest', SAMPLE, '--db', unwritable]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^saidby: cannot open database .*x?\.db: (permission denied|read-only file system|cannot create a file in that folder)\n$/);
  });

  it('the default data/saidby.db gets its folder made, so `npm start` works on a fresh clone', () => {
    const clone = mkdtempSync(join(dir, 'clone-'));
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['SAIDBY_DB'];
    const run = spawnSync(process.execPath, [CLI, 'ingest', SAMPLE], { cwd: clone, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(clone, 'data', 'saidby.db'))).toBe(true);
  });
});
