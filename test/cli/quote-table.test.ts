import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/schema/article.js';
import type { Attribution } from '../../src/schema/attribution.js';
import { formatQuoteTable, truncate } from '../../src/cli/quote-table.js';

function quote(over: Partial<Attribution>): Attribution {
  return {
    id: 'q1',
    kind: 'direct',
    text: '“Great job!”',
    start: 0,
    end: 12,
    group: null,
    speaker: { name: 'Donald Trump', mention: 'Trump', start: 14, end: 19, type: 'person' },
    cue: { text: 'wrote', start: 20, end: 25 },
    cueKind: 'assertion',
    channel: null,
    reportedBy: null,
    confidence: 0.9,
    rule: 'cue-verb-name',
    doubt: null,
    ...over,
  };
}

function result(quotes: Attribution[], over: Partial<ExtractResult> = {}): ExtractResult {
  return { article: { title: null, outlet: null, authors: [], published: null }, quotes, diagnostics: [], ...over };
}

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['one too long', 11, 'one too lo…'],
    // an emoji is two UTF-16 units but one character: never cut in half
    ['😀😀😀😀', 3, '😀😀…'],
  ])('truncate(%j, %i) is %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});

describe('formatQuoteTable', () => {
  it('prints a header, one row per record in the app\'s words (kind, speaker, cue, text, how sure), and a count', () => {
    const table = formatQuoteTable(result([quote({}), quote({ id: 'q2', kind: 'mixed', text: '"do something"', rule: 'pronoun' })]));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^KIND\s+SPEAKER\s+HOW\s+TEXT\s+CONFIDENCE$/);
    expect(lines[1]).toMatch(/^Quote\s+Donald Trump\s+wrote\s+“Great job!”\s+high \(0\.90\)$/);
    expect(lines[2]).toMatch(/^Partial quote\s+Donald Trump\s+wrote\s+"do something"\s+high \(0\.90\)$/);
    expect(table).not.toMatch(/cue-verb-name|pronoun|direct|mixed/);
    expect(table).toMatch(/^2 found: 1 quote, 1 partial quote$/m);
  });

  it('a record with no cue shows a dash', () => {
    expect(formatQuoteTable(result([quote({ cue: null })]))).toMatch(/^Quote\s+Donald Trump\s+—\s+“Great job!”/m);
  });

  it('a record with no speaker says so, and an unresolved one shows the words the article used', () => {
    expect(formatQuoteTable(result([quote({ speaker: null })]))).toMatch(/^Quote\s+no source named\s+wrote\s+“Great job!”/m);
    const he = quote({ speaker: { name: null, mention: 'he', start: 14, end: 16, type: 'person' }, confidence: 0.3, kind: 'indirect' });
    expect(formatQuoteTable(result([he]))).toMatch(/^Paraphrase\s+unknown \(“he”\)\s+wrote\s+“Great job!”\s+low \(0\.30\)$/m);
  });

  it('a multi-paragraph quotation stays on one row, cut to 60 characters', () => {
    const long = '“' + 'word '.repeat(30) + '\n\n“' + 'more '.repeat(10) + '”';
    const row = formatQuoteTable(result([quote({ text: long })])).split('\n')[1] ?? '';
    expect(row).not.toMatch(/\n/);
    expect(row).toMatch(/…/);
    expect(row).not.toMatch(/more/);
  });

  it('the pieces of one statement share a row, joined by an ellipsis, as sure as the least sure piece', () => {
    const table = formatQuoteTable(
      result([
        quote({ id: 'c1', kind: 'indirect', text: 'The race', group: 'cg1', confidence: 0.6 }),
        quote({ id: 'c2', kind: 'indirect', text: 'closer in Ohio', group: 'cg1', confidence: 0.4 }),
        quote({ id: 'q3', text: '“Alone.”' }),
      ]),
    );
    const lines = table.split('\n');
    expect(lines[1]).toMatch(/^Paraphrase\s+Donald Trump\s+wrote\s+The race … closer in Ohio\s+low \(0\.40\)$/);
    expect(lines[2]).toMatch(/^Quote\s+Donald Trump\s+wrote\s+“Alone\.”/);
    expect(lines).toHaveLength(6);
    expect(table).toMatch(/^3 found: 2 paraphrases, 1 quote; pieces of one statement share a row \(2 rows\)$/m);
  });

  it('no quotations says so instead of printing an empty table', () => {
    expect(formatQuoteTable(result([]))).toBe('(no quotations or claims found)\n\n0 found\n');
  });

  it('shows the article heading when metadata is known, and every diagnostic', () => {
    const table = formatQuoteTable(
      result([quote({})], {
        article: { title: 'Six Americans head home', outlet: 'CNN', authors: [], published: '2025-02-01T05:07:00.000Z' },
        diagnostics: [{ code: 'unbalanced-quote', message: 'opening mark never closed', start: 40, end: 41 }],
      }),
    );
    expect(table.split('\n')[0]).toBe('Six Americans head home · CNN · 2025-02-01T05:07:00.000Z');
    expect(table).toMatch(/^note: opening mark never closed \(characters 40-41\)$/m);
  });

  it('an article with 200,000 quotations prints all its rows instead of overflowing the stack', () => {
    const quotes = Array.from({ length: 200_000 }, (_, i) => quote({ id: `q${i}`, text: `“Line ${i}.”` }));
    const table = formatQuoteTable(result(quotes));
    expect(table).toMatch(/^200000 found: 200000 quotes$/m);
    expect(table).toMatch(/^Quote\s+Donald Trump\s+wrote\s+“Line 199999\.”\s+high \(0\.90\)$/m);
  });
});
