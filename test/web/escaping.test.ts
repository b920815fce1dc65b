import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightArticle } from '../../src/web/highlight.js';
import { makeHarness, signedIn, type Harness } from './app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(() => h.close());

/** The hostile fixture has a quote with <script>, a speaker named <b>Mallory</b> Script and a title with <i>. */
function expectInert(html: string): void {
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<b>Mallory</b>');
  expect(html).not.toContain('<i>title</i>');
}

describe('markup inside stored text renders as text, never as markup', () => {
  it('in the claims list', async () => {
    const res = await request(h.app).get('/?q=script');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is not a quote');
    expect(res.text).toContain('&lt;b&gt;Mallory&lt;/b&gt; Script');
    expectInert(res.text);
  });

  it('on the article page, inside the highlighted text and the side list', async () => {
    const list = await request(h.app).get('/api/attributions?q=script');
    const articleId = list.body.items[0].articleId as number;
    const res = await request(h.app).get(`/articles/${articleId}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<a class="hl hl-quote"[^>]*>“&lt;script&gt;alert\(1\)&lt;\/script&gt; is not a quote,”<\/a>/);
    expect(res.text).toContain('<h1>Hostile &lt;i&gt;title&lt;/i&gt;</h1>');
    expectInert(res.text);
  });

  it('on the speaker page', async () => {
    const list = await request(h.app).get('/api/attributions?q=script');
    const speakerId = list.body.items[0].speakerId as number;
    const res = await request(h.app).get(`/speakers/${speakerId}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expectInert(res.text);
  });

  it('on the attribution page and its review form', async () => {
    const list = await request(h.app).get('/api/attributions?q=script');
    const id = list.body.items[0].id as number;
    const { agent } = await signedIn(h.app);
    const res = await agent.get(`/attributions/${id}`);
    expect(res.text).toContain('value="&lt;b&gt;Mallory&lt;/b&gt; Script"');
    expectInert(res.text);
  });

  it('in the speakers list', async () => {
    const res = await request(h.app).get('/speakers');
    expect(res.text).toContain('&lt;b&gt;Mallory&lt;/b&gt; Script');
    expectInert(res.text);
  });
});

describe('highlightArticle', () => {
  const row = (over: Record<string, unknown>) =>
    ({
      id: 1, start: 0, end: 0, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null, ...over,
    }) as unknown as Parameters<typeof highlightArticle>[1][number];

  it.each([
    // [text, marks, html]
    ['a <b> c', [row({ start: 2, end: 5 })], 'a <a class="hl hl-quote" href="/attributions/1" data-attribution="1">&lt;b&gt;</a> c'],
    // a cue inside a claim: the overlap carries both classes
    ['he said yes', [row({ start: 0, end: 11, cueStart: 3, cueEnd: 7 })],
      '<a class="hl hl-quote" href="/attributions/1" data-attribution="1">he </a><a class="hl hl-cue hl-quote" href="/attributions/1" data-attribution="1">said</a><a class="hl hl-quote" href="/attributions/1" data-attribution="1"> yes</a>'],
    // offsets past the end of the text are dropped, not guessed
    ['short', [row({ start: 2, end: 99 })], 'short'],
    ['& "x"', [], '&amp; &quot;x&quot;'],
  ])('%j', (text, marks, html) => {
    expect(highlightArticle(text, marks)).toBe(html);
  });
});
