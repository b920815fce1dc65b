import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

/**
 * A participle clause opening a sentence ("Asked about Diaz, he …") has the pronoun after it as its
 * understood subject: a name inside it is the one asked about, never the speaker.
 */
describe('a name inside an opening participle clause is not the pronoun after it', () => {
  it.each<[what: string, text: string, quote: string, speaker: string | null]>([
    ['asked about someone', 'Porto coach Sergio Conceicao would not discuss the player. Asked about Luis Diaz, he smiled and said: "Ask the president."', 'Ask the president', 'Sergio Conceicao'],
    ['speaking of someone', 'Mayor Helen Cho spoke after the vote. Speaking about Maria Lopez, she said: "She has earned her seat."', 'She has earned her seat', 'Helen Cho'],
    // negative row: a clause with its own subject lets its name be the pronoun's
    ['a subordinate clause with a subject', 'Coach Sergio Conceicao left early. When Luis Diaz arrived, he said: "I am ready."', 'I am ready', 'Luis Diaz'],
  ])('%s', (_what, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
