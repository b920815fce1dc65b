import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attributionIn, meta } from '../store/fixtures.js';
import { csrfFrom, makeHarness, signedIn, type Harness } from './app-harness.js';

let h: Harness;
/** Richard Grenell misspelt in a second article: two speakers for one person. */
const TEXT = '“Home at last,” Richard Grennell said. “It was a long week,” Richard Grennell added.';
beforeEach(async () => {
  h = await makeHarness();
  h.store.addArticle({ text: TEXT, meta: meta('Home', '2025-02-03T00:00:00Z') }, [
    attributionIn(TEXT, '“Home at last,”', 'Richard Grennell', 'Richard Grennell', 'said'),
    { ...attributionIn(TEXT, '“It was a long week,”', 'Richard Grennell', 'Richard Grennell', 'added'), kind: 'indirect' },
  ]);
});
afterEach(() => h.close());

const idOf = (name: string): number => h.store.db.prepare('SELECT id FROM speakers WHERE name = ?').pluck().get(name) as number;
const countOf = (name: string): number | undefined => h.store.listSpeakers({ limit: 100 }).find((s) => s.name === name)?.attributions;

describe('the speaker page', () => {
  it('shows quotes and paraphrased claims in two sections', async () => {
    const res = await request(h.app).get(`/speakers/${idOf('Richard Grennell')}`);
    const quotes = /<section class="speaker-section" id="quotes">([\s\S]*?)<\/section>/.exec(res.text)?.[1] ?? '';
    const claims = /<section class="speaker-section" id="claims">([\s\S]*?)<\/section>/.exec(res.text)?.[1] ?? '';
    expect(quotes).toContain('Quotes');
    expect(quotes).toContain('Home at last');
    expect(quotes).not.toContain('It was a long week');
    expect(claims).toContain('Paraphrased claims');
    expect(claims).toContain('It was a long week');
    expect(claims).not.toContain('Home at last');
  });

  it('offers the management forms to a reviewer only', async () => {
    const id = idOf('Richard Grennell');
    expect((await request(h.app).get(`/speakers/${id}`)).text).not.toContain('Manage this speaker');
    const { agent } = await signedIn(h.app);
    const page = (await agent.get(`/speakers/${id}`)).text;
    for (const words of ['Manage this speaker', 'Rename', 'Add another name', 'Merge into…', 'Not a speaker…']) expect(page).toContain(words);
    expect(page).toContain('<option value="Richard Grenell">');
  });
});

