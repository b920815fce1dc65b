import { unlinkSync } from 'node:fs';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyError } from '../../src/web/http-error.js';
import { makeHarness, signedIn, type Harness } from '../web/app-harness.js';

// Errors that are the client's or the machine's, not a bug: a malformed upload, a full disk,
// a read-only or deleted database. Each gets its own status and a reason saying what to do,
// never "internal server error", and nothing is half saved.

let h: Harness;
afterEach(() => h?.close());

describe('malformed multipart uploads', () => {
  const boundary = 'XyZ';
  it.each([
    ['a body that ends inside a part', `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\nabc`, `multipart/form-data; boundary=${boundary}`],
    ['a part with a broken header', `--${boundary}\r\nContent-Disposition form-data name\r\n\r\nx\r\n--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`],
    ['no boundary in the content type', `--${boundary}\r\n\r\nx\r\n--${boundary}--\r\n`, 'multipart/form-data'],
    ['a body that is not multipart at all', 'just some bytes', `multipart/form-data; boundary=${boundary}`],
  ])('%s is a 400 with a reason', async (_name, body, type) => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const before = h.store.articleCount();
    const res = await agent.post('/articles').set('Accept', 'application/json').set('x-csrf-token', token).set('Content-Type', type).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/upload/);
    expect(h.store.articleCount()).toBe(before);
  });
});

describe('the database refusing writes', () => {
  it('a full disk is a 507 saying so, and the article is not stored', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const before = h.store.articleCount();
    // The file may not grow by one page: what SQLite reports on a full disk (SQLITE_FULL).
    h.store.db.pragma(`max_page_count = ${h.store.db.pragma('page_count', { simple: true }) as number}`);
    const text = `“Pasted quote,” Pat Paste said. ${'Long article text. '.repeat(20_000)}`;
    const res = await agent.post('/articles').set('Accept', 'application/json').set('x-csrf-token', token).send({ text });
    expect(res.status).toBe(507);
    expect(res.body.error).toMatch(/disk .* is full/);
    h.store.db.pragma('max_page_count = 1073741823');
    expect(h.store.articleCount()).toBe(before);
  });

  it('a read-only database is a 503 saying so, and the review is not stored', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    h.store.db.pragma('query_only = 1');
    const res = await agent.post('/attributions/1/review').set('Accept', 'application/json').set('x-csrf-token', token).send({ action: 'confirm', version: 1 });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/read-only/);
    const health = await request(h.app).get('/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', file: 'present', writable: false });
    h.store.db.pragma('query_only = 0');
    expect(h.store.reviews(1)).toHaveLength(0);
  });

  it('a database file deleted while serving: writes are a 503 saying the file is gone, /healthz says so', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    expect((await request(h.app).get('/healthz')).body).toMatchObject({ status: 'ok', file: 'present', writable: true });
    unlinkSync(h.store.path);
    const res = await agent.post('/attributions/1/review').set('Accept', 'application/json').set('x-csrf-token', token).send({ action: 'confirm', version: 1 });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/database file is gone/);
    expect(h.store.reviews(1)).toHaveLength(0);
    const health = await request(h.app).get('/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', file: 'gone', writable: false });
    // reading still works from the open file
    expect((await request(h.app).get('/attributions/1')).status).toBe(200);
  });
});

describe('classifying environment errors', () => {
  const sqlite = (code: string) => new Database.SqliteError('from SQLite', code);
  const node = (code: string) => Object.assign(new Error('from the system'), { code });
  it.each([
    ['SQLITE_FULL', 507, sqlite('SQLITE_FULL'), /full/],
    ['ENOSPC', 507, node('ENOSPC'), /full/],
    ['SQLITE_READONLY', 503, sqlite('SQLITE_READONLY'), /read-only/],
    ['SQLITE_READONLY_DIRECTORY', 503, sqlite('SQLITE_READONLY_DIRECTORY'), /read-only/],
    ['EROFS', 503, node('EROFS'), /read-only/],
    ['SQLITE_READONLY_DBMOVED', 503, sqlite('SQLITE_READONLY_DBMOVED'), /file is gone/],
    ['SQLITE_CORRUPT (a real fault)', 500, sqlite('SQLITE_CORRUPT'), /internal/],
  ])('%s is answered %d', (_code, status, err, reason) => {
    const got = classifyError(err);
    expect(got.status).toBe(status);
    expect(got.message).toMatch(reason);
  });
});
