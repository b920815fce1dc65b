import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './claim-rows.js';

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
    // after a modal the noun's form is a verb: its subject says it
    ['must promise', 'Fees\n\nApplicants must promise to pay a fee after they are chosen.', 'to pay a fee after they are chosen', 'Applicants'],
    ['can no longer claim', 'Fees\n\nIts defenders can no longer claim that the fee is fair.', 'that the fee is fair', 'Its defenders'],
    // the subject of the verb before an infinitive
    ['tried to make the case', 'Race\n\nRuiz tried to make the case that the race was still open.', 'that the race was still open', 'Ruiz'],
    // "in the hope that": the clause's subject hopes
    ['in the hope that', 'Case\n\nThe court sent the case back to the lower courts in the hope that the sides would settle.', 'that the sides would settle', 'The court'],
    ['in hopes that, past a coordination', 'Race\n\nMayor Ana Cole has carefully avoided attacking supporters of Ruiz and Tom Lee in hopes that their voters will back her.', 'that their voters will back her', 'Ana Cole'],
    // a noun in the participle clause that opens the sentence: the main clause's subject's
    ['repeating her claim', 'Vote\n\nRepeating her claim that the vote was rigged, Cole said she would appeal.', 'that the vote was rigged', 'Cole'],
    // a plural possessor
    ['voters’ warnings', 'Budget\n\nRates stayed low, belying some voters’ warnings that they would soar.', 'that they would soar', 'voters'],
  ] as const)('%s', (_t, article, content, speaker) => {
    expectClaim(article, content, speaker);
  });

  it.each([
    // a verb's direct object: the possessive may be anyone's
    ['ignored her call', 'Plant\n\nDonald Ruiz ignored her call to close the plant.', 'to close the plant'],
    // a pronoun after the opening clause's comma is no name to take
    ['opening clause, pronoun subject', 'Vote\n\nRepeating her claim that the vote was rigged, she said she would appeal.', 'that the vote was rigged'],
    // a comma ends the clause whose subject would hope
    ['hope after a comma', 'Case\n\nThe court ruled on Monday, in the hope that the sides would settle.', 'that the sides would settle'],
    // a passive's subject is no agent
    ['dented by her decision', 'Plant\n\nMs. Ortiz’s popularity has been dented by her decision to close the plant.', 'to close the plant'],
  ] as const)('not the subject: %s', (_t, article, content) => {
    expectClaim(article, content, null);
  });
});

/**
 * `“…,” the aide said, adding that …`: a participle after a quotation and its reporting clause is
 * that clause's speaker's, named before or after the verb.
 */
describe('a participle after a quotation', () => {
  it.each([
    ['speaker before the verb', 'Budget\n\n“Nobody cares about it,” the party treasurer said, adding that small donors may balk.', 'that small donors may balk', 'the party treasurer'],
    ['speaker after the verb, apposition', 'Race\n\n“She is a wonk,” said her campaign manager, Jo Park, adding that the race was close.', 'that the race was close', 'Jo Park'],
    ['pronoun with an adjunct', 'Vote\n\nSen. Ana Cole spoke on Monday. “The bill is unfit,” she told reporters on Tuesday, adding that she would vote no.', 'that she would vote no', 'Ana Cole'],
  ] as const)('%s', (_t, article, content, speaker) => {
    expectClaim(article, content, speaker);
  });

  it.each([
    // no speaker in the reporting clause: nothing to name
    ['verb and time only', 'Race\n\n“She is a wonk,” said on Friday, adding that the race was close.', 'that the race was close'],
  ] as const)('negative: %s', (_t, article, content) => {
    expectClaim(article, content, null);
  });
});

/**
 * `Ruiz seemed to urge …`: what seems is that the subject says or holds something, so the subject
 * is its source; anything else that seems is said of the subject by nobody.
 */
describe('a verb of seeming', () => {
  it.each([
    ['seemed to urge', 'Vote\n\nIn late May, Ruiz seemed to urge the opposite tactic in a speech.', 'to urge the opposite tactic', 'Ruiz'],
    ['appeared to oppose', 'Vote\n\nAttorneys for the city appeared to oppose the effort.', 'to oppose the effort', 'Attorneys for the city'],
    ['seemed hopeful that', 'Vote\n\nBefore the storm, Ruiz seemed hopeful that the city could recover.', 'hopeful that the city could recover', 'Ruiz'],
    ['seem to be hoping', 'Vote\n\nMany voters seem to be hoping for a change of tone.', 'to be hoping for a change of tone', 'Many voters'],
  ] as const)('%s', (_t, article, content, speaker) => {
    expectClaim(article, content, speaker);
  });

  it.each([
    // an appearance of anything else has no source
    ['appears closer', 'Vote\n\nThe race appears closer in Ohio.', 'closer in Ohio'],
    // a relative's subject may be another than the phrase before it
    ['who seems to', 'Vote\n\nIt is a habit of Ruiz, a candidate courting moderate voters who often seems to advocate two positions at once.', 'to advocate two positions at once'],
  ] as const)('no source: %s', (_t, article, content) => {
    const claims = claimsOf(article).filter((c) => c.content.includes(content));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.speaker).toBeNull();
  });
});

describe('a noun cue in an opening participle clause with a list', () => {
  it('takes the subject after the list', () => {
    const claims = claimsOf('Vote\n\nRattling off promises to lower fees, fix roads and hire staff, Mayor Ana Cole promised a city of new chances.');
    const found = claims.find((c) => c.content.startsWith('to lower fees'));
    expect(found?.speaker).toBe('Ana Cole');
  });
});
