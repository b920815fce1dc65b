import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { speakerProblem } from '../../src/pipeline/speaker-check.js';
import { classifySource } from '../../src/pipeline/sources.js';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * Speakers a hostile fact-checker would challenge, each in an invented article: a role before a
 * name, a subject with an apposition, a bare quantity of people, a state speaking. Each row names
 * a record by words of its text and the speaker it must have (`null`: unknown, the mention kept),
 * or says no record may hold those words.
 */
const ROWS: SpeakerRow[] = [
  // a role noun before a person's name describes the person; the body before the role is no speaker
  { title: 'envoy', article: 'Truce holds\n\nUN envoy Marta Olsen told reporters that the ceasefire was holding.', text: 'the ceasefire was holding', speaker: 'Marta Olsen', mention: 'UN envoy Marta Olsen', type: 'person' },
  { title: 'spokesman', article: 'Port closed\n\nHarbour Board spokesman Tom Reed said the port would reopen on Monday.', text: 'the port would reopen', speaker: 'Tom Reed', type: 'person' },
  { title: 'definite role', article: 'Talks resume\n\nThe UN envoy Marta Olsen said the talks would resume in Geneva.', text: 'the talks would resume', speaker: 'Marta Olsen', type: 'person' },
  // negative: a preposition before the name makes the phrase someone else
  { title: 'lawyers for', article: 'Appeal planned\n\nLawyers for Dan Reyes said he would appeal the verdict.', text: 'he would appeal', speaker: 'Lawyers for Dan Reyes', type: 'anonymous' },
  // a headline's short name for a company is the company the body names in full, never a person
  { title: 'headline short name', article: 'Skyline beats forecasts\n\nSkyline Systems reported higher revenue on Tuesday. Skyline said it would buy back stock.', text: 'it would buy back stock', speaker: 'Skyline', type: 'organization' },
  // a word that opens a sentence-case headline is capitalised by its place: "Chipmaker Halvorsen" is no name the body uses
  { title: 'headline modifier before a short name', article: 'Chipmaker Halvorsen cuts forecast\n\nHalvorsen Semiconductors lowered its forecast on Wednesday. Halvorsen also said it would delay a new plant.', text: 'it would delay a new plant', speaker: 'Halvorsen', type: 'organization' },
  // negative: a headline's full name with a given name is a person, whatever body shares the surname
  { title: 'headline person beside a namesake body', article: 'Maria Lund quits board\n\nLund Partners confirmed the move on Friday. Lund said she was tired of the fight.', text: 'she was tired of the fight', speaker: 'Maria Lund', type: 'person' },
  { title: 'trade word', article: 'Insurer pays out\n\nCastleway Mutual said it had paid every claim.', text: 'it had paid every claim', speaker: 'Castleway Mutual', type: 'organization' },
  // a lower-case role between the comma and the name ("retired teacher") still sets the name in apposition
  { title: 'described apposition, claim', article: 'Vote row\n\nIts organiser, retired teacher Margaret Lyle, said the vote was unfair.', text: 'the vote was unfair', speaker: 'Margaret Lyle', type: 'person' },
  { title: 'described apposition, quotation', article: 'Vote row\n\nA petition was signed by 2,400 people. Its organiser, retired teacher Margaret Lyle, said the vote was "a disgrace".', text: 'a disgrace', speaker: 'Margaret Lyle' },
  // where the person works may follow the name in the apposition
  { title: 'apposition with an affiliation, claim', article: 'Heat deaths rise\n\nA study found that heat deaths had doubled. Its lead author, Priya Raman of the University of Tulsa, told the paper the state had been slow to adapt.', text: 'the state had been slow to adapt', speaker: 'Priya Raman', type: 'person' },
  { title: 'apposition with an affiliation, quotation', article: 'Heat deaths rise\n\nIts lead author, Priya Raman of the University of Tulsa, said: "We were slow to adapt."', text: 'We were slow to adapt', speaker: 'Priya Raman' },
  // negative: a relative clause after the comma names someone else
  { title: 'relative after comma', article: 'Vote row\n\nThe trust, which Margaret Lyle founded, said the vote was unfair.', text: 'the vote was unfair', speaker: 'The trust', type: 'organization' },
  { title: 'relative after comma, with a place', article: 'Vote row\n\nThe trust, which Margaret Lyle of Ashford founded, said the vote was unfair.', text: 'the vote was unfair', speaker: 'The trust', type: 'organization' },
  // a participle whose adjunct the source phrase lost is no part of its name; one with its adjunct stays
  { title: 'participle cut off', article: 'Coral survives\n\nScientists have found a strain of coral that survives hotter water, according to a study published on Monday.', text: 'a strain of coral that survives', speaker: 'a study', type: 'document' },
  { title: 'participle kept', article: 'Turnout up\n\nA poll released last week found that turnout would rise.', text: 'turnout would rise', speaker: 'A poll released last week', type: 'document' },
  // a surname alone shared with a relative introduced through someone's kin is the other bearer's
  { title: 'kin', article: 'Chef stays on\n\nMarco Bellini opened his restaurant in 1999. His daughter, Sofia Bellini, runs the front of house. Bellini said he had no plans to retire.', text: 'he had no plans to retire', speaker: 'Marco Bellini' },
  { title: 'kin with a description', article: 'Surgeon dies\n\nEleanor Grant has died at 91. Her husband, the architect Peter Grant, died in 2015. Grant said in 2009 that surgery had been her life.', text: 'surgery had been her life', speaker: 'Eleanor Grant' },
  // negative: two bearers neither of whom is introduced through kin keep the nearest-mentioned rule
  { title: 'no kin', article: 'Brothers split\n\nTom Hale runs the farm. Anna Hale runs the shop. Hale said the shop would close.', text: 'the shop would close', speaker: 'Anna Hale' },
  // a name after a verb that is no verb of saying is its object: a "he" in the next sentence goes on with the subject
  { title: 'object of the sentence before', article: 'Manager speaks\n\nBristol Rovers said on Sunday that Colin Hart had left the club. Hart, 52, joined Rovers in June. He told the BBC that he still believed in the squad.', text: 'he still believed in the squad', speaker: 'Colin Hart', type: 'person' },
  // negatives: after a verb of saying the name opens the content as its subject; in the pronoun's own sentence an object may be its antecedent
  { title: 'subject of a content clause before', article: 'Bribery case\n\nProsecutors said Victor Alvarez met the developer a dozen times. He said he had made terrible choices.', text: 'he had made terrible choices', speaker: 'Victor Alvarez', type: 'person' },
  { title: 'object in the pronoun\'s own sentence', article: 'Tape row\n\nTom Reyes spoke on Monday. Some voters abandoned Tom Reyes over the tape in which he said he would cut pensions.', text: 'he would cut pensions', speaker: 'Tom Reyes', type: 'person' },
  // a civic office written before the name is a title, and "he" goes on with the person
  { title: 'city solicitor', article: 'Settlement\n\nCity Solicitor James Whitfield said the settlement was no admission. In a statement, he said the city had changed its procedures.', text: 'the city had changed its procedures', speaker: 'James Whitfield', type: 'person' },
  // a name no list knows the gender of takes it from "said she …": a later "he" is someone else, and unknown here
  { title: 'gender from what she said of herself', article: 'Talks stall\n\nThe foreign minister, Olena Sydorenko, said her government had accepted the offer. Sydorenko said only that the war must end. He added that talks would continue next week.', text: 'talks would continue next week', speaker: null, mention: 'He' },
  // negative: the same pronoun goes on with the person
  { title: 'gender from what he said of himself', article: 'Talks stall\n\nThe envoy, Ardit Kola, said his government had accepted the offer. Kola said only that the war must end. He added that talks would continue next week.', text: 'talks would continue next week', speaker: 'Ardit Kola' },
  // a state named beside a role word is a place, never the person who holds the role
  { title: 'state beside a role word', article: 'Primary night\n\nRep. Joe Wilson, the South Carolina congressman, endorsed Rubio. South Carolina said on Monday that turnout had doubled.', text: 'turnout had doubled', speaker: 'South Carolina', type: 'government' },
  // a state after a town places the town: the person before it speaks
  { title: 'town and state after the name', article: 'Rally night\n\nStacy Baker of Columbia, South Carolina says she really thinks the senator can win.', text: 'she really thinks the senator can win', speaker: 'Stacy Baker', type: 'person' },
  // negative: a state alone is the subject
  { title: 'a state alone speaks', article: 'Rule blocked\n\nTexas said the rule was unlawful.', text: 'the rule was unlawful', speaker: 'Texas', type: 'government' },
  // a bare quantity of people: the text does not say who
  { title: 'several', article: 'Council row\n\nDozens of residents packed the hall. Several said the vote had been rigged.', text: 'the vote had been rigged', speaker: null, mention: 'Several' },
  { title: 'others', article: 'Council row\n\nSome traders backed the plan. Others said it would ruin them.', text: 'it would ruin them', speaker: null, mention: 'Others' },
  // negative: a quantity with its noun is a group as written
  { title: 'several with noun', article: 'Council row\n\nSeveral residents said the vote had been rigged.', text: 'the vote had been rigged', speaker: 'Several residents', type: 'anonymous' },
  // a state speaking is its government, and "it" after it is the state
  { title: 'country', article: 'Aid pledged\n\nFrance said it would send two aircraft to the region.', text: 'it would send two aircraft', speaker: 'France', type: 'government' },
  { title: 'country, the', article: 'Sanctions widened\n\nThe United States said the sanctions would widen next month.', text: 'the sanctions would widen', speaker: 'The United States', type: 'government' },
  // negative: a person whose surname is a country's name only when a given name says so
  { title: 'person', article: 'Mayor re-elected\n\nMayor Ana Holland said the count had been fair.', text: 'the count had been fair', speaker: 'Ana Holland', type: 'person' },
];

