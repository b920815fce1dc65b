import { describe, it } from 'vitest';
import { expectContent } from './claim-rows.js';

/**
 * A verb phrase after "but" or "and" whose tense the frame's cue cannot share goes on with the
 * content; one in the cue's own tense is the frame's next act. Invented sentences.
 */
type Row = [what: string, sentence: string, content: string];

describe('a coordinated verb in another tense than the cue is the content\'s', () => {
  it.each<Row>([
    ['a present verb after a past cue', 'The two aides said they\'re fine with whatever the board decides but just want to move on.', 'they\'re fine with whatever the board decides but just want to move on'],
    ['a bare infinitive after a past cue', 'The clerks agreed to keep the file open but wait until May to decide.', 'to keep the file open but wait until May to decide'],
    ['a past verb after a present cue', 'The firm says it considered a site in Ohio but opted not to build there.', 'it considered a site in Ohio but opted not to build there'],
    ['a past cue verb after "and" under a present cue', 'The mayor says she spoke to the governor and asked him to fund the depot.', 'she spoke to the governor and asked him to fund the depot'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a past verb after a past cue', 'The mayor said the budget was tight but declined to name the cuts.', 'the budget was tight'],
    ['a present verb after a present cue', 'The mayor says the budget is tight but declines to name the cuts.', 'the budget is tight'],
    ['a modal has no tense to compare', 'The mayor said the budget was tight but would not say what she would cut.', 'the budget was tight'],
    ['the cue is an infinitive ("want to think")', 'The judge said that she didn’t want to think about it and predicted that the mayor will win.', 'that the mayor will win'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});
