import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attributionIn, meta } from '../store/fixtures.js';
import { makeHarness, type Harness } from './app-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
  // Another article: Trump written with his middle initial, and a group with his name.
  const text = '“We will win,” Donald J. Trump said. “He will win,” Trump supporters chanted. “We are ready,” the Trump campaign said.';
  h.store.addArticle({ text, meta: meta('Rally', '2025-01-15T00:00:00Z') }, [
    attributionIn(text, '“We will win,”', 'Donald J. Trump', 'Donald J. Trump', 'said'),
    attributionIn(text, '“He will win,”', 'Trump supporters', 'Trump supporters', 'chanted', 'anonymous'),
    attributionIn(text, '“We are ready,”', 'the Trump campaign', 'the Trump campaign', 'said', 'organization'),
  ]);
});
afterEach(() => h.close());

const speakersOf = (html: string): string[] => [...html.matchAll(/class="speaker">([^<]*)</g)].map((m) => m[1] ?? '');
const didYouMeanOf = (html: string): string[] =>
  [...(/<p class="did-you-mean">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => m[2] ?? '');

describe('the speaker filter on the claims list', () => {
  it('"trump" lists Donald Trump’s claims only, under either way he was written, and offers the group and the campaign', async () => {
    const res = await request(h.app).get('/').query({ speaker: 'trump' });
    expect(res.status).toBe(200);
    expect(speakersOf(res.text)).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
    expect(res.text).toMatch(/<strong>3<\/strong> claims\s*by\s*<a href="\/speakers\/\d+">Donald Trump<\/a>/);
    expect(didYouMeanOf(res.text).sort()).toEqual(['Trump supporters', 'the Trump campaign']);
  });

  it('a "did you mean" link shows that speaker’s claims, keeping the other filters', async () => {
    const list = await request(h.app).get('/').query({ speaker: 'trump', kind: 'direct' });
    const href = /<a href="([^"]*)">Trump supporters<\/a>/.exec(list.text)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toMatch(/^\/\?speaker_id=\d+&kind=direct$/);
    const res = await request(h.app).get(href!);
    expect(speakersOf(res.text)).toEqual(['Trump supporters']);
  });

  it.each([
    ['grenel', ['Richard Grenell']],
    ['Ric Grenell', ['Richard Grenell']],
    ['trump supporters', ['Trump supporters']],
  ])('"%s" lists %j with no "did you mean"', async (speaker, names) => {
    const res = await request(h.app).get('/').query({ speaker });
    expect(speakersOf(res.text)).toEqual(names);
    expect(res.text).not.toContain('Did you mean');
  });

  it('a name no speaker comes close to says so in words', async () => {
    const res = await request(h.app).get('/').query({ speaker: 'Joe Biden' });
    expect(res.text).toContain('nobody named “Joe Biden”');
    expect(res.text).not.toContain('Did you mean');
  });

  it('the JSON API filters the same way and lists the close speakers in didYouMean', async () => {
    const res = await request(h.app).get('/api/attributions').query({ speaker: 'trump' });
    expect(res.body.items.map((r: { speakerName: string }) => r.speakerName)).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
    expect(res.body.didYouMean.map((s: { name: string }) => s.name).sort()).toEqual(['Trump supporters', 'the Trump campaign']);
    expect(res.body.didYouMean[0]).toEqual({ id: expect.any(Number), name: expect.any(String), type: expect.any(String) });
    const plain = await request(h.app).get('/api/attributions');
    expect(plain.body).not.toHaveProperty('didYouMean');
  });
});

describe('speakers pages', () => {
  it('a speaker page says how else the speaker was written', async () => {
    const list = await request(h.app).get('/api/attributions').query({ speaker: 'Donald Trump' });
    const res = await request(h.app).get(`/speakers/${list.body.items[0].speakerId as number}`);
    expect(res.text).toContain('Also written as Donald J. Trump.');
    expect(res.text).toContain('Quoted <strong>3</strong> times');
  });

  it('a speaker written one way only has no "also written as" line', async () => {
    const list = await request(h.app).get('/api/attributions').query({ speaker: 'grenel' });
    const res = await request(h.app).get(`/speakers/${list.body.items[0].speakerId as number}`);
    expect(res.text).not.toContain('Also written as');
  });

  it('the speakers page counts the merged forms as one speaker', async () => {
    const res = await request(h.app).get('/speakers');
    expect(res.text).toMatch(/Donald Trump<\/a><\/td>\s*<td>person<\/td>\s*<td class="num"><a href="\/\?speaker_id=\d+">3</);
    expect(speakersOf(res.text)).not.toContain('Donald J. Trump');
  });
});

describe('the speakers page search', () => {
  it('puts the speaker the name means first, before a more quoted one who only sounds like it', async () => {
    // Cornell Belcher (KRNL, like Grenell) is quoted more often than Richard Grenell
    const text = '“One,” Cornell Belcher said. “Two,” Cornell Belcher said. “Three,” Cornell Belcher said.';
    h.store.addArticle({ text, meta: meta('Polls', '2025-01-21T00:00:00Z') }, [
      attributionIn(text, '“One,”', 'Cornell Belcher', 'Cornell Belcher', 'said'),
      { ...attributionIn(text, '“Two,”', 'Cornell Belcher', 'Cornell Belcher', 'said'), speaker: { name: 'Cornell Belcher', mention: 'Cornell Belcher', start: text.indexOf('Cornell Belcher', 20), end: text.indexOf('Cornell Belcher', 20) + 15, type: 'person' } },
      { ...attributionIn(text, '“Three,”', 'Cornell Belcher', 'Cornell Belcher', 'said'), speaker: { name: 'Cornell Belcher', mention: 'Cornell Belcher', start: text.lastIndexOf('Cornell Belcher'), end: text.lastIndexOf('Cornell Belcher') + 15, type: 'person' } },
    ]);
    const names = speakersOf;
    const res = await request(h.app).get('/speakers').query({ name: 'grenel' });
    expect(names(res.text)).toEqual(['Richard Grenell', 'Cornell Belcher']);
    // without a name, the most quoted first as before
    const all = names((await request(h.app).get('/speakers')).text);
    expect(all.indexOf('Cornell Belcher')).toBeLessThan(all.indexOf('Richard Grenell'));
  });
});

describe('a name two people share', () => {
  it('"clinton" lists no claims and offers both Clintons by name', async () => {
    const text = '“Not so,” Bill Clinton said. “We disagree,” Hillary Clinton said.';
    h.store.addArticle({ text, meta: meta('Clintons', '2025-01-20T00:00:00Z') }, [
      attributionIn(text, '“Not so,”', 'Bill Clinton', 'Bill Clinton', 'said'),
      attributionIn(text, '“We disagree,”', 'Hillary Clinton', 'Hillary Clinton', 'said'),
    ]);
    const res = await request(h.app).get('/').query({ speaker: 'clinton' });
    expect(speakersOf(res.text)).toEqual([]);
    expect(res.text).toContain('“clinton” could be more than one speaker');
    expect(didYouMeanOf(res.text)).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });
});