describe('speakers a fact-checker would challenge', () => {
  it.each(ROWS.map((r) => [r.title, r] as const))('%s', (_t, row) => expectSpeakerRow(row));

  // a subject with an apposition is followed by its own verb: nothing is reported
  it.each([
    ['Reyes, 34, showed no emotion as the verdict was read.', 'Reyes, 34'],
    ['Vance, the club’s owner, gave no reason for the sacking.', 'Vance'],
    ['The defendant, a former teacher, showed no remorse.', 'The defendant'],
  ])('“%s” reports nothing', (sentence, words) => {
    const quotes = extract(`Court report\n\n${sentence}`).quotes;
    expect(quotes.filter((q) => q.text.includes(words))).toEqual([]);
  });

  // negative row: an inverted tail with a real source still reports
  it('“Prices will rise, said a new report.” still reports', () => {
    const quotes = extract('Prices\n\nPrices will rise next year, said a new report.').quotes;
    expect(quotes.map((q) => q.speaker?.name)).toContain('a new report');
  });

  it.each([
    ['Several', 'a number of people, not a name'],
    ['Many', 'a number of people, not a name'],
    ['Both', 'a number of people, not a name'],
    ['Several residents', null],
    ['Both candidates', null],
    ['52PMBush', 'page furniture run into a name'],
    ['10amDana Ruiz', 'page furniture run into a name'],
    ['3M', null],
  ])('speakerProblem(“%s”)', (phrase, problem) => {
    expect(speakerProblem(phrase)).toBe(problem);
  });

  it.each([
    ['France', 'government'],
    ['the Netherlands', 'government'],
    ['Russia', 'government'],
    ['Monaco', 'government'],
    ['the Bahamas', 'government'],
    ['Jordan', 'person'],
    ['Texas', 'government'],
    ['South Carolina', 'government'],
    ['Virginia', 'person'],
    ['a French official', 'anonymous'],
  ] as const)('classifySource(“%s”) is %s', (phrase, type) => {
    expect(classifySource(phrase)).toBe(type);
  });
});
