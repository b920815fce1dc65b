import { describe, expect, it } from 'vitest';
import { isAdjunctOnly } from '../../src/pipeline/claims/adjunct-only.js';
import { extract } from '../../src/pipeline/index.js';
import { contentsOf, expectContent, expectNoClaim } from './claim-rows.js';

/**
 * Records that are no claim at all, on invented sentences: each positive row a sentence whose
 * wrong content must not come out, each negative row a real claim of the same shape that stays.
 */
type Row = [what: string, sentence: string, content: string];

describe('an adjunct alone is no content', () => {
  it.each<[string, boolean]>([
    ['But', true],
    ['After all', true],
    ['At the day’s end, however', true],
    ['Regarding the talks between Ms. Ortiz and the mayor’s aides', true],
    ['But in a call with donors on Friday', true],
    ['According to the agency', true],
    ['Between the mayor, the council and the board', true],
    ['Speaking at a rally in Dayton', true],
    ['With the council increasingly wary of the depot plan', true],
    // a clause after the phrase, a condition, a subject
    ['In 2015 the plant closed', false],
    ['For those deals, the firm earned $5 million', false],
    ['If elected', false],
    ['If the board does', false],
    ['Cutting taxes', false],
    ['The plan', false],
    ['In the end he’s right', false],
  ])('%s → %s', (content, expected) => expect(isAdjunctOnly(content)).toBe(expected));

  it.each<Row>([
    ['a phrase of respect before an attribution of a quotation', 'Regarding the talks between Ms. Ortiz and the mayor’s aides, the council said in a statement: “No deal is near. The talks will go on.”', 'Regarding the talks between Ms. Ortiz and the mayor’s aides'],
    ['a phrase of time and "however" before an attribution', 'At the day’s end, however, Ortiz said as she left the hall, “We are finally free” to talk about the levy.', 'At the day’s end, however'],
    ['"as part of" before a clause with its own claim', 'As part of those hearings, the board would also seek to show that the mayor knew of the plan, former aides said.', 'As part of those hearings'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a claim that opens with a phrase of time', 'In 2015, the plant closed for a year, the mayor said.', 'In 2015, the plant closed for a year'],
    ['a claim after a fronted phrase and its comma', 'For those deals, the firm earned $5 million, the filings show.', 'For those deals, the firm earned $5 million'],
    ['a condition before its claim', 'If elected, Ortiz said she would close the depot.', 'If elected'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));

  it('a piece split by a parenthetical attribution stays with the rest', () => {
    expect(contentsOf('Instead, the mayor said, the council would meet in June.')).toEqual(['Instead', 'the council would meet in June']);
  });
});

describe('a quotation closed by three apostrophes is one quotation, not a claim', () => {
  const quotationsOf = (text: string): [string, string | null][] =>
    extract(text)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => [q.text, q.speaker?.name ?? null]);
  it.each<[what: string, sentence: string, quotation: string, speaker: string]>([
    ['an inner quotation at the end', "''I tell the other funds, 'We do not care about you at all,''' said Mr. Ruiz, who runs a small fund.", "''I tell the other funds, 'We do not care about you at all,'''", 'Ruiz'],
    ['an inner quotation and its attribution after it', "''The answer is not to shout, 'Taxes bad,''' Ortiz said.", "''The answer is not to shout, 'Taxes bad,'''", 'Ortiz'],
  ])('%s', (_what, sentence, quotation, speaker) => {
    expect(quotationsOf(sentence)).toContainEqual([quotation, speaker]);
    expect(contentsOf(sentence)).toEqual([]);
  });
  // negative: two apostrophes close as before, and a lone inner quotation stays inside
  it('not when the outer quotation closes with two apostrophes', () => {
    expect(quotationsOf("''I tell them, 'We will win,' '' said Ms. Ortiz, who leads the council.")).toContainEqual(["''I tell them, 'We will win,' ''", 'Ortiz']);
  });
});

describe('a section label before a colon names no source', () => {
  it.each<Row>([
    ['a call to look', 'LOOK: Startling Photos Of The Mayor’s Rally Are Spreading Fast\n\nThe rally drew a large crowd.', 'Startling Photos Of The Mayor’s Rally Are Spreading Fast'],
    ['a participle announcing the news', 'Revealed: Dozens Of Clerks Are Quitting Over The New Rules\n\nThe clerks wrote to the board.', 'Dozens Of Clerks Are Quitting Over The New Rules'],
    ['an adverb and a participle', 'Just Leaked: The Mayor’s Memo On The Depot Deal\n\nThe memo runs to four pages.', 'The Mayor’s Memo On The Depot Deal'],
    ['a recurring feature', 'CHART OF THE WEEK: $12 million—the sum the port board gave the ferry firm to move\n\nThe firm moved in May.', '12 million—the sum the port board gave the ferry firm to move'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a name', 'Ortiz: The Depot Deal Is Dead\n\nMayor Ana Ortiz spoke on Monday.', 'The Depot Deal Is Dead'],
    ['a noun', 'Poll: Voters back the levy\n\nThe poll was taken last week.', 'Voters back the levy'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a noun cue before "to" and a noun phrase reports nothing', () => {
  it.each<Row>([
    ['an appeal to a group of voters', 'The town has drifted right in part because of the senator’s appeal to older rural voters.', 'to older rural voters'],
    ['a threat to a thing', 'If that holds, the mayor is not a real threat to that coalition.', 'to that coalition'],
    ['a commitment to a cause', 'Critics doubt the council’s commitment to open government in the county.', 'to open government in the county'],
    ['a decision pushed to a place', 'A split vote would push the final decision to the state board in July.', 'to the state board in July'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['an infinitive', 'The senator renewed her pledge to cut the levy by half.', 'to cut the levy by half'],
    ['an adverb before the infinitive', "The mayor's proposal to temporarily close the depot drew protests.", 'to temporarily close the depot'],
    ['a gerund after "commitment"', "The mayor's commitment to helping the port recover won praise.", 'to helping the port recover'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a phrase closing an aside before a verb of seeming is not its subject', () => {
  it('the aside\'s last phrase gives no piece', () => {
    expect(contentsOf('But the hope of winning the suburbs -- renters, students, young parents -- seemed a distant one indeed.')).not.toContain('young parents');
  });
  it.each<Row>([
    ['a free relative "what"', 'Ruiz, who had first been hired to guide the mayor through what appeared to be a long budget fight, quit.', 'been hired to guide the mayor through what'],
    ['"what" after a relative clause', 'I stopped reading some columnists who print what seems a steady stream of nonsense.', 'some columnists who print what seems a steady stream of nonsense'],
  ])('nor %s', (_what, sentence, content) => expectNoClaim(sentence, content));
  it.each<Row>([
    ['after a preposition', 'Ruiz, who had first been hired to guide the mayor through what appeared to be a long budget fight, quit.', 'to be a long budget fight'],
    ['with an adverb before the verb', 'The council walked out, in what clearly seemed to be a snub of the mayor.', 'to be a snub of the mayor'],
  ])('a free relative "what" before a verb of seeming gives no content %s', (_what, sentence, content) => expectNoClaim(sentence, content));
  it('a seeming of a noun subject stays', () => {
    expect(contentsOf('By Friday the budget fight appeared to be a long one.')).toContain('to be a long one');
  });
  it('not a subject right before the verb', () => {
    expect(contentsOf('The race seemed closer in the suburbs than in the city.')).toContain('The race');
  });
});

describe('a cue form after an amount, with no object, is the noun the amount measures', () => {
  it.each<Row>([
    ['a percentage before a stop', 'Ortiz has won only two wards with more than 60% support: the harbor and the old town.', 'the harbor and the old town'],
    ['"less" before "than"', 'The third candidate receives less support than Ruiz, averaging 4 percent in the poll.', 'than Ruiz, averaging 4 percent in the poll'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a percentage as the subject', 'In the new poll, 42% support the levy, a dead heat.', 'the levy'],
    ['"little hope for"', 'Ruiz holds little hope for returning to the council if the bill fails.', 'returning to the council if the bill fails'],
  ])('not %s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content))).toBe(true));
});

describe('an apposition after "according to X," whose only verb is in a relative clause is no piece', () => {
  it.each<Row>([
    ['a role and its relative clause', 'Her lead among older voters is wider than ever, according to Ana Ortiz, a pollster who ran the county survey with a rival firm.', 'a pollster who ran the county survey with a rival firm'],
    ['an amount and a free relative', 'Top earners would gain as much as 9 percent, according to the Levy Institute, more than twice what it found for the middle class.', 'more than twice what it found for the middle class'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));

  it.each<Row>([
    ['a clause split by the attribution', 'Fundraising, according to the campaign, has surged since the debate that aired in May.', 'has surged since the debate that aired in May'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a noun cue under "any" or "no" names nothing anyone decided or said', () => {
  it.each<Row>([
    ['"any decision to"', 'Any decision to close the depot would need a vote of the full board.', 'to close the depot would need a vote of the full board'],
    ['"no suggestion that"', 'There was no suggestion that the mayor knew of the fees.', 'that the mayor knew of the fees'],
  ])('%s', (_what, sentence, content) => expect(contentsOf(sentence).some((c) => c.includes(content.split(' ').slice(0, 4).join(' ')))).toBe(false));

  it.each<Row>([
    ['a noun cue after a possessive', 'The mayor\'s decision to close the depot drew protests.', 'to close the depot'],
    ['a noun cue after "her"', 'Ortiz renewed her promise to cut the levy by half.', 'to cut the levy by half'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a request not to be named is how a source may be cited, not a claim', () => {
  it.each<Row>([
    ['"asked that her name not be used"', '"We are exhausted," said one nurse, who asked that her name not be used.', 'that her name not be used'],
    ['"asked that his name be withheld"', 'A guard, who asked that his name be withheld, said the gate was left open.', 'that his name be withheld'],
  ])('%s', (_what, sentence, content) => expectNoClaim(sentence, content));
  it.each<Row>([
    ['a request about something else stays', 'The senator asked that the vote not be delayed.', 'that the vote not be delayed'],
    ['the claim beside the request stays', 'A guard, who asked that his name be withheld, said the gate was left open.', 'the gate was left open'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));
});
