import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleLog } from '../../src/store/articles-admin.js';
import { serve, startLocalServer, type LocalServer } from '../ingest/local-server.js';
import { csrfFrom, makeHarness, signedIn, type Harness } from './app-harness.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8');

let server: LocalServer;
let h: Harness;
beforeEach(async () => {
  server = await startLocalServer({
    '/news/harbour-budget': serve(fixture('news-article.html'), 'text/html; charset=utf-8'),
    '/news/port-strike': serve(fixture('og-only.html'), 'text/html'),
    '/rss.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"a"' }).end(fixture('feed-rss.xml').replaceAll('BASE', server.base)),
  });
});
afterEach(async () => {
  h.close();
  await server.close();
});

/** The value of a form field on a page. */
function field(html: string, name: string): string | undefined {
  const input = new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return input?.[1];
}

describe('Add by address', () => {
  it('reads the page and fills the add form with its text and details, to check before storing', async () => {
    h = await makeHarness({ allowPrivateHosts: true });
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles/fetch').type('form').send({ _csrf: token, url: `${server.base}/news/harbour-budget` });
    expect(res.status).toBe(200);
    expect(res.text).toContain(`Read from ${server.base}/news/harbour-budget. Check the text and the details, then store it.`);
    expect(field(res.text, 'title')).toBe('Council approves harbour budget after late-night vote');
    expect(field(res.text, 'outlet')).toBe('Valley Tribune');
    expect(field(res.text, 'authors')).toBe('Lena Hart, Omar Reyes');
    expect(field(res.text, 'published')).toBe('2026-12-04T02:40:00.000Z');
    expect(res.text).toMatch(/name="url" maxlength="2000" value="https:\/\/tribune\.example\/news\/2026\/12\/03\/harbour-budget"/);
    expect(res.text).toContain('Mayor Helen Cho said after the 6-3 vote.');
    expect(res.text).not.toContain('We use cookies');
    // nothing is stored until the reviewer says so
    expect(h.store.articleCount()).toBe(2);
  });

  it('refuses the server’s own network by default: 400 with the reason, no connection made', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles/fetch').type('form').send({ _csrf: token, url: `${server.base}/news/harbour-budget` });
    expect(res.status).toBe(400);
    expect(res.text).toContain('That page could not be added: 127.0.0.1 is on a private or local network (127.0.0.1)');
    // the address stays in the field to correct
    expect(field(res.text, 'url')).toBe(`${server.base}/news/harbour-budget`);
    expect(server.connections()).toBe(0);
  });

  it.each([
    ['ftp://files.example/a.html', 'only http:// and https:// addresses can be fetched, not ftp://'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is on a private or local network'],
  ])('400 for %s', async (url, reason) => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles/fetch').set('accept', 'application/json').send({ _csrf: token, url });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(reason);
  });

  it('needs a signed-in reviewer and the CSRF token', async () => {
    h = await makeHarness({ allowPrivateHosts: true });
    const anonymous = await request(h.app).post('/articles/fetch').type('form').send({ url: `${server.base}/news/harbour-budget` });
    expect(anonymous.status).toBe(401);
    const { agent } = await signedIn(h.app);
    const forged = await agent.post('/articles/fetch').type('form').send({ url: `${server.base}/news/harbour-budget` });
    expect(forged.status).toBe(403);
    expect(server.connections()).toBe(0);
  });
});

describe('the add form’s details', () => {
  it('stores the title, outlet, authors, date and address the reviewer gives', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent
      .post('/articles')
      .field('_csrf', token)
      .field('title', 'Harbour budget passes')
      .field('outlet', 'Valley Tribune')
      .field('authors', 'Lena Hart, Omar Reyes')
      .field('published', '2026-12-03')
      .field('url', 'https://tribune.example/a')
      .field('text', '“Pasted quote,” Pat Paste said. The council met on Wednesday.');
    expect(res.status).toBe(303);
    const id = Number(/\/articles\/(\d+)/.exec(res.headers['location'] ?? '')?.[1]);
    expect(h.store.getArticle(id)).toMatchObject({
      title: 'Harbour budget passes',
      outlet: 'Valley Tribune',
      authors: ['Lena Hart', 'Omar Reyes'],
      published: '2026-12-03T00:00:00.000Z',
      url: 'https://tribune.example/a',
    });
  });

  it('a date that is not a date is a 400 saying so', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles').field('_csrf', token).field('published', 'last Tuesday').field('text', 'Some text.');
    expect(res.status).toBe(400);
    expect(res.text).toContain('the date is not a date');
  });
});

