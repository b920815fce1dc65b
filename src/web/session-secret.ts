import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { isPostgresUrl } from '../store/pg/url.js';

/** The secret is missing, too short or readable by others: a configuration fault, said in one line. */
export class SessionSecretError extends Error {
  override readonly name = 'SessionSecretError';
}

const Secret = z.string().trim().min(32);

/** Where the cookie-signing secret of a database file lives when no environment variable gives it. */
export function sessionSecretPath(dbPath: string): string {
  return `${dbPath}.session-secret`;
}

/**
 * The cookie-signing secret: SAIDBY_SESSION_SECRET when set (at least 32 characters), else the
 * file beside the database (`saidby.db.session-secret`, mode 0600), made at random on first use.
 * Never inside the database: whoever can read the database could then sign anyone's cookie.
 * An in-memory database gets a random secret for the life of the process.
 */
export function sessionSecret(dbPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['SAIDBY_SESSION_SECRET'];
  if (fromEnv !== undefined) {
    const parsed = Secret.safeParse(fromEnv);
    if (!parsed.success) throw new SessionSecretError('SAIDBY_SESSION_SECRET is too short: use at least 32 random characters');
    return parsed.data;
  }
  // Servers on one PostgreSQL database may run on several machines: a file beside the
  // database does not exist, and a secret made per server would sign cookies the others refuse.
  if (isPostgresUrl(dbPath)) {
    throw new SessionSecretError(
      'with a PostgreSQL database, set SAIDBY_SESSION_SECRET (at least 32 random characters, e.g. from `openssl rand -hex 32`) to the same value on every app server',
    );
  }
  if (dbPath === ':memory:') return randomBytes(32).toString('hex');
  const path = sessionSecretPath(dbPath);
  return readSecretFile(path) ?? createSecretFile(path);
}

function readSecretFile(path: string): string | null {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if ((mode & 0o077) !== 0) {
    throw new SessionSecretError(`${path} is readable by other users; make it private (chmod 600 ${path})`);
  }
  const parsed = Secret.safeParse(readFileSync(path, 'utf8'));
  if (!parsed.success) throw new SessionSecretError(`${path} does not hold a secret of at least 32 characters; delete it to make a new one`);
  return parsed.data;
}

/**
 * Writes a new secret to a private temporary file and links it into place: link fails when the
 * file exists, so two processes starting at once (serve --workers) end up with the same secret,
 * and no one ever reads a half-written file.
 */
function createSecretFile(path: string): string {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(temp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(temp);
  }
  const secret = readSecretFile(path);
  if (secret === null) throw new SessionSecretError(`${path} vanished while it was being made`);
  return secret;
}
