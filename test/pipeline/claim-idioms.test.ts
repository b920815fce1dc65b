import { describe, expect, it } from 'vitest';
import { contentsOf, expectNoClaim } from './claim-rows.js';

/**
 * Discourse idioms built on a verb of saying ("All told,", "That said,") report nothing: each
 * positive row a sentence whose clause after the idiom must not come out as a claim, each negative
 * row the same words used as a real report, which stays.
 */
type Row = [what: string, sentence: string, content: string];

describe('a discourse idiom is no cue', () => {
  it.each<Row>([
    ['"All told,"', 'All told, up to 40,000 renters could lose their leases next year.', 'up to 40,000 renters could lose their leases next year'],
    ['"But all told,"', 'The fees rose twice. But all told, the depot still costs less than the old one.', 'the depot still costs less than the old one'],
    ['"That said,"', 'That said, the levy would still leave the county short of money.', 'the levy would still leave the county short of money'],
    ['"Needless to say,"', 'Needless to say, the mayor will not get her new stadium.', 'the mayor will not get her new stadium'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a subject "all" with a comma later', 'All said the depot would close, and the board agreed.', 'the depot would close'],
    ['"all told" after its subject and auxiliary', 'The officials have all told reporters that the depot would close.', 'the depot would close'],
  ])('not %s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content))).toBe(true));
});
