import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeHarness, signedIn, type Harness } from './app-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.close());

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** The feed read by an XML parser: the children named `name` of `el`, and their text. */
const kids = (el: Element, name: string): Element[] => el.children.filter((c): c is Element => c.type === 'tag' && c.name === name);
const textOf = (el: Element, name: string): string => DomUtils.textContent(kids(el, name)[0] ?? []);

async function feed(query: string): Promise<{ status: number; type: string; root: Element; entries: Element[] }> {
  const res = await request(h.app).get(`/feed.atom${query}`);
  const doc = parseDocument(res.text, { xmlMode: true, decodeEntities: true });
  const root = doc.children.find((c): c is Element => c.type === 'tag') as Element;
  return { status: res.status, type: String(res.headers['content-type']), root, entries: root ? kids(root, 'entry') : [] };
}

describe('GET /feed.atom', () => {
  it('is an Atom feed: id, title, updated, self link, and entries with id, title, updated, link and author', async () => {
    const { status, type, root, entries } = await feed('?speaker=trump');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/atom\+xml/);
    expect(root.name).toBe('feed');
    expect(root.attribs['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(textOf(root, 'id')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feed\.atom\?speaker=trump$/);
    expect(textOf(root, 'title')).toBe('saidby: claims — Donald Trump');
    expect(textOf(root, 'updated')).toMatch(RFC3339);
    expect(kids(root, 'link').map((l) => l.attribs['rel'])).toEqual(['self', 'alternate']);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(textOf(entry, 'id')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/attributions\/\d+$/);
      expect(textOf(entry, 'title')).toMatch(/^Donald Trump: “/);
      expect(textOf(entry, 'updated')).toMatch(RFC3339);
      expect(kids(entry, 'link')[0]?.attribs['href']).toBe(textOf(entry, 'id'));
      expect(textOf(kids(entry, 'author')[0]!, 'name')).toBe('Donald Trump');
    }
    // the list page offers the same filter as a feed
    expect((await request(h.app).get('/?speaker=trump')).text).toContain('href="/feed.atom?speaker=trump"');
    // entry ids are unique: a reader shows each claim once
    expect(new Set(entries.map((e) => textOf(e, 'id'))).size).toBe(2);
  });

  it('follows a topic too, and keeps markup in the words as text', async () => {
    const { entries } = await feed('?q=script&in=all');
    expect(entries).toHaveLength(1);
    expect(textOf(entries[0]!, 'content')).toContain('<script>alert(1)</script>');
    const raw = await request(h.app).get('/feed.atom?q=script&in=all');
    expect(raw.text).not.toContain('<script>');
  });

  it('an empty filter result is still a valid feed, dated now', async () => {
    const { status, root, entries } = await feed('?q=zebra');
    expect(status).toBe(200);
    expect(entries).toHaveLength(0);
    expect(textOf(root, 'updated')).toMatch(RFC3339);
  });

  it('a search with nothing to look for is a 400', async () => {
    expect((await request(h.app).get('/feed.atom?q=%21%21')).status).toBe(400);
  });
});

/** The schema.org shapes a ClaimReview must have (https://schema.org/ClaimReview, /Claim, /CreativeWork). */
const IsoDay = z.string().regex(/^\d{4}-\d\d-\d\d$/);
const Appearance = z.object({
  '@type': z.enum(['NewsArticle', 'CreativeWork', 'Article']),
  url: z.url().optional(),
  headline: z.string().optional(),
  datePublished: IsoDay.optional(),
  publisher: z.object({ '@type': z.literal('Organization'), name: z.string().min(1) }).strict().optional(),
}).strict();
const ClaimReviewShape = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.url(),
  claimReviewed: z.string().min(1),
  datePublished: IsoDay.optional(),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) }).strict(),
    datePublished: IsoDay.optional(),
    appearance: z.array(Appearance).min(1),
    firstAppearance: Appearance,
  }).strict(),
}).strict();

