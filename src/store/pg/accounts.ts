import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { sessionHash } from '../accounts.js';
import { UserExistsError } from '../errors.js';
import { UserRow, UserSummaryRow } from '../rows.js';
import { inTransaction } from './transaction.js';

// Reviewers and their sessions on PostgreSQL, as accounts.ts keeps them on SQLite: the same
// rows, only a session id's hash stored. Every app server on the database sees a session made
// on any of them, and its end.

const UNIQUE_VIOLATION = '23505';

export async function addUser(pool: pg.Pool, name: string, passwordHash: string): Promise<UserRow> {
  try {
    const { rows } = await pool.query(
      `INSERT INTO users (name, password_hash, created_at) VALUES ($1, $2, $3)
       RETURNING id, name, password_hash AS "passwordHash", created_at AS "createdAt"`,
      [name, passwordHash, new Date().toISOString()],
    );
    return UserRow.parse(rows[0]);
  } catch (err) {
    // Two servers adding the same name at once: the unique index decides, as the check would.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new UserExistsError(`user "${name}" already exists`);
    throw err;
  }
}

export async function getUser(pool: pg.Pool, name: string): Promise<UserRow | null> {
  const { rows } = await pool.query(
    'SELECT id, name, password_hash AS "passwordHash", created_at AS "createdAt" FROM users WHERE name = $1',
    [name],
  );
  return rows[0] ? UserRow.parse(rows[0]) : null;
}

/** Every reviewer, by name, with how many sessions each has open now. */
export async function listUsers(pool: pg.Pool, now = Date.now()): Promise<UserSummaryRow[]> {
  const { rows } = await pool.query(
    `SELECT u.name, u.created_at AS "createdAt",
       (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > $1)::integer AS sessions
     FROM users u ORDER BY u.name COLLATE "C"`,
    [now],
  );
  return rows.map((r) => UserSummaryRow.parse(r));
}

/** Removes a reviewer and ends their sessions (ON DELETE CASCADE); false when unknown. */
export async function removeUser(pool: pg.Pool, name: string): Promise<boolean> {
  return ((await pool.query('DELETE FROM users WHERE name = $1', [name])).rowCount ?? 0) === 1;
}

/** A new password hash for a reviewer, ending every session they had open; false when unknown. */
export function setPassword(pool: pg.Pool, name: string, passwordHash: string): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: number }>('UPDATE users SET password_hash = $1 WHERE name = $2 RETURNING id', [passwordHash, name]);
    const user = rows[0];
    if (!user) return false;
    await client.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    return true;
  });
}

/** Opens a session until `now + ttlMs` and answers its id for the cookie; expired sessions are cleared on the way. */
export async function createSession(pool: pg.Pool, userId: number, ttlMs: number, now = Date.now()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await inTransaction(pool, async (client) => {
    await client.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
    await client.query('INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      sessionHash(id),
      userId,
      new Date(now).toISOString(),
      now + ttlMs,
    ]);
  });
  return id;
}

/** The reviewer signed in by a session id, or null when the session ended, expired or its user is gone. */
export async function sessionUser(pool: pg.Pool, id: string, now = Date.now()): Promise<string | null> {
  const { rows } = await pool.query<{ name: string }>(
    'SELECT u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2',
    [sessionHash(id), now],
  );
  return rows[0]?.name ?? null;
}

/** Ends one session (sign-out). */
export async function deleteSession(pool: pg.Pool, id: string): Promise<void> {
  await pool.query('DELETE FROM sessions WHERE id_hash = $1', [sessionHash(id)]);
}
