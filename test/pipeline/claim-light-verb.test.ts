import { describe, expect, it } from 'vitest';
import { expectClaim, claimsOf } from './claim-rows.js';

/**
 * "X made (it) clear that …", "X remains hopeful that …": the stance adjective after the light verb
 * "make" or a copular verb reports what that verb's subject says. Invented sentences; the negative rows give no claim at all.
 */
describe('a stance adjective after "make" or a copula takes the subject of that verb', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string | null]>([
    ['"made it clear that"', 'The mayor made it clear that the depot would close.', 'that the depot would close', 'The mayor'],
    ['"made clear that"', 'The mayor made clear that the depot would close.', 'that the depot would close', 'The mayor'],
    ['a time phrase before "that"', 'The mayor made clear on Tuesday night that the depot would close.', 'that the depot would close', 'The mayor'],
    ['a listener before "that"', 'The mayor made it clear to the council that the depot would close.', 'that the depot would close', 'The mayor'],
    ['a perfect, no "that"', 'The mayor has made clear she will veto the budget.', 'she will veto the budget', 'The mayor'],
    ['a progressive', 'The mayor is making clear that the depot will close.', 'that the depot will close', 'The mayor'],
    ['a document as the subject', 'The memo made clear that the depot would close.', 'that the depot would close', 'The memo'],
    ['the adjective after a copula still reads as before', 'The mayor was clear that the depot would close.', 'that the depot would close', 'The mayor'],
    // a copular verb other than "be": the subject before it
    ['"remain hopeful that"', 'The mayor remains hopeful that the depot will reopen.', 'that the depot will reopen', 'The mayor'],
    ['"remained convinced that"', 'The mayor remained convinced that the depot would reopen.', 'that the depot would reopen', 'The mayor'],
    ['"grew increasingly confident that"', 'The mayor grew increasingly confident that the depot would reopen.', 'that the depot would reopen', 'The mayor'],
    ['"felt sure that"', 'The mayor felt sure that the depot would reopen.', 'that the depot would reopen', 'The mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string]>([
    ['a clear profit is no stance', 'The company made a clear profit that year.'],
    ['nothing made clear', 'The mayor made it clear.'],
    ['a clear path is a noun phrase', 'The mayor made a clear path for the trucks.'],
    ['a copula with no clause after its adjective', 'The fund remains confident.'],
    ['a copula with no stance adjective', 'The mayor remains in office.'],
  ])('no claim: %s', (_what, sentence) => expect(claimsOf(sentence)).toEqual([]));
});
