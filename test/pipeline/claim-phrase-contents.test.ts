import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Cues whose content is a phrase with no verb of its own: the evidence a source points to, and
 * "the same" standing for a view just reported. Invented sentences; negative rows: that sentence
 * gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];
type NoRow = [what: string, sentence: string, notContent: string];

describe('"X pointed to Y": the evidence a source cites', () => {
  it.each<Row>([
    ['past tense after a plural subject', 'Other defenders pointed to earlier examples of borrowed speeches.', 'earlier examples of borrowed speeches', 'Other defenders'],
    ['a bare form after a plural with a place word', 'Farmers here point to a dry spring that ruined the barley.', 'a dry spring that ruined the barley', 'Farmers here'],
    ['an "as" phrase stays with its object', 'The mayor pointed to the new depot as proof that the plan works.', 'the new depot as proof that the plan works', 'The mayor'],
    ['a third-person form after a name', 'Ortiz points to the falling fares.', 'the falling fares', 'Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['a noun "point" after a determiner', 'At one point to the west of the town, the road floods.', 'the west of the town'],
    ['a passive names no source', 'The figures were pointed to by the critics.', 'by the critics'],
    ['a relative whose gap is the content', 'The essay she pointed to as proof was old.', 'as proof was old'],
    ['"pointed out" is no "pointed to"', 'The guide pointed out the old mill to the visitors.', 'the visitors'],
    ['a headline\'s capitalised "Points To"', 'No Clear Path Points To Victory.', 'Victory'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('"said the same": a pro-form for a view just reported', () => {
  it.each<Row>([
    ['with what it is said of', 'Six in 10 voters called the mayor honest, and 45 percent said the same of her rival.', 'the same of her rival', '45 percent'],
    ['alone', 'Last spring, 40 percent said the same.', 'the same', '40 percent'],
    ['in a restrictive relative: the main verb is the narration', 'The 30 percent who say the same about Ortiz were mostly young.', 'the same about Ortiz', 'The 30 percent'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['"the same week" is a time', 'Ortiz resigned, and her deputy said the same week.', 'the same week'],
    ['"the same" as a subject of a clause is the subject-verb rule\'s', 'Ortiz said the same rules would apply.', 'the same'],
    ['a passive names no source', 'The same was said of the mayor.', 'of the mayor'],
    ['a passive names no source (its content alone)', 'Ortiz was praised, and the same was said of the mayor.', 'the same'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a record with a long modifier before its verb of finding', () => {
  it.each<Row>([
    ['a participle and a clause of time in the modifier', 'Surveys of shoppers taken as they left the mall showed that older men spent more.', 'that older men spent more', 'Surveys of shoppers taken as they left the mall'],
    ['a relative clause and a date with commas', 'An analysis of charities that have raised $1 million since Jan. 1, 2015, shows rural groups outpacing urban ones.', 'rural groups outpacing urban ones', null],
    ['a survey with a participle and its agent', 'A survey of tenants conducted by the housing board in May found that rents had doubled.', 'that rents had doubled', 'A survey of tenants conducted by the housing board in May'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['a verb of saying in the modifier is a clause of its own', 'A poll of voters who said they were undecided showed little change.', 'little change'],
    ['a comma that opens no relative and no date', 'A survey of voters, the mayor said, showed a shift to the left.', 'a shift to the left'],
    ['a picture shows no claim', 'Photos of the square taken from a helicopter showed crowds filling the streets.', 'crowds filling the streets'],
    ['a preposition after the verb is no content', 'A survey of the mayor\'s staff taken in May showed to reporters.', 'to reporters'],
    ['a record noun inside a prepositional phrase is no subject', 'The author of the study of rents found a flat in Leeds.', 'a flat in Leeds'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a finding with its poll after it: "CLAUSE in a named poll"', () => {
  it.each<Row>([
    ['a poll phrase ends the sentence', 'The former mayor took just 6 percent of the vote in a Harbour Institute poll released Sunday.', 'The former mayor took just 6 percent of the vote', 'a Harbour Institute poll released Sunday'],
    ['after a fronted phrase of time', 'In the spring of 2009, Ortiz held a 20-point lead over Reyes among older voters in a county poll.', 'Ortiz held a 20-point lead over Reyes among older voters', 'a county poll'],
    ['after a fronted clause, the last comma that opens a clause', 'While Ortiz leads in Leeds, she trails the senator in the regional average of polls by nearly 4 points.', 'she trails the senator', null],
    ['an apposition after the poll phrase', 'By March, Reyes was winning farmers by 12 points in the same poll, a sharp swing.', 'Reyes was winning farmers by 12 points', 'the same poll'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['the generic plural names no finding', 'Ortiz rose quickly in the polls.', 'Ortiz rose quickly'],
    ['a goal with the poll phrase', 'Reyes needs to reach 15 percent in an average of polls.', 'Reyes needs to reach 15 percent'],
    ['the sentence\'s own verb after the poll phrase', 'Fewer than half of the farmers surveyed in a new poll released Monday back the levy.', 'Fewer than half of the farmers surveyed'],
    ['a reporting verb in the clause is its own cue', 'Ortiz said she was ahead in a county poll.', 'Ortiz said she was ahead'],
    ['"in" governed by the verb before it: where someone took part', 'Dr. Ana Ruiz, a sleep researcher at the University of Leeds who was not involved in the study, said the results were striking.', 'Dr. Ana Ruiz, a sleep researcher at the University of Leeds who was not involved'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
