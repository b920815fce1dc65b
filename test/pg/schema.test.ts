import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePg, PG_MIGRATIONS } from '../../src/store/pg/migrations.js';
import { createPool } from '../../src/store/pg/pool.js';
import { toTsQuery } from '../../src/store/pg/search-query.js';
import type { SearchScope } from '../../src/store/search-query.js';
import { pgForTests, startTestCluster, type TestCluster } from './cluster.js';

const bin = pgForTests();

describe.skipIf(bin === null)('the PostgreSQL schema on a real server', () => {
  let cluster: TestCluster;
  let pool: pg.Pool;

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    pool = createPool(cluster.url);
    await migratePg(pool);
    // Two articles, three speakers, four records, as ingest would store them.
    await pool.query(`
      INSERT INTO articles (id, content_hash, title, text, created_at) VALUES
        (1, 'h1', 'Envoy talks in Caracas', 'a', '2026-01-01'),
        (2, 'h2', 'Border report', 'b', '2026-01-02');
      INSERT INTO speakers (id, name, key, type) VALUES
        (1, 'Richard Grenell', 'richard grenell', 'person'),
        (2, 'Nicolás Maduro', 'nicolas maduro', 'person'),
        (3, 'Trump supporters', 'trump supporters', 'group');
      INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, "end", speaker_id, confidence, rule) VALUES
        (1, 0, 400, 'q1', 'direct', 'Six hostages were freed today', 0, 10, 1, 0.9, 'cue-name'),
        (1, 1, 300, 'q2', 'direct', 'They were deported last week', 0, 10, 2, 0.9, 'cue-name'),
        (2, 0, 200, 'q3', 'indirect', 'The hostages, six of them, are safe', 0, 10, 1, 0.9, 'cue-name'),
        (2, 1, 100, 'q4', 'direct', 'We want the wall', 0, 10, NULL, 0.3, 'unattributed');`);
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    cluster?.stop();
  });

  const matches = async (typed: string, scope: SearchScope = 'text'): Promise<string[]> => {
    const q = toTsQuery(typed, scope);
    if (!q.ok) throw new Error(q.reason);
    const column = scope === 'all' ? 'search_all' : 'search_text';
    const { rows } = await pool.query<{ extract_id: string }>(
      `SELECT extract_id FROM attributions WHERE ${column} @@ to_tsquery('saidby', $1) ORDER BY sort_key DESC`,
      [q.tsquery],
    );
    return rows.map((r) => r.extract_id);
  };

  it('records how many migrations ran, and running them again changes nothing', async () => {
    expect(await migratePg(pool)).toBe(PG_MIGRATIONS.length);
    const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_version');
    expect(rows).toEqual([{ version: PG_MIGRATIONS.length }]);
  });

  it('servers starting together migrate a new database once, the others waiting', async () => {
    const url = cluster.createDatabase('together');
    const pools = [createPool(url, 2), createPool(url, 2), createPool(url, 2)];
    try {
      expect(await Promise.all(pools.map((p) => migratePg(p)))).toEqual(pools.map(() => PG_MIGRATIONS.length));
      const { rows } = await (pools[0] as pg.Pool).query<{ n: number }>('SELECT count(*) AS n FROM schema_version');
      expect(rows[0]?.n).toBe(1);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('refuses a schema newer than it knows', async () => {
    const url = cluster.createDatabase('newer');
    const p = createPool(url, 1);
    try {
      await migratePg(p);
      await p.query('UPDATE schema_version SET version = version + 1');
      await expect(migratePg(p)).rejects.toThrow(/newer than this saidby/);
    } finally {
      await p.end();
    }
  });

  it('refuses a database whose locale would make the search split words wrongly', async () => {
    await pool.query(`CREATE DATABASE plainc TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    const p = createPool(cluster.url.replace('/saidby?', '/plainc?'), 1);
    try {
      await expect(migratePg(p)).rejects.toThrow(/classifies characters by the "C" locale.*LC_CTYPE 'C.UTF-8'/);
    } finally {
      await p.end();
    }
  });

  it('a quotation mark is no part of the word it stands against', async () => {
    const { rows } = await pool.query<{ m: boolean }>(
      `SELECT to_tsvector('saidby', '“Six hostages is six too many,”') @@ to_tsquery('saidby', $1) AS m`,
      [(toTsQuery('"six hostages"') as { tsquery: string }).tsquery],
    );
    expect(rows[0]?.m).toBe(true);
  });

  it.each([
    ['hostage', ['q1', 'q3']],
    ['deport*', ['q2']],
    ['deported', ['q2']],
    ['"six hostages"', ['q1']],
    ['hostages -freed', ['q3']],
    ['wall', ['q4']],
    ['grenell', []],
  ])('search in the quote or claim: %j finds %j', async (typed, expected) => {
    expect(await matches(typed)).toEqual(expected);
  });

  it.each([
    ['grenell', ['q1', 'q3']],
    ['nicolas', ['q2']],
    ['caracas hostages', ['q1']],
    ['border', ['q3', 'q4']],
  ])('search with speaker and title too: %j finds %j', async (typed, expected) => {
    expect(await matches(typed, 'all')).toEqual(expected);
  });

  it('a renamed speaker and a retitled article are found under their new words', async () => {
    await pool.query(`UPDATE speakers SET name = 'Ric Grenell' WHERE id = 1`);
    await pool.query(`UPDATE articles SET title = 'Talks in Venezuela' WHERE id = 1`);
    expect(await matches('ric', 'all')).toEqual(['q1', 'q3']);
    expect(await matches('venezuela', 'all')).toEqual(['q1', 'q2']);
    expect(await matches('caracas', 'all')).toEqual([]);
    await pool.query(`UPDATE speakers SET name = 'Richard Grenell' WHERE id = 1`);
  });

  it('keeps each speaker\'s count of records not rejected, through moves, rejections and deletes', async () => {
    const counts = async (): Promise<Record<string, number>> => {
      const { rows } = await pool.query<{ id: number; attribution_count: number }>('SELECT id, attribution_count FROM speakers ORDER BY id');
      return Object.fromEntries(rows.map((r) => [r.id, r.attribution_count]));
    };
    expect(await counts()).toEqual({ 1: 2, 2: 1, 3: 0 });
    await pool.query(`UPDATE attributions SET status = 'rejected' WHERE extract_id = 'q3'`);
    expect(await counts()).toEqual({ 1: 1, 2: 1, 3: 0 });
    await pool.query(`UPDATE attributions SET speaker_id = 3 WHERE extract_id = 'q3'`);
    expect(await counts()).toEqual({ 1: 1, 2: 1, 3: 0 });
    await pool.query(`UPDATE attributions SET status = 'confirmed' WHERE extract_id = 'q3'`);
    expect(await counts()).toEqual({ 1: 1, 2: 1, 3: 1 });
    await pool.query(`UPDATE attributions SET note = 'checked', version = version + 1 WHERE extract_id = 'q3'`);
    expect(await counts()).toEqual({ 1: 1, 2: 1, 3: 1 });
    await pool.query(`UPDATE attributions SET speaker_id = 1, status = 'unreviewed' WHERE extract_id = 'q3'`);
    await pool.query(`INSERT INTO articles (id, content_hash, text, created_at) VALUES (3, 'h3', 'c', '2026-01-03')`);
    await pool.query(`INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, "end", speaker_id, confidence, rule)
                      VALUES (3, 0, 50, 'q5', 'direct', 'Gone soon', 0, 9, 2, 0.9, 'cue-name')`);
    expect(await counts()).toEqual({ 1: 2, 2: 2, 3: 0 });
    await pool.query('DELETE FROM articles WHERE id = 3');
    expect(await counts()).toEqual({ 1: 2, 2: 1, 3: 0 });
  });

  it('sort keys and counts come back as numbers, not strings', async () => {
    const { rows } = await pool.query<{ sort_key: unknown; n: unknown }>(
      `SELECT max(sort_key) AS sort_key, count(*) AS n FROM attributions`,
    );
    expect(rows[0]).toEqual({ sort_key: 400, n: 4 });
  });

  it('finds a misspelt written form by trigrams and by sound', async () => {
    await pool.query(`INSERT INTO speaker_aliases (speaker_id, name, key, exact, phonetic) VALUES
      (1, 'Richard Grenell', 'richard grenell', 1, '{RXRT,RKRT,KRNL}'),
      (2, 'Nicolás Maduro', 'nicolas maduro', 1, '{NKLS,MTR}')`);
    const byTrigram = await pool.query<{ name: string }>(
      `SELECT name FROM speaker_aliases WHERE key % $1 ORDER BY similarity(key, $1) DESC`,
      ['ric grenel'],
    );
    expect(byTrigram.rows.map((r) => r.name)).toEqual(['Richard Grenell']);
    const bySound = await pool.query<{ name: string }>(`SELECT name FROM speaker_aliases WHERE phonetic && $1::text[]`, [['KRNL']]);
    expect(bySound.rows.map((r) => r.name)).toEqual(['Richard Grenell']);
  });
});
