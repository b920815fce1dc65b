import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { csrfFrom, makeHarness, PASSWORD, signedIn, type Harness } from './app-harness.js';
import { attributionIn, meta } from '../store/fixtures.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.close());

const speakersOf = (html: string): string[] =>
  [...html.matchAll(/class="speaker">([^<]*)</g)].map((m) => m[1] ?? '');

describe('GET / (the claims list)', () => {
  it.each([
    ['!!!', 'the search has no letters or digits to look for'],
    ['-trump', 'the search only says what to leave out: add a word to look for'],
  ])('search words with nothing to look for (%s) are answered on the list, beside the filter, in words', async (q, reason) => {
    const res = await request(h.app).get('/').query({ q, kind: 'direct' });
    expect(res.status).toBe(400);
    expect(res.text).toContain(`Nothing was searched: ${reason}. Change the words in Text and filter again.`);
    // the filter form keeps what was typed and chosen
    expect(res.text).toContain(`name="q" value="${q}"`);
    expect(res.text).toMatch(/<option value="direct"\s+selected/);
    // no field names, and no download of everything
    expect(res.text).not.toMatch(/invalid filter|\bq:/);
    expect(res.text).not.toContain('Download CSV');
    expect(res.text).not.toContain('/attributions/1"');
  });

  it('the review queue answers such search words the same way', async () => {
    const res = await request(h.app).get('/review').query({ q: '!!!', kind: 'direct' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nothing was searched: the search has no letters or digits to look for.');
    expect(res.text).toContain('name="q" value="!!!"');
    expect(res.text).not.toMatch(/invalid filter|\bq:/);
  });

  it('a wrong filter that is not the search words is still refused on its own page', async () => {
    const res = await request(h.app).get('/').query({ q: '!!!', kind: 'quote' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('the kind must be Quote, Partial quote or Paraphrase');
  });

  it('lists every claim, newest article first, with its speaker, kind, cue, channel, reporter and status', async () => {
    const res = await request(h.app).get('/');
    expect(res.status).toBe(200);
    expect(speakersOf(res.text).slice(0, 4)).toEqual(['Donald Trump', 'Richard Grenell', 'Donald Trump', 'Nicolás Maduro']);
    for (const cell of ['Quote', '“wrote”', 'a post on X', 'CNN', 'person', 'unreviewed', 'Six Americans head home', 'high']) {
      expect(res.text).toContain(cell);
    }
  });

  const speakerRows: [string, string[]][] = [
    ['grenel', ['Richard Grenell']],
    ['Ric Grenell', ['Richard Grenell']],
    ['Richard Grenell', ['Richard Grenell']],
    ['trump', ['Donald Trump', 'Donald Trump']],
    ['Joe Biden', []],
  ];
  it.each(speakerRows)('speaker=%s shows only %j', async (speaker, names) => {
    const res = await request(h.app).get('/').query({ speaker });
    expect(res.status).toBe(200);
    expect(speakersOf(res.text)).toEqual(names);
  });

  it('combines full text with the other filters; blank fields are no filter', async () => {
    const res = await request(h.app).get('/?speaker=&kind=&source=&status=unreviewed&q=hostages');
    expect(speakersOf(res.text)).toEqual(['Donald Trump']);
  });

  const badQueries: [string, RegExp][] = [
    ['/?kind=quote', /kind/],
    ['/?status=done', /status/],
    ['/?limit=5000', /limit/],
    ['/?after=abc', /after/],
    ['/?after=1&before=2', /either after or before/],
    ['/?kind=direct&kind=mixed', /kind/],
  ];
  it.each(badQueries)('%s is a 400 that names the field', async (url, reason) => {
    const res = await request(h.app).get(url).set('Accept', 'application/json');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
  });

  it('a 400 for a browser is an HTML page with the reason', async () => {
    const res = await request(h.app).get('/?kind=quote').set('Accept', 'text/html');
    expect(res.status).toBe(400);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('the kind must be Quote, Partial quote or Paraphrase');
  });
});

describe('GET /api/attributions', () => {
  it.each([
    ['q=grenell', 0], // a speaker's name is not in the quote text
    ['q=grenell&in=all', 1], // unless speaker and title are searched too
    ['q=hostage', 1], // stemmed
    ['q=%22six%20hostages%22', 1],
    ['q=venez*%20-trump&in=all', 1],
  ])('searches %s: %i found', async (query, n) => {
    const res = await request(h.app).get(`/api/attributions?${query}`);
    expect(res.status).toBe(200);
    expect((res.body as { items: unknown[] }).items).toHaveLength(n);
  });

  it('pages with a cursor until the last page', async () => {
    const first = await request(h.app).get('/api/attributions?limit=4');
    expect(first.body.items).toHaveLength(4);
    expect(first.body.next).toEqual(expect.any(Number));
    const second = await request(h.app).get(`/api/attributions?limit=4&after=${first.body.next}`);
    expect(second.body.items).toHaveLength(3);
    expect(second.body.next).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((r: { id: number }) => r.id);
    expect(new Set(ids).size).toBe(7);
  });

  it('takes the same filter as the list', async () => {
    const res = await request(h.app).get('/api/attributions?speaker=grenel');
    expect(res.body.items.map((r: { speakerName: string }) => r.speakerName)).toEqual(['Richard Grenell']);
  });
});

describe('unknown ids and pages are 404', () => {
  it.each(['/articles/999', '/attributions/999', '/speakers/999', '/attributions/abc', '/articles/1.5', '/nowhere'])(
    '%s',
    async (url) => {
      const res = await request(h.app).get(url);
      expect(res.status).toBe(404);
    },
  );

  it('a JSON client gets a JSON 404', async () => {
    const res = await request(h.app).get('/api/nothing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: expect.stringContaining('/api/nothing'), status: 404 });
  });
});

describe('pages', () => {
  it('the article page marks quote, speaker and cue differently, linking quotes to their review page', async () => {
    const res = await request(h.app).get('/articles/1');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<a class="hl hl-quote" href="\/attributions\/2"[^>]*>“We are wheels up/);
    expect(res.text).toMatch(/<span class="hl hl-speaker"[^>]*>Grenell<\/span>/);
    expect(res.text).toMatch(/<span class="hl hl-cue"[^>]*>wrote<\/span>/);
  });

  it('the speakers page lists who is quoted and how often', async () => {
    const res = await request(h.app).get('/speakers');
    expect(res.text).toMatch(/Donald Trump<\/a><\/td>\s*<td>person<\/td>\s*<td class="num"><a href="\/\?speaker_id=\d+">2</);
    const one = await request(h.app).get('/speakers?name=grenel');
    expect(speakersOf(one.text)).toEqual(['Richard Grenell']);
  });

  it('a speaker page shows their claims only', async () => {
    const list = await request(h.app).get('/api/attributions?speaker=trump');
    const id = list.body.items[0].speakerId as number;
    const res = await request(h.app).get(`/speakers/${id}`);
    expect(res.text).toContain('Quoted <strong>2</strong> times');
    expect(speakersOf(res.text)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('/healthz answers with the schema version', async () => {
    const res = await request(h.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', ok: true, schemaVersion: MIGRATIONS.length });
  });

  it('every page carries a CSP with no inline script, and the script is served from /static', async () => {
    const res = await request(h.app).get('/');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.text).not.toMatch(/<script>(?!alert)/);
    expect((await request(h.app).get('/static/app.js')).status).toBe(200);
    expect((await request(h.app).get('/static/style.css')).status).toBe(200);
  });
});

describe('sign-in and the guard on writes', () => {
  it('a reader cannot review or add articles: 401', async () => {
    const review = await request(h.app).post('/attributions/1/review').type('form').send({ action: 'confirm', version: 1 });
    expect(review.status).toBe(401);
    const article = await request(h.app).post('/articles').type('form').send({ text: 'x' });
    expect(article.status).toBe(401);
    expect(h.store.getAttribution(1).status).toBe('unreviewed');
  });

  it('the add-article form sends a reader to sign in first', async () => {
    const res = await request(h.app).get('/articles/new');
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/signin?next=%2Farticles%2Fnew');
  });

  it('a wrong password is refused with 401 and no session', async () => {
    const agent = request.agent(h.app);
    const form = await agent.get('/signin');
    const res = await agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name: 'ana', password: 'nope' });
    expect(res.status).toBe(401);
    expect(res.text).toContain('Wrong user name or password');
    expect((await agent.get('/articles/new')).status).toBe(303);
  });

  it('sign-in follows only same-site next paths', async () => {
    const agent = request.agent(h.app);
    const form = await agent.get('/signin');
    const res = await agent
      .post('/signin')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), name: 'ana', password: PASSWORD, next: '//evil.example/' });
    expect(res.headers['location']).toBe('/');
  });

  it('sign-in attempts are rate limited: 429', async () => {
    const limited = await makeHarness({ rateLimits: { signIn: 2, writes: 100 } });
    try {
      const agent = request.agent(limited.app);
      const token = csrfFrom((await agent.get('/signin')).text);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await agent.post('/signin').type('form').send({ _csrf: token, name: 'ana', password: 'wrong' })).status);
      }
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      limited.close();
    }
  });

  it('a write without the CSRF token, or with a wrong one, is refused with 403', async () => {
    const { agent } = await signedIn(h.app);
    const none = await agent.post('/attributions/1/review').type('form').send({ action: 'confirm', version: 1 });
    expect(none.status).toBe(403);
    const wrong = await agent.post('/attributions/1/review').type('form').send({ _csrf: 'forged', action: 'confirm', version: 1 });
    expect(wrong.status).toBe(403);
    expect(h.store.getAttribution(1).version).toBe(1);
  });

  it('sign-in itself needs the token (no login CSRF)', async () => {
    const res = await request(h.app).post('/signin').type('form').send({ name: 'ana', password: PASSWORD });
    expect(res.status).toBe(403);
  });
});

