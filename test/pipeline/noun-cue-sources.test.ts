import { describe, it } from 'vitest';
import { expectClaim } from './claim-rows.js';

/**
 * Whose content a noun cue reports ("a promise to …", "a belief that …"), in invented sentences:
 * the subject that delivered it, the possessor of the phrase it describes, the subject a
 * possessive pronoun goes back to; negative rows where someone else may own it.
 */
describe('the source of a noun cue', () => {
  it.each([
    // the subject that delivered it, an adjective before the noun
    ['delivered a forceful promise', 'Rally\n\nIn the mill town, Mrs. Ortiz delivered a forceful promise to raise the minimum wage.', 'to raise the minimum wage', 'Ortiz'],
    ['raised concern', 'Border\n\nLocal residents raised concern that the border was open.', 'that the border was open', 'Local residents'],
    // the possessor of the copula's subject
    ['takeaway is a belief', 'Vote\n\nThe Utah senator’s biggest takeaway is a belief that the party must change.', 'that the party must change', 'The Utah senator'],
    // a possessive pronoun whose clause's subject stands before its verb and particles
    ['back away from his pledge', 'Pledge\n\nDonald Ruiz didn’t back away from his pledge to close the plant.', 'to close the plant', 'Donald Ruiz'],
    ['stood by her claim', 'Plant\n\nThe mayor stood by her claim that the plant was unsafe.', 'that the plant was unsafe', 'The mayor'],
    // a contracted "has" on the name
    ['’s been making the case', 'Debate\n\nChristie’s been making the case for weeks that Rubio is not ready.', 'that Rubio is not ready', 'Christie'],
    // a plural possessor
    ['voters’ warnings', 'Budget\n\nRates stayed low, belying some voters’ warnings that they would soar.', 'that they would soar', 'voters'],
  ] as const)('%s', (_t, article, content, speaker) => {
    expectClaim(article, content, speaker);
  });

  it.each([
    // a verb's direct object: the possessive may be anyone's
    ['ignored her call', 'Plant\n\nDonald Ruiz ignored her call to close the plant.', 'to close the plant'],
    // a passive's subject is no agent
    ['dented by her decision', 'Plant\n\nMs. Ortiz’s popularity has been dented by her decision to close the plant.', 'to close the plant'],
  ] as const)('not the subject: %s', (_t, article, content) => {
    expectClaim(article, content, null);
  });
});
