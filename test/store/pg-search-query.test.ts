import { describe, expect, it } from 'vitest';
import { toTsQuery } from '../../src/store/pg/search-query.js';

describe('toTsQuery: the search box as a PostgreSQL tsquery', () => {
  it.each([
    ['hostages', 'hostages'],
    ['Six HOSTAGES', 'six & hostages'],
    ['deport*', 'deport:*'],
    ['"six hostages"', '(six <-> hostages)'],
    ['"six hostage*"', '(six <-> hostage)'],
    ['-trump envoy', 'envoy & !trump'],
    ['-"white house" press', 'press & !(white <-> house)'],
    ["Trump's envoy", '(trump <-> s) & envoy'],
    ['a & b | c', 'a & b & c'],
    ['NEAR(x y) OR z:*', '(near <-> x) & y & or & z:*'],
    ['Nicolás', 'nicolás'],
  ])('%j -> %j', (typed, expected) => {
    expect(toTsQuery(typed)).toEqual({ ok: true, tsquery: expected, scope: 'text' });
  });

  it.each([
    ['?!', 'the search has no letters or digits to look for'],
    ['-trump', 'the search only says what to leave out: add a word to look for'],
    ['', 'the search has no letters or digits to look for'],
  ])('%j is refused: %s', (typed, reason) => {
    expect(toTsQuery(typed)).toEqual({ ok: false, reason });
  });

  it('keeps the scope asked for', () => {
    expect(toTsQuery('grenell', 'all')).toEqual({ ok: true, tsquery: 'grenell', scope: 'all' });
  });
});
