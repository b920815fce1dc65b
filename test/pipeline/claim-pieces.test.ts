import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * The pieces of one claim around an inserted attribution whose frame has words of its own ("he said
 * in the video,", "Ortiz told the Courier,"), on invented sentences: each piece as reported and who
 * makes the claim. Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];


describe('an inserted attribution with a tail of its own', () => {
  it.each<Row>([
    ['a channel after the verb: the first piece', 'Landlords, Ana Ortiz said in the video, rarely lower rents.', 'Landlords', 'Ana Ortiz'],
    ['a channel after the verb: the second piece', 'Landlords, Ana Ortiz said in the video, rarely lower rents.', 'rarely lower rents', 'Ana Ortiz'],
    ['a listener after "told"', 'Instead, Ana Ortiz told the Courier, the city would borrow.', 'the city would borrow', 'Ana Ortiz'],
    ['a listener and a day after "told"', 'The difference now, Ana Ortiz told me on Friday, is that the fund is empty.', 'is that the fund is empty', 'Ana Ortiz'],
    ['a report named after the verb, then "and" and a second clause', 'Fares rose 4 percent, the agency said in a June report, and ridership fell by half.', 'and ridership fell by half', 'the agency'],
    ['a report named after the verb: the first clause', 'Fares rose 4 percent, the agency said in a June report, and ridership fell by half.', 'Fares rose 4 percent', 'the agency'],
    ['a time word after "explained"', 'These drivers, Ana Ortiz explained earlier, were well paid.', 'were well paid', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['an adjunct after the frame is no piece', 'The budget is balanced, Ana Ortiz said on Monday, before leaving for Paris.', 'before leaving for Paris'],
    ['a relative after the frame is no piece', 'The budget is balanced, Ana Ortiz said in a statement, which the council released.', 'which the council released'],
    ['a participle after the frame is no piece', 'The mayor hinted as much in an email, released on Monday by the council.', 'released on Monday by the council'],
    ['a relative clause on the subject is no frame', 'Ana Ortiz, a councillor who argued with the mayor at the meeting, said the fund was empty.', 'Ana Ortiz'],
    ['a verb that is no verb of saying takes no tail', 'In constant motion all day, Ana Ortiz talks to the welder, the nurse, the driver.', 'the nurse, the driver'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a condition before the attribution', () => {
  it.each<Row>([
    ['the condition is a piece', 'If elected, Ana Ortiz said she would close the depot.', 'If elected', 'Ana Ortiz'],
    ['the clause after the verb is the other piece', 'If elected, Ana Ortiz said she would close the depot.', 'she would close the depot', 'Ana Ortiz'],
    ['"and even if" opens a condition too', 'And even if the court agrees, Ana Ortiz said the fund will be empty.', 'And even if the court agrees', 'Ana Ortiz'],
    ['a condition before "that"', 'Unless fares rise, the agency warned that service would be cut.', 'Unless fares rise', 'the agency'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a place before the attribution is no piece', 'In Texas, Ana Ortiz said she would close the depot.', 'In Texas'],
    ['a time clause before the attribution is no piece', 'When asked about the fund, Ana Ortiz said it was empty.', 'When asked about the fund'],
    ['"If anything" is a sentence adverb', 'If anything, Ana Ortiz said the fund was too small.', 'If anything'],
    ['"For his part" frames the report', 'For his part, the mayor said he would close the depot.', 'For his part'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('subjects far from their verb', () => {
  it.each<Row>([
    ['a participle and its agent inside the subject', 'A copy of the audit seen by the Courier said the fund was empty.', 'the fund was empty', 'A copy of the audit seen by the Courier'],
    ['the subject of the first verb, past the adjunct', 'At a meeting on Tuesday, some councillors complained about the delay and said that they had lost patience.', 'that they had lost patience', 'some councillors'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a clause opened by a subordinator is no adjunct to skip', 'When the mayor left, the councillors stayed and said nothing.', 'nothing'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an attribution opened by "as" after a comma', () => {
  it.each<Row>([
    ['the content before "as X noted"', 'The fares rose twice last year, as Ana Ortiz has noted.', 'The fares rose twice last year', 'Ana Ortiz'],
    ['an adjunct after the verb', 'The depot will close in May, as the Courier reported on Sunday.', 'The depot will close in May', 'Courier'],
    ['"point out"', 'Cutting fares also carries risks, as the mayor’s critics point out.', 'Cutting fares also carries risks', 'the mayor’s critics'],
    ['a frame in the middle: the first piece', 'Only weeks ago, as the Courier reported, the two rivals met in secret.', 'Only weeks ago', 'Courier'],
    ['a frame in the middle: the second piece', 'Only weeks ago, as the Courier reported, the two rivals met in secret.', 'the two rivals met in secret', 'Courier'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['"as" with a clause after the verb is no frame', 'Ana Ortiz resigned in May, as she said she would.', 'Ana Ortiz resigned in May'],
    ['"as" with a verb that is no verb of saying', 'The fares rose twice last year, as the mayor left office.', 'The fares rose twice last year'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a "that" clause after a quotation and its attribution', () => {
  it.each<Row>([
    ['the clause is the speaker\'s', '“It was bad luck,” Ana Ortiz said, that both depots flooded in one week.', 'that both depots flooded in one week', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a relative "that" on a noun is no clause', '“It was bad luck,” Ana Ortiz said, that storm.', 'that storm'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
