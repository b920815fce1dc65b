import { parseHTML } from 'linkedom';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttributionRow } from '../../src/store/rows.js';
import { meta, PIECES_TEXT, piecesQuotes } from '../store/fixtures.js';
import { makeHarness, signedIn, type Harness } from './app-harness.js';

/**
 * Statements given in several records (one group): every page that shows a record shows its
 * statement read together, says which part it is, links the others, and lets a new speaker go to
 * all the parts at once.
 */
let h: Harness;
let first: AttributionRow;
let second: AttributionRow;
let suspect: AttributionRow;
let arrested: AttributionRow;
let alone: AttributionRow;

beforeEach(async () => {
  h = await makeHarness();
  const { articleId } = h.store.addArticle({ text: PIECES_TEXT, meta: meta('Safer streets', '2026-01-01T00:00:00Z') }, piecesQuotes());
  const rows = h.store.articleAttributions(articleId);
  expect(rows).toHaveLength(5);
  [first, second, suspect, arrested, alone] = rows as [AttributionRow, AttributionRow, AttributionRow, AttributionRow, AttributionRow];
});
afterEach(() => h.close());

const dom = (html: string) => parseHTML(html).document;
const text = (el: { textContent: string | null } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** No code a reviewer should not see: the group ids, the field's name. */
function expectNoCodes(html: string): void {
  const visible = text(dom(html).querySelector('main') ?? dom(html).body);
  expect(visible).not.toMatch(/\bcg1\b|\bg1\b|\bgrp\b|\bgroup\b/);
}

describe('the claims list and the speaker page', () => {
  it('show a piece with its statement: which part, the other pieces cut short, the whole statement on opening', async () => {
    const res = await request(h.app).get('/');
    expect(res.status).toBe(200);
    const doc = dom(res.text);
    const row = doc.querySelector(`tr.rec[data-id="${suspect.id}"]`)!;
    expect(text(row.querySelector('.st-badge'))).toBe('part 1 of 2');
    expect(text(row.querySelector('.claim-text'))).toBe('the suspect … had been arrested near the station');
    expect(text(row.querySelector('.claim-text mark.st-this'))).toBe('the suspect');
    expect(text(row.querySelector('.st-label'))).toBe('Part 1 of 2 of one statement · the other part: part 2');
    expect(row.querySelector('.st-label a')!.getAttribute('href')).toBe(`/attributions/${arrested.id}`);
    expect(row.querySelector('.st-whole a.st-part')!.getAttribute('href')).toBe(`/attributions/${arrested.id}`);
    // the quotation's second piece: the first one cut to its last words, this one whole
    const quoteRow = doc.querySelector(`tr.rec[data-id="${second.id}"]`)!;
    expect(text(quoteRow.querySelector('.claim-text'))).toBe('…until every family feels safe again,” … “This is the first step.”');
    expect(text(quoteRow.querySelector('.st-whole'))).toBe('“We will not stop until every family feels safe again,” … “This is the first step.”');
    // a record given whole reads as before
    const aloneRow = doc.querySelector(`tr.rec[data-id="${alone.id}"]`)!;
    expect(aloneRow.querySelector('.statement, .st-badge')).toBeNull();
    expect(text(aloneRow.querySelector('.claim-text'))).toBe('“It was quiet for years,”');
    expectNoCodes(res.text);

    const speaker = await request(h.app).get(`/speakers/${suspect.speakerId}`);
    const speakerRow = dom(speaker.text).querySelector(`tr.rec[data-id="${arrested.id}"]`)!;
    expect(text(speakerRow.querySelector('.st-label'))).toBe('Part 2 of 2 of one statement · the other part: part 1');
    expect(text(speakerRow.querySelector('.claim-text mark'))).toBe('had been arrested near the station');
  });

  it('says when another part is already reviewed, in words', async () => {
    h.store.review(suspect.id, { action: 'reject', version: 1 }, 'ana');
    const doc = dom((await request(h.app).get('/')).text);
    expect(text(doc.querySelector(`tr.rec[data-id="${arrested.id}"] .st-label`))).toBe('Part 2 of 2 of one statement · the other part: part 1 rejected');
  });

  it('the JSON API adds each record’s statement (null when given whole)', async () => {
    const res = await request(h.app).get('/api/attributions?limit=50');
    const items = res.body.items as { id: number; statement: unknown }[];
    expect(res.status).toBe(200);
    expect(items.find((i) => i.id === arrested.id)!.statement).toEqual({
      part: 2,
      of: 2,
      parts: [
        { id: suspect.id, text: 'the suspect', start: suspect.start, end: suspect.end },
        { id: arrested.id, text: 'had been arrested near the station', start: arrested.start, end: arrested.end },
      ],
    });
    expect(items.find((i) => i.id === alone.id)!.statement).toBeNull();
  });
});

describe('the record page', () => {
  it('shows the statement above the passage, marks the other piece in it, and offers the speaker to all parts', async () => {
    const { agent } = await signedIn(h.app);
    const res = await agent.get(`/attributions/${arrested.id}`);
    const doc = dom(res.text);
    expect(text(doc.querySelector('.statement .st-label'))).toBe('Part 2 of 2 of one statement · the other part: part 1');
    expect(text(doc.querySelector('.statement mark.st-this'))).toBe('had been arrested near the station');
    const part = doc.querySelector('.in-context a.hl-part')!;
    expect([text(part), part.getAttribute('href')]).toEqual(['the suspect', `/attributions/${suspect.id}`]);
    const box = doc.querySelector('.review-form input[name="parts"]')!;
    expect([box.getAttribute('type'), box.hasAttribute('checked'), box.getAttribute('value')]).toEqual(['checkbox', true, `${suspect.id}:1`]);
    expect(text(box.closest('label'))).toBe('A new speaker goes to all 2 parts of the statement');
    expectNoCodes(res.text);
    const whole = dom((await agent.get(`/attributions/${alone.id}`)).text);
    expect(whole.querySelector('.statement, input[name="parts"], .hl-part')).toBeNull();
  });

  it('a corrected speaker goes to all the parts when the box is ticked, only to this one when not', async () => {
    const { agent, token } = await signedIn(h.app);
    const ticked = await agent.post(`/attributions/${arrested.id}/review`).type('form')
      .send({ _csrf: token, action: 'correct', version: 1, speaker: 'Leeds Police', source_type: 'organization', parts: `${suspect.id}:1` });
    expect(ticked.status).toBe(303);
    for (const r of [suspect, arrested]) expect(h.store.getAttribution(r.id)).toMatchObject({ speakerName: 'Leeds Police', sourceType: 'organization', status: 'corrected' });
    const history = dom((await agent.get(`/attributions/${suspect.id}`)).text);
    expect(text(history.querySelector('.audit-log td.what'))).toContain('Leeds Police');

    await agent.post(`/attributions/${second.id}/review`).type('form').send({ _csrf: token, action: 'correct', version: 1, speaker: 'Anna Smith-Jones' });
    expect(h.store.getAttribution(second.id).speakerName).toBe('Anna Smith-Jones');
    expect(h.store.getAttribution(first.id)).toMatchObject({ speakerName: 'Anna Smith', status: 'unreviewed' });
    const page = dom((await agent.get(`/attributions/${first.id}`)).text);
    expect(text(page.querySelector('.review-form .st-apply'))).toBe('A new speaker goes to all 2 parts of the statement (the other part names another speaker now)');
  });

  it('refuses parts that are stale (409) or not of this statement (400), saving nothing', async () => {
    const { agent, token } = await signedIn(h.app);
    const send = (parts: string) => agent.post(`/attributions/${arrested.id}/review`).type('form').set('Accept', 'application/json')
      .send({ _csrf: token, action: 'correct', version: 1, speaker: 'Leeds Police', parts });
    const stale = await send(`${suspect.id}:7`);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed by someone else/);
    const stranger = await send(`${alone.id}:1`);
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toMatch(/not another part of the statement/);
    const garbled = await send('12;3');
    expect(garbled.status).toBe(400);
    expect(garbled.body.error).toMatch(/parts of the statement/);
    for (const r of [suspect, arrested, alone]) expect(h.store.getAttribution(r.id)).toMatchObject({ version: 1, status: 'unreviewed' });
  });
});

