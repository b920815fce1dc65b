import { describe, it } from 'vitest';
import { contentsOf, expectContent } from './claim-rows.js';
import { expect } from 'vitest';

/**
 * Where a paraphrase claim ends when a comma, "but" or a verb stands inside or after it, on
 * invented sentences: positive rows give the content as a fact-checker should read it, negative rows
 * a sentence whose content runs on past the same words because they belong to it.
 */
type Row = [what: string, sentence: string, content: string];

describe('a verb of the frame\'s subject after a comma ends the content', () => {
  it.each<Row>([
    ['a past verb after a noun-phrase object', 'In a short speech, the pastor praised his sister\'s long career, recited her favourite psalms, and thanked the choir.', 'his sister\'s long career'],
    ['a past verb after an infinitive object', 'A tenants\' group that urged the council to freeze the rents, launched a petition on Friday.', 'the council to freeze the rents'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['an aside after the content\'s subject', 'The treasurer said the town, already short of cash, faces deep cuts next year.', 'the town, already short of cash, faces deep cuts next year'],
    ['a participle aside before the content\'s verb', 'The treasurer said that the tax, approved in May, would pay for the new school.', 'that the tax, approved in May, would pay for the new school'],
    ['a participle aside without "that"', 'The treasurer said the levy, approved in May, would pay for the new school.', 'the levy, approved in May, would pay for the new school'],
    ['a list of the content\'s own verbs', 'The auditor said the firm hid its losses, paid no tax and fired its clerks.', 'the firm hid its losses, paid no tax and fired its clerks'],
  ])('not with %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the main clause after an object named in a relative clause is not the content', () => {
  it('the clause\'s verb after the object', () => {
    const contents = contentsOf('Among the tenants, those who preferred the new landlord outnumbered those who wanted a buyout.');
    expect(contents).not.toContain('the new landlord outnumbered those who wanted a buyout');
  });
  it.each<Row>([
    ['a verb that takes a clause', 'The tenants who think the landlord is honest will vote for the deal.', 'the landlord is honest'],
    ['a reporting verb', 'Residents who said the bridge was unsafe were ignored by the board.', 'the bridge was unsafe'],
  ])('not after %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('"but" and commas inside one phrase keep the content whole', () => {
  it.each<Row>([
    ['"but" between two adjectives', 'A new poll shows the mayor with a narrow but steady lead over her rival.', 'the mayor with a narrow but steady lead over her rival'],
    ['"all but"', 'The minister said the harbour seemed safe from all but the worst storms.', 'the harbour seemed safe from all but the worst storms'],
    ['"not only … but also"', 'Farmers fear that the dam not only would flood the valley but also would ruin the wells.', 'that the dam not only would flood the valley but also would ruin the wells'],
    ['a prepositional aside before "as"', 'The study suggests that renters use the city\'s worst year, in 2009 and 2010, as the base line for their hopes.', 'that renters use the city\'s worst year, in 2009 and 2010, as the base line for their hopes'],
    ['a concessive adjective inside a noun phrase', 'The professor said the levy could win traditionally rural, though culturally mixed, districts of the county.', 'the levy could win traditionally rural, though culturally mixed, districts of the county'],
    ['a relative aside before a clause with a bare plural subject', 'The audit found that in the three largest wards, which include Ash, Elm and Oak, voters have been struck from the rolls.', 'that in the three largest wards, which include Ash, Elm and Oak, voters have been struck from the rolls'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['"but" between two clauses', 'The mayor said the budget was tight but would not say what she would cut.', 'the budget was tight'],
    ['"but" after an adjective before a verb phrase', 'The mayor said the plan was bold but refused to say who would pay.', 'the plan was bold'],
    ['", as" after a clause', 'The mayor said the rents would rise, as the council looked on in silence.', 'the rents would rise'],
    ['", though" after a clause', 'The mayor said the rents would rise, though she gave no figures.', 'the rents would rise'],
  ])('but %s still ends it', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a name given after a comma stays with the content', () => {
  it('"called" after the object', () => {
    expectContent('The audit, whether the mayor likes it or not, highlights the hidden costs of a new loan scheme, called the Homestart plan.', 'the hidden costs of a new loan scheme, called the Homestart plan');
  });
});

describe('a subordinate clause opening the content does not end it at its comma', () => {
  it.each<Row>([
    ['"that if …, he …"', 'The banker told the farmers that if the mill were a stock, he would advise buying it.', 'that if the mill were a stock, he would advise buying it'],
    ['"that since …, he …"', 'The coach joked that since the mayor was backing him in the race, he would back her team.', 'that since the mayor was backing him in the race, he would back her team'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a coordinated clause with its own cue', 'Six in 10 tenants said the rent was too high, and most said the landlord ignored them.', 'the rent was too high'],
  ])('but %s still ends it', (_what, sentence, content) => expectContent(sentence, content));
});

describe('", and" before a clause with its own subject ends the content', () => {
  it.each<Row>([
    ['an opening time phrase before the subject', 'The mayor said the bridge was safe, and at one point the crowd booed her loudly.', 'the bridge was safe'],
    ['"both" as the subject', 'The mayor said the bridge was safe, and both her rivals laughed.', 'the bridge was safe'],
    ['"another" as the subject', 'One adviser suggested she sell the house, and another scared her so much that she left.', 'she sell the house'],
    ['a bare plural before a present verb', 'The mayor said tenants want a vote, and landlords fear the result.', 'tenants want a vote'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a list of objects', 'The mayor said she would fund schools, roads, and both new bridges.', 'she would fund schools, roads, and both new bridges'],
    ['a plural noun object after "and"', 'The mayor said the plan would help farmers, and workers in the mills.', 'the plan would help farmers, and workers in the mills'],
    ['a time word before an object', 'The mayor said she would visit the mill, and then the harbour.', 'she would visit the mill, and then the harbour'],
  ])('not with %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a clause spliced on after a comma is the narrator\'s', () => {
  it.each<Row>([
    ['a determined subject and its verb', 'The treasurer said the levy would pass if voters understood it, the opponents are simply louder.', 'the levy would pass if voters understood it'],
    ['a plural subject', 'Most tenants say they would rather rent than buy, these landlords are simply louder.', 'they would rather rent than buy'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['an opening "if" clause', 'The treasurer said that if the levy fails, the schools will close.', 'that if the levy fails, the schools will close'],
    ['an opening "when" clause', 'The treasurer said that when the levy fails, the schools will close.', 'that when the levy fails, the schools will close'],
  ])('not after %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('an adjunct of time or occasion after an object dates the frame\'s act', () => {
  it.each<Row>([
    ['"during" after a noun phrase', 'The union endorsed the mayor\'s budget during a call with reporters on Monday.', 'the mayor\'s budget'],
    ['"at" an event after a noun phrase', 'The senator endorsed the new mayor at a news conference in the valley.', 'the new mayor'],
    ['"when" and a pronoun clause', 'The governor supported the levy when it came to a vote.', 'the levy'],
    ['"as" and a pronoun clause after an infinitive', 'The mayor sought to calm the tenants as she toured the estate.', 'to calm the tenants'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a phrase inside the content\'s subject', 'The treasurer said the average gift during the spring quarter was small.', 'the average gift during the spring quarter was small'],
    ['"during" after an infinitive', 'The group plans to run ads during the next two debates.', 'to run ads during the next two debates'],
    ['"as" in a comparison', 'The mayor praised the plan as much as she praised the budget.', 'the plan as much as she praised the budget'],
    ['a clause opened by "that"', 'The auditor said that the fund\'s losses when it was run by Ruiz were hidden.', 'that the fund\'s losses when it was run by Ruiz were hidden'],
  ])('not with %s', (_what, sentence, content) => expectContent(sentence, content));
});
