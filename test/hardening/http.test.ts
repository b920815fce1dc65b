import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHarness, signedIn, type Harness } from '../web/app-harness.js';

// HTTP hardening that test/web does not already cover: limits on JSON and form bodies of the
// review route, malformed bodies, hostile query strings (FTS syntax, bad percent-encoding,
// overlong values, repeated keys), ids that overflow or are not numbers, the rate limit on
// writes, and a CSP with no inline script on every kind of page, error pages included.
// Every one of these must be answered with a 4xx and a reason, never a 500.

let h: Harness;
afterEach(() => h?.close());

describe('request bodies', () => {
  it('a JSON review body over the size limit is a 413 with a reason, and changes nothing', async () => {
    h = await makeHarness({ maxArticleBytes: 1000 });
    const { agent, token } = await signedIn(h.app);
    const res = await agent
      .post('/attributions/1/review')
      .set('Accept', 'application/json')
      .set('x-csrf-token', token)
      .send({ action: 'correct', version: 1, note: 'n'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatch(/too large/);
    expect(h.store.getAttribution(1).version).toBe(1);
  });

  it('a form review body over the size limit is a 413', async () => {
    h = await makeHarness({ maxArticleBytes: 1000 });
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/1/review').type('form').send({ _csrf: token, action: 'confirm', version: 1, note: 'n'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(h.store.reviews(1)).toHaveLength(0);
  });

  it('a form with hundreds of fields is refused, not parsed', async () => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const fields = Array.from({ length: 500 }, (_, i) => `f${i}=x`).join('&');
    const res = await agent.post('/attributions/1/review').type('form').send(`_csrf=${token}&action=confirm&version=1&${fields}`);
    expect(res.status).toBe(413);
    expect(h.store.reviews(1)).toHaveLength(0);
  });

  it.each([
    ['malformed JSON', '{"action": "confirm", "version": 1', 'application/json'],
    ['JSON that is not an object', '"confirm"', 'application/json'],
    ['a JSON array', '[1, 2, 3]', 'application/json'],
  ])('%s in a review body is a 400, not a 500', async (_name, body, type) => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/1/review').set('Accept', 'application/json').set('Content-Type', type).set('x-csrf-token', token).send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error).toEqual(expect.any(String));
  });

  it.each([
    [{ action: 'correct', version: 1, speaker: 's'.repeat(201) }, /speaker/],
    [{ action: 'correct', version: 1, note: 'n'.repeat(2001) }, /note/],
    [{ action: 'confirm', version: 0 }, /version/],
    [{ action: 'confirm', version: 1.5 }, /version/],
    [{ action: 'confirm', version: 'one' }, /version/],
    [{ action: 'correct', version: 1, source_type: 'alien' }, /source_type/],
    [{ action: 'correct', version: 1, reported_by_type: 'blog' }, /reported_by_type/],
    [{ action: ['confirm', 'reject'], version: 1 }, /action/],
  ])('review input %j is a 400 naming the field', async (body, reason) => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/2/review').set('Accept', 'application/json').set('x-csrf-token', token).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
    expect(h.store.getAttribution(2).version).toBe(1);
  });
});

describe('query strings', () => {
  it.each([
    '/?q=trump*',
    '/?q=NEAR(trump%20venezuela)',
    '/?q=trump%20AND%20OR%20NOT',
    '/?q=%5Etrump%3A%7B%7D',
    '/?q=%22six%20hostages',
    '/?q=venezuela%20-%22-trump',
    '/?speaker=%22%27%3B--',
    '/?speaker=%25',
  ])('%s is answered, not a 500', async (url) => {
    h = await makeHarness();
    const res = await request(h.app).get(url).set('Accept', 'application/json');
    expect(res.status).toBe(200);
  });

  it.each([
    ['/?q=' + 'x'.repeat(501), /q/],
    ['/?speaker=' + 's'.repeat(201), /speaker/],
    ['/?q=a&q=b', /q/],
    ['/?speaker_id=abc', /speaker_id/],
    ['/?speaker_id=-1', /speaker_id/],
    ['/?limit=0', /limit/],
    ['/?limit=1e3', /limit/],
    ['/?after=-5', /after/],
    ['/?after=99999999999999999999', /after/],
    ['/?source=blog', /source/],
    ['/speakers?page=0', /page/],
    ['/speakers?name=' + 'n'.repeat(201), /name/],
    ['/api/attributions?before=x', /before/],
    // a search with nothing to look for is refused, not read as "everything"
    ['/?q=%22', /q: the search has no letters or digits/],
    ['/?q=%00', /q: the search has no letters or digits/],
    ['/?q=%F0%9F%98%80', /q: the search has no letters or digits/],
    ['/api/attributions?q=%22%22%22', /q: the search has no letters or digits/],
    ['/export.csv?q=*', /q: the search has no letters or digits/],
    ['/?q=-venezuela', /q: the search only says what to leave out/],
    ['/?in=everywhere', /in/],
  ])('%s is a 400 naming the field', async (url, reason) => {
    h = await makeHarness();
    const res = await request(h.app).get(url).set('Accept', 'application/json');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
  });

  // The query parser reads a broken escape leniently (as written, or U+FFFD): an ordinary search.
  it.each(['/?q=%E0%A4%A', '/?q=%ED%A0%80', '/?speaker=%FF', '/articles/%E0%A4%A'])('bad percent-encoding %s is answered, not a 500', async (url) => {
    h = await makeHarness();
    const res = await request(h.app).get(url).set('Accept', 'application/json');
    expect(res.status).toBeLessThan(500);
  });
});

