import { describe, expect, it } from 'vitest';
import type { SourceType } from '../../src/schema/attribution.js';
import { chooseSpeakers, toFilterCandidate, type ChoiceIndex } from '../../src/store/speaker-choice.js';
import { aliasKey, parsePersonName } from '../../src/store/speaker-identity.js';

/** An index over written forms: [speaker id, name, type, exact]. */
function indexOf(forms: [number, string, SourceType, boolean?][]): ChoiceIndex {
  const byKey = new Map<string, number>();
  const people = new Map<number, boolean>();
  for (const [id, name, type, exact = true] of forms) {
    if (exact) byKey.set(aliasKey(name), id);
    const person = type === 'person' ? parsePersonName(name) : null;
    if (person) people.set(id, (people.get(id) ?? false) || person.given !== null);
  }
  return {
    candidates: forms.map(([id, name, type]) => toFilterCandidate(id, name, type)),
    byKey,
    surnameOnly: new Set([...people].filter(([, full]) => !full).map(([id]) => id)),
  };
}

const DONALD = 1;
const SUPPORTERS = 2;
const CAMPAIGN = 3;
const GRENELL = 4;
const BILL = 5;
const HILLARY = 6;
const AIDES = 7;
const MADURO = 8;
const index = indexOf([
  [DONALD, 'Donald Trump', 'person'],
  [DONALD, 'Donald J. Trump', 'person'],
  [DONALD, 'President Trump', 'person', false],
  [SUPPORTERS, 'Trump supporters', 'anonymous'],
  [CAMPAIGN, 'the Trump campaign', 'organization'],
  [GRENELL, 'Richard Grenell', 'person'],
  [BILL, 'Bill Clinton', 'person'],
  [HILLARY, 'Hillary Clinton', 'person'],
  [AIDES, 'Clinton aides', 'anonymous'],
  [MADURO, 'Nicolás Maduro', 'person'],
]);

describe('chooseSpeakers', () => {
  const rows: [string, number[]][] = [
    // one speaker, spelling and name form forgiven
    ['trump', [DONALD]],
    ['Trump', [DONALD]],
    ['donald trump', [DONALD]],
    ['Donald J. Trump', [DONALD]],
    ['donald john trump', [DONALD]],
    ['President Trump', [DONALD]],
    ['grenel', [GRENELL]],
    ['Ric Grenell', [GRENELL]],
    ['GRENELL', [GRENELL]],
    ['nicolas maduro', [MADURO]],
    ['maduro', [MADURO]],
    ['hillary clinton', [HILLARY]],
    ['Bill Clinton', [BILL]],
    // groups and bodies are found by their own words
    ['trump supporters', [SUPPORTERS]],
    ['trump campaign', [CAMPAIGN]],
    ['the Trump campaign', [CAMPAIGN]],
    ['clinton aides', [AIDES]],
    // negative rows: two people fit equally, a given name alone, nobody
    ['clinton', []],
    ['hillary', []],
    ['Joe Biden', []],
    ['', []],
  ];
  it.each(rows)('"%s" shows the claims of %j', (query, chosen) => {
    expect(chooseSpeakers(query, index).chosen).toEqual(chosen);
  });

  it('"trump" offers the groups and bodies with the name instead of mixing them in', () => {
    const { chosen, suggestions } = chooseSpeakers('trump', index);
    expect(chosen).toEqual([DONALD]);
    expect(suggestions).toEqual(expect.arrayContaining([SUPPORTERS, CAMPAIGN]));
    expect(suggestions).not.toContain(DONALD);
  });

  it('"clinton" chooses neither Clinton and offers both people first, then the aides', () => {
    expect(chooseSpeakers('clinton', index).suggestions).toEqual([BILL, HILLARY, AIDES]);
  });

  it('"hillary" offers Hillary Clinton', () => {
    expect(chooseSpeakers('hillary', index).suggestions).toEqual([HILLARY]);
  });

  it('a speaker known only as "Trump" is offered when "trump" means the one Trump with a full name', () => {
    const bare = indexOf([
      [DONALD, 'Donald Trump', 'person'],
      [9, 'Trump', 'person'],
    ]);
    expect(chooseSpeakers('trump', bare)).toMatchObject({ chosen: [DONALD], suggestions: [9] });
  });

  it('with two Trumps known by full names, "trump" is the speaker written just "Trump", the people offered', () => {
    const two = indexOf([
      [DONALD, 'Donald Trump', 'person'],
      [10, 'Eric Trump', 'person'],
      [9, 'Trump', 'person'],
    ]);
    const choice = chooseSpeakers('trump', two);
    expect(choice.chosen).toEqual([9]);
    expect(choice.suggestions).toEqual(expect.arrayContaining([DONALD, 10]));
  });

  it('every forgiving match is listed in `all` (the speakers page search)', () => {
    expect(chooseSpeakers('trump', index).all.sort()).toEqual([DONALD, SUPPORTERS, CAMPAIGN].sort());
  });
});

