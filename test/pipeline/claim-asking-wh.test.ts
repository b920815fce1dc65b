import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A participle of questioning after its preposition ("by asking why …") takes its wh- clause, also
 * after the person asked ("by asking the mayor why …"); the reports nested in the question are no
 * claims of the asker's. Invented sentences.
 */
describe('"by asking (X) why …": the question is the asker\'s claim', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['after "by"', 'The senator opened the debate by asking why the mayor had closed the depot.', 'why the mayor had closed the depot', 'The senator'],
    ['the person asked before the wh- word', 'The moderator opened the debate by asking the mayor why she had closed the depot.', 'why she had closed the depot', 'The moderator'],
    ['a name asked', 'The moderator opened the debate by asking Ortiz whether the depot would close.', 'whether the depot would close', 'The moderator'],
    ['the nested reports stay inside the question', 'The moderator opened by asking Ortiz why she decided to close the depot when she had said that it would stay open.', 'why she decided to close the depot when she had said that it would stay open', 'The moderator'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['the nested decision is not the moderator\'s', 'The moderator opened by asking Ortiz why she decided to close the depot when she had said that it would stay open.', 'to close the depot'],
    ['the nested statement is not the moderator\'s', 'The moderator opened by asking Ortiz why she decided to close the depot when she had said that it would stay open.', 'that it would stay open'],
  ])('not: %s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));

  it('asking for money is no question', () => expect(claimsOf('The senator spent the day asking voters for money.')).toEqual([]));
});
