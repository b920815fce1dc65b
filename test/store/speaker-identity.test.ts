import { describe, expect, it } from 'vitest';
import type { SourceType } from '../../src/schema/attribution.js';
import {
  aliasKey,
  aliasPersonFields,
  givenNameForms,
  isPronounName,
  middlesAgree,
  parsePersonName,
  resolveSpeaker,
  type AliasEntry,
  type SpeakerDirectory,
} from '../../src/store/speaker-identity.js';

describe('parsePersonName', () => {
  const people: [string, string | null, string[], string, string | null, boolean][] = [
    // name, given, middles, surname, suffix, titled
    ['Donald Trump', 'donald', [], 'trump', null, false],
    ['Donald J. Trump', 'donald', ['j'], 'trump', null, false],
    ['Donald John Trump', 'donald', ['john'], 'trump', null, false],
    ['President Trump', null, [], 'trump', null, true],
    ['Former President Donald Trump', 'donald', [], 'trump', null, true],
    ['Sen. Bernie Sanders', 'bernie', [], 'sanders', null, true],
    ['Donald Trump Jr.', 'donald', [], 'trump', 'jr', false],
    ['Martin Luther King, Jr.', 'martin', ['luther'], 'king', 'jr', false],
    ['Ursula von der Leyen', 'ursula', [], 'von der leyen', null, false],
    ['Nicolás Maduro', 'nicolas', [], 'maduro', null, false],
    ['Alexandria Ocasio-Cortez', 'alexandria', [], 'ocasio-cortez', null, false],
    ['Clinton', null, [], 'clinton', null, false],
    ['Stephen King', 'stephen', [], 'king', null, false],
  ];
  it.each(people)('%s is a person: given %s, middles %j, surname %s, suffix %s, titled %s', (name, given, middles, surname, suffix, titled) => {
    expect(parsePersonName(name)).toMatchObject({ given, middles, surname, suffix, titled });
  });

  it.each([
    'Trump supporters',
    'the Trump campaign',
    'The Trump Campaign',
    'Clinton aides',
    'Trump Supporters',
    'Clinton Aides',
    'Trump Administration',
    'Trump’s team',
    "Trump's lawyers",
    'US officials',
    'a Trump ally who',
    'G7',
    '<b>Mallory</b> Script',
    '@Eve',
    'President',
    '',
  ])('"%s" is no one person’s name', (name) => {
    expect(parsePersonName(name)).toBeNull();
  });

  it('a title marks the gender it carries', () => {
    expect(parsePersonName('Mrs. Clinton')?.titleGender).toBe('f');
    expect(parsePersonName('Mr. Clinton')?.titleGender).toBe('m');
    expect(parsePersonName('Gov. Newsom')?.titleGender).toBeNull();
  });
});

describe('givenNameForms', () => {
  it.each([
    ['bill', ['william', 'billy']],
    ['william', ['bill', 'will']],
    ['ric', ['richard', 'rick']],
    ['richard', ['ric', 'dick']],
  ])('%s may stand for %j', (given, forms) => {
    expect(givenNameForms(given)).toEqual(expect.arrayContaining([given, ...forms]));
  });
  it.each([
    ['chris', 'christopher'], // Christopher or Christine: ambiguous, stands for itself only
    ['christopher', 'chris'],
    ['steve', 'stephen'],
    ['bill', 'hillary'],
    ['ted', 'edward'], // Ted Kennedy was an Edward, Ted Roosevelt a Theodore
    ['al', 'albert'], // Al Gore is an Albert, Al Franken an Alan
    ['lisa', 'elizabeth'], // a given name in its own right
    ['donald', 'ronald'],
  ])('%s never stands for %s', (given, other) => {
    expect(givenNameForms(given)).not.toContain(other);
  });
});

describe('middlesAgree', () => {
  it.each([
    [[], ['j'], true],
    [['j'], ['john'], true],
    [['herbert', 'walker'], ['h', 'w'], true],
    [['w'], ['h', 'w'], false], // George W. Bush is not George H. W. Bush
    [['walker'], ['h', 'w'], false],
    [['john'], ['james'], false],
  ] as [string[], string[], boolean][])('%j and %j agree: %s', (a, b, agree) => {
    expect(middlesAgree(a, b)).toBe(agree);
  });
});

describe('isPronounName', () => {
  it.each(['he', 'She', 'they', 'It', 'him'])('"%s" names nobody', (name) => expect(isPronounName(name)).toBe(true));
  it.each(['Heidi', 'Theo', 'US officials', 'The White House'])('"%s" is a name', (name) => expect(isPronounName(name)).toBe(false));
});

/** A directory over written forms in memory, as SqlSpeakerDirectory keeps them in SQLite. */
function directory(stored: [id: number, name: string, type?: SourceType, exact?: boolean][]): SpeakerDirectory {
  const rows = stored.map(([speakerId, name, type = 'person', exact = true]) => ({
    speakerId,
    name,
    key: aliasKey(name),
    exact,
    ...aliasPersonFields(name, type),
  }));
  const entry = (r: (typeof rows)[number]): AliasEntry => ({ speakerId: r.speakerId, name: r.name });
  return {
    byKey: (key) => rows.find((r) => r.exact && r.key === key)?.speakerId ?? null,
    byPersonKeys: (keys) => rows.filter((r) => r.personKey !== null && keys.includes(r.personKey)).map(entry),
    bySurname: (surname) => rows.filter((r) => r.surname === surname).map(entry),
    fullNamesOf: (id) => rows.filter((r) => r.speakerId === id && r.personKey !== null).map((r) => r.name),
  };
}

