import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchRecords } from '../../src/store/articles-admin.js';
import { bulkReview } from '../../src/store/bulk-review.js';
import type { AttributionRow } from '../../src/store/rows.js';
import { Store } from '../../src/store/store.js';
import { meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-desk-store-'));
  store = Store.open(join(dir, 'desk.db'));
  store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

// A speaker with no records left is not listed at all: 0.
const trumpCount = (): number => store.listSpeakers({ name: 'Donald Trump', limit: 1 })[0]?.attributions ?? 0;

describe('per-speaker counts leave rejected records out', () => {
  it('a rejection takes one off, a later correction puts it back, a speaker change while rejected moves nothing', () => {
    expect(trumpCount()).toBe(2);
    store.review(1, { action: 'reject', version: 1 }, 'ana');
    expect(trumpCount()).toBe(1);
    store.review(1, { action: 'reject', version: 2, changes: {} }, 'ana');
    expect(trumpCount()).toBe(1);
    store.review(1, { action: 'correct', version: 3, changes: { speaker: 'Ric Grenell' } }, 'ana');
    expect(trumpCount()).toBe(1);
    store.review(3, { action: 'reject', version: 1 }, 'ana');
    expect(trumpCount()).toBe(0);
    store.review(3, { action: 'confirm', version: 2 }, 'ana');
    expect(trumpCount()).toBe(1);
  });
});

describe('bulkReview', () => {
  it('saves the fresh picks, reports the stale ones, all in one transaction', () => {
    store.review(2, { action: 'confirm', version: 1 }, 'ben');
    const result = bulkReview(store, [{ id: 1, version: 1 }, { id: 2, version: 1 }, { id: 3, version: 1 }], 'reject', 'ana');
    expect(result.saved.map((r) => r.id)).toEqual([1, 3]);
    expect(result.conflicts).toEqual([{ id: 2, yourVersion: 1, currentVersion: 2 }]);
    expect(store.reviews(2).map((r) => r.userName)).toEqual(['ben']);
  });

  it('an unknown record undoes the whole action', () => {
    expect(() => bulkReview(store, [{ id: 1, version: 1 }, { id: 99, version: 1 }], 'confirm', 'ana')).toThrow(/no record 99/);
    expect(store.getAttribution(1).status).toBe('unreviewed');
    expect(store.reviews(1)).toHaveLength(0);
  });
});

describe('matchRecords', () => {
  const row = (id: number, start: number, text: string): AttributionRow => ({ id, start, end: start + text.length, text }) as AttributionRow;
  const quote = (start: number, text: string) => ({ start, end: start + text.length, text }) as Parameters<typeof matchRecords>[1][number];
  const cases: [string, AttributionRow[], ReturnType<typeof quote>[], [number, number][]][] = [
    ['same span and text', [row(1, 0, 'A'), row(2, 5, 'B')], [quote(0, 'A'), quote(5, 'B')], [[0, 1], [1, 2]]],
    ['a moved span with text found once on both sides', [row(1, 0, 'Alpha')], [quote(3, 'Alpha')], [[0, 1]]],
    ['a text found twice is matched by span only', [row(1, 0, 'A'), row(2, 9, 'A')], [quote(4, 'A'), quote(9, 'A')], [[1, 2]]],
    ['new words are no match', [row(1, 0, 'A')], [quote(0, 'B')], []],
  ];
  it.each(cases)('%s', (_name, old, found, pairs) => {
    expect([...matchRecords(old, found)].map(([i, r]) => [i, r.id])).toEqual(pairs);
  });
});