describe('merging from the speaker page', () => {
  it('the confirmation shows both names and counts; merging moves the records and the filter follows', async () => {
    const { agent, token } = await signedIn(h.app);
    const from = idOf('Richard Grennell');
    const into = idOf('Richard Grenell');
    const confirm = await agent.get(`/speakers/${from}/merge`).query({ into: 'Richard Grenell' });
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Merge “Richard Grennell” into “Richard Grenell”?');
    expect(confirm.text).toMatch(/Merged away[\s\S]*Richard Grennell[\s\S]*<td class="num">2<\/td>[\s\S]*Kept[\s\S]*Richard Grenell[\s\S]*<td class="num">1<\/td>/);
    const res = await agent.post(`/speakers/${from}/merge`).type('form').send({ _csrf: token, into_id: into, confirm: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe(`/speakers/${into}?done=merged`);
    expect(countOf('Richard Grenell')).toBe(3);
    expect(countOf('Richard Grennell')).toBeUndefined();
    const list = await request(h.app).get('/api/attributions').query({ speaker: 'Richard Grennell' });
    expect(list.body.items.map((r: { speakerName: string }) => r.speakerName)).toEqual(['Richard Grenell', 'Richard Grenell', 'Richard Grenell']);
    const page = await agent.get(`/speakers/${into}?done=merged`);
    expect(page.text).toContain('Also written as Richard Grennell.');
    expect(page.text).toContain('ana merged “Richard Grennell” into “Richard Grenell” (2 records moved)');
    expect((await request(h.app).get(`/speakers/${from}`)).status).toBe(404);
  });

  it.each([
    ['a name no speaker has', { into: 'Nobody Atall' }, 400, 'no speaker is called'],
    ['no name', {}, 400, 'invalid merge'],
    ['the speaker itself', { into: 'Richard Grennell' }, 409, 'choose another speaker'],
  ])('the confirmation step answers %s with %i', async (_what, query, status, words) => {
    const { agent } = await signedIn(h.app);
    const res = await agent.get(`/speakers/${idOf('Richard Grennell')}/merge`).query(query);
    expect(res.status).toBe(status);
    expect(res.text).toContain(words);
  });
});

describe('the management routes', () => {
  type Case = [what: string, path: () => string, body: () => Record<string, unknown>];
  const cases: Case[] = [
    ['merge', () => `/speakers/${idOf('Richard Grennell')}/merge`, () => ({ into_id: idOf('Richard Grenell'), confirm: 'yes' })],
    ['rename', () => `/speakers/${idOf('Richard Grennell')}/rename`, () => ({ name: 'Ric Grennell' })],
    ['add a name', () => `/speakers/${idOf('Richard Grennell')}/aliases`, () => ({ name: 'R. Grennell' })],
    ['not a speaker', () => `/speakers/${idOf('Richard Grennell')}/not-speaker`, () => ({ confirm: 'yes' })],
    ['move a record', () => '/attributions/1/speaker', () => ({ speaker: 'Someone Else', version: 1 })],
  ];

  it.each(cases)('%s: signed out is 401, no CSRF token is 403, and nothing changes', async (_what, path, body) => {
    const before = h.store.listSpeakers({ limit: 100 });
    const out = await request(h.app).post(path()).set('Accept', 'application/json').type('form').send(body());
    expect(out.status).toBe(401);
    const { agent } = await signedIn(h.app);
    const forged = await agent.post(path()).type('form').send(body());
    expect(forged.status).toBe(403);
    expect(h.store.listSpeakers({ limit: 100 })).toEqual(before);
  });

  it.each(cases)('%s: an unknown id is 404', async (_what, path, body) => {
    const { agent, token } = await signedIn(h.app);
    const unknown = path().replace(/\/(speakers|attributions)\/\d+/, '/$1/9999');
    const res = await agent.post(unknown).set('Accept', 'application/json').type('form').send({ _csrf: token, ...body() });
    expect(res.status).toBe(404);
  });

  it.each([
    ['rename with no name', () => `/speakers/${idOf('Richard Grennell')}/rename`, { name: '  ' }, 400, 'type a name'],
    ['rename to another speaker’s name', () => `/speakers/${idOf('Richard Grennell')}/rename`, { name: 'Richard Grenell' }, 409, 'use merge instead'],
    ['add another speaker’s name', () => `/speakers/${idOf('Richard Grennell')}/aliases`, { name: 'Donald Trump' }, 409, 'use merge instead'],
    ['merge into itself', () => `/speakers/${idOf('Richard Grennell')}/merge`, () => ({ into_id: idOf('Richard Grennell'), confirm: 'yes' }), 409, 'into itself'],
    ['merge without the tick', () => `/speakers/${idOf('Richard Grennell')}/merge`, () => ({ into_id: idOf('Richard Grenell') }), 400, 'Yes, merge them'],
    ['merge into an unknown speaker', () => `/speakers/${idOf('Richard Grennell')}/merge`, { into_id: 9999, confirm: 'yes' }, 404, 'no speaker 9999'],
    ['not a speaker without the tick', () => `/speakers/${idOf('Richard Grennell')}/not-speaker`, {}, 400, 'not a speaker'],
    ['move a record from a stale page', () => '/attributions/1/speaker', { speaker: 'Someone Else', version: 9 }, 409, 'changed by someone else'],
    ['move a record with no name', () => '/attributions/1/speaker', { speaker: '', version: 1 }, 400, 'type a name'],
  ])('%s is refused with %i and a reason', async (_what, path, body: Record<string, unknown> | (() => Record<string, unknown>), status, words) => {
    const { agent, token } = await signedIn(h.app);
    const before = h.store.listSpeakers({ limit: 100 });
    const fields = typeof body === 'function' ? body() : body;
    const res = await agent.post(path()).set('Accept', 'application/json').type('form').send({ _csrf: token, ...fields });
    expect(res.status).toBe(status);
    expect(res.body.error).toContain(words);
    expect(h.store.listSpeakers({ limit: 100 })).toEqual(before);
  });

  it('rename, then add a name: the page says so and lists both', async () => {
    const { agent, token } = await signedIn(h.app);
    const id = idOf('Richard Grennell');
    const renamed = await agent.post(`/speakers/${id}/rename`).type('form').send({ _csrf: token, name: 'Rick Grennell' });
    expect(renamed.headers['location']).toBe(`/speakers/${id}?done=renamed`);
    await agent.post(`/speakers/${id}/aliases`).type('form').send({ _csrf: token, name: 'R. Grennell' });
    const page = await agent.get(`/speakers/${id}?done=alias`);
    expect(page.text).toContain('<h1>Rick Grennell');
    expect(page.text).toContain('Also written as Richard Grennell, R. Grennell.');
    expect(page.text).toContain('ana renamed “Richard Grennell” to “Rick Grennell”');
    expect(page.text).toContain('ana added the name “R. Grennell”');
  });

  it('not a speaker: the confirmation, then the records are in the queue with the reason', async () => {
    const { agent } = await signedIn(h.app);
    const id = idOf('Richard Grennell');
    const confirm = await agent.get(`/speakers/${id}/not-speaker`);
    expect(confirm.text).toContain('Is “Richard Grennell” not a speaker?');
    expect(confirm.text).toContain('<strong>2</strong> records');
    const res = await agent.post(`/speakers/${id}/not-speaker`).type('form').send({ _csrf: csrfFrom(confirm.text), confirm: 'yes' });
    expect(res.headers['location']).toBe('/speakers?done=not-speaker');
    const queue = await agent.get('/review');
    expect(queue.text).toContain('A reviewer marked “Richard Grennell” as not a speaker');
    expect((await agent.get('/speakers?done=not-speaker')).text).toContain('Marked as not a speaker');
  });

  it('moving a record: its page offers it, and its history says it in words', async () => {
    const { agent, token } = await signedIn(h.app);
    const record = h.store.listAttributions({ q: 'long week' }, { limit: 1 }).items[0]!;
    const page = await agent.get(`/attributions/${record.id}`);
    expect(page.text).toContain('Move this record to another speaker');
    const res = await agent.post(`/attributions/${record.id}/speaker`).type('form').send({ _csrf: token, speaker: 'Lena Fischer', version: record.version });
    expect(res.headers['location']).toBe(`/attributions/${record.id}`);
    const after = await agent.get(`/attributions/${record.id}`);
    expect(after.text).toContain('ana changed the speaker from Richard Grennell to Lena Fischer');
    expect(countOf('Richard Grennell')).toBe(1);
    expect(countOf('Lena Fischer')).toBe(1);
  });
});
