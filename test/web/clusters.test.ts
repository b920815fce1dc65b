import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { STORIES, storyText } from '../cluster/stories.js';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-clusters-'));
  store = Store.open(join(dir, 'clusters.db'));
  for (const s of STORIES) ingestArticle(store, articleFromContent(storyText(s), '.txt', s.file));
  app = createApp({ store, sessionSecret: 'clusters-test-secret-clusters-test-secret', log: () => {} });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const taxCluster = (): number => {
  const id = store.db.prepare("SELECT id FROM attributions WHERE text LIKE '%water tax%' LIMIT 1").pluck().get() as number;
  return store.clusterSummaries([id]).get(id)!.id;
};

describe('clusters on the site', () => {
  it('the claims list says "also in 5 articles" on each copy, linking the cluster page, and nothing on records alone', async () => {
    const res = await request(app).get('/').expect(200);
    const links = [...res.text.matchAll(/<a class="also-in" href="\/clusters\/(\d+)">([^<]+)<\/a>/g)];
    expect(links).toHaveLength(6);
    for (const l of links) expect([Number(l[1]), l[2]]).toEqual([taxCluster(), 'also in 5 articles']);
  });

  it('the review queue cards say it too', async () => {
    const res = await request(app).get('/review').expect(200);
    expect(res.text.match(/class="also-in"/g)).toHaveLength(6);
  });

  it('the cluster page lists the appearances earliest first, with the flags in words and the changed words marked', async () => {
    const res = await request(app).get(`/clusters/${taxCluster()}`).expect(200);
    expect(res.text).toContain('One quotation in 6 articles');
    expect(res.text).toMatch(/First seen in <strong>Harbor Gazette<\/strong>, 2025-03-03/);
    const outlets = [...res.text.matchAll(/<strong class="app-outlet">([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(outlets).toEqual(['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier']);
    expect(res.text).toContain('Given to another speaker in 1 appearance.');
    expect(res.text).toContain('a number and a negation (not, never, no) changed');
    expect(res.text).toContain('<del class="sig">40</del> <ins class="sig">14</ins>');
    expect(res.text).toContain('<del class="sig">not</del>');
    expect(res.text).toContain('part of the longer quotation');
    // plain words only: no field names or codes
    expect(res.text).not.toMatch(/differentSpeaker|changedWording|negation\b(?! \()/);
  });

  it('the record page says where else its words appeared', async () => {
    const id = store.db.prepare("SELECT a.id FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE ar.outlet = 'River Post' AND a.text LIKE '%water tax%'").pluck().get() as number;
    const res = await request(app).get(`/attributions/${id}`).expect(200);
    expect(res.text).toMatch(/<dt>Also in<\/dt><dd><a class="also-in" href="\/clusters\/\d+">5 other articles<\/a>/);
    expect(res.text).toContain('first seen in Harbor Gazette, 2025-03-03');
  });

  it('the JSON API gives each record its cluster, or null', async () => {
    const res = await request(app).get('/api/attributions?limit=50').expect(200);
    const items = res.body.items as { text: string; cluster: unknown }[];
    const tax = items.filter((i) => i.text.includes('water tax'));
    expect(tax).toHaveLength(6);
    for (const i of tax) {
      expect(i.cluster).toMatchObject({ id: taxCluster(), size: 6, articles: 6, earliest: { outlet: 'Harbor Gazette' } });
    }
    for (const i of items.filter((x) => !x.text.includes('water tax'))) expect(i.cluster).toBeNull();
  });

  it('GET /api/clusters/:id: the appearances with flags and diffs', async () => {
    const res = await request(app).get(`/api/clusters/${taxCluster()}`).expect(200);
    expect(res.body).toMatchObject({ size: 6, articles: 6, differentSpeakers: true, changedWording: true, significant: ['number', 'negation'] });
    const river = res.body.appearances.find((a: { outlet: string }) => a.outlet === 'River Post');
    expect(river).toMatchObject({ changedWording: true, significant: ['number'], differentSpeaker: false });
    expect(river.diff.filter((d: { kind: string }) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: '40', edge: false, significant: ['number'] },
      { kind: 'added', text: '14', edge: false, significant: ['number'] },
    ]);
    expect(res.body.appearances[0]).toMatchObject({ earliest: true, diff: null, outlet: 'Harbor Gazette' });
  });

  it('pages through the appearances with ?from=, and refuses a bad one with the reason', async () => {
    const res = await request(app).get(`/api/clusters/${taxCluster()}?from=5`).expect(200);
    expect(res.body.appearances.map((a: { outlet: string }) => a.outlet)).toEqual(['Lake Courier']);
    expect(res.body).toMatchObject({ next: null, earliest: { outlet: 'Harbor Gazette' }, differentSpeakers: true });
    const page = await request(app).get(`/clusters/${taxCluster()}?from=5`).expect(200);
    expect(page.text).toContain('6–6 of 6');
    expect(page.text).toContain('rel="prev"');
    const bad = await request(app).get(`/clusters/${taxCluster()}?from=-3`).expect(400);
    expect(bad.text).toMatch(/from/);
  });

  it('an unknown cluster is a 404 with the reason', async () => {
    const res = await request(app).get('/clusters/424242').expect(404);
    expect(res.text).toContain('no cluster 424242');
    await request(app).get('/api/clusters/424242').set('Accept', 'application/json').expect(404);
    await request(app).get('/clusters/abc').expect(404);
  });
});