describe('GET /attributions/:id/claimreview.json', () => {
  it('a reviewed record is schema.org ClaimReview JSON-LD with the Claim half filled', async () => {
    const row = h.store.listAttributions({ speaker: 'trump' }, { limit: 1 }).items[0]!;
    h.store.review(row.id, { action: 'confirm', version: row.version }, 'ana');
    const res = await request(h.app).get(`/attributions/${row.id}/claimreview.json`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const review = ClaimReviewShape.parse(JSON.parse(res.text));
    expect(review.claimReviewed).toBe(row.text);
    expect(review.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/attributions/${row.id}$`));
    expect(review.datePublished).toBe(new Date().toISOString().slice(0, 10));
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Donald Trump' });
    expect(review.itemReviewed.firstAppearance).toEqual({
      '@type': 'NewsArticle', headline: 'Six Americans head home', datePublished: '2025-02-01', publisher: { '@type': 'Organization', name: 'CNN' },
    });
    expect(review.itemReviewed.appearance).toEqual([review.itemReviewed.firstAppearance]);
    // the verdict is the fact-checker's to add
    expect(review).not.toHaveProperty('reviewRating');
    // the record's page links to it
    expect((await request(h.app).get(`/attributions/${row.id}`)).text).toContain(`href="/attributions/${row.id}/claimreview.json"`);
  });

  it('carries the rating a fact-checker gave on the record\'s page; a blank rating clears it', async () => {
    const row = h.store.listAttributions({ speaker: 'trump' }, { limit: 1 }).items[0]!;
    const { agent, token } = await signedIn(h.app);
    // not before the record is reviewed
    expect((await agent.post(`/attributions/${row.id}/rating`).type('form').send({ _csrf: token, rating: 'False' })).status).toBe(400);
    h.store.review(row.id, { action: 'confirm', version: row.version }, 'ana');
    const saved = await agent.post(`/attributions/${row.id}/rating`).type('form').send({ _csrf: token, rating: ' Misleading ' });
    expect(saved.status).toBe(303);
    const review = ClaimReviewShape.extend({
      reviewRating: z.object({ '@type': z.literal('Rating'), alternateName: z.string().min(1) }).strict(),
    }).parse(JSON.parse((await request(h.app).get(`/attributions/${row.id}/claimreview.json`)).text));
    expect(review.reviewRating.alternateName).toBe('Misleading');
    expect((await agent.get(`/attributions/${row.id}`)).text).toContain('rated “Misleading”');
    await agent.post(`/attributions/${row.id}/rating`).type('form').send({ _csrf: token, rating: '' });
    expect(JSON.parse((await request(h.app).get(`/attributions/${row.id}/claimreview.json`)).text)).not.toHaveProperty('reviewRating');
    // signed out, no rating
    expect((await request(h.app).post(`/attributions/${row.id}/rating`).type('form').send({ rating: 'True' })).status).toBeGreaterThanOrEqual(400);
  });

  it('an unreviewed record has none yet: a 404 that says why', async () => {
    const row = h.store.listAttributions({}, { limit: 1 }).items[0]!;
    const res = await request(h.app).get(`/attributions/${row.id}/claimreview.json`).set('Accept', 'application/json');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/not reviewed yet/);
  });
});

describe('GET /export.json (the list’s JSON link)', () => {
  it('downloads every record of the filter, corrections included, not one page of the API', async () => {
    // more records than one API page (50)
    const text = Array.from({ length: 60 }, (_, i) => `“Point number ${i} stands,” Lena Hart said.`).join('\n\n');
    const { attributionIn, meta } = await import('../store/fixtures.js');
    const quotes = Array.from({ length: 60 }, (_, i) => attributionIn(text, `“Point number ${i} stands,”`, 'Lena Hart', 'Lena Hart', 'said'));
    const quotesAt = quotes.map((q, i) => {
      const start = text.indexOf(`“Point number ${i} stands,”`);
      const mention = text.indexOf('Lena Hart', start);
      return { ...q, id: `q${i}`, speaker: { ...q.speaker!, start: mention, end: mention + 'Lena Hart'.length }, cue: { text: 'said', start: mention + 10, end: mention + 14 } };
    });
    h.store.addArticle({ text, meta: meta('Sixty points') }, quotesAt);
    const first = h.store.listAttributions({ speaker: 'Lena Hart' }, { limit: 1 }).items[0]!;
    const { agent, token } = await signedIn(h.app);
    await agent.post(`/attributions/${first.id}/review`).type('form').send({ _csrf: token, action: 'correct', version: 1, speaker: 'Lena Hart-Ødegård' });

    const list = await request(h.app).get('/').query({ q: 'point' });
    expect(list.text).toContain('href="/export.json?q=point" download>JSON</a>');
    const res = await request(h.app).get('/export.json').query({ q: 'point' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?saidby-point-\d{4}-\d\d-\d\d\.json"?$/);
    const records = JSON.parse(res.text) as { id: number; speakerName: string; status: string }[];
    expect(records).toHaveLength(60);
    expect(records.find((r) => r.id === first.id)).toMatchObject({ speakerName: 'Lena Hart-Ødegård', status: 'corrected' });
  });
});
