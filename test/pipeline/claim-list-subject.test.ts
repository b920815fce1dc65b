import { describe, expect, it } from 'vitest';
import { contentsOf, expectContent } from './claim-rows.js';

/**
 * A subject list of figures whose last item comes after ", and" before a verb that also cues a
 * stance ("support", "back"): the verb is the content's own, so the last item is no new source.
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
