import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

/**
 * With nobody to refer to in its own or the previous paragraph, a "he" or "she" goes on with the
 * same pronoun opening a sentence just before it ("Ruth Olsen won. ¶ She thanked … ¶ “…,” she
 * said"): consecutive sentences with one pronoun as subject keep their topic. Not when someone of
 * that gender is named after that sentence, nor when the earlier pronoun is itself unsettled.
 */
describe('a pronoun goes on with the same pronoun opening a sentence before it', () => {
  it.each<[what: string, text: string, quote: string, speaker: string | null]>([
    ['one step back', 'Olsen re-elected\n\nMayor Ruth Olsen won a third term on Tuesday by a wide margin.\n\nShe thanked volunteers at a packed hall in Dunmore.\n\n“We did this together,” she said.', 'We did this together', 'Ruth Olsen'],
    ['a man named as an object in the sentence that goes on', 'Farris on the stump\n\nSenator Glenn Farris spoke for an hour in Tulsa on Friday.\n\nHe mocked his old rival Dan Pryor for losing the 2012 race.\n\n“This guy lost by twenty points,” he said.', 'This guy lost by twenty points', 'Glenn Farris'],
    ['two steps back', 'Farris on the stump\n\nSenator Glenn Farris spoke for an hour in Tulsa on Friday.\n\nHe thanked the crowd.\n\nHe then turned to the budget.\n\n“We cannot keep borrowing,” he said.', 'We cannot keep borrowing', 'Glenn Farris'],
    // negative rows: the pronoun stays unknown
    ['a man named after the sentence that goes on', 'Farris on the stump\n\nSenator Glenn Farris spoke for an hour in Tulsa on Friday.\n\nHe thanked the crowd. The crowd then cheered Governor Tom Beck.\n\n“We cannot keep borrowing,” he said.', 'We cannot keep borrowing', null],
    ['the earlier pronoun is itself unsettled', 'Talks in Tulsa\n\nGlenn Farris and Dan Pryor met in Tulsa on Friday.\n\nHe smiled at the reporters waiting outside.\n\n“We cannot keep borrowing,” he said.', 'We cannot keep borrowing', null],
    ['a pronoun of the other gender', 'Olsen re-elected\n\nMayor Ruth Olsen won a third term on Tuesday by a wide margin.\n\nShe thanked volunteers at a packed hall in Dunmore.\n\n“We did this together,” he said.', 'We did this together', null],
  ])('%s', (_what, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});

/** An age set off by commas marks a person even after a lone given name ("Her father, Brad, 39,"). */
describe('a lone name with an age is a person a pronoun can refer to', () => {
  it.each<[what: string, text: string, quote: string, speaker: string | null]>([
    ['a given name with an age, after a kinship noun', 'Rally in Concord\n\nAt the rally, 14-year-old Ellie Marsh held a sign. Her father, Brad, 39, worried that few voters read the news.\n\n“People are afraid of wasting their votes,” he said.', 'afraid of wasting', 'Brad'],
    // (a lone word that is no given name is not made a person by a number: "Worcestershire, 87,")
    ['a surname with a number, nothing else', 'Deported veteran\n\nThe crowd was small. Tellman, 44, had served in Kuwait.\n\n“I was shocked,” he said.', 'I was shocked', null],
    ['a given name after a possessive and a kinship noun', 'Rally in Concord\n\nAt the rally, 14-year-old Ellie Marsh held a sign. Her father, Brad, worried that few voters read the news.\n\n“People are afraid of wasting their votes,” he said.', 'afraid of wasting', 'Brad'],
  ])('%s', (_what, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
