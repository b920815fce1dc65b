import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isoDay, writeClaimReviews } from '../../src/store/claim-review.js';
import { Store } from '../../src/store/store.js';
import { meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('the ClaimReview export', () => {
  it('writes the confirmed and corrected records only, as one JSON array, links on the base given', async () => {
    const store = Store.open(':memory:');
    try {
      store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home'), url: 'https://news.example/six' }, venezuelaQuotes());
      const [a, b, c] = store.listAttributions({}, { limit: 10 }).items;
      store.review(a!.id, { action: 'confirm', version: a!.version }, 'ana');
      store.review(b!.id, { action: 'correct', version: b!.version, changes: { speaker: 'Nicolás Maduro' } }, 'ana');
      store.review(c!.id, { action: 'reject', version: c!.version }, 'ana');
      const out = new Collect();
      const n = await writeClaimReviews(store, {}, out, 'https://saidby.example');
      const reviews = JSON.parse(out.text) as { url: string; itemReviewed: { author: { name: string }; firstAppearance: { url: string } } }[];
      expect(n).toBe(2);
      expect(reviews.map((r) => r.url).sort()).toEqual([a!.id, b!.id].map((id) => `https://saidby.example/attributions/${id}`).sort());
      expect(reviews.map((r) => r.itemReviewed.author.name)).toContain('Nicolás Maduro');
      expect(reviews.every((r) => r.itemReviewed.firstAppearance.url === 'https://news.example/six')).toBe(true);
      const none = new Collect();
      expect(await writeClaimReviews(store, { q: 'zebra' }, none, '')).toBe(0);
      expect(JSON.parse(none.text)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it.each([
    ['2025-02-01T05:07:00.000Z', '2025-02-01'],
    ['2025-02-01', '2025-02-01'],
    ['not a date', undefined],
    [null, undefined],
  ])('a stored date %s is the day %s', (value, day) => expect(isoDay(value)).toBe(day));
});
