import { afterEach, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.js';
import { meta } from '../store/fixtures.js';
import { makeHarness, signedIn, type Harness } from '../web/app-harness.js';

// An article's "source" link comes from the page's own metadata (<link rel="canonical">,
// og:url). Only http(s) addresses may become that link: anything else would run (javascript:)
// or show (data:) what the page's author chose when a reviewer clicks "source".

const page = (head: string) => `<html><head>${head}</head><body><p>“Quoted,” she said.</p></body></html>`;

describe('article address from page metadata', () => {
  it.each([
    ['<link rel="canonical" href="https://example.org/a">', 'https://example.org/a'],
    ['<link rel="canonical" href="  http://example.org/b  ">', 'http://example.org/b'],
    ['<meta property="og:url" content="https://example.org/c">', 'https://example.org/c'],
    ['<link rel="canonical" href="javascript:alert(document.cookie)">', null],
    ['<link rel="canonical" href="JavaScript:alert(1)">', null],
    ['<link rel="canonical" href="java&#x09;script:alert(1)">', null],
    ['<link rel="canonical" href=" javascript:alert(1)">', null],
    ['<meta property="og:url" content="data:text/html,<script>alert(1)</script>">', null],
    ['<meta property="og:url" content="vbscript:msgbox(1)">', null],
    ['<meta property="og:url" content="file:///etc/passwd">', null],
    ['<link rel="canonical" href="/2025/02/story">', null],
    ['<link rel="canonical" href="//evil.example/x">', null],
    // a refused canonical link does not hide a good og:url after it
    ['<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.org/d">', 'https://example.org/d'],
  ])('%s gives the address %j', (head, url) => {
    expect(htmlToText(page(head)).meta.url).toBe(url);
  });
});

let h: Harness;
afterEach(() => h?.close());

describe('the source link on the article page', () => {
  it('an uploaded page whose canonical link is javascript: is stored and shown without a link', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const html = page('<link rel="canonical" href="javascript:alert(document.cookie)"><title>Evil</title>');
    const res = await agent
      .post('/articles')
      .field('_csrf', token)
      .attach('file', Buffer.from(html), { filename: 'evil.html', contentType: 'text/html' });
    expect(res.status).toBe(303);
    const id = Number(/\/articles\/(\d+)/.exec(res.headers['location'] ?? '')?.[1]);
    expect(h.store.getArticle(id).url).toBeNull();
    const shown = await agent.get(`/articles/${id}`);
    expect(shown.text).not.toMatch(/javascript:/i);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi'])('an address %j stored earlier is shown as no link', async (url) => {
    h = await makeHarness();
    const { articleId } = h.store.addArticle({ text: 'Plain text.', meta: meta('Old row'), url }, []);
    const shown = await (await signedIn(h.app)).agent.get(`/articles/${articleId}`);
    expect(shown.status).toBe(200);
    expect(shown.text).not.toContain(url);
    expect(shown.text).not.toMatch(/>source</);
  });

  it('an http address stored earlier is still the source link', async () => {
    h = await makeHarness();
    const { articleId } = h.store.addArticle({ text: 'Plain text.', meta: meta('Good row'), url: 'https://example.org/ok' }, []);
    const shown = await (await signedIn(h.app)).agent.get(`/articles/${articleId}`);
    expect(shown.text).toContain('href="https://example.org/ok"');
  });
});
