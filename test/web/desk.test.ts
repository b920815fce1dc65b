import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleLog } from '../../src/store/articles-admin.js';
import { csrfFrom, makeHarness, signedIn, type Harness } from './app-harness.js';
import { attributionIn } from '../store/fixtures.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
});
afterEach(() => h.close());

const cardIds = (html: string): number[] => [...html.matchAll(/<li class="card" id="r(\d+)"/g)].map((m) => Number(m[1]));
const rowIds = (html: string): number[] => [...html.matchAll(/<tr data-id="(\d+)" class="rec">/g)].map((m) => Number(m[1]));

/** Makes record `id` need a human: no speaker, with a doubt and a low confidence. */
function makeDoubtful(id: number, confidence: number): void {
  h.store.db
    .prepare("UPDATE attributions SET speaker_id = NULL, doubt_code = 'unresolved-speaker', doubt_reason = '“he” has nobody to refer to.', confidence = ? WHERE id = ?")
    .run(confidence, id);
}

describe('GET /review (the queue)', () => {
  it('puts unknown speakers first, then the lowest confidence; reviewed records are not in it', async () => {
    makeDoubtful(3, 0.6);
    makeDoubtful(4, 0.4);
    h.store.db.prepare('UPDATE attributions SET confidence = 0.2 WHERE id = 5').run();
    const { agent, token } = await signedIn(h.app);
    await agent.post('/review/2').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const res = await agent.get('/review');
    expect(res.status).toBe(200);
    const ids = cardIds(res.text);
    expect(ids.slice(0, 3)).toEqual([4, 3, 5]);
    expect(ids).not.toContain(2);
    expect(ids).toHaveLength(6);
  });

  it('shows the sentence with the claim marked, the speaker with the reason in words, and the context on demand', async () => {
    makeDoubtful(3, 0.3);
    const res = await request(h.app).get('/review');
    const card = res.text.slice(res.text.indexOf('id="r3"'), res.text.indexOf('</li>', res.text.indexOf('id="r3"')));
    expect(card).toMatch(/<blockquote class="sentence"><a class="hl hl-quote"[^>]*>“They’ve treated us not so good,”<\/a>/);
    expect(card).toContain('unknown (“Trump”)');
    expect(card).toContain('“he” has nobody to refer to.');
    expect(card).toMatch(/<details class="ctx">\s*<summary>Article context<\/summary>/);
    // a record without doubt explains its rule in words, never by its name
    const other = await request(h.app).get('/review?speaker=grenell');
    expect(other.text).not.toContain('test-fixture');
    expect(other.text).toContain('Found by saidby’s attribution rules.');
  });

  it('takes the claims list filters', async () => {
    const res = await request(h.app).get('/review?speaker=grenel');
    expect(cardIds(res.text)).toEqual([2]);
    expect(cardIds((await request(h.app).get('/review?q=hostages')).text)).toEqual([1]);
    expect(cardIds((await request(h.app).get('/review?kind=indirect&source=person')).text)).toEqual([6, 7]);
    const bad = await request(h.app).get('/review?kind=quote').set('Accept', 'application/json');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/kind/);
  });

  it('pages on with a cursor that follows the queue order', async () => {
    for (let id = 1; id <= 7; id++) h.store.db.prepare('UPDATE attributions SET confidence = ? WHERE id = ?').run(id / 10, id);
    const first = await request(h.app).get('/review');
    expect(cardIds(first.text)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const sortKey = h.store.getAttribution(4).sortKey;
    const rest = await request(h.app).get(`/review?after=${sortKey}`);
    expect(cardIds(rest.text)).toEqual([5, 6, 7]);
  });
});

