import { describe, expect, it } from 'vitest';
import { matchSpeakers, speakerKey, toCandidate } from '../../src/store/speaker-match.js';

const speakers = [
  toCandidate(1, 'Richard Grenell'),
  toCandidate(2, 'Nicolás Maduro'),
  toCandidate(3, 'Donald Trump'),
  toCandidate(4, 'Edmundo Gonzalez'),
  toCandidate(5, 'Richard Nixon'),
  toCandidate(6, 'Chris Lau'),
  toCandidate(7, 'Person7 Surname7'),
];

describe('matchSpeakers', () => {
  const rows: [string, number[]][] = [
    // spelling and name form are forgiven
    ['grenel', [1]],
    ['Ric Grenell', [1]],
    ['Richard Grenell', [1]],
    ['GRENELL', [1]],
    ['Grennell', [1]],
    ['R. Grenell', [1]],
    ['Nicolas Maduro', [2]],
    ['maduro', [2]],
    ['trump', [3]],
    ['Donald J Trump'.replace(' J', ''), [3]],
    ['Gonzales', [4]],
    // negative rows: another person, a lone short form, a partial name that fits nobody
    ['Maduro Grenell', []],
    ['Ric', []],
    ['Nixon Grenell', []],
    ['Lee', []],
    ['', []],
    ['Joe Biden', []],
    ['Person3', []], // digits must match exactly: Person3 is not Person7
  ];
  it.each(rows)('"%s" finds speakers %j', (query, ids) => {
    expect(matchSpeakers(query, speakers).map((s) => s.id)).toEqual(ids);
  });

  it('Maduro does not find Grenell', () => {
    expect(matchSpeakers('Maduro', speakers).map((s) => s.id)).not.toContain(1);
  });

  it('among equal matches, the name with the fewest other words comes first', () => {
    const many = [
      toCandidate(1, 'a Trump ally who'),
      toCandidate(2, 'Donald Trump'),
      toCandidate(3, '“Be very conservative, because it could be very rough out there,” Trump'),
      toCandidate(4, 'Trump'),
      toCandidate(5, 'Eric Trump'),
      toCandidate(6, 'Donald J. Trump'),
    ];
    expect(matchSpeakers('trump', many).map((s) => s.id)).toEqual([4, 2, 5, 6, 1, 3]);
    // a better score still wins over a shorter name
    expect(matchSpeakers('donald trump', many).map((s) => s.id)).toEqual([2, 6]);
  });

  it('"Richard" finds every Richard, the closer spelling first', () => {
    expect(matchSpeakers('Richard', speakers).map((s) => s.id).sort()).toEqual([1, 5]);
  });
});

describe('speakerKey', () => {
  it.each([
    ['Nicolás Maduro', 'nicolas maduro'],
    ['  Nicolas   MADURO. ', 'nicolas maduro'],
    ['US officials', 'us officials'],
    ['O’Brien', 'o brien'],
  ])('%s -> %s', (name, key) => expect(speakerKey(name)).toBe(key));
});
