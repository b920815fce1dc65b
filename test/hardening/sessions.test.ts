import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { SessionSecretError, sessionSecret, sessionSecretPath } from '../../src/web/session-secret.js';
import { runCli } from '../cli/run-cli.js';
import { makeHarness, PASSWORD, type Harness } from '../web/app-harness.js';
import { signInByHand } from './cookie-client.js';

// Sessions live in the database and are checked on every request, so a copied cookie dies with
// its session; the cookie-signing secret lives outside the database, so reading the database
// is not enough to sign a cookie; database files are private to their owner.

let h: Harness;
afterEach(() => h?.close());

/** A review posted with a copied cookie: the status, and whether it was stored. */
async function reviewWith(cookie: string, token: string): Promise<number> {
  const res = await request(h.app)
    .post('/attributions/1/review')
    .set('Accept', 'application/json')
    .set('Cookie', cookie)
    .set('x-csrf-token', token)
    .send({ action: 'confirm', version: 1 });
  return res.status;
}

describe('ending sessions', () => {
  it('a signed-in cookie saves a review (the control for the rows below)', async () => {
    h = await makeHarness();
    const { cookie, token } = await signInByHand(h.app);
    expect(await reviewWith(cookie, token)).toBe(200);
  });

  it.each([
    ['after sign-out, a cookie copied before it', async (cookie: string, token: string) => {
      const out = await request(h.app).post('/signout').set('Cookie', cookie).type('form').send({ _csrf: token });
      expect(out.status).toBe(303);
    }],
    ['after `user remove`, the removed reviewer’s cookie', async () => {
      expect(h.store.removeUser('ana')).toBe(true);
    }],
    ['after `user passwd`, a cookie from before the change', async () => {
      expect(h.store.setPassword('ana', await hashPassword('a brand new password'))).toBe(true);
    }],
    ['once its session has expired, a cookie', async () => {
      h.store.db.prepare('UPDATE sessions SET expires_at = ?').run(Date.now() - 1);
    }],
  ])('%s cannot save a review', async (_when, end) => {
    h = await makeHarness();
    const { cookie, token } = await signInByHand(h.app);
    await end(cookie, token);
    expect(await reviewWith(cookie, token)).toBe(401);
    expect(h.store.reviews(1)).toHaveLength(0);
    // and the pages no longer show the reviewer as signed in
    const page = await request(h.app).get('/').set('Cookie', cookie);
    expect(page.text).not.toMatch(/Sign out/i);
  });

  it('signing out one browser leaves the same reviewer’s other session signed in', async () => {
    h = await makeHarness();
    const first = await signInByHand(h.app);
    const second = await signInByHand(h.app);
    await request(h.app).post('/signout').set('Cookie', first.cookie).type('form').send({ _csrf: first.token });
    expect(await reviewWith(second.cookie, second.token)).toBe(200);
  });

  it('the sessions table holds no usable session id and the settings no secret', async () => {
    h = await makeHarness();
    const { cookie } = await signInByHand(h.app);
    const rows = h.store.db.prepare('SELECT id_hash FROM sessions').pluck().all() as string[];
    expect(rows).toHaveLength(1);
    const cookieValue = decodeURIComponent(/saidby_session=([^;]+)/.exec(cookie)?.[1] ?? '');
    const sid = (JSON.parse(Buffer.from(cookieValue, 'base64').toString('utf8')) as { sid: string }).sid;
    expect(sid).toMatch(/^[\w-]{43}$/);
    expect(rows[0]).not.toContain(sid);
    expect(h.store.db.prepare("SELECT count(*) FROM settings WHERE key = 'session_secret'").pluck().get()).toBe(0);
  });
});