describe('POST /review/:id (save & next)', () => {
  it('confirms and goes back to the queue with a saved notice, anchored on the next card', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent
      .post('/review/1')
      .type('form')
      .send({ _csrf: token, action: 'confirm', version: 1, return: '/review?kind=direct', next_id: 2 });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/review?kind=direct&saved=1&done=confirmed#r2');
    expect(h.store.getAttribution(1).status).toBe('confirmed');
    const page = await agent.get(res.headers['location'] as string);
    expect(page.text).toContain('Saved: record 1 confirmed.');
  });

  it('a typed speaker is a correction, audited in plain words', async () => {
    const { agent, token } = await signedIn(h.app);
    makeDoubtful(3, 0.3);
    const res = await agent.post('/review/3').type('form').set('Accept', 'application/json').send({ _csrf: token, action: 'confirm', version: 1, speaker: 'Derek Walsh' });
    expect(res.status).toBe(200);
    expect(res.body.saved).toMatchObject({ id: 3, status: 'corrected', speakerName: 'Derek Walsh' });
    const page = await agent.get('/attributions/3');
    expect(page.text).toContain('ana changed the speaker from unknown (“Trump”) to Derek Walsh');
  });

  const guards: [string, Record<string, unknown>, number, RegExp][] = [
    ['no action', { version: 1 }, 400, /action/],
    ['a bad version', { action: 'confirm', version: 'x' }, 400, /version/],
    ['correct without a name', { action: 'correct', version: 1 }, 400, /speaker/],
    ['another host to return to', { action: 'confirm', version: 1, return: '//evil.example/' }, 400, /return/],
  ];
  it.each(guards)('%s is refused', async (_name, body, status, reason) => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/review/1').type('form').set('Accept', 'application/json').send({ _csrf: token, ...body });
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(reason);
    expect(h.store.getAttribution(1).status).toBe('unreviewed');
  });

  it('needs sign-in (401), the CSRF token (403), a known id (404) and a fresh version (409)', async () => {
    expect((await request(h.app).post('/review/1').type('form').send({ action: 'confirm', version: 1 })).status).toBe(401);
    const { agent, token } = await signedIn(h.app);
    expect((await agent.post('/review/1').type('form').send({ action: 'confirm', version: 1 })).status).toBe(403);
    expect((await agent.post('/review/999').type('form').send({ _csrf: token, action: 'confirm', version: 1 })).status).toBe(404);
    await agent.post('/review/1').type('form').send({ _csrf: token, action: 'reject', version: 1 });
    const stale = await agent.post('/review/1').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('changed by someone else');
    expect(h.store.getAttribution(1).status).toBe('rejected');
  });
});

describe('POST /review/bulk', () => {
  it('rejects the ticked records in one go, each audited, and returns to the list', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/review/bulk').type('form').send({ _csrf: token, action: 'reject', pick: ['1:1', '2:1'], return: '/?kind=direct' });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/?kind=direct&bulk=rejected%3A2');
    for (const id of [1, 2]) {
      expect(h.store.getAttribution(id).status).toBe('rejected');
      expect(h.store.reviews(id)).toHaveLength(1);
    }
    const list = await agent.get(res.headers['location'] as string);
    expect(list.text).toContain('2 records rejected.');
  });

  it('reports a record changed since the page was loaded (409) and saves the others', async () => {
    const { agent, token } = await signedIn(h.app);
    await agent.post('/review/2').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const res = await agent.post('/review/bulk').type('form').send({ _csrf: token, action: 'reject', pick: ['1:1', '2:1', '3:1'] });
    expect(res.status).toBe(409);
    expect(res.text).toContain('2 rejected; 1 left as they were');
    expect(res.text).toContain('your page showed version 1, it is now version 2');
    expect(h.store.getAttribution(2).status).toBe('confirmed');
    expect([1, 3].map((id) => h.store.getAttribution(id).status)).toEqual(['rejected', 'rejected']);
  });

  it('an unknown record changes nothing (404)', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/review/bulk').type('form').send({ _csrf: token, action: 'confirm', pick: ['1:1', '999:1'] });
    expect(res.status).toBe(404);
    expect(h.store.getAttribution(1).status).toBe('unreviewed');
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['nothing ticked', { action: 'confirm' }, /tick at least one/],
    ['a pick without a version', { action: 'confirm', pick: '1' }, /id:version/],
    ['an unknown action', { action: 'delete', pick: '1:1' }, /confirm or reject/],
    ['the same record twice', { action: 'confirm', pick: ['1:1', '1:1'] }, /twice/],
  ];
  it.each(bad)('%s is a 400 with the reason', async (_name, body, reason) => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/review/bulk').type('form').set('Accept', 'application/json').send({ _csrf: token, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
  });

  it('needs sign-in (401) and the CSRF token (403)', async () => {
    expect((await request(h.app).post('/review/bulk').type('form').send({ action: 'confirm', pick: '1:1' })).status).toBe(401);
    const { agent } = await signedIn(h.app);
    expect((await agent.post('/review/bulk').type('form').send({ action: 'confirm', pick: '1:1' })).status).toBe(403);
    expect(h.store.getAttribution(1).status).toBe('unreviewed');
  });
});

