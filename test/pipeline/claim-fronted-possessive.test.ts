import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A content that opens with a fronted phrase and a comma, then a subject with a noun cue in it
 * ("the board's decision to …"): the comma closes the fronted phrase, the clause after it is the
 * content's own, and the noun cue inside is no claim of its own. Invented sentences.
 */
describe('a noun cue\'s possessive after a fronted phrase opens no new clause', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['"despite" before the comma', 'Ana Ortiz argued that despite the backlash, the board\'s decision to close the depot saved money.', 'that despite the backlash, the board\'s decision to close the depot saved money', 'Ana Ortiz'],
    ['a date before the comma', 'Ana Ortiz said that in March, the board\'s decision to close the depot was wrong.', 'that in March, the board\'s decision to close the depot was wrong', 'Ana Ortiz'],
    ['"and" still opens a clause of its own', 'Ana Ortiz said the fares rose in May, and the board\'s decision to close the depot angered voters.', 'the fares rose in May', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['the noun cue inside the content', 'Ana Ortiz argued that despite the backlash, the board\'s decision to close the depot saved money.', 'to close the depot saved money'],
    ['the clause before the comma alone', 'Ana Ortiz argued that despite the backlash, the board\'s decision to close the depot saved money.', 'that despite the backlash'],
  ])('not: %s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
