import { PassThrough, Writable } from 'node:stream';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePgCsv } from '../../src/store/pg/csv-export.js';
import { pgFilter } from '../../src/store/pg/queries.js';
import { SqliteBackend } from '../../src/store/sqlite-backend.js';
import type { AttributionFilter } from '../../src/store/store-types.js';
import type { Store } from '../../src/store/store.js';
import { pgForTests } from './cluster.js';
import { type CopiedDesk, copiedToPg, seedDesk } from './desk.js';

const bin = pgForTests();

async function text(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks).toString('utf8');
}

describe.skipIf(bin === null)('the CSV export on PostgreSQL', () => {
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

  it.each<[string, AttributionFilter]>([
    ['everything', {}],
    ['rejected too', { status: 'all' }],
    ['one speaker', { speaker: 'trump' }],
    ['a search', { q: 'hostage' }],
    ['a search in speaker and title', { q: 'deportation', searchIn: 'all' }],
  ])('%s: the same bytes as SQLite writes, claim links and all', async (_name, filter) => {
    const expected = await text((out) => new SqliteBackend(sqlite).writeCsv(filter, out, { claimBase: 'https://desk.example' }));
    const chosen = filter.speaker ? sqlite.speakerChoice(filter.speaker).chosen.map((s) => s.id) : null;
    const actual = await text((out) => writePgCsv(pool, pgFilter(filter, chosen), out, { claimBase: 'https://desk.example' }));
    expect(actual).toBe(expected);
    expect(actual.split('\r\n').length).toBeGreaterThan(1);
  });

  it('is one snapshot: a review and a deletion saved while it streams are not in the file', async () => {
    const before = await text((out) => writePgCsv(pool, pgFilter({ status: 'all' }), out));
    const chunks: string[] = [];
    let changed = false;
    // A slow reader: after the header and the first row it waits for another server's writes.
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString('utf8'));
        if (changed || chunks.length < 2) return done();
        changed = true;
        pool
          .query(`UPDATE attributions SET note = 'changed meanwhile', status = 'confirmed', version = version + 1`)
          .then(() => pool.query('DELETE FROM articles WHERE id = 2'))
          .then(() => done(), done);
      },
    });
    await writePgCsv(pool, pgFilter({ status: 'all' }), out, { batch: 1 });
    expect(changed).toBe(true);
    expect(chunks.join('')).toBe(before);
    const after = await text((o) => writePgCsv(pool, pgFilter({ status: 'all' }), o));
    expect(after).not.toBe(before);
    expect(after).toContain('changed meanwhile');
  });

  it('a reader that goes away ends the export and hands the connection back', async () => {
    const out = new Writable({
      write(_chunk, _enc, done) {
        done(new Error('reader gone'));
      },
    });
    out.on('error', () => {});
    await expect(writePgCsv(pool, pgFilter({ status: 'all' }), out, { batch: 1 })).rejects.toThrow();
    expect(pool.idleCount).toBe(pool.totalCount);
    const { rows } = await pool.query<{ n: number }>('SELECT count(*) AS n FROM attributions');
    expect(rows[0]?.n).toBeGreaterThan(0);
  });
});
