import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A cue after ", then" is coordinated with the sentence's first verb and takes its subject; a
 * report nested in its content is no claim of its own. Invented sentences.
 */
describe('", then said": the cue shares the first verb\'s subject', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['", then said"', 'The mayor thanked the crowd, then said she would run again.', 'she would run again', 'The mayor'],
    ['", then says" in the present', 'Ana Ortiz offered the clerk a job, then says she will take advice from anyone who wants to help.', 'she will take advice from anyone who wants to help', 'Ana Ortiz'],
    ['"then" in an apposition is a time, not a coordination', 'The mayor, then a senator, said the plan would fail.', 'the plan would fail', 'The mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['the nested wish is no claim of its own', 'Ana Ortiz offered the clerk a job, then says she will take advice from anyone who wants to help.', 'to help'],
    ['a conditional\'s "then" opens no coordinated verb', 'If the vote fails, then said the mayor the board would resign.', 'the board would resign'],
  ])('not: %s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
