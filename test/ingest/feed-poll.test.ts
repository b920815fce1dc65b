import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFromPage } from '../../src/ingest/web-article.js';
import { describeFeedRun, pollFeed, readWebArticle, type WebReader } from '../../src/ingest/web-import.js';
import { extract } from '../../src/pipeline/index.js';
import { listFeeds } from '../../src/store/feeds.js';
import { Store } from '../../src/store/store.js';
import { serve, startLocalServer, type LocalServer } from './local-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8');

const reader: WebReader = {
  fetch: { allowPrivateHosts: true },
  readPage: async (html, url) => articleFromPage(html, url),
  extract: async (text) => extract(text),
};

let server: LocalServer;
let dir: string;
let store: Store;
let etag = '"feed-1"';
let rss = '';
beforeEach(async () => {
  etag = '"feed-1"';
  dir = mkdtempSync(join(tmpdir(), 'saidby-feed-'));
  store = Store.open(join(dir, 'feed.db'));
  server = await startLocalServer({
    '/rss.xml': (req, res) => {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Thu, 03 Dec 2026 22:00:00 GMT' }).end(rss);
    },
    '/news/harbour-budget': serve(fixture('news-article.html'), 'text/html; charset=utf-8'),
    '/news/port-strike': serve(fixture('og-only.html'), 'text/html'),
    '/feed-not-page': serve('%PDF-1.7', 'application/pdf'),
  });
  rss = fixture('feed-rss.xml').replaceAll('BASE', server.base);
});
afterEach(async () => {
  await server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const pagesFetched = () => server.requests.filter((r) => r.path.startsWith('/news/')).length;

describe('pollFeed', () => {
  it('imports each item once, remembers the ETag, and an unchanged feed costs one 304', async () => {
    const first = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(first).toMatchObject({ unchanged: false, items: 2, imported: 2, known: 0, failed: 0 });
    expect(store.articleCount()).toBe(2);
    expect(listFeeds(store)[0]).toMatchObject({ etag: '"feed-1"', lastModified: 'Thu, 03 Dec 2026 22:00:00 GMT', title: 'Valley Tribune — News' });

    const second = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(second.unchanged).toBe(true);
    expect(describeFeedRun(second)).toBe(`${server.base}/rss.xml: unchanged since the last look`);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"feed-1"');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Thu, 03 Dec 2026 22:00:00 GMT');

    // The feed changes (a new ETag) but lists the same items: none is fetched again.
    etag = '"feed-2"';
    const before = pagesFetched();
    const third = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(third).toMatchObject({ unchanged: false, items: 2, imported: 0, known: 2 });
    expect(pagesFetched()).toBe(before);
    expect(store.articleCount()).toBe(2);
  });

  it('the same article under a second address is stored once (by its text)', async () => {
    rss = rss.replace(`${server.base}/news/port-strike`, `${server.base}/news/harbour-budget?amp=1`).replace('<title>Port strike', '<title>Copy');
    server.requests.length = 0;
    const run = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(run).toMatchObject({ items: 2, imported: 1, known: 1 });
    expect(store.articleCount()).toBe(1);
  });

  it('an item that cannot be read is reported, counted and tried again next run', async () => {
    rss = rss.replace(`${server.base}/news/port-strike`, `${server.base}/feed-not-page`);
    const run = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(run).toMatchObject({ imported: 1, failed: 1 });
    expect(run.problems[0]).toMatch(/feed-not-page: .* is not a web page \(application\/pdf\)/);
    etag = '"feed-3"';
    const again = await pollFeed(store, `${server.base}/rss.xml`, reader);
    expect(again).toMatchObject({ imported: 0, known: 1, failed: 1 });
  });
  it('a feed that cannot be read says why on its next look, and the error reaches the caller', async () => {
    rss = '<html><body>Moved to our new site</body></html>';
    await expect(pollFeed(store, `${server.base}/rss.xml`, reader)).rejects.toThrow(/not an RSS or Atom feed/);
    expect(listFeeds(store)[0]?.lastResult).toMatch(/rss\.xml: not an RSS or Atom feed/);
  });
});

describe('readWebArticle', () => {
  it('reads a fetched page with its details, keeping the page’s canonical address', async () => {
    const article = await readWebArticle(`${server.base}/news/harbour-budget`, reader);
    expect(article).toMatchObject({ title: 'Council approves harbour budget after late-night vote', authors: ['Lena Hart', 'Omar Reyes'], url: 'https://tribune.example/news/2026/12/03/harbour-budget' });
  });

  it('refuses the local server unless private hosts are allowed', async () => {
    await expect(readWebArticle(`${server.base}/news/harbour-budget`, { ...reader, fetch: {} })).rejects.toThrow(/private or local network/);
    expect(server.connections()).toBe(0);
  });
});

describe('the article reader reads feeds and pages in its worker', () => {
  it('gives the same items and article as this thread, and a non-feed is an input error', async () => {
    const { createArticleReader } = await import('../../src/ingest/article-reader.js');
    const { ArticleInputError } = await import('../../src/ingest/article-errors.js');
    const { readFeed } = await import('../../src/ingest/feed.js');
    const worker = createArticleReader({ workers: 1 });
    try {
      const xml = fixture('feed-atom.xml').replaceAll('BASE', 'https://coastal.example');
      expect(await worker.readFeed(xml)).toEqual(readFeed(xml));
      await expect(worker.readFeed('<html></html>')).rejects.toBeInstanceOf(ArticleInputError);
      const page = await worker.fromPage(fixture('og-only.html'), 'https://coastal.example/p');
      expect(page).toEqual(articleFromPage(fixture('og-only.html'), 'https://coastal.example/p'));
    } finally {
      await worker.close();
    }
  });
});
