import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A time phrase between a phrasal cue and its particle ("called Wednesday for …"): the content is
 * still the particle's object, and a report nested in it is no claim of the cue's speaker.
 * Invented sentences.
 */
describe('"called <time> for": the particle after a time phrase', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['a day name', 'The governor called Wednesday for the warden to resign.', 'the warden to resign', 'The governor'],
    ['"on" and a day', 'The governor called on Monday for the warden to resign.', 'the warden to resign', 'The governor'],
    ['a day and its part', 'The governor called Tuesday night for the warden to resign.', 'the warden to resign', 'The governor'],
    ['the nested report stays inside the content', 'The governor called Wednesday for the warden to resign for saying that the jail was safe.', 'the warden to resign for saying that the jail was safe', 'The governor'],
    ['"called on" with no time still reads as before', 'The governor called on the warden to resign.', 'the warden to resign', 'The governor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['the nested report is not the governor\'s', 'The governor called Wednesday for the warden to resign for saying that the jail was safe.', 'that the jail was safe'],
    ['a possessive day is the object, not a time', 'The governor called on Monday\'s vote to be delayed.', 'vote to be delayed'],
  ])('not: %s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
