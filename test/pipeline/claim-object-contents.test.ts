import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Cues whose noun-phrase object is what a reader can check: a fact reported, described or cited,
 * a judgement with its grounds. Invented sentences; negative rows: that sentence gives no claim
 * with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];
type NoRow = [what: string, sentence: string, notContent: string];

describe('a fact reported, described, cited or noted as a noun phrase', () => {
  it.each<Row>([
    ['"reported" a figure', 'The company reported a sharp drop in sales in March.', 'a sharp drop in sales in March', 'The company', 'assertion'],
    ['"described" conduct', 'Former workers described rude treatment of staff by the owner.', 'rude treatment of staff by the owner', 'Former workers', 'assertion'],
    ['"cited" a finding', 'The senator cited an internal audit of the port authority.', 'an internal audit of the port authority', 'The senator', 'assertion'],
    ['"noted" a trend', 'The mayor noted the steady fall in crime.', 'the steady fall in crime', 'The mayor', 'assertion'],
    ['"described" something as something', 'The mayor described her remark as the frustration of a tired official.', 'her remark as the frustration of a tired official', 'The mayor', 'assertion'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a person described', 'Ortiz described him.', 'him'],
    ['a pronoun noted', 'The clerk noted it on the form.', 'it on the form'],
    ['a reflexive', 'The reporter described himself.', 'himself'],
    ['words said elsewhere, repeated', 'He repeated his remarks.', 'his remarks'],
    ['a bare name cited', 'The farmer cited Ana Ortiz.', 'Ana Ortiz'],
    ['a time, not what was reported', 'The union reported a few days later.', 'a few days later'],
    ['reporting to work', 'He reported to work on Monday.', 'to work on Monday'],
    ['a document written', 'He wrote the memo.', 'the memo'],
    ['a check written', 'She wrote a check to the campaign.', 'a check to the campaign'],
    ['"noted" as an adjective', 'The noted author spoke at length.', 'author spoke at length'],
    ['a job found', 'He found a job in May.', 'a job in May'],
    ['a thing named before, noted', 'The mayor noted the rule.', 'the rule'],
    ['"as" opening a clause of time is no description', 'He described the scene as the crowd cheered.', 'the scene as the crowd cheered'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('praise and blame with their grounds', () => {
  it.each<Row>([
    ['"attacked" someone for something', 'Ortiz attacked the governor for his handling of the floods.', 'the governor for his handling of the floods', 'Ortiz'],
    ['"blamed" something on something', 'The council blamed the outage on a faulty transformer.', 'the outage on a faulty transformer', 'The council'],
    ['"slammed" someone over something', 'Critics slammed the board over its hiring of relatives.', 'the board over its hiring of relatives', 'Critics'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a bare target of criticism', 'The mayor criticized the budget.', 'the budget'],
    ['a bare target of blame', 'He blamed the weather.', 'the weather'],
    ['a bare target of praise', 'The mayor praised the volunteers.', 'the volunteers'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('what is promised, demanded or defended', () => {
  it.each<Row>([
    ['"promised" a thing, no listener', 'The governor promised a new bridge over the river.', 'a new bridge over the river', 'The governor', 'intention'],
    ['"promised" a thing with its condition', 'The senator promised tax relief if she wins in November.', 'tax relief if she wins in November', 'The senator', 'intention'],
    ['"promised" a listener something: the listener stays out', 'The mayor promised voters a tax cut.', 'a tax cut', 'The mayor', 'intention'],
    ['"called for" a measure', 'The union called for the repeal of the parking levy.', 'the repeal of the parking levy', 'The union'],
    ['"urged" a measure', 'Ortiz urged a full inquiry into the fire.', 'a full inquiry into the fire', 'Ortiz'],
    ['"defended" a policy', 'The minister defended the closure of the rural clinics.', 'the closure of the rural clinics', 'The minister'],
    ['"denounced" a measure', 'The bishop denounced the eviction of the tenants.', 'the eviction of the tenants', 'The bishop'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a passive promise names no source', 'The firm was promised $9 million in grants.', '9 million in grants'],
    ['words defended, said elsewhere', 'The minister defended the remark.', 'the remark'],
    ['a reflexive defended', 'The guard defended himself.', 'himself'],
    ['a person denounced', 'The bishop denounced the mayor.', 'the mayor'],
    ['one\'s own decision defended', 'The coach defended her decision.', 'her decision'],
    ['one word urged', 'Ortiz urged calm.', 'calm'],
    ['a noun "calls for" after a clause is no verb of the subject', 'Critics of the plan proved resistant to the council’s calls for a curfew.', 'a curfew'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