describe('changing an article’s details', () => {
  it('saves the fields, keeps the article’s records, and logs who changed what', async () => {
    h = await makeHarness();
    const { agent } = await signedIn(h.app);
    const page = await agent.get('/articles/1');
    expect(page.text).toContain('Change the article’s details');
    const records = h.store.articleAttributions(1).length;
    const res = await agent.post('/articles/1/details').type('form').send({
      _csrf: csrfFrom(page.text),
      title: 'Six Americans fly home',
      outlet: 'CNN',
      authors: 'Alejandra Jaramillo, Chris Lau',
      published: '2025-02-01',
      url: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/articles/1?details=1');
    expect(h.store.getArticle(1)).toMatchObject({ title: 'Six Americans fly home', outlet: 'CNN', authors: ['Alejandra Jaramillo', 'Chris Lau'], published: '2025-02-01T00:00:00.000Z', url: null });
    expect(h.store.articleAttributions(1)).toHaveLength(records);
    const [entry] = articleLog(h.store, { articleId: 1, limit: 5 });
    expect(entry).toMatchObject({ action: 'edit', userName: 'ana', title: 'Six Americans fly home' });
    expect(entry?.detail).toEqual({
      before: { title: 'Six Americans head home', authors: ['Alejandra Jaramillo'], published: '2025-02-01T05:07:00.000Z' },
      after: { title: 'Six Americans fly home', authors: ['Alejandra Jaramillo', 'Chris Lau'], published: '2025-02-01T00:00:00.000Z' },
    });
    // the new title is what the claims search finds
    const search = await agent.get('/api/attributions?q=fly&in=all');
    expect(search.body.items.length).toBeGreaterThan(0);
    const list = await agent.get('/articles');
    expect(list.text).toContain('ana changed the details of “Six Americans fly home”: title, authors, published');
  });

  it('saving the same details logs nothing; signed out it is refused', async () => {
    h = await makeHarness();
    const before = h.store.getArticle(2);
    const { agent, token } = await signedIn(h.app);
    const same = await agent.post('/articles/2/details').set('accept', 'application/json').send({
      _csrf: token, title: before.title, outlet: before.outlet ?? '', authors: before.authors.join(', '), published: before.published, url: before.url ?? '',
    });
    expect(same.body).toEqual({ changed: [] });
    expect(articleLog(h.store, { articleId: 2, limit: 5 })).toHaveLength(0);
    const anonymous = await request(h.app).post('/articles/2/details').type('form').send({ title: 'x' });
    expect(anonymous.status).toBe(401);
    expect(h.store.getArticle(2).title).toBe(before.title);
  });
});

describe('watching a feed', () => {
  it('watches it and imports its items on the first look; the feeds page says what it found', async () => {
    h = await makeHarness({ allowPrivateHosts: true });
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/feeds').set('accept', 'application/json').send({ _csrf: token, url: `${server.base}/rss.xml` });
    expect(res.status).toBe(201);
    expect(res.body.feed).toMatchObject({ url: `${server.base}/rss.xml`, etag: '"a"', addedBy: 'ana', lastResult: `${server.base}/rss.xml: 2 items, 2 imported, 0 already known, 0 failed` });
    expect(h.store.articleCount()).toBe(4);
    const page = await request(h.app).get('/feeds');
    expect(page.text).toContain('Valley Tribune — News');
    expect(page.text).toContain('2 items, 2 imported');
  });

  it('a form post is answered at once and the look goes on in the background', async () => {
    h = await makeHarness({ allowPrivateHosts: true });
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/feeds').type('form').send({ _csrf: token, url: `${server.base}/rss.xml` });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/feeds?added=1');
    expect((await agent.get('/feeds?added=1')).text).toContain('The feed is watched; its first look is under way.');
    for (let i = 0; i < 100 && h.store.articleCount() < 4; i++) await new Promise((ok) => setTimeout(ok, 50));
    expect(h.store.articleCount()).toBe(4);
  });

  it('a feed address that is not http(s) is a 400 with the reason', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/feeds').type('form').send({ _csrf: token, url: 'gopher://old.example/feed' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('only http:// and https:// addresses can be fetched');
  });
});
