import { describe, expect, it } from 'vitest';
import { contentsOf, expectClaim, expectContent } from './claim-rows.js';

/**
 * Where coordination inside a content keeps it whole, on invented sentences: the last item of a
 * subject list after ", and" before a verb that also cues a stance ("support"), whose verb is the
 * content's own, a second "that" clause after a dash, and a clause of urging that ", according to"
 * vouches for as a whole. Negative rows show what stays.
 */
type Row = [what: string, sentence: string, content: string];

describe('the last item of a verbless subject list after ", and" is no source of a claim of its own', () => {
  it.each<Row>([
    ['three shares of voters', 'Exit polls show half of voters in Ohio, 6 in 10 in Iowa, and most of them in Utah support the tariff.', 'half of voters in Ohio, 6 in 10 in Iowa, and most of them in Utah support the tariff'],
    ['"or" before the last item', 'The survey found a third of nurses, a quarter of doctors, or more in some wards support the strike.', 'a third of nurses, a quarter of doctors, or more in some wards support the strike'],
  ])('%s', (_what, sentence, content) => {
    expectContent(sentence, content);
    expect(contentsOf(sentence)).not.toContain(content.replace(/^.* (?:support|back) /u, ''));
  });

  it.each<Row>([
    ['the first clause has its own verb', 'Exit polls show half of voters in Ohio favor the tariff, and most voters in Utah said they oppose it.', 'half of voters in Ohio favor the tariff'],
    ['no conjunction before the next clause', 'The mayor added buses, and, a year later, she said the trams would run.', 'the trams would run'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('"— and that" after a content opens a second clause of the same verb of saying', () => {
  it.each<Row>([
    ['a second "that" clause with its own subject', 'The mayor said the depot would close in May — and that the workers would move to the new site.', 'the depot would close in May — and that the workers would move to the new site'],
    ['a name after "that"', 'The clerk wrote that the fund was empty – and that Ruiz had known for a year.', 'that the fund was empty – and that Ruiz had known for a year'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['"that" is the subject of the next verb', 'The mayor said the depot would close in May — and that was the end of the plan.', 'the depot would close in May'],
    ['a clause with no "that"', 'The mayor said the depot would close in May — and the workers have since moved to the new site.', 'the depot would close in May'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('", according to X" after a verb of urging or calling vouches for the whole clause', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['"called for"', 'The group has long called for strikes on ports, according to a monitoring firm.', 'The group has long called for strikes on ports', 'a monitoring firm'],
    ['"urged"', 'The union urged its members to stay home, according to an email seen by reporters.', 'The union urged its members to stay home', 'an email seen by reporters'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['a verb of saying keeps its own content and speaker', 'The mayor said the depot would close in May, according to a city memo.', 'the depot would close in May', 'The mayor'],
    ['"told" too', 'The mayor told aides the depot would close in May, according to two people at the meeting.', 'the depot would close in May', 'The mayor'],
  ])('not when %s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));
});