describe('rejected records are hidden by default', () => {
  it('from the list, the API, the CSV and the speakers counts; status=rejected or all shows them', async () => {
    const { agent, token } = await signedIn(h.app);
    const before = rowIds((await request(h.app).get('/')).text);
    expect(before).toContain(1);
    await agent.post('/review/1').type('form').send({ _csrf: token, action: 'reject', version: 1 });
    expect(rowIds((await request(h.app).get('/')).text)).not.toContain(1);
    expect(rowIds((await request(h.app).get('/?status=rejected')).text)).toEqual([1]);
    expect(rowIds((await request(h.app).get('/?status=all')).text)).toEqual(before);
    const api = await request(h.app).get('/api/attributions');
    expect(api.body.items.map((r: { id: number }) => r.id)).not.toContain(1);
    const csv = await request(h.app).get('/export.csv');
    expect(csv.text).not.toContain('I’ve just been informed');
    const speakers = await request(h.app).get('/speakers');
    expect(speakers.text).toMatch(/Donald Trump<\/a><\/td>\s*<td>person<\/td>\s*<td class="num"><a href="\/\?speaker_id=\d+">1</);
    // the speaker-only count, read from the kept counts, agrees with the list
    const trump = await request(h.app).get('/?speaker=trump');
    expect(trump.text).toMatch(/<strong>1<\/strong> claim\s/);
    const all = await request(h.app).get('/?speaker=trump&status=all');
    expect(all.text).toMatch(/<strong>2<\/strong> claims/);
  });
});

