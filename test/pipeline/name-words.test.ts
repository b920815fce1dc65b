import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * Names written with words that are usually something else: an abbreviated title ("Pres. Obama")
 * and a surname that is a preposition ("Al From").
 */
type Row = [what: string, text: string, content: string, speaker: string | null];

const speakerOf = (text: string, content: string): string | null | undefined => {
  const r = extract(text).quotes.find((q) => q.text === content);
  return r === undefined ? undefined : (r.speaker?.name ?? null);
};

describe('an abbreviated title before a name', () => {
  it.each<Row>([
    ['"Pres." opening the sentence', 'Pres. Ortega said the harbour would reopen in May.', 'the harbour would reopen in May', 'Ortega'],
    ['"Pres." after a quotation', '“The harbour will reopen,” Pres. Ortega said.', '“The harbour will reopen,”', 'Ortega'],
    ['a nationality before "Pres."', 'Chilean Pres. Ana Ortega said the harbour would reopen.', 'the harbour would reopen', 'Ana Ortega'],
  ])('%s', (_what, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });

  // negative row: a sentence that ends in a word "pres" is still split there
  it('a full stop after another word still ends the sentence', () => {
    const r = extract('The crowd pressed on toward the pier. Ortega said the harbour would reopen.').quotes;
    expect(r.find((q) => q.text === 'the harbour would reopen')?.speaker?.name).toBe('Ortega');
  });
});

describe('a preposition as a surname', () => {
  it.each<Row>([
    ['a given name and "From" before a relative', 'The party had lost its way, said Al From, who founded the council.', 'The party had lost its way', 'Al From'],
    ['"From" alone before "said", after the full name', '“We won,” Al From said. “It was close,” From said.', '“It was close,”', 'Al From'],
    ['a given name and "Over" after a quotation', '“It is done,” said Ann Over, the mayor.', '“It is done,”', 'Ann Over'],
  ])('%s', (_what, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });

  // negative rows: the preposition governs a phrase, or a Title Case line goes on after it
  it.each<Row>([
    ['"From" opening a time phrase', '“We won,” Al From said. From now on, Ortega said, the port stays open.', 'the port stays open', 'Ortega'],
    ['a Title Case headline', 'Message From Joe Hale Says Taxes Are Low', 'Taxes Are Low', 'Joe Hale'],
    ['an adverb before an imperative', '“We won,” Al Hale said. Just ask him. “It was close,” he said.', '“It was close,”', 'Al Hale'],
    ['a given name and "from" in lower case', 'Jobs came from Al, Ortega said.', 'Jobs came from Al', 'Ortega'],
  ])('not when: %s', (_what, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });

  it('no name in a headline phrase after a common noun', () => {
    const names = extract('Letters From Home Said To Be Lost\n\nThe post office said the bags were found.').quotes.map((q) => q.speaker?.name);
    expect(names).not.toContain('From Home');
  });
});
