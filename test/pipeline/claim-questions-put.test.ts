import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A question put to someone with no named asker ("Asked which district …, she demurred", "…, she
 * said, when asked whether …"): a claim with cue kind `question` whose speaker is the asker, unknown
 * unless a `by` phrase names them; the person asked is not its speaker. Invented sentences; negative
 * rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];

describe('a question put, the asker unnamed', () => {
  it.each<Row>([
    ['"Asked which …"', 'Asked which district was her favorite, Ortiz laughed.', 'which district was her favorite', null, 'question'],
    ['an adverb before the question', 'Asked specifically what should be done with the old depot, the voters were evenly split.', 'what should be done with the old depot', null, 'question'],
    ['"when asked" with a time phrase, inside the sentence', 'Ortiz used the same words when asked in May if she would endorse the mayor.', 'if she would endorse the mayor', null, 'question'],
    ['"when asked" after a quotation', 'Ortiz had previously said, “We’ll see,” when asked whether she would campaign for other candidates.', 'whether she would campaign for other candidates', null, 'question'],
    ['"when asked" after a claim: the question', 'Ortiz said she would run again when asked whether she was tired.', 'whether she was tired', null, 'question'],
    ['"when asked" after a claim: the claim ends before it', 'Ortiz said she would run again when asked whether she was tired.', 'she would run again', 'Ortiz', 'assertion'],
    ['"Asked about" a noun phrase: the topic', 'Asked about her old job at the bank, Ortiz’s campaign said she had left in May.', 'her old job at the bank', null, 'question'],
    ['a "by" phrase names the asker', 'Asked by reporters whether the depot would close, the mayor shrugged.', 'whether the depot would close', 'reporters', 'question'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['the claim does not run on into the question', 'Ortiz said she would run again when asked whether she was tired.', 'she would run again when asked whether she was tired'],
    ['"if asked by" with no question', 'She would run again if asked by the party.', 'the party'],
    ['a request to act is no question', 'Asked to comment, the mayor declined.', 'to comment'],
    ['asking questions is no content', 'The council asked questions.', 'questions'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