describe('the claims list', () => {
  it('shows the article once per group, plain labels, and checkboxes for a reviewer only', async () => {
    const res = await request(h.app).get('/');
    expect(res.text.match(/<tr class="group">/g)).toHaveLength(2);
    expect(res.text).not.toContain('name="pick"');
    for (const word of ['How it was said', 'Relayed by', 'Confidence', 'Quote']) expect(res.text).toContain(word);
    expect(res.text).not.toMatch(/>(Cue|Source type|direct|mixed)</);
    const { agent } = await signedIn(h.app);
    const mine = await agent.get('/');
    expect(mine.text).toMatch(/<input type="checkbox" name="pick" value="1:1" form="bulk"/);
  });

  it('pages carry no inline script, handler or style attribute', async () => {
    const { agent } = await signedIn(h.app);
    for (const url of ['/', '/review', '/articles', '/articles/1', '/articles/1/delete', '/attributions/1']) {
      const res = await agent.get(url);
      expect(res.status, url).toBe(200);
      expect(res.text, url).not.toMatch(/<script(?![^>]*\bsrc="\/static\/)/);
      expect(res.text, url).not.toMatch(/\son[a-z]+=/i);
      expect(res.text, url).not.toMatch(/\sstyle=/i);
    }
  });
});

describe('GET /articles and deleting an article', () => {
  it('lists each article with its outlet, date and counts by status', async () => {
    const { agent, token } = await signedIn(h.app);
    await agent.post('/review/1').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const res = await request(h.app).get('/articles');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Six Americans head home');
    expect(res.text).toContain('CNN');
    expect(res.text).toContain('2025-02-01');
    expect(res.text).toMatch(/<span class="status status-unreviewed">3 unreviewed<\/span>\s*<span class="status status-confirmed">1 confirmed<\/span>/);
    expect((await request(h.app).get('/articles?page=0').set('Accept', 'application/json')).status).toBe(400);
  });

  it('deletes after the confirmation step, audited in a log that outlives the article', async () => {
    const { agent, token } = await signedIn(h.app);
    const confirm = await agent.get('/articles/1/delete');
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('its <strong>4</strong> records');
    const res = await agent.post('/articles/1/delete').type('form').send({ _csrf: csrfFrom(confirm.text), confirm: 'yes', reviewed: 0 });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/articles?deleted=1');
    expect((await request(h.app).get('/articles/1')).status).toBe(404);
    expect((await request(h.app).get('/attributions/1')).status).toBe(404);
    expect(articleLog(h.store, { articleId: 1, limit: 5 })).toMatchObject([{ action: 'delete', userName: 'ana', title: 'Six Americans head home', detail: { records: 4, reviewed: 0 } }]);
    const index = await agent.get('/articles');
    expect(index.text).toContain('ana deleted “Six Americans head home” with its 4 records');
    // its speakers' counts and its search rows went with it
    expect((await request(h.app).get('/?q=hostages')).text).toContain('No claims match');
    // The kept count is 0, and a speaker with no records left is no longer listed.
    expect(h.store.db.prepare("SELECT attribution_count FROM speakers WHERE name = 'Donald Trump'").pluck().get()).toBe(0);
    expect(h.store.listSpeakers({ limit: 10 }).map((s) => s.name)).not.toContain('Donald Trump');
    expect(token).toBeTruthy();
  });

  it('refuses without sign-in (redirect / 401), without CSRF (403), unconfirmed (400), unknown (404), after new reviews (409)', async () => {
    expect((await request(h.app).get('/articles/1/delete')).status).toBe(303);
    expect((await request(h.app).post('/articles/1/delete').type('form').send({ confirm: 'yes', reviewed: 0 })).status).toBe(401);
    const { agent, token } = await signedIn(h.app);
    expect((await agent.post('/articles/1/delete').type('form').send({ confirm: 'yes', reviewed: 0 })).status).toBe(403);
    const unconfirmed = await agent.post('/articles/1/delete').type('form').set('Accept', 'application/json').send({ _csrf: token, reviewed: 0 });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error).toMatch(/Yes, delete this article/);
    expect((await agent.post('/articles/999/delete').type('form').send({ _csrf: token, confirm: 'yes', reviewed: 0 })).status).toBe(404);
    expect((await agent.get('/articles/999/delete')).status).toBe(404);
    await agent.post('/review/1').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const stale = await agent.post('/articles/1/delete').type('form').send({ _csrf: token, confirm: 'yes', reviewed: 0 });
    expect(stale.status).toBe(409);
    expect(h.store.getArticle(1).id).toBe(1);
  });
});

describe('POST /articles/:id/rerun', () => {
  it('keeps every human decision on the records found again and lists those no longer found', async () => {
    const { agent, token } = await signedIn(h.app);
    // Confirm one, correct another's speaker: both must survive the re-read.
    await agent.post('/review/1').type('form').send({ _csrf: token, action: 'confirm', version: 1, note: 'checked' });
    await agent.post('/review/2').type('form').send({ _csrf: token, action: 'correct', version: 1, speaker: 'Ric Grenell' });
    await agent.post('/review/4').type('form').send({ _csrf: token, action: 'reject', version: 1 });
    // The harness's extract finds nothing in this article: every record is "no longer found".
    const res = await agent.post('/articles/1/rerun').type('form').set('Accept', 'application/json').send({ _csrf: token });
    expect(res.status).toBe(200);
    expect(res.body.gone.map((g: { id: number; removed: boolean }) => [g.id, g.removed])).toEqual([[1, false], [2, false], [3, true], [4, false]]);
    expect(h.store.getAttribution(1)).toMatchObject({ status: 'confirmed', note: 'checked' });
    expect(h.store.getAttribution(2)).toMatchObject({ status: 'corrected', speakerName: 'Richard Grenell' });
    expect((await request(h.app).get('/attributions/3')).status).toBe(404);
    expect(articleLog(h.store, { articleId: 1, limit: 1 })[0]).toMatchObject({ action: 'rerun', userName: 'ana' });
  });

  it('needs sign-in (401), the CSRF token (403) and a known article (404)', async () => {
    expect((await request(h.app).post('/articles/1/rerun').type('form').send({})).status).toBe(401);
    const { agent, token } = await signedIn(h.app);
    expect((await agent.post('/articles/1/rerun').type('form').send({})).status).toBe(403);
    expect((await agent.post('/articles/999/rerun').type('form').send({ _csrf: token })).status).toBe(404);
  });

  it('finds a record again by span and text: an unreviewed one takes the new reading, a new one is added', async () => {
    const { agent, token } = await signedIn(h.app);
    const text = 'Lead. “Pasted quote,” Pat Paste said. “Second one,” she said.';
    h.store.addArticle({ text, meta: { title: 'Paste', outlet: null, authors: [], published: '2025-03-01T00:00:00Z' } }, [attributionIn(text, '“Pasted quote,”', null)]);
    const articleId = h.store.findArticleByHash((await import('../../src/store/content-hash.js')).contentHash(text))!;
    const [old] = h.store.articleAttributions(articleId);
    const res = await agent.post(`/articles/${articleId}/rerun`).type('form').set('Accept', 'application/json').send({ _csrf: token });
    expect(res.body).toMatchObject({ kept: 0, refreshed: 1, added: 0, gone: [] });
    const [now] = h.store.articleAttributions(articleId);
    expect(now).toMatchObject({ id: old!.id, speakerName: 'Pat Paste', version: 2 });
    // still searchable under its new speaker
    expect((await request(h.app).get('/api/attributions?q=paste')).body.items.map((r: { id: number }) => r.id)).toEqual([old!.id]);
  });
});

describe('adding a missed record and changing a record’s words', () => {
  it('adds the words given (first place), audited, searchable and in reading order', async () => {
    const { agent, token } = await signedIn(h.app);
    const words = 'President Donald Trump announced Friday';
    const res = await agent.post('/articles/1/records').type('form').send({ _csrf: token, words, kind: 'indirect', speaker: 'Donald Trump', note: 'missed paraphrase' });
    expect(res.status).toBe(303);
    const id = Number(/\/attributions\/(\d+)$/.exec(res.headers['location'] as string)?.[1]);
    const row = h.store.getAttribution(id);
    expect(row).toMatchObject({ text: words, kind: 'indirect', speakerName: 'Donald Trump', status: 'corrected', position: 0 });
    expect(h.store.articleAttributions(1).map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    const page = await agent.get(`/attributions/${id}`);
    expect(page.text).toContain('ana added it by hand');
    expect((await request(h.app).get('/api/attributions?q=announced')).body.items.map((r: { id: number }) => r.id)).toEqual([id]);
  });

  it('takes a selection’s place when given, and refuses words that do not stand there (400)', async () => {
    const { agent, token } = await signedIn(h.app);
    const text = h.store.getArticle(1).text;
    const start = text.lastIndexOf('Trump');
    const ok = await agent.post('/articles/1/records').type('form').set('Accept', 'application/json').send({ _csrf: token, words: 'Trump', start, kind: 'direct' });
    expect(ok.status).toBe(201);
    expect(ok.body.start).toBe(start);
    const moved = await agent.post('/articles/1/records').type('form').set('Accept', 'application/json').send({ _csrf: token, words: 'Trump', start: start + 1, kind: 'direct' });
    expect(moved.status).toBe(400);
    expect(moved.body.error).toMatch(/do not stand at that place/);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['words not in the article', { words: 'never said anywhere', kind: 'direct' }, /not in the article/],
    ['no words', { words: '  ', kind: 'direct' }, /words/],
    ['an unknown kind', { words: 'Trump', kind: 'quote' }, /kind/],
    ['the words of an existing record', { words: '“They’ve treated us not so good,”', kind: 'direct' }, /already holds exactly these words/],
  ];
  it.each(bad)('%s is a 400 with the reason', async (_name, body, reason) => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/articles/1/records').type('form').set('Accept', 'application/json').send({ _csrf: token, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(reason);
  });

  it('adding needs sign-in (401), the CSRF token (403) and a known article (404)', async () => {
    expect((await request(h.app).post('/articles/1/records').type('form').send({ words: 'Trump', kind: 'direct' })).status).toBe(401);
    const { agent, token } = await signedIn(h.app);
    expect((await agent.post('/articles/1/records').type('form').send({ words: 'Trump', kind: 'direct' })).status).toBe(403);
    expect((await agent.post('/articles/999/records').type('form').send({ _csrf: token, words: 'Trump', kind: 'direct' })).status).toBe(404);
  });

  it('moves a record’s words to the place nearest the old one, audited with the words before and after', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post('/attributions/3/span').type('form').send({ _csrf: token, version: 1, words: '“They’ve treated us not so good,” Trump said.' });
    expect(res.status).toBe(303);
    expect(h.store.getAttribution(3)).toMatchObject({ text: '“They’ve treated us not so good,” Trump said.', version: 2, status: 'corrected' });
    const page = await agent.get('/attributions/3');
    expect(page.text).toContain('ana changed the words from ““They’ve treated us not so good,”” to ““They’ve treated us not so good,” Trump said.”');
  });

  it('changing words needs sign-in (401), CSRF (403), words in the article (400), a known id (404), a fresh version (409)', async () => {
    expect((await request(h.app).post('/attributions/3/span').type('form').send({ version: 1, words: 'Trump' })).status).toBe(401);
    const { agent, token } = await signedIn(h.app);
    expect((await agent.post('/attributions/3/span').type('form').send({ version: 1, words: 'Trump' })).status).toBe(403);
    expect((await agent.post('/attributions/3/span').type('form').send({ _csrf: token, version: 1, words: 'not there' })).status).toBe(400);
    expect((await agent.post('/attributions/999/span').type('form').send({ _csrf: token, version: 1, words: 'Trump' })).status).toBe(404);
    await agent.post('/review/3').type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    const stale = await agent.post('/attributions/3/span').type('form').send({ _csrf: token, version: 1, words: 'Trump said' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('href="/attributions/3"');
    expect(h.store.getAttribution(3).text).toBe('“They’ve treated us not so good,”');
  });
});

describe('an article read without a headline', () => {
  it('is called “Untitled article no. N” on the article, list, articles and record pages, never a made-up title', async () => {
    const text = 'Plain notes from the hearing. “We will appeal,” Dana Untitled said.';
    const { articleId: id } = h.store.addArticle(
      { text, meta: { title: null, outlet: null, authors: [], published: null } },
      [attributionIn(text, '“We will appeal,”', 'Dana Untitled', 'Dana Untitled', 'said')],
    );
    const name = `Untitled article no. ${id}`;
    const article = await request(h.app).get(`/articles/${id}`);
    expect(article.status).toBe(200);
    expect(article.text).toContain(`<h1>${name}</h1>`);
    expect(article.text).not.toContain(`Article ${id}<`);
    const list = await request(h.app).get('/?q=appeal');
    expect(list.text).toContain(`>${name}</a>`);
    const { agent } = await signedIn(h.app);
    const articles = await agent.get('/articles');
    expect(articles.text).toContain(`>${name}</a>`);
    const recordId = h.store.db.prepare('SELECT id FROM attributions WHERE article_id = ?').pluck().get(id) as number;
    const record = await request(h.app).get(`/attributions/${recordId}`);
    expect(record.text).toContain(`>${name}</a>`);
  });
});
