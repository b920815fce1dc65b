import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgBin, pgForTests, startTestCluster, type TestCluster } from './cluster.js';

describe('finding PostgreSQL', () => {
  const tools = (dirs: string[]) => (path: string) => dirs.some((d) => path === `${d}/initdb` || path === `${d}/pg_ctl`);
  it.each([
    ['the newest Debian version', {}, ['/usr/lib/postgresql/13/bin', '/usr/lib/postgresql/16/bin'], ['13', '16', '9.6'], '/usr/lib/postgresql/16/bin'],
    ['SAIDBY_PG_BIN when it holds the tools', { SAIDBY_PG_BIN: '/opt/pg/bin' }, ['/opt/pg/bin', '/usr/lib/postgresql/16/bin'], ['16'], '/opt/pg/bin'],
    ['nothing when SAIDBY_PG_BIN lacks them, not another one', { SAIDBY_PG_BIN: '/typo' }, ['/usr/lib/postgresql/16/bin'], ['16'], null],
    ['nothing without a server', {}, [], [], null],
  ] as const)('finds %s', (_name, env, dirs, versions, expected) => {
    expect(findPgBin(env, tools([...dirs]), () => [...versions])).toBe(expected);
  });

  it('without PostgreSQL a developer run skips with one line saying how to get it', () => {
    const lines: string[] = [];
    expect(pgForTests({}, (l) => lines.push(l), () => null)).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skipping the PostgreSQL tests: .*apt-get install postgresql/);
  });

  it('without PostgreSQL under CI=true the run fails instead of skipping', () => {
    expect(() => pgForTests({ CI: 'true' }, () => {}, () => null)).toThrow(/need PostgreSQL/);
  });
});

const bin = pgForTests();

describe.skipIf(bin === null)('a throw-away PostgreSQL cluster', () => {
  let cluster: TestCluster;
  let client: pg.Client;

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    cluster?.stop();
  });

  it('answers on its socket, in UTF-8', async () => {
    const { rows } = await client.query<{ db: string; enc: string }>('SELECT current_database() AS db, pg_client_encoding() AS enc');
    expect(rows[0]).toEqual({ db: 'saidby', enc: 'UTF8' });
  });

  it('has what the store needs: English stemming with prefix and phrase queries, and pg_trgm', async () => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await client.query<{ stem: boolean; prefix: boolean; phrase: boolean; apart: boolean; sim: number }>(
      `SELECT to_tsvector('english', 'Six hostages were freed') @@ to_tsquery('english', 'hostage') AS stem,
              to_tsvector('english', 'they were deported') @@ to_tsquery('english', 'deport:*') AS prefix,
              to_tsvector('english', 'Six hostages were freed') @@ phraseto_tsquery('english', 'six hostages') AS phrase,
              to_tsvector('english', 'hostages, six of them') @@ phraseto_tsquery('english', 'six hostages') AS apart,
              round(similarity('Grenell', 'Grenel')::numeric, 2)::float AS sim`,
    );
    expect(rows[0]).toEqual({ stem: true, prefix: true, phrase: true, apart: false, sim: 0.67 });
  });

  it('makes further empty databases on the same server', async () => {
    const other = new pg.Client({ connectionString: cluster.createDatabase('second') });
    await other.connect();
    const { rows } = await other.query<{ db: string }>('SELECT current_database() AS db');
    await other.end();
    expect(rows[0]?.db).toBe('second');
  });

  it('is gone, folder and all, once stopped', async () => {
    const probe = startTestCluster(bin as string);
    expect(existsSync(probe.dir)).toBe(true);
    probe.stop();
    probe.stop();
    expect(existsSync(probe.dir)).toBe(false);
  }, 60_000);
});
