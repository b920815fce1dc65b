import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './claim-rows.js';

/**
 * After a verb whose first object is the listener ("told", "assured"), a pronoun with its auxiliary
 * contracted ("he’s", "they’re", "she'll") opens the content, as the bare pronoun does; the listener
 * is no part of the content. Invented sentences.
 */
describe('a contracted pronoun after the listener opens the content', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['"he’s" after a progressive', 'The governor is assuring voters he’s ready to lead.', 'he’s ready to lead', 'The governor'],
    ['"they’re"', 'The mayor told reporters they’re wrong about the depot.', 'they’re wrong about the depot', 'The mayor'],
    ['"she\'ll" after a possessive listener', 'The mayor told her staff she\'ll resign in May.', 'she\'ll resign in May', 'The mayor'],
    ['"he’d"', 'The mayor told the clerk he’d have to wait a week.', 'he’d have to wait a week', 'The mayor'],
    ['a name\'s possessive is no contraction: the listener goes on', 'The mayor told Ortiz\'s staff the depot would close.', 'the depot would close', 'The mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('a listener alone is no content', () => expect(claimsOf('The governor assured voters.')).toEqual([]));
});
