import { describe, expect, it } from 'vitest';
import { analyzeArticle, canonicalSpeakerName } from '../../src/pipeline/speakers.js';
import { sameGivenName } from '../../src/pipeline/entities.js';

describe('canonical names within an article', () => {
  const article = analyzeArticle(
    'President Donald Trump announced the release. His envoy Richard Grenell met Maduro.\n\n' +
      '“Thank you to Ric Grenell,” Trump wrote.\n\nBill Clinton spoke first. Hillary Clinton spoke later. Mrs. Clinton smiled.',
  );
  it.each([
    ['a surname goes to the full name', 'Trump', 'Donald Trump'],
    ['a short given name goes to the same person', 'Ric Grenell', 'Richard Grenell'],
    ['a title is ignored', 'Mr. Grenell', 'Richard Grenell'],
    ['Mrs. picks the woman among two people with one surname', 'Mrs. Clinton', 'Hillary Clinton'],
    ['a name the article never uses stays as written', 'Nicolás Maduro', 'Nicolás Maduro'],
  ])('%s: %s -> %s', (_name, written, expected) => {
    expect(canonicalSpeakerName(article, written)).toBe(expected);
  });

  const familyFirst = analyzeArticle('Finance Minister Lou Jiwei spoke on Monday. The economy is slowing, Mr. Lou said.');
  it.each([['a family name written first takes its honorific short form', 'Mr. Lou', 'Lou Jiwei']])('%s: %s -> %s', (_name, written, expected) => {
    expect(canonicalSpeakerName(familyFirst, written)).toBe(expected);
  });
});

describe('sameGivenName', () => {
  it.each([
    ['Ric', 'Richard', true],
    ['Richard', 'Richard', true],
    ['Jon', 'John', true],
    ['J.', 'John', true],
    ['Bill', 'Hillary', false],
    ['Donald', 'Melania', false],
  ])('%s / %s -> %s', (a, b, expected) => {
    expect(sameGivenName(a, b)).toBe(expected);
  });
});

describe('what a role noun says of the name near it', () => {
  const typeOf = (text: string, name: string): string | undefined =>
    analyzeArticle(text).entities.entities.find((e) => e.name === name)?.type;
  it('a name after "chief executive of" is the body the role is held at', () => {
    expect(typeOf('Ferries\n\nThe chief executive of Northern Ferries, Carla Mendes, said fares would rise.', 'Northern Ferries')).toBe('organization');
  });
  it('the role still marks the person named in apposition', () => {
    expect(typeOf('Ferries\n\nThe chief executive of Northern Ferries, Carla Mendes, said fares would rise.', 'Carla Mendes')).toBe('person');
  });
  it('a role before "told the" does not make the outlet a person', () => {
    const a = analyzeArticle('Water\n\nThe utility hid lead readings, a former inspector told the Harbour Courier.');
    expect(a.entities.byRole.get('inspector') ?? []).toEqual([]);
  });
  it('a relative of a person named with a given name stays a person', () => {
    expect(typeOf('Talks\n\nThe lawyer for John Smith said the deal was void.', 'John Smith')).toBe('person');
  });
});

describe('a role set before a name with a comma', () => {
  const rolesOf = (text: string, name: string): string[] =>
    analyzeArticle(text).entities.entities.find((e) => e.name === name)?.roles ?? [];
  it.each([
    ['a role noun after a determiner', 'The transport minister, Sarah Cole, said the trains would run.', 'Sarah Cole', ['minister']],
    ['a role noun after a possessive', 'The city’s spokesman, Omar Haddad, declined to comment.', 'Omar Haddad', ['spokesman']],
    ['a place before the comma is no role', 'In Caracas, Nicolás Maduro spoke for an hour.', 'Nicolás Maduro', []],
    ['a lower-case word that is no role noun', 'Over the weekend, Sarah Cole spoke for an hour.', 'Sarah Cole', []],
    ['a hyphenated word before the comma is read whole', 'A well-known, Sarah Cole spoke for an hour.', 'Sarah Cole', []],
    ['a role noun after "her"', 'Her lawyer, Dana Reed, said the filing was late.', 'Dana Reed', ['lawyer']],
  ])('%s', (_name, text, name, roles) => {
    expect(rolesOf(text, name)).toEqual(roles);
  });
});

describe('a Title Case headline\'s verb of saying', () => {
  it.each([
    ['opens no name after a common noun', 'Newspaper Says Trump Must Resign\n\nThe editorial ran on Sunday.', 'Trump', 'Says Trump'],
    ['opens no name after a name', 'Ana Ruiz Warns Trump Over Tariffs\n\nThe talks ended on Sunday.', 'Trump', 'Warns Trump'],
  ])('%s', (_what, text, name, notName) => {
    const names = analyzeArticle(text).entities.entities.map((e) => e.name);
    expect(names).toContain(name);
    expect(names).not.toContain(notName);
  });
  it('a name that is a verb form at the start of a line is still a name', () => {
    const names = analyzeArticle('Hugh Hill said the talks failed.').entities.entities.map((e) => e.name);
    expect(names).toContain('Hugh Hill');
  });
});
