import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/** The speaker and speaker type of the first record whose words contain `words`. */
function speakerOf(text: string, words: string): [string | null, string | null] | undefined {
  const row = recordsOf(text).find((r) => r.text.includes(words));
  return row ? [row.speaker, row.type] : undefined;
}

/**
 * A name after a country's division and "of" ("the provinces of Guayas and Los Ríos"), after where
 * someone lives ("lives on Mercer Road"), or ending in a street's head word ("Tahrir Square") is a
 * place; an article and one word ("Los Ríos", "Le Pen") is no given name and surname, so a surname
 * alone ("Ríos said") is not its.
 */
describe('places are not people', () => {
  it.each<[what: string, text: string, words: string, speaker: string | null]>([
    ['a province coordinated after "provinces of"', 'Count disputed\n\nConservative candidate Daniela Ríos led the count. Her rival said his team had found problems in tally sheets from the provinces of Azuay and Los Ríos.\n\n"We are going to win in April," Ríos said.', 'going to win in April', 'Daniela Ríos'],
    ['a state after "state of"', 'Floods\n\nMarta Vidal toured the damage in the state of Las Palmas on Friday.\n\n"We will rebuild every house," Vidal said.', 'rebuild every house', 'Marta Vidal'],
    ['a surname with its article, after the full name', 'Campaign\n\nMarine Le Pen spoke in Lyon on Sunday.\n\n"We will win this time," Le Pen said.', 'win this time', 'Marine Le Pen'],
    ['a surname with its article, alone', 'Campaign\n\nThe rally drew thousands.\n\n"We will win this time," Le Pen said.', 'win this time', 'Le Pen'],
    // a person set in apposition after a division's name, and a given name before a street's word, are people
    ['a person in apposition after "state of"', 'Floods\n\nThe governor of the state of Bahia, Ana Costa, said the floods had passed.', 'floods had passed', 'Ana Costa'],
    ['a given name and "Lane"', 'Broadway\n\nThe show opened on Thursday.\n\n"It was the best night of my life," Nathan Lane said.', 'best night of my life', 'Nathan Lane'],
  ])('%s', (_what, text, words, speaker) => {
    expect(speakerOf(text, words)?.[0]).toBe(speaker);
  });

  it.each<[what: string, text: string, words: string]>([
    ['a street after "lives on"', 'Shooting\n\nA witness who lives on Mercer Road, and who spoke on condition of anonymity because he said he feared for his safety, told a reporter he heard shots.', 'feared for his safety'],
    ['a street named alone', 'Protest\n\nThe crowd filled the square. Harlow Road said nothing. "We are here to stay," said one protester near Harlow Road.', 'here to stay'],
    ['a square', 'Protest\n\nThousands gathered. "We are here to stay," said a man in Tahrir Square.', 'here to stay'],
  ])('%s names no speaker', (_what, text, words) => {
    const found = speakerOf(text, words);
    expect(found?.[0] ?? null).not.toMatch(/^(?:Mercer Road|Harlow Road|Tahrir Square)$/u);
  });

  it('types a place named after "provinces of" as no person', () => {
    const rows = recordsOf('Count disputed\n\nAna Ruiz said her campaign had found problems in the provinces of Azuay and Los Ríos. Los Ríos said it would recount.');
    expect(rows.find((r) => r.speaker === 'Los Ríos')?.type ?? 'organization').not.toBe('person');
  });
});
