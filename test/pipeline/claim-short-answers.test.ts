import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A pro-form or a short answer as the whole content of a verb of saying or thinking ("said so",
 * "said no", "thinks so", "by the time she said that."), on invented sentences. Negative rows: that
 * sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];

describe('a pro-form or an answer is the content', () => {
  it.each<Row>([
    ['"said so" before a time adjunct', 'Most voters said so in the spring poll.', 'so', 'Most voters', 'assertion'],
    ['"said no" to a question put before', 'Asked if he would run again, the mayor said no.', 'no', 'the mayor', 'assertion'],
    ['"said yes" before a comma', 'Asked whether the tax was fair, 46 percent of voters said yes, compared with 30 percent a year ago.', 'yes', '46 percent of voters', 'assertion'],
    ['"thinks so, too"', 'The treasurer apparently thinks so, too.', 'so', 'The treasurer', 'belief'],
    ['a negated "think so" is still what one thinks', 'Is the levy fair? The mayor does not think so.', 'so', 'The mayor', 'belief'],
    ['a "that" that ends the sentence', 'The vote had already been held by the time Ana Ortiz said that.', 'that', 'Ana Ortiz', 'assertion'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['"so far" is no pro-form', 'Fares have risen 4 percent, the agency said so far this year.', 'so'],
    ['"no" before a noun is a determiner', 'The mayor said no decision had been made.', 'no'],
    ['"no more" is no answer', 'She said no more than a few words.', 'no'],
    ['a "that" before its clause is a complementizer', 'He said that the fund was empty.', 'that'],
    ['a "that" before a comma and an adjunct is a complementizer', 'He said that, if elected, he would close the depot.', 'that'],
    ['a demand rejected is an object, no answer', 'The union rejected that.', 'that'],
    ['"did so" is no verb of saying', 'The council promised to act, and it did so in May.', 'so'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
