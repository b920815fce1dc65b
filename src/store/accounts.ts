import { createHash, randomBytes } from 'node:crypto';
import { UserExistsError } from './errors.js';
import { UserRow, UserSummaryRow } from './rows.js';
import type { SqliteConn } from './sqlite-sql.js';

// Reviewers and their sessions on SQLite: only a session id's hash is stored.

export function addUser(c: SqliteConn, name: string, passwordHash: string): UserRow {
  const run = c.db.transaction(() => {
    if (getUser(c, name)) throw new UserExistsError(`user "${name}" already exists`);
    c.sql('INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)')
      .run(name, passwordHash, new Date().toISOString());
    return getUser(c, name) as UserRow;
  });
  return run.immediate();
}

export function getUser(c: SqliteConn, name: string): UserRow | null {
  const row = c.sql('SELECT id, name, password_hash AS passwordHash, created_at AS createdAt FROM users WHERE name = ?')
    .get(name);
  return row ? UserRow.parse(row) : null;
}

/** Every reviewer, by name, with how many sessions each has open now. */
export function listUsers(c: SqliteConn, now = Date.now()): UserSummaryRow[] {
  return c.sql(
      `SELECT u.name, u.created_at AS createdAt,
         (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS sessions
       FROM users u ORDER BY u.name`,
    )
    .all(now)
    .map((r) => UserSummaryRow.parse(r));
}

/** Removes a reviewer and ends their sessions (their reviews stay in the audit log); false when unknown. */
export function removeUser(c: SqliteConn, name: string): boolean {
  return c.sql('DELETE FROM users WHERE name = ?').run(name).changes === 1;
}

/** A new password hash for a reviewer, ending every session they had open; false when unknown. */
export function setPassword(c: SqliteConn, name: string, passwordHash: string): boolean {
  const run = c.db.transaction(() => {
    const user = getUser(c, name);
    if (!user) return false;
    c.sql('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, user.id);
    c.sql('DELETE FROM sessions WHERE user_id = ?').run(user.id);
    return true;
  });
  return run.immediate();
}

/**
 * Opens a session for a reviewer until `now + ttlMs`; returns its id for the cookie. Only the
 * id's hash is stored. Sessions already expired are cleared on the way.
 */
export function createSession(c: SqliteConn, userId: number, ttlMs: number, now = Date.now()): string {
  const id = randomBytes(32).toString('base64url');
  const run = c.db.transaction(() => {
    c.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now);
    c.sql('INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(sessionHash(id), userId, new Date(now).toISOString(), now + ttlMs);
  });
  run.immediate();
  return id;
}

/** The reviewer signed in by a session id, or null when the session ended, expired or its user is gone. */
export function sessionUser(c: SqliteConn, id: string, now = Date.now()): string | null {
  const name: unknown = c.sql(
      `SELECT u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?`,
      'pluck',
    )
    .get(sessionHash(id), now);
  return typeof name === 'string' ? name : null;
}

/** Ends one session (sign-out). */
export function deleteSession(c: SqliteConn, id: string): void {
  c.sql('DELETE FROM sessions WHERE id_hash = ?').run(sessionHash(id));
}

/** What is stored of a session id: its SHA-256, so a copy of the sessions table signs no one in. */
export function sessionHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
