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
    ['Port strike enters second week\n\nBy Lena Hart\nValley Tribune\n\nDock workers stayed home.', 'Valley Tribune'],
    ['Title\n\nBy Lena Hart\n\nDock workers stayed home.', null],
  ])('the outlet of %j is %j', (text, outlet) => {
    expect(readArticleMeta(text).outlet).toBe(outlet);
  });
});

describe('dates only from the header', () => {
  it.each([
    // a body sentence with a weekday is never the publication date
    ['Budget row deepens\n\nBy Lena Hart\n\nThe deficit grew, according to figures published by the ministry on Wednesday, and the opposition demanded answers from the finance minister.', null],
    // a full date in the body is no header either
    ['Budget row deepens\n\nThe deficit grew, according to figures published by the ministry on March 3, 2026, and the opposition demanded answers from the finance minister.', null],
    ['Budget row deepens\n\nBy Lena Hart\nMarch 3, 2026\n\nThe deficit grew.', '2026-03-03T00:00:00.000Z'],
  ])('%j was published %j', (text, iso) => {
    expect(readArticleMeta(text).published).toBe(iso);
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
    // header lines right under the headline
    ['Mayor resigns\nMarch 3, 2026\n\nThe mayor resigned, officials said.', 'Mayor resigns'],
    ['Mayor resigns\nBy Ann Lee\nUpdated 6:42 PM EDT, Thursday March 5, 2026\n\nThe mayor resigned.', 'Mayor resigns'],
    ['Mayor resigns\n05/03/2026\n\nThe mayor resigned.', 'Mayor resigns'],
    ['MAYOR QUITS\nBy Ana Ruiz\nThe Valley Tribune\n2026-03-04\n\nThe mayor said she would quit.', 'MAYOR QUITS'],
    ['Mayor quits\nBy Ana Ruiz\nThe Valley Tribune said on Monday that she would quit.\n\nMore.', null],
    ['Mayor resigns\nThe mayor resigned on Friday, officials said.\n\nMore.', null],
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
    ['Amy Liu and Carl Brandt, Valley Tribune', ['Amy Liu', 'Carl Brandt'], 'Valley Tribune'],
    ['Amy Post, Fresno Daily News', ['Amy Post'], 'Fresno Daily News'],
    ['Lena Hart and Omar Diaz, Harbor Light', ['Lena Hart', 'Omar Diaz'], 'Harbor Light'],
    // other separators, and names set in capitals
    ['ANA RUIZ | Associated Press', ['Ana Ruiz'], 'Associated Press'],
    ['Ana Ruiz · Reuters', ['Ana Ruiz'], 'Reuters'],
    ['Ana Ruiz — The Tribune', ['Ana Ruiz'], 'The Tribune'],
    ["MARY-KATE O'NEIL and TOM LEE", ["Mary-Kate O'Neil", 'Tom Lee'], null],
    // a hyphen inside a name is no separator
    ['Ana Ruiz-Lopez, CNN', ['Ana Ruiz-Lopez'], 'CNN'],
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
    // an update time when nothing says when it was first published
    ['Updated: 01 FEB 25 00:09 ET', '2025-02-01T05:09:00.000Z'],
    ['Updated 6:42 PM EDT, Thursday March 5, 2026', '2026-03-05T22:42:00.000Z'],
    ['Published 8:15 a.m. CT March 3, 2026', '2026-03-03T14:15:00.000Z'],
    ['Posted on March 3, 2026', '2026-03-03T00:00:00.000Z'],
    // a line that is a date and nothing else: the start of that day
    ['March 3, 2026', '2026-03-03T00:00:00.000Z'],
    ['Thursday, March 5, 2026', '2026-03-05T00:00:00.000Z'],
    // no year, no month, or a date inside a sentence: no date rather than a wrong one
    ['Updated 6:42 PM EDT, Thursday', null],
    ['Published on Wednesday', null],
    ['Published 3 days ago', null],
    ['Updated 2 hours ago', null],
    ['Updated: yesterday', null],
    ['figures published by the ministry on Wednesday', null],
    ['The vote is set for March 3, 2026, officials said', null],
    ['Published: sometime soon-ish', null],
    // dates written only in numbers, which reach chrono past the quick test for date words
    ['2026 03 05', '2026-03-05T00:00:00.000Z'],
    ['3/25/2026', '2026-03-25T00:00:00.000Z'],
    ['25/03/2026', '2026-03-25T00:00:00.000Z'],
    // 3 May in London, March 5 in New York: a time zone decides, and without one there is no date
    ['3/5/2026', null],
    ['Updated 3/5/2026 9:00 AM EST', '2026-03-05T14:00:00.000Z'],
    ['Last updated: 05/03/2026 14:20 GMT', '2026-03-05T14:20:00.000Z'],
    ['Last updated: 05/03/2026 14:20 BST', '2026-03-05T13:20:00.000Z'],
    ['Published 2026-03-05T14:15:00Z', '2026-03-05T14:15:00.000Z'],
    // a headline with a year and no date word: not a date, and chrono is not asked
    ['2016 Dems React To GOP Debate.', null],
    ['Cruz channeling strategy he used in 2012;', null],
  ])('%j was published %j', (line, iso) => {
    expect(findPublished([line])).toBe(iso);
  });
});
