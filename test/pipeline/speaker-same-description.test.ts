import { describe, it } from 'vitest';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * A description an apposition gave one named person ("Their lawyer, Grace Lindqvist, …") stands
 * for that person when the article uses it again; on invented articles. When the same description
 * was given to two people, or is no person's role, it stays as written.
 */
const rows: SpeakerRow[] = [
  {
    title: 'a possessive description repeated after a quotation',
    article: 'Park sale blocked\n\nResidents sued the city in January. Their lawyer, Grace Lindqvist, called the ruling "a victory."\n\n"This land belongs to the people," their lawyer said.\n',
    text: 'This land belongs to the people',
    speaker: 'Grace Lindqvist',
    mention: 'their lawyer',
  },
  {
    title: 'a possessive description repeated as a paraphrase\'s speaker',
    article: 'Park sale blocked\n\nThe city\'s lawyer, Tom Hale, said the appraisal was flawed.\n\nThe city\'s lawyer also said an appeal was likely.\n',
    text: 'an appeal was likely',
    speaker: 'Tom Hale',
  },
  {
    title: 'two people given the same description: nobody is picked',
    article: 'Both sides sue\n\nThe residents went to court. Their lawyer, Grace Lindqvist, said the sale was unlawful.\n\nThe developers sued too. Their lawyer, Omar Haddad, said the sale was sound.\n\nA hearing is set for May, their lawyer said.\n',
    text: 'A hearing is set for May',
    speaker: 'their lawyer',
  },
  {
    // the apposition is found among hundreds of others, each description's commas read apart
    title: 'a description given once among many others in a long article',
    article: `Audit season\n\n${Array.from({ length: 300 }, (_, i) => `The ${['county', 'city', 'state', 'port'][i % 4]}'s ${['auditor', 'engineer', 'treasurer', 'clerk', 'planner'][i % 5]}, ${['Ana', 'Ben', 'Cleo', 'Dev'][i % 4]} Rowe${i}, filed report ${i}, and a resident, Sam Lee${i}, objected.`).join('\n\n')}\n\nResidents sued. Their lawyer, Grace Lindqvist, called the audits "a scandal."\n\n"This land belongs to the people," their lawyer said.\n`,
    text: 'This land belongs to the people',
    speaker: 'Grace Lindqvist',
    mention: 'their lawyer',
  },
];

describe('a description repeated from an apposition', () => {
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
});
