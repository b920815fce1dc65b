import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserExistsError } from '../../src/store/errors.js';
import * as accounts from '../../src/store/pg/accounts.js';
import { migratePg } from '../../src/store/pg/migrations.js';
import { createPool } from '../../src/store/pg/pool.js';
import { PgRateLimitStore } from '../../src/store/pg/rate-limits.js';
import { pgForTests, startTestCluster, type TestCluster } from './cluster.js';

const bin = pgForTests();

/** Two app servers' connection pools on one database: what one writes, the other must see. */
describe.skipIf(bin === null)('sessions and rate limits shared by several servers on PostgreSQL', () => {
  let cluster: TestCluster;
  let one: pg.Pool;
  let two: pg.Pool;

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    one = createPool(cluster.url, 3);
    two = createPool(cluster.url, 3);
    await Promise.all([migratePg(one), migratePg(two)]);
  }, 60_000);

  afterAll(async () => {
    await one?.end();
    await two?.end();
    cluster?.stop();
  });

  it('a session made on one server signs the reviewer in on the other, until it ends there', async () => {
    const ana = await accounts.addUser(one, 'ana', 'hash-1');
    expect(await accounts.getUser(two, 'ana')).toEqual(ana);
    const sid = await accounts.createSession(one, ana.id, 60_000);
    expect(await accounts.sessionUser(two, sid)).toBe('ana');
    expect(await accounts.sessionUser(two, sid, Date.now() + 120_000)).toBeNull();
    expect((await accounts.listUsers(two)).map((u) => [u.name, u.sessions])).toEqual([['ana', 1]]);
    await accounts.deleteSession(two, sid);
    expect(await accounts.sessionUser(one, sid)).toBeNull();
  });

  it('a new password or a removed reviewer ends their sessions on every server', async () => {
    const ben = await accounts.addUser(two, 'ben', 'hash-2');
    const first = await accounts.createSession(one, ben.id, 60_000);
    expect(await accounts.setPassword(two, 'ben', 'hash-3')).toBe(true);
    expect(await accounts.sessionUser(one, first)).toBeNull();
    expect((await accounts.getUser(one, 'ben'))?.passwordHash).toBe('hash-3');
    const second = await accounts.createSession(one, ben.id, 60_000);
    expect(await accounts.removeUser(two, 'ben')).toBe(true);
    expect(await accounts.sessionUser(one, second)).toBeNull();
    expect(await accounts.removeUser(one, 'ben')).toBe(false);
    expect(await accounts.setPassword(one, 'ben', 'x')).toBe(false);
  });

  it('the same name added on two servers at once is stored once; the other is told it exists', async () => {
    const results = await Promise.allSettled([accounts.addUser(one, 'cai', 'a'), accounts.addUser(two, 'cai', 'b')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserExistsError);
  });

  it('counts a client\'s hits once across servers; a window that has ended starts again', async () => {
    let now = 1_000_000;
    const a = new PgRateLimitStore(one, 'writes', () => now);
    const b = new PgRateLimitStore(two, 'writes', () => now);
    const other = new PgRateLimitStore(two, 'signin', () => now);
    for (const store of [a, b, other]) store.init({ windowMs: 60_000 } as Parameters<PgRateLimitStore['init']>[0]);
    expect((await a.increment('10.0.0.1')).totalHits).toBe(1);
    expect((await b.increment('10.0.0.1')).totalHits).toBe(2);
    expect((await other.increment('10.0.0.1')).totalHits).toBe(1);
    expect(await a.get('10.0.0.1')).toEqual({ totalHits: 2, resetTime: new Date(1_060_000) });
    await b.decrement('10.0.0.1');
    expect((await a.get('10.0.0.1'))?.totalHits).toBe(1);
    now += 60_000;
    expect(await a.get('10.0.0.1')).toBeUndefined();
    expect(await b.increment('10.0.0.1')).toEqual({ totalHits: 1, resetTime: new Date(1_120_000) });
    await a.resetKey('10.0.0.1');
    expect(await b.get('10.0.0.1')).toBeUndefined();
  });

  it('hits racing in on two servers are each counted', async () => {
    const a = new PgRateLimitStore(one, 'race');
    const b = new PgRateLimitStore(two, 'race');
    for (const store of [a, b]) store.init({ windowMs: 60_000 } as Parameters<PgRateLimitStore['init']>[0]);
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).increment('10.0.0.2')));
    expect((await a.get('10.0.0.2'))?.totalHits).toBe(40);
  });

  it('two apps behind one proxy let a client through the limit once, not once each', async () => {
    const app = (pool: pg.Pool) => {
      const server = express();
      server.use(rateLimit({ store: new PgRateLimitStore(pool, 'signin-app'), windowMs: 60_000, limit: 3, standardHeaders: 'draft-8', legacyHeaders: false }));
      server.get('/', (_req, res) => void res.send('ok'));
      return server;
    };
    const servers = [app(one), app(two)];
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(servers[i % 2] as express.Express).get('/')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
