import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Stance with a wh-clause: disagreeing, debating and being undecided about an open question, on
 * invented sentences. Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];
type NoRow = [what: string, sentence: string, notContent: string];

describe('stance with a wh-clause', () => {
  it.each<Row>([
    ['"are split on whether"', 'The farmers are split on whether the depot should close.', 'whether the depot should close', 'The farmers', 'belief'],
    ['"were evenly split on whether"', 'Last spring the nurses were evenly split on whether the strike should go ahead.', 'whether the strike should go ahead', 'the nurses', 'belief'],
    ['"disagree over how"', 'Town planners disagree over how far the tram line should run.', 'how far the tram line should run', 'Town planners', 'belief'],
    ['"disagreed on what"', 'The two engineers disagreed on what caused the bridge to sag.', 'what caused the bridge to sag', 'The two engineers'],
    ['"remain divided about whether"', 'The council members remain deeply divided about whether the levy is legal.', 'whether the levy is legal', 'The council members'],
    ['"is uncertain whether"', 'Ana Ortiz is uncertain whether the fund will last the winter.', 'whether the fund will last the winter', 'Ana Ortiz', 'belief'],
    ['"debating whether"', 'The senators are still debating whether the museum could stay open.', 'whether the museum could stay open', 'The senators'],
    ['"differ as to whether"', 'Hydrologists differ as to whether the dam can hold another flood.', 'whether the dam can hold another flood', 'Hydrologists'],
    ['"debate if" straight after the verb', 'Residents still debate if the ferry was ever safe.', 'if the ferry was ever safe', 'Residents'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['splitting a thing is no stance', 'The brothers split the profits from the sale.', 'the profits from the sale'],
    ['an impersonal "it is uncertain" has no holder', 'It is uncertain whether the ferry will sail today.', 'whether the ferry will sail today'],
    ['a fronted participle has no copula', 'Deeply divided about how to share the water, the villages met again.', 'how to share the water'],
    ['"divided" as an adjective before a noun', 'A divided council voted on the levy.', 'on the levy'],
    ['an infinitive is no stance held', 'The board is expected to debate how the money is spent.', 'how the money is spent'],
    ['a disagreement about a thing has no clause', 'The neighbours disagree about the fence.', 'the fence'],
    ['"split on if" is no English', 'The parents are split on if the school stays open.', 'if the school stays open'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a noun cue, its verb of arising, then its that-clause', () => {
  it.each<Row>([
    ['"suspicions run high that"', 'Along the coast, suspicions run high that the harbour fees are rigged.', 'that the harbour fees are rigged', null],
    ['"fears grew that"', 'Fears grew that the mill would close before winter.', 'that the mill would close before winter', null],
    ['"speculation has mounted that"', 'Speculation has mounted that the mayor will stand down.', 'that the mayor will stand down', null],
    ['"news has emerged that" after a connective', 'But news has emerged that the mayor had been a donor to the club.', 'that the mayor had been a donor to the club', null],
    ['"concerns were raised that"', 'Concerns were raised that the ferry was overloaded.', 'that the ferry was overloaded', null],
    ['"the realization was dawning that"', 'By March the realization was dawning that the fund was empty.', 'that the fund was empty', null],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a relative "that" after the verb is no content', 'The fears grew that winter, and the mill closed.', 'that winter, and the mill closed'],
    ['a verb of arising with an object first', 'The rumours spread panic that the bank had failed.', 'that the bank had failed'],
    ['a noun no cue list holds', 'Prices rose that the shop had fixed.', 'that the shop had fixed'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('adjectives of feeling and knowing before a that-clause', () => {
  it.each<Row>([
    ['"were unaware that"', 'The tenants were unaware that the lease had lapsed.', 'that the lease had lapsed', 'The tenants', 'belief'],
    ['"is mystified that"', 'Ana Ortiz is mystified that the audit was never published.', 'that the audit was never published', 'Ana Ortiz', 'belief'],
    ['"was disappointed that"', 'The union was disappointed that the talks had collapsed.', 'that the talks had collapsed', 'The union'],
    ['"are still unconvinced that"', 'The farmers are still unconvinced that the new dam is safe.', 'that the new dam is safe', 'The farmers'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a by phrase names the cause; its "that" opens a relative', 'Voters dismayed by a council that cannot pass a budget stayed home.', 'that cannot pass a budget stayed home'],
    ['a feeling about a thing has no clause', 'The union was disappointed with the offer.', 'with the offer'],
    ['"pleased" as a verb with an object', 'The ruling pleased the farmers that had sued.', 'that had sued'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
