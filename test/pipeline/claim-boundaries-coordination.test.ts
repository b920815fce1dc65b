import { describe, expect, it } from 'vitest';
import { contentsOf, expectContent } from './claim-rows.js';

/**
 * Where coordination inside a content keeps it whole, on invented sentences: the last item of a
 * subject list after ", and" before a verb that also cues a stance ("support"), whose verb is the
 * content's own, and a second "that" clause after a dash. Negative rows show the cut that stays.
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
