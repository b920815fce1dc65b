import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromPage, readLinkedData } from '../../src/ingest/web-article.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8');

describe('articleFromPage', () => {
  it('keeps the story and drops the navigation, cookie banner, related list and footer', () => {
    const { text } = articleFromPage(fixture('news-article.html'), 'https://tribune.example/x');
    expect(text).toContain('“This budget keeps the harbour open for working boats, and it does so without raising a single fee,” Mayor Helen Cho said after the 6-3 vote.');
    expect(text).toContain('“We will not reopen a building we cannot insure,” she said.');
    // paragraphs stay paragraphs
    expect(text).toMatch(/after the 6-3 vote\.\n\nCouncillor Dev Patel/);
    for (const chrome of ['We use cookies', 'Accept all', 'Politics', 'Subscribe for $1', 'Related stories', 'Dredging costs double', 'All rights reserved', 'Privacy']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads the details from JSON-LD first: headline, publisher, every author, date, canonical address', () => {
    const article = articleFromPage(fixture('news-article.html'), 'https://tribune.example/x?utm_source=feed');
    expect(article).toMatchObject({
      title: 'Council approves harbour budget after late-night vote',
      outlet: 'Valley Tribune',
      authors: ['Lena Hart', 'Omar Reyes'],
      published: '2026-12-04T02:40:00.000Z',
      url: 'https://tribune.example/news/2026/12/03/harbour-budget',
    });
  });

  it('reads an OpenGraph-only page from its og: and <meta> tags', () => {
    const article = articleFromPage(fixture('og-only.html'), 'https://coastal.example/p?id=9');
    expect(article).toMatchObject({
      title: 'Port strike ends after dockers accept pay offer',
      outlet: 'Coastal Daily',
      authors: ['Priya Nair'],
      published: '2026-12-02T10:15:00.000Z',
      url: 'https://coastal.example/2026/12/port-strike-ends',
    });
    expect(article.text).toContain('union secretary Tom Avery said');
    expect(article.text).not.toContain('Most read');
    expect(article.text).not.toContain('Log in');
  });

  it('a page with no details of its own keeps the address it was fetched from', () => {
    const html = `<html><body><article><p>${'A paragraph long enough to be read as the article, said nobody in particular. '.repeat(8)}</p></article></body></html>`;
    expect(articleFromPage(html, 'https://plain.example/a').url).toBe('https://plain.example/a');
  });
});

describe('readLinkedData', () => {
  it.each([
    ['an author as a plain string', { '@type': 'NewsArticle', author: 'Ana Ruiz' }, { authors: ['Ana Ruiz'] }],
    ['a list of @type', { '@type': ['Article', 'NewsArticle'], headline: 'H' }, { title: 'H' }],
    ['a javascript: url dropped', { '@type': 'NewsArticle', url: 'javascript:alert(1)' }, { url: null }],
    ['not an article', { '@type': 'Recipe', headline: 'Soup', author: 'Chef' }, { title: null, authors: [] }],
  ])('%s', (_name, ld, expected) => {
    expect(readLinkedData([JSON.stringify(ld)])).toMatchObject(expected);
  });

  it('skips a block that is not JSON and reads the next', () => {
    expect(readLinkedData(['{ not json', JSON.stringify({ '@type': 'NewsArticle', headline: 'Second' })]).title).toBe('Second');
  });
});
