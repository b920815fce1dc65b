import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/** A noun cue that opens the sentence as the subject of "is that …", on invented sentences; negative rows: no claim with that content. */
type Row = [what: string, sentence: string, content: string, speaker: string | null];
type NoRow = [what: string, sentence: string, notContent: string];

describe('a noun cue as the subject of "is that"', () => {
  it.each<Row>([
    ['the holder after "among"', 'The worry among farmers, of course, is that the depot will close.', 'that the depot will close', 'farmers'],
    ['no holder named', 'Another complaint was that the buses never run on time.', 'that the buses never run on time', null],
    ['a possessor holds it', 'Mayor Helen Cho’s fear is that the depot will close.', 'that the depot will close', 'Helen Cho'],
    ['the content ends at a dash', 'The worry among farmers is that for the depot to survive - it loses money every year - fees must rise.', 'that for the depot to survive', 'farmers'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['a copula with no that-clause', 'The worry is that.', 'that'],
    ['a relative clause between the noun and the copula', 'The complaint that was filed in May is that long.', 'that long'],
    ['a noun that reports no that-clause', 'The problem is that the depot will close.', 'that the depot will close'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