describe('ids', () => {
  it.each([
    '/articles/0',
    '/articles/-1',
    '/articles/99999999999999999999',
    '/articles/9007199254740993',
    '/attributions/1e3',
    '/attributions/0x1',
    '/attributions/%20%31',
    '/speakers/1;DROP%20TABLE%20speakers',
  ])('%s is a 404', async (url) => {
    h = await makeHarness();
    const res = await request(h.app).get(url);
    expect(res.status).toBe(404);
  });

  it.each(['/attributions/abc/review', '/attributions/0/review', '/attributions/99999999999999999999/review'])('POST %s is a 404', async (url) => {
    h = await makeHarness();
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post(url).type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(res.status).toBe(404);
  });

  it.each(['/static/../package.json', '/static/%2e%2e/package.json', '/static/..%2f..%2fpackage.json', '/static/%2e%2e%2fsrc/web/app.ts'])(
    '%s does not leave public/',
    async (url) => {
      h = await makeHarness();
      const res = await request(h.app).get(url);
      expect([403, 404]).toContain(res.status);
      expect(res.text).not.toContain('"dependencies"');
    },
  );
});

describe('rate limits on writes', () => {
  it('reviews beyond the write limit are refused with 429, and the refused one changes nothing', async () => {
    h = await makeHarness({ rateLimits: { signIn: 100, writes: 2 } });
    const { agent, token } = await signedIn(h.app);
    const statuses: number[] = [];
    for (const id of [1, 2, 3]) {
      statuses.push((await agent.post(`/attributions/${id}/review`).type('form').send({ _csrf: token, action: 'confirm', version: 1 })).status);
    }
    expect(statuses).toEqual([303, 303, 429]);
    expect(h.store.getAttribution(3).status).toBe('unreviewed');
    const article = await agent.post('/articles').field('_csrf', token).field('text', '“Pasted quote,” Pat Paste said.');
    expect(article.status).toBe(429);
  });

  it('the 429 says when to come back', async () => {
    h = await makeHarness({ rateLimits: { signIn: 100, writes: 1 } });
    const { agent, token } = await signedIn(h.app);
    await agent.post('/attributions/1/review').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const res = await agent.post('/attributions/2/review').set('Accept', 'application/json').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(res.status).toBe(429);
    expect(res.body.error).toMatch(/wait/);
    expect(res.headers['ratelimit-policy'] ?? res.headers['ratelimit']).toBeDefined();
  });
});

describe('content security policy', () => {
  const PAGES = ['/', '/speakers', '/speakers/1', '/articles/1', '/attributions/1', '/signin', '/nowhere', '/?kind=bad', '/articles/999'];

  it.each(PAGES)('%s: a CSP without inline script or eval, and no inline script, handler or style in the page', async (url) => {
    h = await makeHarness();
    const res = await request(h.app).get(url).set('Accept', 'text/html');
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect(csp).toMatch(/(?:^|;)\s*script-src 'self'(?:;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // every <script> loads a file from this origin; nothing the CSP would have to allow inline
    for (const tag of res.text.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/static\//);
    expect(res.text).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(res.text).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(res.text).not.toMatch(/<[^>]+\sstyle\s*=/i);
    expect(res.text).not.toMatch(/href="javascript:/i);
  });

  it('the JSON API and the CSV export carry the policy and nosniff too', async () => {
    h = await makeHarness();
    for (const url of ['/api/attributions', '/export.csv', '/healthz']) {
      const res = await request(h.app).get(url);
      expect(res.headers['content-security-policy'], url).toMatch(/script-src 'self'/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