describe('the cookie-signing secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saidby-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once in a 0600 file beside the database and read back by the next process', () => {
    const db = join(dir, 'x.db');
    const secret = sessionSecret(db, {});
    expect(sessionSecretPath(db)).toBe(`${db}.session-secret`);
    expect(statSync(sessionSecretPath(db)).mode & 0o777).toBe(0o600);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionSecret(db, {})).toBe(secret);
  });

  it('comes from SAIDBY_SESSION_SECRET when it is set, and no file is made', () => {
    const db = join(dir, 'x.db');
    expect(sessionSecret(db, { SAIDBY_SESSION_SECRET: 's'.repeat(40) })).toBe('s'.repeat(40));
    expect(existsSync(sessionSecretPath(db))).toBe(false);
  });

  it.each([
    ['a short SAIDBY_SESSION_SECRET', { SAIDBY_SESSION_SECRET: 'short' }, null, /at least 32/],
    ['a secret file others can read', {}, 0o644, /readable by other users/],
  ])('%s is refused with a reason', (_what, env, fileMode, reason) => {
    const db = join(dir, 'x.db');
    if (fileMode !== null) writeFileSync(sessionSecretPath(db), 'x'.repeat(64), { mode: fileMode });
    expect(() => sessionSecret(db, env)).toThrow(SessionSecretError);
    expect(() => sessionSecret(db, env)).toThrow(reason);
  });

  it('a sign-in made by one process is accepted by the next one on the same database (workers, restarts)', async () => {
    const db = join(dir, 'x.db');
    const store = Store.open(db);
    store.addUser('ana', await hashPassword(PASSWORD));
    const previous = process.env['SAIDBY_SESSION_SECRET'];
    delete process.env['SAIDBY_SESSION_SECRET'];
    try {
      const first = createApp({ store, log: () => {} });
      h = { store, app: first, close: () => store.close() };
      const { cookie } = await signInByHand(first);
      const second = createApp({ store, log: () => {} });
      const page = await request(second).get('/').set('Cookie', cookie);
      expect(page.text).toMatch(/Sign out/i);
      expect(readFileSync(sessionSecretPath(db), 'utf8')).not.toBe('');
    } finally {
      if (previous !== undefined) process.env['SAIDBY_SESSION_SECRET'] = previous;
    }
  });
});

describe('files on disk', () => {
  it('a new database and its -wal and -shm files are readable by their owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-mode-'));
    try {
      const db = join(dir, 'new.db');
      const store = Store.open(db);
      store.addUser('ana', 'scrypt$x');
      for (const file of [db, `${db}-wal`, `${db}-shm`]) expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an older database keeping its secret in settings loses it when migrated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-old-'));
    try {
      const path = join(dir, 'old.db');
      const old = new Database(path);
      for (const sql of MIGRATIONS.slice(0, 2)) if (typeof sql === 'string') old.exec(sql);
      old.pragma('user_version = 2');
      old.prepare("INSERT INTO settings (key, value) VALUES ('session_secret', ?)").run('f'.repeat(64));
      old.close();
      const store = Store.open(path);
      expect(store.db.prepare("SELECT count(*) FROM settings WHERE key = 'session_secret'").pluck().get()).toBe(0);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('saidby user list | remove | passwd', () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saidby-users-'));
    db = join(dir, 'u.db');
    expect((await runCli(['user', 'add', 'ana', '--db', db], { input: `${PASSWORD}\n` })).status).toBe(0);
    expect((await runCli(['user', 'add', 'ben', '--db', db], { input: `${PASSWORD}\n` })).status).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('list prints one reviewer a line, name first, on stdout', async () => {
    const r = await runCli(['user', 'list', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((line) => line.split('\t')[0])).toEqual(['ana', 'ben']);
    expect(r.stdout).toMatch(/0 signed-in sessions/);
  });

  it('remove takes the reviewer away and their open session with them', async () => {
    const store = Store.open(db);
    const ana = store.getUser('ana');
    const sid = store.createSession(ana?.id ?? 0, 60_000);
    store.close();
    const r = await runCli(['user', 'remove', 'ana', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/removed/);
    const after = Store.open(db);
    expect(after.getUser('ana')).toBeNull();
    expect(after.sessionUser(sid)).toBeNull();
    expect(after.getUser('ben')).not.toBeNull();
    after.close();
  });

  it('passwd reads the new password from standard input, and only the new one signs in', async () => {
    const r = await runCli(['user', 'passwd', 'ana', '--db', db], { input: 'another long password\n' });
    expect(r.status).toBe(0);
    const store = Store.open(db);
    const { verifyPassword } = await import('../../src/store/password.js');
    const hash = store.getUser('ana')?.passwordHash ?? '';
    store.close();
    expect(await verifyPassword('another long password', hash)).toBe(true);
    expect(await verifyPassword(PASSWORD, hash)).toBe(false);
  });

  it.each([
    [['user', 'remove', 'nobody'], '', /no user "nobody"/],
    [['user', 'passwd', 'nobody'], 'another long password\n', /no user "nobody"/],
    [['user', 'passwd', 'ana'], 'short\n', /too short/],
    [['user', 'passwd', 'ana'], '', /empty password/],
    [['user', 'remove', 'bad name!'], '', /user name/],
  ])('%j is one line and exit 2', async (args, input, reason) => {
    const r = await runCli([...args, '--db', db], { input });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('list, remove and passwd on a missing database say so and create none', async () => {
    const missing = join(dir, 'missing.db');
    for (const args of [['user', 'list'], ['user', 'remove', 'ana']]) {
      const r = await runCli([...args, '--db', missing]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no database at/);
    }
    expect(existsSync(missing)).toBe(false);
  });
});
