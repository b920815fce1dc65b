import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './claim-rows.js';

/**
 * A progressive cue with adverbs between its auxiliary and the verb ("are now openly questioning
 * how …") is a finite cue with its subject, as "are questioning" is. Invented sentences.
 */
describe('adverbs between a progressive\'s auxiliary and its cue', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['two adverbs before a verb of questioning', 'Party leaders are now openly questioning how the rivals have treated the mayor.', 'how the rivals have treated the mayor', 'Party leaders'],
    ['"still insisting that"', 'The mayor is still insisting that the depot will reopen.', 'that the depot will reopen', 'The mayor'],
    ['an -ly adverb before "saying"', 'Voters were increasingly saying the race was over.', 'the race was over', 'Voters'],
    ['no adverb still reads as before', 'The mayor is insisting that the depot will reopen.', 'that the depot will reopen', 'The mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string]>([
    ['a participle in an aside has no auxiliary', 'The mayor, now openly questioning the plan, left.'],
    ['an adverb before a verb that is no cue', 'The family is happily reading the report.'],
  ])('no claim: %s', (_what, sentence) => expect(claimsOf(sentence)).toEqual([]));
});
