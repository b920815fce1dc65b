import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Beliefs, wishes and aims of the sentence's subject, on invented sentences: the content as reported,
 * who holds it and the kind of cue. Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind: string];


describe('a belief or wish under negation, an aim', () => {
  it.each<Row>([
    ['"doesn\'t think": the belief is still hers', 'Ana Ortiz doesn’t think the council can fix the roads.', 'the council can fix the roads', 'Ana Ortiz', 'belief'],
    ['"does not believe"', 'Ana Ortiz does not believe that the fund will last.', 'that the fund will last', 'Ana Ortiz', 'belief'],
    ['"don\'t want" with an infinitive', 'Local farmers don’t want to sell their land.', 'to sell their land', 'Local farmers', 'belief'],
    ['"didn\'t expect" with a noun phrase', 'Ana Ortiz didn’t expect a deal before spring.', 'a deal before spring', 'Ana Ortiz', 'belief'],
    ['"claimed to have" about the subject itself', 'In a post, Ana Ortiz claimed to have voted twice.', 'to have voted twice', 'Ana Ortiz', 'assertion'],
    ['"aims to"', 'The mayor aims to halve bus fares by 2030.', 'to halve bus fares by 2030', 'The mayor', 'intention'],
    ['"that" before a determiner opens a clause whose verb the lexicon lacks', 'Ana Ortiz has said that the new levy overburdens small landlords.', 'that the new levy overburdens small landlords', 'Ana Ortiz', 'assertion'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['what was not said is no claim', 'Ana Ortiz didn’t say that the fund was empty.', 'that the fund was empty'],
    ['what was never claimed is no claim', 'The council never claimed that fares would fall.', 'that fares would fall'],
    ['a passive "said to be" is no claim of the subject', 'The mayor is said to be furious.', 'to be furious'],
    ['a reduced passive "claimed to be" is no claim', 'The island, claimed to be Chinese territory, lies offshore.', 'to be Chinese territory'],
    ['aiming a thing is no aim', 'The officer aimed the camera at the crowd.', 'the camera at the crowd'],
    ['"aimed at" is no aim of a speaker', 'The plan is aimed at young voters.', 'at young voters'],
    ['a verb of aim frames no content before it', 'The city built a new depot, much of the money aimed at the suburbs.', 'The city built a new depot'],
    ['"that" before a noun is a determiner, no clause', 'Ana Ortiz dismissed that claim.', 'that claim'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