describe('resolveSpeaker', () => {
  const dir = directory([
    [1, 'Donald Trump'],
    [2, 'Bill Clinton'],
    [3, 'Hillary Clinton'],
    [4, 'Richard Grenell'],
    [5, 'Trump supporters', 'anonymous'],
    [6, 'George H. W. Bush'],
  ]);
  const NEW = 'new';
  const rows: [string, SourceType, string[], number | typeof NEW | null][] = [
    // the same person under another form
    ['Donald Trump', 'person', [], 1],
    ['Donald J. Trump', 'person', [], 1],
    ['Donald John Trump', 'person', [], 1],
    ['President Donald Trump', 'person', [], 1],
    ['President Trump', 'person', [], 1], // the only Trump stored
    ['DONALD TRUMP', 'person', [], 1],
    ['Hillary Rodham Clinton', 'person', [], 3],
    ['William Clinton', 'person', [], 2],
    ['William J. Clinton', 'person', [], 2],
    ['Ric Grenell', 'person', [], 4],
    ['Rick Grenell', 'person', [], 4],
    ['George Herbert Walker Bush', 'person', [], 6],
    ['Clinton', 'person', ['Hillary Clinton', 'Joe Biden'], 3], // its article names one Clinton
    ['Mr. Clinton', 'person', ['Bill Clinton'], 2],
    ['Trump supporters', 'anonymous', [], 5],
    ['Trump supporters', 'person', [], 5], // the same written form, whatever the type
    // negative rows: different people, groups and bodies that contain a name, ambiguity
    ['Chelsea Clinton', 'person', [], NEW],
    ['Donald Trump Jr.', 'person', [], NEW],
    ['Melania Trump', 'person', [], NEW],
    ['George W. Bush', 'person', [], NEW],
    ['Clinton', 'person', [], NEW], // no article context: Bill or Hillary, so neither
    ['Clinton', 'person', ['Bill Clinton', 'Hillary Clinton'], NEW],
    ['President Clinton', 'person', [], NEW], // two Clintons stored
    ['Mrs. Clinton', 'person', ['Bill Clinton'], NEW], // the title contradicts the article's Clinton
    ['Trump', 'person', [], NEW], // a bare surname never joins from other articles
    ['the Trump campaign', 'organization', [], NEW],
    ['Clinton aides', 'anonymous', [], NEW],
    ['Clinton aides', 'person', [], NEW],
    ['Trump Supporters', 'anonymous', [], 5], // same key as "Trump supporters"
    ['Donald Trump', 'organization', [], 1],
    ['Richard Nixon', 'person', [], NEW],
    ['Chris Grenell', 'person', [], NEW],
    // pronouns are unknown speakers
    ['he', 'person', [], null],
    ['They', 'anonymous', [], null],
  ];
  it.each(rows)('"%s" (%s, article names %j) -> %s', (name, type, articleNames, expected) => {
    const r = resolveSpeaker(name, type, articleNames, dir);
    if (expected === null) expect(r).toBeNull();
    else if (expected === NEW) expect(r).toEqual({ create: expect.any(String) });
    else expect(r).toMatchObject({ id: expected });
  });

  it('a bare surname joined through its article is not recorded as meaning that person everywhere', () => {
    expect(resolveSpeaker('Clinton', 'person', ['Hillary Clinton'], dir)).toEqual({ id: 3, exact: false });
    expect(resolveSpeaker('Hillary R. Clinton', 'person', [], dir)).toEqual({ id: 3, exact: true });
  });

  it('a bare surname whose article names a person not yet stored creates that person', () => {
    expect(resolveSpeaker('Biden', 'person', ['Joe Biden'], dir)).toEqual({ create: 'Joe Biden' });
  });

  it('a titled surname does not join when two people share the surname (a son with the suffix Jr.)', () => {
    const trumps = directory([
      [1, 'Donald Trump'],
      [2, 'Donald Trump Jr.'],
    ]);
    expect(resolveSpeaker('President Trump', 'person', [], trumps)).toEqual({ create: 'President Trump' });
    expect(resolveSpeaker('Donald Trump Jr', 'person', [], trumps)).toMatchObject({ id: 2 });
    expect(resolveSpeaker('Trump', 'person', ['Donald Trump Jr.'], trumps)).toMatchObject({ id: 2 });
  });

  it('a written form seen before goes where it went, before any person matching', () => {
    const known = directory([
      [1, 'Donald Trump'],
      [7, 'Trump'],
    ]);
    expect(resolveSpeaker('Trump', 'person', [], known)).toEqual({ id: 7, exact: true, seen: true });
    // ...but its own article comes first
    expect(resolveSpeaker('Trump', 'person', ['Donald Trump'], known)).toEqual({ id: 1, exact: false });
  });
});

describe('titles before a name', () => {
  it('two titles in a row end (“Mr. King” once looped forever)', async () => {
    const { parsePersonName } = await import('../../src/store/speaker-identity.js');
    expect(parsePersonName('Mr. King')).toBeNull();
    expect(parsePersonName('Mr. President Obama')?.surname).toBe('obama');
  });
});
