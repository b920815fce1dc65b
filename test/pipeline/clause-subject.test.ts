import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Partial quotations of an article: [speaker name or mention, text], quotations only. */
function partials(text: string): [string | null, string][] {
  return extract(text, { quotesOnly: true })
    .quotes.filter((q) => q.kind === 'mixed')
    .map((q) => [q.speaker?.name ?? q.speaker?.mention ?? null, q.text]);
}

const intro = 'Harbour plan divides council\n\nCouncillor Maria Okafor and Mayor Tom Briggs met residents on Monday.\n\n';

describe('a partial quotation in the object of a verb that is no verb of saying', () => {
  it.each([
    [
      'Okafor worried that the new levy was becoming “a tax on everyone who still lives near the water.”',
      'Maria Okafor',
      'that the new levy was becoming “a tax on everyone who still lives near the water.”',
    ],
    [
      'Briggs also bemoaned a climate in which neighbours “simply stop talking to each other” over planning rows.',
      'Tom Briggs',
      'a climate in which neighbours “simply stop talking to each other” over planning rows',
    ],
    [
      'In a letter to residents, Okafor compared the scheme to a lighthouse “built after the last ship has sunk.”',
      'Maria Okafor',
      'the scheme to a lighthouse “built after the last ship has sunk.”',
    ],
    [
      'She promised a review “before the first spade goes into the ground.”',
      'Maria Okafor',
      'a review “before the first spade goes into the ground.”',
    ],
    [
      'Okafor, who first proposed the levy, defended the plan as “a sensible idea badly delivered” on Monday.',
      'Maria Okafor',
      'the plan as “a sensible idea badly delivered” on Monday',
    ],
    [
      'One resident, Priya Das, compared the levy to “a tollbooth in front of every front door.”',
      'Priya Das',
      'the levy to “a tollbooth in front of every front door.”',
    ],
  ])('%s', (sentence, speaker, content) => {
    expect(partials(intro + sentence)).toEqual([[speaker, content]]);
  });

  // the quoted words could be someone else's, or are the writer's: no record
  it.each([
    ['a verb that repeats another’s words', 'Briggs mocked the slogan “a harbour for the many, not the few” at the meeting.'],
    ['a verb that answers another’s words', 'Okafor resented being “a friend of the developers in every single vote.”'],
    ['a copula: how others describe the subject', 'Briggs was “the most stubborn man in the whole town hall” for years.'],
    ['another person named before the quotation', 'Okafor opposed a plan of Briggs to build “a marina nobody in this town asked for.”'],
    ['a possessive before the quotation', 'Okafor opposed Briggs’s plan to build “a marina nobody in this town asked for.”'],
    ['a pronoun opens another clause', 'Briggs feared that they would see the vote as “a betrayal of the whole east ward.”'],
    ['a short scare quote', 'Briggs defended the “deal” on Monday.'],
    ['a subject that is no one', 'The plan offers homes “for families who grew up on the harbour front.”'],
  ])('%s', (_label, sentence) => {
    expect(partials(intro + sentence)).toEqual([]);
  });
});

describe('the cue of a partial quotation', () => {
  it('is the verb, not the noun of "on a conference call"', () => {
    const q = extract('Results\n\nChief executive Mara Lind told analysts on a conference call that the results were “deeply disappointing” for everyone.', { quotesOnly: true }).quotes;
    expect(q.map((r) => [r.speaker?.name, r.cue?.text])).toEqual([['Mara Lind', 'told']]);
  });
});
