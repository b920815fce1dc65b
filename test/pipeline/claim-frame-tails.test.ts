import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { expectContent } from './claim-rows.js';

/**
 * Where the narrator takes a sentence back after a paraphrase (frame-tails.ts), on invented
 * sentences: each positive row gives the content as a fact-checker should read it, each negative
 * row a sentence whose content holds the same kind of words.
 */
type Row = [what: string, sentence: string, content: string];


describe('a clause about when or how a bare object was reported is the frame\'s', () => {
  it.each<Row>([
    ['"when" after an object', 'The senator endorsed the levy when it came before the council.', 'the levy'],
    ['"after" after an object', 'The mayor rejected the harbor plan after her rival unveiled it.', 'the harbor plan'],
    ['"just after": the modifier goes with the clause', 'The mayor rejected the harbor plan just after her rival unveiled it.', 'the harbor plan'],
    ['"as" with a clause of its own', 'The governor opposed the port deal as she toured the docks.', 'the port deal'],
    ['"even as"', 'The senator admitted some errors even as he defended his aides.', 'some errors'],
    ['"despite"', 'The councillor will support the budget despite her doubts.', 'the budget'],
    ['"in part because"', 'The board decided to act in part because of a rise in complaints.', 'to act'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the content is a clause of its own', 'The mayor said the depot would close when the lease ran out.', 'the depot would close when the lease ran out'],
    ['the content opens with "that"', 'The auditor said that the clerk\'s use of the fund when she ran the office broke the rules.', 'that the clerk\'s use of the fund when she ran the office broke the rules'],
    ['"as … as" is a comparison', 'The judge described the fine as harsh as the law allowed.', 'the fine as harsh as the law allowed'],
    ['"when it comes to" names a topic', 'The mayor stressed a gap when it comes to rural roads.', 'a gap when it comes to rural roads'],
    ['"as" before a noun phrase', 'The mayor described the plan as a gift to developers.', 'the plan as a gift to developers'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a comparison with another figure or a gloss after a comma is the writer\'s', () => {
  it.each<Row>([
    ['", down from"', 'The survey shows that 41 percent back the levy, down from 47 percent in spring.', 'that 41 percent back the levy'],
    ['", down sharply from"', 'The firm said it would give $5,000 to the fund, down sharply from the $60,000 it gave last year.', 'it would give $5,000 to the fund'],
    ['", about N more than"', 'Officials said that 8,000 people voted, about 1,000 more than expected.', 'that 8,000 people voted'],
    ['", another …"', 'The union endorsed the mayor for a second term, another sign of labor closing ranks.', 'the mayor for a second term'],
    ['", one that …"', 'The director said the board would debate its ties to the firm, one that will shape its next meeting.', 'the board would debate its ties to the firm'],
    ['", a sign of …"', 'A group of pastors plans to skip the governor\'s address next month before a trade council, a sign of growing unease among clergy about his budget.', 'to skip the governor\'s address next month before a trade council'],
    ['", a clear nod to …"', 'The mayor said the city would repave its oldest streets first, a clear nod to the neighborhood groups.', 'the city would repave its oldest streets first'],
    ['", stances that …"', 'The candidate once called himself a free trader, stances he has since disavowed.', 'himself a free trader'],
    ['a tally after the finding', 'More voters now see the mayor as honest than in May, 58 percent to 49 percent.', 'the mayor as honest than in May'],
    ['", the latter a …"', 'The cuts, she said, have hit urban and rural clinics, the latter a reference to sites that serve several counties.', 'have hit urban and rural clinics'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['"down" as a verb particle', 'The mayor said the council would step down, from the chair to the last clerk.', 'the council would step down, from the chair to the last clerk'],
    ['"one" as a number', 'The clerk said two ballots were spoiled, one by a pen that leaked.', 'two ballots were spoiled, one by a pen that leaked'],
    ['"the former" heads a noun phrase of its own', 'The clerk said the deed names two owners, the former mayor and his sister.', 'the deed names two owners, the former mayor and his sister'],
    ['a year after a comma is a date', 'The board said the plant would close on March 1, 2027.', 'the plant would close on March 1, 2027'],
    ['a plural label without a clause of its own is a list item', 'The mayor said the survey measured turnout, views on transit and trust in the council.', 'the survey measured turnout, views on transit and trust in the council'],
    ['a plural label before a noun phrase is a list item', 'The mayor said the survey measured turnout, views the council shared and trust in the council.', 'the survey measured turnout, views the council shared and trust in the council'],
    ['a gloss noun with no preposition after it is a list item', 'The coach said the team needed a scorer, a sign painter and a new bus.', 'the team needed a scorer, a sign painter and a new bus'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('content inside a fronted clause ends where the main clause starts', () => {
  it.each<Row>([
    ['"After" with a cue inside', 'After the mayor denied the new tolls, the council voted to delay them.', 'the new tolls'],
    ['"When" with a cue inside', 'When the mayor denied the charges, the council voted to delay the tolls.', 'the charges'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the sentence opens with its subject', 'The mayor denied that the tolls would rise, and the council voted to delay them.', 'that the tolls would rise'],
    ['the fronted clause closed before the cue', 'After the vote, the mayor said the tolls would rise, the council would meet again.', 'the tolls would rise, the council would meet again'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the subject of a verb of seeming or of a passive cue is a piece of its own, grouped with the rest', () => {
  const piecesOf = (text: string): { text: string; group: string | null }[] =>
    extract(text)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => ({ text: q.text, group: q.group }));

  it.each<[what: string, sentence: string, pieces: string[]]>([
    ['a verb of seeming', 'The harbor deal seems to have stalled over the winter.', ['The harbor deal', 'to have stalled over the winter']],
    ['an adverb before the verb stays out of the subject', 'The levy now appears safe for another year.', ['The levy', 'safe for another year']],
    ['a passive with adverbs', 'The treasurer is widely seen as a careful steward.', ['The treasurer', 'as a careful steward']],
    ['a noun in -ly is no adverb', 'The family appears ready to move.', ['The family', 'ready to move']],
    ['a relative pronoun whose gap is the reported clause\'s subject', 'The clerk listed the fees, which the mayor said were never paid.', ['which', 'were never paid']],
  ])('%s', (_what, sentence, pieces) => {
    const found = piecesOf(sentence);
    expect(found.map((p) => p.text)).toEqual(pieces);
    expect(found[0]?.group).not.toBeNull();
    expect(found[0]?.group).toBe(found[1]?.group);
  });

  it.each<[what: string, sentence: string, content: string]>([
    ['a relative without its pronoun reads from its verb', 'The board signed the deal Ana Ortiz said would save $3 million.', 'would save $3 million'],
    ['a relative\'s object gap is read with its antecedent', 'Crowds gathered by the old wall, which the mayor plans to rebuild next year.', 'the old wall, which the mayor plans to rebuild next year'],
    ['an expletive "it" is no subject', 'It seems to be raining again.', 'to be raining again'],
  ])('not when %s', (_what, sentence, content) => {
    expect(piecesOf(sentence).map((p) => p.text)).toEqual([content]);
  });
});

describe('"while" ends the content only after a comma', () => {
  it.each<Row>([
    ['a contrast after a comma', 'The mayor said turnout rose in the suburbs, while the city saw fewer voters.', 'turnout rose in the suburbs'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a participle after "while"', 'The senator vowed to pursue firms that move jobs abroad while claiming tax breaks.', 'to pursue firms that move jobs abroad while claiming tax breaks'],
    ['a clause after "while" with no comma', 'Party officials said they will sign up voters while the count is under way.', 'they will sign up voters while the count is under way'],
  ])('not %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('after "and", a second report or a clause with a pronoun subject is the narrator\'s', () => {
  it.each<Row>([
    ['a reporting verb whose "that" follows an adverb', 'The guard said he heard a shot at noon and suspected immediately that the vault was open.', 'he heard a shot at noon'],
    ['a pronoun and its verb after an infinitive', 'The mayor decided not to seek a third term and she endorsed her deputy.', 'not to seek a third term'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the content has a finite verb of its own', 'The clerk said the council met at noon and she chaired the session.', 'the council met at noon and she chaired the session'],
    ['the verb after "and" takes no "that"', 'The guard said the alarm rang twice and sounded loudly that night.', 'the alarm rang twice and sounded loudly that night'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('after a passive cue, "by" names who holds the view, not what is held', () => {
  it.each<Row>([
    ['a noun complement', 'The old mill was called an eyesore by several neighbors.', 'an eyesore'],
    ['an infinitive complement', 'The clerk had been asked to keep the ledgers by the auditors.', 'to keep the ledgers'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a participle in the content takes the agent', 'The plan is seen as a lifeline for farmers hurt by the drought.', 'as a lifeline for farmers hurt by the drought'],
    ['the cue is active', 'The mayor said the budget was approved by the council.', 'the budget was approved by the council'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});
