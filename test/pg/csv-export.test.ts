import { PassThrough, Writable } from 'node:stream';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePgCsv } from '../../src/store/pg/csv-export.js';
import { pgFilter } from '../../src/store/pg/queries.js';
import { SqliteBackend } from '../../src/store/sqlite-backend.js';
import type { AttributionFilter } from '../../src/store/store-types.js';
import { pgForTests } from './cluster.js';
import { type CopiedDesk, copiedToPg, seedDesk } from './desk.js';
import { Store } from '../../src/store/store.js';
import { attributionIn, meta } from '../store/fixtures.js';

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
    await writePgCsv(pool, pgFilter({ status: 'all' }), out);
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
    await expect(writePgCsv(pool, pgFilter({ status: 'all' }), out)).rejects.toThrow();
    expect(pool.idleCount).toBe(pool.totalCount);
    const { rows } = await pool.query<{ n: number }>('SELECT count(*) AS n FROM attributions');
    expect(rows[0]?.n).toBeGreaterThan(0);
  });
});

/**
 * Cells that CSV and spreadsheets treat specially: quotes, commas and line breaks inside a
 * quotation, formula signs (plain, full-width, behind a zero-width space, after a tab), a
 * backslash, an emoji first, an apostrophe in a speaker's name and in the site's address.
 */
const AWKWARD = [
  '“=HYPERLINK("http://evil.example","click")” Sean O\'Brien said.',
  '“-2+3, they wrote, is "five"” Sean O\'Brien told reporters.',
  '“first line\nsecond line, \"quoted\"\r\nthird” Sean O\'Brien wrote.',
  '“\u200B=1 hidden” Ana said.',
  '“＝SUM(A1) wide” Ana said.',
  '“\tTabbed start” Ana said.',
  '“😀 an emoji first” Ana said.',
  '“back\\slash \\. and \\N” Ana said.',
  '“@handle first” Ana said.',
  '“We will never accept a deal that leaves six families waiting at the border for months” Ana said.',
].join('\n\n');

function awkwardDesk(): Store {
  const store = Store.open(':memory:');
  const quotes = AWKWARD.split('\n\n').map((p) => {
    const quote = p.slice(1, p.indexOf('”'));
    const obrien = p.includes('Brien');
    return attributionIn(AWKWARD, quote, obrien ? 'Sean O\'Brien' : 'Ana "the analyst", Jr.', obrien ? 'Sean O\'Brien' : 'Ana', 'said');
  });
  store.addArticle({ text: AWKWARD, meta: { ...meta('+1, "odd" title'), outlet: '@outlet' } }, quotes);
  // The same words in a later article: both records get "Also in" and "First seen".
  const again = 'Repeated: “We will never accept a deal that leaves six families waiting at the border for months” Ana said.';
  store.addArticle({ text: again, meta: { ...meta('Again', '2025-03-01T05:07:00.000Z'), outlet: 'Later Times' } }, [
    attributionIn(again, 'We will never accept a deal that leaves six families waiting at the border for months', 'Ana "the analyst", Jr.', 'Ana', 'said'),
  ]);
  const [first] = store.listAttributions({}, { limit: 1 }).items;
  store.review(first!.id, { action: 'confirm', version: first!.version, note: '=note' }, '-reviewer');
  return store;
}

describe.skipIf(bin === null)('the CSV export on PostgreSQL, awkward cells', () => {
  let desk: CopiedDesk | undefined;

  beforeAll(async () => {
    desk = await copiedToPg(bin as string, awkwardDesk());
  }, 60_000);

  afterAll(async () => {
    await desk?.close();
  });

  it.each<[string, AttributionFilter, string]>([
    ['everything', { status: 'all' }, 'https://desk.example'],
    ['an apostrophe in the address', {}, "https://it's.example"],
    ['a formula sign in the address', {}, '=desk'],
    ['no address', {}, ''],
    ['a speaker with an apostrophe', { speaker: "o'brien" }, ''],
    ['a search with an apostrophe', { q: "O'Brien", searchIn: 'all' }, ''],
  ])('%s: the same bytes as SQLite writes', async (_name, filter, claimBase) => {
    const { pool, sqlite } = desk!;
    const expected = await text((out) => new SqliteBackend(sqlite).writeCsv(filter, out, { claimBase }));
    const chosen = filter.speaker ? sqlite.speakerChoice(filter.speaker).chosen.map((s) => s.id) : null;
    const actual = await text((out) => writePgCsv(pool, pgFilter(filter, chosen), out, { claimBase }));
    expect(actual).toBe(expected);
    expect(actual.split('\r\n').length).toBeGreaterThan(2);
  });

  it('neutralizes formula cells and quotes line breaks as the SQLite export does', async () => {
    const csv = await text((out) => writePgCsv(desk!.pool, pgFilter({}), out, { claimBase: '=desk' }));
    const cells = [
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
      `"'-2+3, they wrote, is ""five"""`,
      "'\u200B=1 hidden",
      "'＝SUM(A1) wide",
      "'\tTabbed start",
      `"first line\nsecond line, ""quoted""\r\nthird"`,
      "'=desk/attributions/",
      "'@outlet",
      "'=note",
      "'-reviewer",
      "'@handle first",
      `"'+1, ""odd"" title"`,
      'back\\slash \\. and \\N',
      '"Ana ""the analyst"", Jr."',
      // "Also in" 1, "First seen" the first outlet and day, neutralized as any cell
      `,1,"'@outlet, 2025-02-01",`,
    ];
    for (const cell of cells) expect(csv).toContain(cell);
  });
});