describe('the review queue', () => {
  it('shows the statement on each piece’s card, the other piece marked in the sentence, and the box for all parts', async () => {
    const { agent } = await signedIn(h.app);
    const res = await agent.get('/review?q=suspect');
    const card = dom(res.text).querySelector(`#r${suspect.id}`)!;
    expect(text(card.querySelector('.st-label'))).toBe('Part 1 of 2 of one statement · the other part: part 2');
    expect(text(card.querySelector('.sentence a.hl-part'))).toBe('had been arrested near the station');
    expect(card.querySelector('input[name="parts"]')!.getAttribute('value')).toBe(`${arrested.id}:1`);
    expectNoCodes(res.text);
  });

  it('a speaker typed on one piece goes to the other, and the answer names the parts as they now stand', async () => {
    const { agent, token } = await signedIn(h.app);
    const res = await agent.post(`/review/${suspect.id}`).type('form').set('Accept', 'application/json')
      .send({ _csrf: token, action: 'confirm', version: 1, speaker: 'Leeds Police', parts: `${arrested.id}:1` });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe(`Saved: record ${suspect.id} corrected, with the other part of its statement.`);
    expect(res.body.parts).toEqual([
      { id: suspect.id, status: 'corrected', version: 2 },
      { id: arrested.id, status: 'corrected', version: 2 },
    ]);
    expect(h.store.getAttribution(arrested.id).speakerName).toBe('Leeds Police');
    // confirming without a new name leaves the other part in the queue
    const plain = await agent.post(`/review/${first.id}`).type('form').set('Accept', 'application/json')
      .send({ _csrf: token, action: 'confirm', version: 1, parts: `${second.id}:1` });
    expect(plain.body.message).toBe(`Saved: record ${first.id} confirmed.`);
    expect(h.store.getAttribution(second.id).status).toBe('unreviewed');
  });
});

describe('the article page', () => {
  it('reads each piece in the side list with its statement, and says which part it is', async () => {
    const res = await request(h.app).get(`/articles/${first.articleId}`);
    const item = dom(res.text).querySelector(`#a${second.id}`)!;
    expect(text(item.querySelector('.st-read'))).toBe('“We will not stop until every family feels safe again,” … “This is the first step.”');
    expect(text(item.querySelector('.st-read mark.st-this'))).toBe('“This is the first step.”');
    expect(text(item.querySelector('.st-of'))).toBe('Part 2 of 2 of one statement ›');
    expect(item.querySelector('.st-of a')!.getAttribute('href')).toBe(`/attributions/${second.id}`);
    const whole = dom(res.text).querySelector(`#a${alone.id}`)!;
    expect([whole.querySelector('.st-read'), text(whole.querySelector('a.claim'))]).toEqual([null, '“It was quiet for years,”']);
    expectNoCodes(res.text);
  });
});
