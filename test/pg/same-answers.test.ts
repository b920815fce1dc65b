import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneticCodesOf } from '../../src/store/pg/copy-from-sqlite.js';
import * as pgQueries from '../../src/store/pg/queries.js';
import type { AttributionFilter } from '../../src/store/store-types.js';
import type { Store } from '../../src/store/store.js';
import { pgForTests } from './cluster.js';
import { type CopiedDesk, copiedToPg, seedDesk } from './desk.js';

const bin = pgForTests();

/** The same desk on both engines: stored through the SQLite store, copied row for row into PostgreSQL. */
describe.skipIf(bin === null)('PostgreSQL answers the claims list as SQLite does, on the same rows', () => {
  let desk: CopiedDesk | undefined;
  let pool: pg.Pool;
  let sqlite: Store;

  beforeAll(async () => {
    desk = await copiedToPg(bin as string, seedDesk());
    ({ pool, sqlite } = desk);
  }, 60_000);

  afterAll(async () => {
    await desk?.close();
  });

  const filters: [string, AttributionFilter][] = [
    ['everything', {}],
    ['rejected too', { status: 'all' }],
    ['rejected only', { status: 'rejected' }],
    ['corrected only', { status: 'corrected' }],
    ['indirect claims', { kind: 'indirect' }],
    ['quotes', { kinds: ['direct', 'mixed'] }],
    ['government speakers', { sourceType: 'government' }],
    ['assertions', { cueKind: 'assertion' }],
    ['a speaker by name', { speaker: 'trump' }],
    ['a speaker, forgiven', { speaker: 'ric grenel', status: 'all' }],
    ['a stemmed word', { q: 'hostage' }],
    ['a prefix', { q: 'deport*' }],
    ['a phrase', { q: '"six hostages"' }],
    ['a word left out', { q: 'six -hostages' }],
    ['in speaker and title too', { q: 'deportation', searchIn: 'all' }],
    ['a speaker name in the text only', { q: 'grenell' }],
    ['nothing to look for', { q: '?!' }],
    ['words and a speaker', { q: 'home', speaker: 'trump' }],
  ];

  it.each(filters)('%s: the same records in the same order, the same count', async (_name, filter) => {
    const expected = sqlite.listAttributions(filter, { limit: 50 });
    const chosen = filter.speaker ? sqlite.speakerChoice(filter.speaker).chosen.map((s) => s.id) : null;
    const f = pgQueries.pgFilter(filter, chosen);
    const actual = await pgQueries.listAttributions(pool, f, { limit: 50 });
    expect(actual).toEqual(expected);
    expect(await pgQueries.countAttributions(pool, f, filter.status !== undefined)).toEqual(sqlite.countAttributions(filter));
  });

  it('pages the same way, forwards and back', async () => {
    const f = pgQueries.pgFilter({});
    let page = { after: undefined as number | undefined, before: undefined as number | undefined, limit: 2 };
    for (let i = 0; i < 3; i++) {
      const expected = sqlite.listAttributions({}, page);
      const actual = await pgQueries.listAttributions(pool, f, page);
      expect(actual).toEqual(expected);
      if (expected.next === null) break;
      page = { after: expected.next, before: undefined, limit: 2 };
    }
    const last = sqlite.listAttributions({}, page);
    const back = { before: last.prev as number, limit: 2 };
    expect(await pgQueries.listAttributions(pool, f, back)).toEqual(sqlite.listAttributions({}, back));
  });

  it('one record by id, and "not there" for an id that is not', async () => {
    const [row] = sqlite.listAttributions({ status: 'corrected' }, { limit: 1 }).items;
    expect(await pgQueries.getAttribution(pool, row!.id)).toEqual(sqlite.getAttribution(row!.id));
    await expect(pgQueries.getAttribution(pool, 9999)).rejects.toThrow('no attribution 9999');
  });

  it('each written form is copied with its sound codes, found by them and by trigrams', async () => {
    const { rows } = await pool.query<{ name: string }>(
      `SELECT DISTINCT s.name FROM speaker_aliases sa JOIN speakers s ON s.id = sa.speaker_id
       WHERE sa.phonetic && $1::text[] OR sa.key % $2 ORDER BY s.name`,
      [phoneticCodesOf('Grenel'), 'ric grenel'],
    );
    expect(rows.map((r) => r.name)).toEqual(['Richard Grenell']);
  });

  it('the per-speaker counts its triggers kept while copying equal SQLite\'s', async () => {
    const { rows } = await pool.query<{ id: number; attribution_count: number }>('SELECT id, attribution_count FROM speakers ORDER BY id');
    const expected = sqlite.db.prepare('SELECT id, attribution_count FROM speakers ORDER BY id').all();
    expect(rows).toEqual(expected);
  });

  it('its triggers are back on after the copy: a record stored later is counted and searchable', async () => {
    const { rows: before } = await pool.query<{ n: number }>('SELECT attribution_count AS n FROM speakers WHERE id = 1');
    await pool.query(`INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, "end", speaker_id, confidence, rule)
                      VALUES (1, 99, 1, 'late', 'direct', 'A zeppelin arrived', 0, 5, 1, 0.9, 'cue-name')`);
    const { rows: after } = await pool.query<{ n: number }>('SELECT attribution_count AS n FROM speakers WHERE id = 1');
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
    const found = await pgQueries.listAttributions(pool, pgQueries.pgFilter({ q: 'zeppelins' }), { limit: 5 });
    expect(found.items.map((r) => r.text)).toEqual(['A zeppelin arrived']);
    await pool.query(`DELETE FROM attributions WHERE extract_id = 'late'`);
  });
});
