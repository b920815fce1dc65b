import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Cue and complement apart, and subjects far from their verb, on invented sentences: the content
 * span as reported and who makes the claim (null: nobody the text names). Negative rows: that
 * sentence gives no claim with that content, or not with that speaker.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];


describe('a cue and its complement apart', () => {
  it.each<Row>([
    ['a relative clause on the channel before "that"', 'Ana Ortiz said on local radio, where she now hosts a weekly show, that the depot would close.', 'that the depot would close', 'Ana Ortiz'],
    ['a relative clause on the interview before "that"', 'The mayor said in an interview with the Courier, which aired Sunday, that taxes would rise.', 'that taxes would rise', 'The mayor'],
    ['a clause with no "that" after a statement and a time', 'The port authority said in a statement Thursday night it had cancelled the contract.', 'it had cancelled the contract', 'The port authority'],
    ['figures set off by commas before "that"', 'Voters say by a wide margin, 49 percent to 42 percent, that they would prefer a new mayor.', 'that they would prefer a new mayor', 'Voters'],
    ['a clause with no "that" after a listener and a day', 'Ana Ortiz told Channel 4 on Sunday she would run again.', 'she would run again', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    // "a statement she released": a relative clause on the channel's noun, not what was said
    ['a pronoun after a common noun opens a relative clause on it', 'Ana Ortiz said in a statement she released the letter to the board.', 'she released the letter to the board'],
    // the relative clause is about the radio show; the evening is when she spoke
    ['a relative aside with no "that" after it is no complement', 'The mayor spoke on local radio, where she hosts a show, that evening.', 'that evening'],
    ['a relative clause on the listener is no content', 'Ana Ortiz told the porter, who opened the gate, that the depot was closed.', 'who opened the gate'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a cue coordinated with another verb shares its subject', () => {
  it.each<Row>([
    ['a common-noun subject and an intransitive first verb', 'The appeals court overruled and said the state already offered enough polling days.', 'the state already offered enough polling days', 'The appeals court'],
    ['a quantified subject and a first verb with a prepositional object', 'Some councillors grumbled about the delay and said that they had lost patience with the mayor.', 'that they had lost patience with the mayor', 'Some councillors'],
    ['a name and a first verb with an object', 'Ana Ortiz thanked the crowd and said it was good to be home.', 'it was good to be home', 'Ana Ortiz'],
    ['inside a relative clause, the noun phrase before "who"', 'Ana Ortiz met Ben Ruiz, who runs the depot and says it will close.', 'it will close', 'Ben Ruiz'],
    ['a fronted time before the pronoun subject', 'Ben Ruiz spoke first. A few minutes later he reversed himself and said the vote was void.', 'the vote was void', 'Ben Ruiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, content: string, notSpeaker: string]>([
    ['the main clause\'s subject does not say what the relative clause\'s does', 'Ana Ortiz told the porter, who opened the gate and said the depot was closed.', 'the depot was closed', 'Ana Ortiz'],
    ['a name after a verb is no part of the host phrase', 'It was odd to watch Ben Ruiz, who had backed the plan and praised it, suddenly insist that the depot should stay open.', 'that the depot should stay open', 'It was odd to watch Ben Ruiz'],
  ])('%s', (_what, sentence, content, notSpeaker) => {
    const found = claimsOf(sentence).find((c) => c.content === content);
    expect(found).toBeDefined();
    expect(found?.speaker ?? null).not.toBe(notSpeaker);
  });
});

describe('a long subject before its cue', () => {
  // speaker null: the row checks the content only (a long description is named as written or not at all)
  it.each<Row>([
    ['a restrictive relative and a prepositional aside', 'The dockers who had walked out on Monday, in protest at the new rosters, said the depot was unsafe.', 'the depot was unsafe', 'The dockers'],
    ['a participle aside that ends on a quotation', 'Ben Ruiz, citing “the risks of the season,” said the port could close early.', 'the port could close early', 'Ben Ruiz'],
    ['a share restated in figures between the subject and its verb', 'Among likely voters, about two-thirds, 67 percent, say they will vote for Ortiz.', 'they will vote for Ortiz', null],
    ['a coordinated subject inside a relative clause', 'The council backed a scheme that Ortiz and other leaders hope will cut costs.', 'will cut costs', 'Ortiz and other leaders'],
    ['a modified subject and a prepositional aside', 'Some residents of the town, in a rare show of unity, said the depot should stay open.', 'the depot should stay open', 'Some residents of the town'],
    ['a relative clause whose subject is its gap, after a document', 'Other letters from the archive that have recently been released show the mayor was warned twice.', 'the mayor was warned twice', 'Other letters from the archive'],
    ['an outcome shows a result', 'The outcome showed Ortiz had received 49 percent of the vote.', 'Ortiz had received 49 percent of the vote', 'The outcome'],
    ['messages with a place after them', 'Text messages from the harbour office showed the crane had failed twice.', 'the crane had failed twice', 'Text messages from the harbour office'],
    ['a document with a participle after it', 'A recent post drawing thousands of replies shows the mayor was wrong about the fares.', 'the mayor was wrong about the fares', null],
  ])('%s', (_what, sentence, content, speaker) => {
    const claims = claimsOf(sentence);
    const found = claims.find((c) => c.content === content);
    expect(found, `“${content}” among ${JSON.stringify(claims.map((c) => c.content))}`).toBeDefined();
    if (speaker !== null) expect(found?.speaker ?? null).toBe(speaker);
  });

  it.each<[what: string, sentence: string, notContent: string]>([
    // a person who "shows" someone respect reports nothing
    ['only a document shows a claim', 'The photographer who took the picture shows the mayor great respect.', 'the mayor great respect'],
    ['a picture shows no claim', 'News footage from the harbour showed the crane collapsing.', 'the crane collapsing'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a finite clause with no "that"', () => {
  it.each<Row>([
    ['a belief verb and a noun-phrase subject', 'Two out of three residents still feel the depot is on the wrong path.', 'the depot is on the wrong path', 'Two out of three residents'],
    ['a written clause with a pronoun subject', 'Ana Ortiz wrote she would resign in the spring.', 'she would resign in the spring', 'Ana Ortiz'],
    ['a stance adjective after a copula', 'The dockers are convinced the depot will close.', 'the depot will close', 'The dockers'],
    ['made it clear with no "that"', 'Ana Ortiz made it clear she had doubts about the plan.', 'she had doubts about the plan', 'Ana Ortiz'],
    ['a poll\'s comparison of what groups say', 'Older voters are slightly more likely to say the depot should close.', 'the depot should close', 'Older voters'],
    // a larger share of the group said it: the group is the source, as for "55 percent said"
    ['"more likely to say" reports what the group says', 'Voters were more likely to say that taxes were too high.', 'that taxes were too high', 'Voters'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string]>([
    ['a noun phrase after a belief verb is no clause', 'Ana Ortiz felt the need to apologise to the dockers.'],
    ['a written thing is no claim', 'Ana Ortiz wrote the memo in 2011.'],
    ['a relative clause after the object is no clause of the verb', 'Ana Ortiz knows the dockers who were there.'],
    ['an adjective after "how" takes no clause', 'Ana Ortiz spoke of how optimistic she is about the future.'],
    ['an adjective after an object takes no clause', 'The board never made anyone aware it was leaving.'],
    ['a prediction of what someone will say is no claim', 'Ana Ortiz is likely to say the depot will close.'],
  ])('%s', (_what, sentence) => {
    expect(claimsOf(sentence).map((c) => c.content)).toEqual([]);
  });
});

describe('a yes-no question asserts nothing', () => {
  it.each<[what: string, sentence: string]>([
    ['a reader asked whether they support someone', 'Do you support the mayor? Like the page.'],
    ['a question about what someone said', 'Did Ana Ortiz say the depot would close?'],
  ])('%s', (_what, sentence) => {
    expect(claimsOf(sentence).map((c) => c.content)).toEqual([]);
  });

  it('a report of a question keeps its content', () => {
    expect(claimsOf('Ana Ortiz asked whether the depot would close.').map((c) => c.content)).toContain('whether the depot would close');
  });
});

describe('a participle after a quotation that closes on its comma', () => {
  it.each<Row>([
    ['after a cue whose content ends in a quotation', 'Speaking in Ohio, Ana Ortiz insisted that she has “saved the depot,” claiming that she is responsible for the new jobs.', 'that she is responsible for the new jobs', 'Ana Ortiz'],
    ['after a progressive cue', 'The mayor is insisting that she has “saved the depot,” claiming that she is responsible for the new jobs.', 'that she is responsible for the new jobs', 'The mayor'],
    ['after a main clause with a quoted object', 'Ana Ortiz blamed the delay on a “faulty radio,” claiming she had already condemned the strike.', 'she had already condemned the strike', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('a passive before the quotation names no speaker: the sentence\'s subject speaks', () => {
    const found = claimsOf('The dockers sued after the city scrapped what had been called the “night shift,” saying that the change hurt older workers.').find((c) => c.content === 'that the change hurt older workers');
    expect(found?.speaker ?? null).toBe('The dockers');
  });

  it('the claim before the participle stops at the quotation', () => {
    expect(claimsOf('Ana Ortiz blamed the delay on a “faulty radio,” claiming she had already condemned the strike.').map((c) => c.content)).not.toContain('the delay on a “faulty radio,” claiming she had already condemned the strike');
  });
});

describe('an absolute phrase with a reporting participle', () => {
  it.each<Row>([
    ['a share of a group', 'Ortiz has improved her standing, with 30 percent of voters saying they have a positive view of her.', 'they have a positive view of her', '30 percent of voters'],
    ['a count', 'Many voters shrugged off the choice, with three in 10 saying a running mate would have no effect on their vote.', 'a running mate would have no effect on their vote', 'three in 10'],
  ])('%s', (_what, sentence, content, speaker) => {
    const found = claimsOf(sentence).find((c) => c.content === content);
    expect(found, `“${content}” among ${JSON.stringify(claimsOf(sentence).map((c) => c.content))}`).toBeDefined();
    expect(found?.speaker ?? null).toBe(speaker);
  });

  it('a participle of a verb that reports nothing after "with" is no claim', () => {
    expect(claimsOf('Ortiz left the hall with her aides carrying the boxes she had packed.').map((c) => c.content)).toEqual([]);
  });
});
