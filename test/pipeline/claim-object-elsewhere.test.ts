import { describe, expect, it } from 'vitest';
import { contentsOf, expectContent, expectNoClaim } from './claim-rows.js';

/**
 * A content right after the cue that is no content of the cue's: a verb coordinated with it that
 * shares its object, or a time clause after the object's gap. Each positive row a sentence whose
 * wrong content must not come out; each negative row a real claim of the same shape that stays.
 */
type Row = [what: string, sentence: string, content: string];

describe('a verb coordinated with the cue is no content', () => {
  it.each<Row>([
    ['"said and did"', 'Would you vote for a man or woman who said and did the same things as Ruiz.', 'and did the same things as Ruiz'],
    ['"defended and minimized"', 'The council aides cited the fees, which Ortiz both defended and minimized.', 'and minimized'],
    ['"says and writes"', 'The columnist says and writes the same thing every week.', 'and writes the same thing every week'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a clause after "and" with its own subject', 'The mayor said the depot would close and the council agreed.', 'the depot would close and the council agreed'],
  ])('not %s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content) || content.includes(c))).toBe(true));
});

describe('a time clause after the gap of the cue\'s object is no content', () => {
  it.each<Row>([
    ['a free relative "what"', 'That was what Ana Ruiz said when she resigned from the board in 2019.', 'when she resigned from the board in 2019'],
    ['a comparative "than"', 'The plant now burns less coal than the state had demanded when it passed the law.', 'when it passed the law'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a "when" clause a verb of memory reports', 'A neighbor recalled when the mill still had a night shift.', 'when the mill still had a night shift'],
    ['"what" as the object with a clause of its own after it', 'Ruiz said what she had told the board: the levy would fail.', 'the levy would fail'],
  ])('not %s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content))).toBe(true));
});

describe('a phrase of time or place after a passive cue is no content', () => {
  it.each<Row>([
    ['a time phrase and a place', 'The episode was revealed last week in documents made public by the county.', 'last week in documents made public by the county'],
    ['a longer place phrase', 'The memo was not released. The episode was revealed last week in documents made public by the county about its audit of the depot.', 'last week in documents made public by the county about its audit of the depot'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a clause after the time phrase', 'It was reported on Monday that the plant would close.', 'that the plant would close'],
  ])('not %s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content))).toBe(true));
});