describe('POST /attributions/:id/review', () => {
  it('a correction is saved, audited and shown on the attribution page', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/1/review').type('form').send({
      _csrf: token,
      action: 'correct',
      version: 1,
      speaker: 'Ric Grenell',
      kind: 'direct',
      source_type: 'government',
      channel: 'statement',
      channel_platform: '',
      reported_by: 'CNN',
      reported_by_type: 'news-outlet',
      note: 'the post was Grenell’s',
    });
    expect(res.status).toBe(303);
    expect(h.store.getAttribution(1)).toMatchObject({
      speakerName: 'Ric Grenell',
      sourceType: 'government',
      channelType: 'statement',
      channelPlatform: null,
      status: 'corrected',
      version: 2,
    });
    const page = await agent.get('/attributions/1');
    expect(page.text).toContain('the post was Grenell’s');
    expect(page.text).toContain(
      'ana changed the speaker from Donald Trump to Ric Grenell, the speaker type from person to government, how it was said from a post on social media to a statement and the platform from X to none',
    );
    expect(page.text).not.toMatch(/reportedByType|sourceType|news-outlet</);
  });

  it('an edit from a stale page is refused with 409 and a message; the first edit stays', async () => {
    const { agent, token } = await signedIn(h.app);
    const first = await agent.post('/attributions/2/review').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(first.status).toBe(303);
    const stale = await agent
      .post('/attributions/2/review')
      .type('form')
      .send({ _csrf: token, action: 'reject', version: 1, note: 'late' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('after you opened it');
    expect(stale.text).toContain('action="/attributions/2/review"');
    expect(h.store.getAttribution(2).status).toBe('confirmed');
  });

  it('a saved review lands back on the record saying it was saved, with the way on to the queue', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/2/review').type('form').send({ _csrf: token, action: 'reject', version: 1 });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/attributions/2?saved=1');
    const page = await agent.get(res.headers['location'] as string);
    expect(page.text).toContain('Saved: this claim is now rejected');
    expect(page.text).toContain('<a href="/review">Next in the review queue</a>');
    // the plain page says nothing of a save
    expect((await agent.get('/attributions/2')).text).not.toContain('Saved:');
  });

  it('a stale form is answered with the record as it now is, who changed it, and the reviewer’s answers still in the form', async () => {
    const ben = await signedIn(h.app, 'ben');
    const ana = await signedIn(h.app, 'ana');
    const first = await ben.agent.post('/attributions/3/review').type('form').send({ _csrf: ben.token, action: 'correct', version: 1, kind: 'indirect' });
    expect(first.status).toBe(303);
    const stale = await ana.agent.post('/attributions/3/review').type('form').send({
      _csrf: ana.token,
      action: 'correct',
      version: 1,
      speaker: 'Delcy Rodríguez',
      reported_by: 'Reuters',
      note: 'checked against the video',
    });
    expect(stale.status).toBe(409);
    const text = stale.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Not saved: ben changed this record at \d{4}-\d\d-\d\d \d\d:\d\d UTC, after you opened it/);
    // at the top of the page, seen without scrolling down to the form on a phone
    expect(stale.text.indexOf('Not saved:')).toBeLessThan(stale.text.indexOf('class="in-context"'));
    expect(text).toContain('your decision, corrections and note are still in the Review form below');
    // the reviewer's work is back in the form, on top of the version ben saved
    expect(stale.text).toContain('name="version" value="2"');
    expect(stale.text).toContain('value="Delcy Rodríguez"');
    expect(stale.text).toContain('name="reported_by" value="Reuters"');
    expect(stale.text).toMatch(/<textarea name="note"[^>]*>checked against the video<\/textarea>/);
    expect(stale.text).toMatch(/value="correct" checked/);
    // ben's change shows: the kind he chose is the one stored
    expect(text).toContain('ben changed the kind');
    // no machine words on the page
    expect(stale.text).not.toMatch(/version 1|VersionConflict|attribution 3/);
    expect(h.store.getAttribution(3).kind).toBe('indirect');
    expect(h.store.reviews(3)).toHaveLength(1);
    // sending the form again as it came back saves it
    const again = await ana.agent.post('/attributions/3/review').type('form').send({
      _csrf: ana.token, action: 'correct', version: 2, speaker: 'Delcy Rodríguez', reported_by: 'Reuters', note: 'checked against the video',
    });
    expect(again.status).toBe(303);
    expect(h.store.getAttribution(3).speakerName).toBe('Delcy Rodríguez');
  });

  it('naming a known speaker on a record whose speaker was unknown gives it the speaker’s type, in the list filter and the CSV', async () => {
    const text = 'Asked about the flights, “We will see,” came the answer.';
    const { articleId } = h.store.addArticle({ text, meta: meta('Unknown voice') }, [attributionIn(text, '“We will see,”', null)]);
    const id = h.store.articleAttributions(articleId)[0]!.id;
    expect(h.store.getAttribution(id).sourceType).toBeNull();
    const { agent, token } = await signedIn(h.app);
    // the form as a browser sends it: the speaker typed, "Speaker type" left at unknown
    const res = await agent.post(`/attributions/${id}/review`).type('form').send({
      _csrf: token, action: 'correct', version: 1, speaker: 'Donald Trump', kind: 'direct', source_type: '', channel: '', reported_by: '', reported_by_type: '',
    });
    expect(res.status).toBe(303);
    expect(h.store.getAttribution(id).sourceType).toBe('person');
    const list = await request(h.app).get('/').query({ source: 'person', q: 'see' });
    expect(list.text).toContain(`/attributions/${id}`);
    const csv = await request(h.app).get('/export.csv').query({ q: 'see' });
    expect(csv.text).toContain('Donald Trump,Person,');
    const page = await agent.get(`/attributions/${id}`);
    expect(page.text).toContain('the speaker type from unknown to person');
  });

  it('two reviewers on one page: the second save is refused (409), nothing is lost, the log names the first', async () => {
    const ana = await signedIn(h.app, 'ana');
    const ben = await signedIn(h.app, 'ben');
    // both loaded version 1
    const [a, b] = await Promise.all([
      ana.agent.post('/attributions/4/review').type('form').send({ _csrf: ana.token, action: 'correct', version: 1, speaker: 'Nicolas Maduro Moros' }),
      ben.agent.post('/attributions/4/review').type('form').send({ _csrf: ben.token, action: 'reject', version: 1, note: 'not a quote' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const log = h.store.reviews(4);
    expect(log).toHaveLength(1);
    expect(h.store.getAttribution(4).version).toBe(2);
    // the one who got 409 reloads, sees version 2 and can then save on top of it
    const loser = a.status === 409 ? ana : ben;
    const retry = await loser.agent.post('/attributions/4/review').type('form').send({ _csrf: loser.token, action: 'confirm', version: 2 });
    expect(retry.status).toBe(303);
    expect(h.store.reviews(4).map((r) => r.userName)).toHaveLength(2);
  });

  it.each([
    [{ action: 'approve', version: 1 }, /action/],
    [{ action: 'confirm' }, /version/],
    [{ action: 'correct', version: 1, kind: 'quote' }, /kind/],
    [{ action: 'correct', version: 1, channel: 'tv' }, /channel/],
  ])('bad review input %j is a 400 naming the field', async (body, reason) => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/3/review').set('Accept', 'application/json').type('form').send({ _csrf: token, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
  });

  it('reviewing an unknown attribution is a 404', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/999/review').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(res.status).toBe(404);
  });
});

