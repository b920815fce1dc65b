import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, readFeed } from '../../src/ingest/feed.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8').replaceAll('BASE', 'https://tribune.example');

describe('readFeed', () => {
  it('lists an RSS 2.0 feed’s items by their links (a guid that is not a permalink is not an address)', () => {
    expect(readFeed(fixture('feed-rss.xml'))).toEqual({
      title: 'Valley Tribune — News',
      items: [
        { url: 'https://tribune.example/news/harbour-budget', title: 'Council approves harbour budget after late-night vote' },
        { url: 'https://tribune.example/news/port-strike', title: 'Port strike ends after dockers accept pay offer' },
      ],
    });
  });

  it('takes an Atom entry’s alternate link, not a related one', () => {
    expect(readFeed(fixture('feed-atom.xml')).items).toEqual([{ url: 'https://tribune.example/news/port-strike', title: 'Port strike ends after dockers accept pay offer' }]);
  });

  it('leaves out items with no web address and lists an address once', () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>a</title><link>javascript:alert(1)</link></item>
      <item><title>b</title><link>https://x.example/b</link></item>
      <item><title>b again</title><guid>https://x.example/b</guid></item></channel></rss>`;
    expect(readFeed(xml).items).toEqual([{ url: 'https://x.example/b', title: 'b' }]);
  });

  it('a web page is not a feed', () => {
    expect(() => readFeed('<html><body><p>hi</p></body></html>')).toThrow(/not an RSS or Atom feed/);
  });
});

describe('looksLikeFeed', () => {
  it.each([
    ['application/rss+xml', '', true],
    ['text/xml', '<?xml version="1.0"?>\n<rss version="2.0">', true],
    ['application/xml', '<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['text/html', '<!doctype html><html>', false],
  ])('%s %s -> %s', (type, body, expected) => {
    expect(looksLikeFeed(type, body)).toBe(expected);
  });
});
