import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.js';
import { ArticleInputError, findArticleFiles, ingestArticle, readArticleFile } from '../../src/ingest/ingest.js';
import { markdownToText } from '../../src/ingest/markdown-to-text.js';
import type { ExtractResult } from '../../src/schema/article.js';
import { Store } from '../../src/store/store.js';

describe('htmlToText', () => {
  it.each([
    // [html, text]
    ['<p>One &amp; two</p><p>Three</p>', 'One & two\n\nThree'],
    ['<p>“Quote,” she   said.<br>Next line</p>', '“Quote,” she said.\nNext line'],
    ['<script>var s = "<p>not text</p>";</script><p>Text</p><style>p{}</style>', 'Text'],
    ['<nav><a>Home</a></nav><header>Site</header><p>Body</p><footer>©</footer>', 'Body'],
    ['<div>Teaser</div><article><h1>Title</h1><p>Body <b>bold</b> text</p></article>', 'Title\n\nBody bold text'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<p>unclosed <i>tags<p>still parsed', 'unclosed tags\n\nstill parsed'],
    ['', ''],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('reads title, outlet, authors, date and address from the head', () => {
    const { meta } = htmlToText(`<html><head><title>Page | Site</title>
      <meta property="og:title" content="Six Americans head home">
      <meta property="og:site_name" content="CNN">
      <meta name="author" content="Alejandra Jaramillo">
      <meta property="article:published_time" content="2025-02-01T05:07:00Z">
      <link rel="canonical" href="https://example.org/a"></head><body><p>x</p></body></html>`);
    expect(meta).toEqual({
      title: 'Six Americans head home',
      outlet: 'CNN',
      authors: ['Alejandra Jaramillo'],
      published: '2025-02-01T05:07:00Z',
      url: 'https://example.org/a',
    });
  });
});

describe('markdownToText', () => {
  it.each([
    ['# Title\n\nBody with **bold** and _it_.', 'Title\n\nBody with bold and it.', 'Title'],
    ['Intro [the post](https://x.example) here.', 'Intro the post here.', null],
    ['> “Quoted,” she said.\n\n- item one\n1. item two', '“Quoted,” she said.\n\nitem one\nitem two', null],
    ['## Sub only\ntext', 'Sub only\ntext', null],
    ['snake_case_name and 2*3*4', 'snake_case_name and 2*3*4', null],
  ])('%j', (md, text, title) => {
    expect(markdownToText(md)).toEqual({ text, title });
  });
});

describe('files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saidby-ingest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively for .txt/.html/.md, sorted, skipping hidden and other files', async () => {
    mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
    for (const f of ['a.txt', 'b/deep/c.html', 'b/d.md', 'b/e.pdf', '.hidden.txt', 'b/notes.json']) writeFileSync(join(dir, f), 'x');
    expect((await findArticleFiles([dir])).map((p) => p.slice(dir.length + 1))).toEqual(['a.txt', 'b/d.md', 'b/deep/c.html']);
  });

  it('a missing path is an error naming it', async () => {
    await expect(findArticleFiles([join(dir, 'nope')])).rejects.toThrow(/nope: no such file or folder/);
  });

  it.each([
    ['bad.txt', Buffer.from([0xff, 0xfe, 0x41]), /not valid UTF-8/],
    ['bin.txt', Buffer.from('a\u0000b'), /binary/],
    ['doc.pdf', Buffer.from('%PDF'), /unsupported file type/],
  ])('%s is refused: %s', async (name, bytes, reason) => {
    writeFileSync(join(dir, name), bytes);
    await expect(readArticleFile(join(dir, name))).rejects.toThrow(reason);
  });

  it('a BOM and CRLF line ends are removed from .txt articles', async () => {
    writeFileSync(join(dir, 'a.txt'), '\uFEFFLine one\r\nLine two');
    expect((await readArticleFile(join(dir, 'a.txt'))).text).toBe('Line one\nLine two');
  });
});

describe('ingestArticle', () => {
  it('a duplicate is recognised before extraction runs again', () => {
    const store = Store.open(':memory:');
    let calls = 0;
    const extract = (): ExtractResult => {
      calls++;
      return { article: { title: 'T', outlet: null, authors: [], published: null }, quotes: [], diagnostics: [] };
    };
    expect(ingestArticle(store, { text: 'Some text.' }, extract).status).toBe('ingested');
    expect(ingestArticle(store, { text: '  Some   text. ' }, extract).status).toBe('duplicate');
    expect(calls).toBe(1);
    store.close();
  });

  it('metadata from the file wins over what extraction read from the text', () => {
    const store = Store.open(':memory:');
    const extract = (): ExtractResult => ({
      article: { title: 'From text', outlet: 'Text outlet', authors: ['A'], published: '2024-01-01T00:00:00Z' },
      quotes: [],
      diagnostics: [],
    });
    const { articleId } = ingestArticle(store, { text: 'Body', title: 'From head', outlet: null }, extract);
    expect(store.getArticle(articleId)).toMatchObject({ title: 'From head', outlet: 'Text outlet', authors: ['A'] });
    store.close();
  });

  it('empty text is refused', () => {
    const store = Store.open(':memory:');
    expect(() => ingestArticle(store, { text: ' \n ' })).toThrow(ArticleInputError);
    store.close();
  });
});