describe('a match by sound alone', () => {
  it('is offered, not chosen: “Kiel” does not pick Janet Cole', async () => {
    const { chooseSpeakers, toFilterCandidate } = await import('../../src/store/speaker-choice.js');
    const { speakerKey } = await import('../../src/store/speaker-match.js');
    const candidates = [toFilterCandidate(1, 'Janet Cole', 'person'), toFilterCandidate(2, 'Richard Grenell', 'person')];
    const index = { candidates, byKey: new Map(candidates.map((c) => [speakerKey(c.name), c.id] as const)), surnameOnly: new Set<number>() };
    expect(chooseSpeakers('Kiel', index).chosen).toEqual([]);
    expect(chooseSpeakers('Kiel', index).suggestions).toContain(1);
    expect(chooseSpeakers('grenel', index).chosen).toEqual([2]);
    expect(chooseSpeakers('cole', index).chosen).toEqual([1]);
  });
});

describe('a typed word that is someone’s name as written', () => {
  const people = indexOf([
    [1, 'Donald Trump', 'person'],
    [2, 'Donald Hartley', 'person'],
    [3, 'Michael P. McDonald', 'person'],
    [4, 'Grace Odum', 'person'],
    [5, 'Dan Gross', 'person'],
    [6, 'Ted Cruz', 'person'],
  ]);

  it('“donald” does not pick Michael P. McDonald, whose surname only looks like it; the Donalds come first', () => {
    const choice = chooseSpeakers('donald', people);
    expect(choice.chosen).toEqual([]);
    expect(choice.suggestions.slice(0, 2).sort()).toEqual([1, 2]);
    expect(choice.suggestions).toContain(3);
  });

  it('“grace” offers Grace Odum before the people whose surnames only sound like it', () => {
    expect(chooseSpeakers('grace', people).suggestions[0]).toBe(4);
  });

  it('a misspelt surname still finds its one person (“mcdonnald”)', () => {
    expect(chooseSpeakers('mcdonnald', people).chosen).toEqual([3]);
  });
});

describe('letters NFKD does not fold', () => {
  const people = indexOf([
    [1, 'Marta Łukasiewicz', 'person'],
    [2, 'Lars Ødegård', 'person'],
    [3, 'Élodie Ñúñez-Łukasz', 'person'],
    [4, 'Søren Kierkegaard', 'person'],
    [5, 'Jan Łoś', 'person'],
    [6, 'Åse Lædre', 'person'],
  ]);

  it.each([
    ['lukasiewicz', 1],
    ['Marta Lukasiewicz', 1],
    ['odegard', 2],
    ['Lars Odegard', 2],
    ['elodie nunez-lukasz', 3],
    ['soren kierkegaard', 4],
    ['Łukasiewicz', 1],
    ['jan los', 5],
    ['los', 5],
    ['ase laedre', 6],
  ])('“%s” finds speaker %i as typed on a plain keyboard', (query, id) => {
    expect(chooseSpeakers(query, people).chosen).toEqual([id]);
  });
});