describe('POST /articles', () => {
  it('a pasted article is extracted, stored and shown; pasting it again finds the first copy', async () => {
    const { agent, token } = await signedIn(h.app);
    const text = 'Breaking. “Pasted quote,” Pat Paste said on Monday.';
    const res = await agent.post('/articles').field('_csrf', token).field('title', 'Pasted').field('text', text);
    expect(res.status).toBe(303);
    const page = await agent.get(res.headers['location'] as string);
    expect(page.text).toContain('<h1>Pasted</h1>');
    expect(page.text).toContain('Pat Paste');
    const again = await agent.post('/articles').field('_csrf', token).field('text', text);
    expect(again.headers['location']).toBe(`${res.headers['location']}?duplicate=1`);
  });

  it('an uploaded HTML file is read by its markup, not as text', async () => {
    const { agent, token } = await signedIn(h.app);
    const html = '<html><head><title>Up</title><script>var x = "“Pasted quote,”";</script></head><body><article><h1>Uploaded story</h1><p>Intro &amp; more.</p><p>“Pasted quote,” Pat Paste said.</p></article></body></html>';
    const res = await agent
      .post('/articles')
      .set('Accept', 'application/json')
      .field('_csrf', token)
      .attach('file', Buffer.from(html), { filename: 'story.html', contentType: 'text/html' });
    expect(res.status).toBe(201);
    const article = h.store.getArticle(res.body.articleId);
    expect(article.title).toBe('Uploaded story');
    expect(article.text).toBe('Uploaded story\n\nIntro & more.\n\n“Pasted quote,” Pat Paste said.');
    expect(res.body.attributions).toBe(1);
  });

  it('an empty form is a 400', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles').set('Accept', 'application/json').field('_csrf', token).field('text', '   ');
    expect(res.status).toBe(400);
  });

  it.each([
    [{ published: 'last Tuesday' }, 'the date is not a date (write it like 2026-12-03)'],
    [{ url: 'javascript:alert(1)' }, 'the address must be a whole web address starting with http:// or https://'],
    [{ url: 'tribune.example/a' }, 'the address must be a whole web address'],
  ])('a pasted article with a bad detail %j comes back in the form with the reason, nothing lost', async (bad, reason) => {
    const { agent, token } = await signedIn(h.app);
    const text = 'A long article. “Pasted quote,” Pat Paste said on Monday.\n\nMore paragraphs follow.';
    const res = await agent.post('/articles').field('_csrf', token).field('title', 'Kept title').field('outlet', 'The Tribune').field('text', text).field(...(Object.entries(bad)[0] as [string, string]));
    expect(res.status).toBe(400);
    expect(res.text).toContain('<h1>Add an article</h1>');
    expect(res.text).toContain(`Not stored: ${reason}`);
    expect(res.text).toContain('What you typed is still in the form below.');
    // no field names or zod words on the page
    expect(res.text).not.toMatch(/invalid article|published:|url:|Invalid URL/);
    expect(res.text).toContain('value="Kept title"');
    expect(res.text).toContain('value="The Tribune"');
    expect(res.text).toContain('A long article. “Pasted quote,” Pat Paste said on Monday.\n\nMore paragraphs follow.</textarea>');
    // the wrong detail too, to be put right
    expect(res.text).toContain(`value="${Object.values(bad)[0]!}"`);
  });

  it('an article page counts its claims in words, and says so when saidby found none', async () => {
    const { agent, token } = await signedIn(h.app);
    const full = await agent.get('/articles/1');
    expect(full.text).toContain('4 claims');
    expect(full.text).toContain('<h2>Quotes and claims</h2>');
    expect(full.text).not.toMatch(/>\s*Attributions\s*<|\d+ attributions?\b/);
    const res = await agent.post('/articles').field('_csrf', token).field('text', 'Nothing is quoted in this short text at all.');
    const empty = await agent.get(res.headers['location'] as string);
    expect(empty.text).toContain('0 claims');
    expect(empty.text).toContain('saidby found no quotation or claim in this article. Add one it missed under “Add a quotation or claim saidby missed”.');
  });

  it('a form with no text is sent back asking for the text', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles').field('_csrf', token).field('title', 'Only a title');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Not stored: paste the article text or choose a file.');
    expect(res.text).toContain('value="Only a title"');
  });

  it('an article over the size limit is a 413, pasted or uploaded', async () => {
    const small = await makeHarness({ maxArticleBytes: 1000 });
    try {
      const { agent, token } = await signedIn(small.app);
      const big = 'x'.repeat(5000);
      const pasted = await agent.post('/articles').field('_csrf', token).field('text', big);
      expect(pasted.status).toBe(413);
      const uploaded = await agent.post('/articles').field('_csrf', token).attach('file', Buffer.from(big), 'big.txt');
      expect(uploaded.status).toBe(413);
      const form = await agent.post('/articles').type('form').send({ _csrf: token, text: big.repeat(20) });
      expect(form.status).toBe(413);
    } finally {
      small.close();
    }
  });
});

