import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/** A noun cue with a negated infinitive, on invented sentences; negative rows: no claim with that content. */
type Row = [what: string, sentence: string, content: string, speaker: string | null];
type NoRow = [what: string, sentence: string, notContent: string];

describe('a noun cue before "not to"', () => {
  it.each<Row>([
    ['a possessor’s decision not to act', 'Mayor Helen Cho’s decision not to close the depot angered farmers.', 'not to close the depot', 'Helen Cho'],
    ['a pledge not to act', 'Ana Ortiz broke her pledge not to raise fares.', 'not to raise fares', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['"not" with no infinitive after it', 'The decision not surprisingly angered farmers.', 'not surprisingly angered farmers'],
    ['a noun that takes no infinitive', 'Her idea not to close the depot was popular.', 'not to close the depot'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
