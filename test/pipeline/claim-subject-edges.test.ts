import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Where a claim's subject starts and ends, and what is no finite verb, on invented sentences:
 * a document noun after its modifiers, a restrictive relative before an aside, a dateline before
 * the subject, a participle that modifies a noun, a condition the speaker states. Negative rows:
 * that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];
type NoRow = [what: string, sentence: string, notContent: string];

describe('the subject of a claim', () => {
  it.each<Row>([
    ['a document noun after a year, with its agent', 'A 2024 report by the state comptroller found that cities rarely recovered the money.', 'that cities rarely recovered the money', 'A 2024 report by the state comptroller'],
    ['a document noun after an adjective, with its agent', 'A new audit by the water board found that half the meters were faulty.', 'that half the meters were faulty', 'A new audit by the water board'],
    ['a cue form as a noun after two adjectives', 'The latest federal review of the depot found that the roof was unsafe.', 'that the roof was unsafe', 'The latest federal review of the depot'],
    ['a restrictive relative, then a participial aside', 'A nurse who worked on the trial, speaking on condition of anonymity, said several families had asked to stay.', 'several families had asked to stay', 'A nurse'],
    ['a plural with a relative, then an aside', 'Two officials who attended the meeting, speaking on condition of anonymity, said the plan was dead.', 'the plan was dead', 'Two officials'],
    ['a participle clause after a dateline', 'LAKESIDE — A state judge on Wednesday blocked the sale, ruling that the council had failed to hold a hearing.', 'that the council had failed to hold a hearing', 'A state judge'],
    ['a participle clause after a dateline with an agency', 'LAKESIDE (Reuters) — A state judge blocked the sale, ruling that the council had failed to hold a hearing.', 'that the council had failed to hold a hearing', 'A state judge'],
    // (not the clause before it, "Rep. Tom Iverson said he shared the concerns": "others" is left unnamed)
    ['an "including" aside after a subject in a second clause', 'Rep. Tom Iverson said he shared the concerns, while others, including Rep. Ana Beltran of Florida, said the deal would bring jobs.', 'the deal would bring jobs', null],
    ['an "including" aside after the opening subject', 'Several lawmakers, including Ana Beltran, said the deal would bring jobs.', 'the deal would bring jobs', 'Several lawmakers'],
    ['a trial is a source of findings', 'The trial, which followed 900 patients for a year, found that the drug slowed memory loss.', 'that the drug slowed memory loss', 'The trial'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['the dateline is no speaker', 'LAKESIDE — A state judge on Wednesday blocked the sale, ruling that the council had failed to hold a hearing.', 'LAKESIDE'],
    ['a verb after its subject is still a verb ("the mayor reports")', 'The mayor reports that the budget is balanced and the council found that it is not.', 'the council found that it is not'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a past participle that modifies a noun is no verb closing a content', () => {
  it.each<Row>([
    ['a finite tail verb after a comma still closes a content', 'Sales fell for a third year, the figures showed.', 'Sales fell for a third year', 'the figures'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('keeps the claim the appositive follows', () => {
    const claims = claimsOf('Ana Ortiz noted that the trial was small, a limit seen in other studies.');
    expect(claims.some((c) => c.content.startsWith('that the trial was small') && c.speaker === 'Ana Ortiz'), JSON.stringify(claims)).toBe(true);
  });

  it.each<NoRow>([
    ['"seen" in a reduced relative', 'He noted that one in eight patients developed swelling, a side effect seen with similar drugs.', 'He noted that one in eight patients developed swelling'],
    ['"shown" in a reduced relative', 'Sales fell for a third year, a decline shown in the company accounts.', 'Sales fell for a third year'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a condition inside the content', () => {
  it.each<Row>([
    ['"on condition that" the speaker states', 'Residents argued that the park was given to the town in 1921 on condition that it never be sold.', 'that the park was given to the town in 1921 on condition that it never be sold', 'Residents'],
    ['"provided that"', 'The mayor said he would sign the bill provided that the budget was balanced.', 'he would sign the bill provided that the budget was balanced', 'The mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['the narrator\'s terms of anonymity are cut off', 'An aide said the deal was off on condition that she not be named.', 'the deal was off on condition that she not be named'],
    ['"on the condition of anonymity" is cut off', 'An aide said the deal was off, speaking on the condition of anonymity.', 'the deal was off, speaking on the condition of anonymity'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