describe('GET /export.csv', () => {
  const parseCsv = (body: string): string[] => body.split('\r\n').filter((l) => l.length > 0);

  it('is UTF-8 with a BOM, CRLF records, a header, and one row per claim', async () => {
    const res = await request(h.app).get('/export.csv').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain('attachment');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(bytes.toString('utf8').slice(1));
    expect(lines[0]).toMatch(/^Speaker,Speaker type,Quote or claim,Kind,Kind of claim,How it was said,Platform,Relayed by,Article,/);
    expect(lines).toHaveLength(1 + 7);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const res = await request(h.app).get('/export.csv?q=hyperlink');
    const body = res.text.replace(/^\uFEFF/, '');
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const minus = await request(h.app).get('/export.csv?speaker=Eve');
    expect(minus.text).toContain("'@Eve,Person,'-2+3,Paraphrase,");
    // the confidence is a number in words, not neutralised text
    expect(minus.text).toContain(',0.90\r\n');
  });

  it('exports the current filter only', async () => {
    const res = await request(h.app).get('/export.csv?speaker=trump');
    const lines = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.startsWith('Donald Trump,'))).toBe(true);
    // the file is named after the speaker as stored and the day; claim links are absolute
    expect(res.headers['content-disposition']).toContain(`filename=saidby-donald-trump-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(lines[1]).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/attributions\/\d+,/);
  });

  it('a bad filter is a 400 before any CSV is sent', async () => {
    const res = await request(h.app).get('/export.csv?status=maybe');
    expect(res.status).toBe(400);
  });
});

describe('unknown speakers on the pages', () => {
  it('show as unknown with the mention as written, flagged, and the reason on the claim page', async () => {
    const text = 'Walsh and Haddad met. “We will keep talking,” he said.';
    const q = attributionIn(text, '“We will keep talking,”', null);
    const at = text.indexOf('he said');
    q.speaker = { name: null, mention: 'he', start: at, end: at + 2, type: 'person' };
    q.doubt = { code: 'ambiguous-speaker', reason: '“he” could be Walsh or Haddad: both are named just before.' };
    const { articleId } = h.store.addArticle({ text, meta: meta('Talks', '2026-01-01T00:00:00Z') }, [q]);
    const list = await request(h.app).get('/');
    expect(list.text).toContain('unknown (“he”)');
    expect(list.text).toContain('needs a look');
    const [row] = h.store.articleAttributions(articleId);
    const page = await request(h.app).get(`/attributions/${row?.id}`);
    expect(page.text).toContain('unknown (“he”)');
    expect(page.text).toContain('could be Walsh or Haddad');
  });
});

describe('the kind-of-claim filter', () => {
  it('the list offers it in words and narrows to one kind; a bad value is a 400', async () => {
    const page = await request(h.app).get('/');
    expect(page.text).toContain('Kind of claim');
    expect(page.text).toContain('an intention or promise');
    const api = await request(h.app).get('/api/attributions?claim=question');
    expect(api.status).toBe(200);
    expect(api.body.items).toEqual([]);
    const all = await request(h.app).get('/api/attributions?claim=assertion');
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.every((r: { cueKind: string }) => r.cueKind === 'assertion')).toBe(true);
    expect((await request(h.app).get('/api/attributions?claim=rumour')).status).toBe(400);
  });
});
