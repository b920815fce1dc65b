import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Where Debian puts the PostgreSQL server programs (one folder per major version). */
const DEBIAN_PG_ROOT = '/usr/lib/postgresql';

export const PG_INSTALL_HINT = 'install it (apt-get install postgresql) or set SAIDBY_PG_BIN to the folder holding initdb and pg_ctl';

/**
 * The folder of initdb and pg_ctl: $SAIDBY_PG_BIN when set, else the newest of Debian's
 * /usr/lib/postgresql/N/bin; null when there is none. A folder named in the environment that
 * lacks them is reported (null), never silently replaced by another.
 */
export function findPgBin(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  versions: () => string[] = () => (existsSync(DEBIAN_PG_ROOT) ? readdirSync(DEBIAN_PG_ROOT) : []),
): string | null {
  const hasTools = (dir: string): boolean => exists(join(dir, 'initdb')) && exists(join(dir, 'pg_ctl'));
  const chosen = env['SAIDBY_PG_BIN'];
  if (chosen) return hasTools(chosen) ? chosen : null;
  const newestFirst = versions()
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of newestFirst) {
    const dir = join(DEBIAN_PG_ROOT, version, 'bin');
    if (hasTools(dir)) return dir;
  }
  return null;
}

/**
 * The PostgreSQL programs for a test file, or null to skip it. Without them a developer's
 * `npm test` skips the PostgreSQL tests with one line saying how to get them; under CI=true
 * a missing PostgreSQL is a failure (throws), so CI cannot pass by testing one backend.
 */
export function pgForTests(
  env: Record<string, string | undefined> = process.env,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  find: () => string | null = () => findPgBin(env),
): string | null {
  const found = find();
  if (found !== null) return found;
  const where = env['SAIDBY_PG_BIN'] || `${DEBIAN_PG_ROOT}/N/bin`;
  if (env['CI'] === 'true') throw new Error(`the PostgreSQL tests need PostgreSQL, not found at ${where}: ${PG_INSTALL_HINT}`);
  warn(`skipping the PostgreSQL tests: no PostgreSQL at ${where}; ${PG_INSTALL_HINT}`);
  return null;
}

/** A PostgreSQL server of its own for a test run, on a Unix socket in a temporary folder. */
export interface TestCluster {
  /** A connection string for `pg` (postgres://saidby@/saidby?host=SOCKET_DIR). */
  url: string;
  /** The folder of the socket (and the data). */
  dir: string;
  /** Makes another empty database on this server and answers its connection string. */
  createDatabase(name: string): string;
  /** Stops the server (fast shutdown) and removes its folder; safe to call twice. */
  stop(): void;
}

/** The server refuses to run as root: under root the cluster belongs to this account. */
const UNPRIVILEGED = 'postgres';

/**
 * Starts a throw-away cluster: initdb in a new temporary folder (trust authentication, UTF-8,
 * the C.UTF-8 locale, whose character classes the full-text parser needs), then pg_ctl with no TCP listener at all, only a Unix socket in that folder,
 * so parallel runs never compete for a port and nothing outside this machine's user can
 * connect. As root (CI, this container) the server runs as the `postgres` account Debian's
 * package creates, since PostgreSQL refuses root. Takes about two seconds.
 */
export function startTestCluster(bin: string): TestCluster {
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'saidby-pg-'));
  const data = join(dir, 'data');
  const run = (program: string, args: string[]): void => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', UNPRIVILEGED, '--', join(bin, program), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      throw new Error(`${program} failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || '').trim().slice(-2000)}`);
    }
  };
  if (asRoot) {
    const pgUser = spawnSync('id', ['-u', UNPRIVILEGED], { encoding: 'utf8' });
    if (pgUser.status !== 0) throw new Error(`running as root, PostgreSQL needs the "${UNPRIVILEGED}" account (made by apt-get install postgresql)`);
    const uid = Number(pgUser.stdout.trim());
    const gid = Number(execFileSync('id', ['-g', UNPRIVILEGED], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already gone: the folder goes anyway
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'saidby', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // fsync off: a throw-away cluster needs no durability, and the tests run faster.
    const options = `-c listen_addresses='' -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    started = true;
    const psql = (sql: string): void => {
      const args = ['-h', dir, '-U', 'saidby', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql];
      const result = spawnSync(join(bin, 'psql'), args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`psql failed: ${result.stderr.trim()}`);
    };
    psql('CREATE DATABASE saidby');
    const urlOf = (database: string): string => `postgres://saidby@/${database}?host=${encodeURIComponent(dir)}`;
    return {
      url: urlOf('saidby'),
      dir,
      createDatabase(name: string): string {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        psql(`CREATE DATABASE ${name}`);
        return urlOf(name);
      },
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
