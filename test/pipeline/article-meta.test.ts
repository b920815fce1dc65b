import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPublished, findTitle, readArticleMeta, splitByline } from '../../src/pipeline/article-meta.js';

const lines = (s: string): string[] => s.split('\n').map((l) => l.trim());

describe('readArticleMeta', () => {
  it('reads the seed article header: two authors, CNN, 00:07 ET as 05:07Z, no title line', () => {
    const text = readFileSync(new URL('../../data/samples/cnn-2025-02-01-venezuela-detainees.txt', import.meta.url), 'utf8');
    expect(readArticleMeta(text)).toEqual({
      title: null,
      outlet: 'CNN',
      authors: ['Alejandra Jaramillo', 'Chris Lau'],
      published: '2025-02-01T05:07:00.000Z',
    });
  });

  it.each([
    ['(CNN) — Six Americans are heading home.', 'CNN'],
    ['Headline here\n\nDALLAS (AP) — Democratic candidate Martin O’Malley is shifting staff.', 'AP'],
    ['Title\n\nWASHINGTON, Dec. 8 (UPI) — In response to a proposal', 'UPI'],
    ['By Chris Lau, Reuters\n\nText.', 'Reuters'],
    ['Title\n\nTrump said (in jest) — or so it seemed — that he would win.', null],
    ['No dateline at all.', null],
  ])('the outlet of %j is %j', (text, outlet) => {
    expect(readArticleMeta(text).outlet).toBe(outlet);
  });
});

describe('findTitle', () => {
  it.each([
    ['Millennial Democratics prefer Bernie Sanders.\n\nCAMBRIDGE, Mass. (UPI) — Young', 'Millennial Democratics prefer Bernie Sanders'],
    ['Clinton won in the U.S.\n\nBody.', 'Clinton won in the U.S.'],
    ['Commandos take on larger role; \nWhen boots are ruled out, others fill the gap.\n\nBody.', 'Commandos take on larger role; When boots are ruled out, others fill the gap'],
    [' date 2025-02-01 Originally Published: 01 FEB 25 00:07 ET\n\nBy A B, CNN', null],
    ['By Alejandra Jaramillo, CNN\n\n(CNN) — Body', null],
    ['(CNN) — A lead paragraph with no title.\n\nMore.', null],
    ['A first line\nthat runs on without a blank line', null],
    ['', null],
  ])('the title of %j is %j', (text, title) => {
    expect(findTitle(lines(text))).toBe(title);
  });
});

describe('splitByline', () => {
  it.each([
    ['Alejandra Jaramillo and Chris Lau, CNN', ['Alejandra Jaramillo', 'Chris Lau'], 'CNN'],
    ['Jane Doe, John Roe and Mary K. Smith', ['Jane Doe', 'John Roe', 'Mary K. Smith'], null],
    ['Jane Doe, Associated Press', ['Jane Doe'], 'Associated Press'],
    ['the editors', [], null],
  ])('the byline %j has authors %j and outlet %j', (byline, authors, outlet) => {
    expect(splitByline(byline)).toEqual({ authors, outlet });
  });
});

describe('findPublished', () => {
  it.each([
    ['date 2025-02-01 Originally Published: 01 FEB 25 00:07 ET', '2025-02-01T05:07:00.000Z'],
    // Daylight saving: ET in July is UTC-4.
    ['Originally Published: 15 JUL 25 00:07 ET', '2025-07-15T04:07:00.000Z'],
    ['Published: Feb. 1, 2025 12:07 a.m. ET', '2025-02-01T05:07:00.000Z'],
    ['date 2016-03-04', '2016-03-04T00:00:00.000Z'],
    ['Updated: 01 FEB 25 00:09 ET', null],
    ['Published: sometime soon-ish', null],
  ])('%j was published %j', (line, iso) => {
    expect(findPublished([line])).toBe(iso);
  });
});
