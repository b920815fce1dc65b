import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { describeStories, runStory, type StoryRow } from './story-rows.js';

/**
 * Short invented news stories in which men and women speak in turn, with appositions both ways,
 * anonymous sources, groups, bodies, documents and role nouns. Each row names a record by words of
 * its text and says who the speaker must be: a name, or `null` (unknown: the text does not settle
 * it) with the mention as written. Rows with `notSpeaker` are the negative ones: that phrase must
 * never be given as anyone's speaker in the story.
 */

type Row = StoryRow;

const ROWS: Row[] = [
  // hospital-strike: one name for an unnamed speaker, whether a claim or a quotation of hers
  { story: 'hospital-strike', text: 'No decision has been made', speaker: 'A spokesperson for the health department', mention: 'she' },
  { story: 'hospital-strike', text: "the state would review the hospital's finances", speaker: 'A spokesperson for the health department' },
  // dock-talks: two people speaking together are both the speaker, neither alone
  { story: 'dock-talks', text: 'We are in this together', speaker: 'Diaz and Ruiz' },
  { story: 'dock-talks', text: 'they would return to talks', speaker: 'Diaz and Ruiz' },
  // rail-fares (single marks): a role set before a name with commas; the headline's role is that person
  { story: 'rail-fares', text: 'a 5% rise in rail fares', speaker: 'Sarah Cole' },
  { story: 'rail-fares', text: 'real improvements', speaker: 'Sarah Cole' },
  { story: 'rail-fares', text: 'rail fares rise', speaker: 'Sarah Cole' },
  // school-board: a given name alone in apposition after a kin noun; bodies named by a common noun
  { story: 'school-board', text: 'the family was considering moving', speaker: 'Jorge' },
  { story: 'school-board', text: 'We will fight this', speaker: 'Luis' },
  { story: 'school-board', text: 'the bus routes would be reviewed', speaker: 'The city', type: 'government' },
  { story: 'school-board', text: 'it would hold community meetings', speaker: 'The district', type: 'organization' },
  { story: 'school-board', text: 'Nobody asked us', speaker: 'Maria Alvarez', mention: 'she' },
  { story: 'school-board', text: 'But the numbers do not lie', speaker: 'Karen Blake' },
  // dock-talks: bodies named with "of", a title's own "of", a plural of people that is nobody's name
  { story: 'dock-talks', text: 'We will not go back without a raise', speaker: 'Marta Ruiz', type: 'person' },
  { story: 'dock-talks', text: 'Rates will stay where they are', speaker: 'Bank of England', type: 'organization' },
  { story: 'dock-talks', text: 'Every ship we lose goes to Rotterdam', speaker: 'Hal Brent', type: 'person' },
  { story: 'dock-talks', text: 'Shipping lines have begun diverting vessels', speaker: 'Journal of Commerce' },
  { story: 'dock-talks', text: 'it remained committed to reaching a deal', speaker: 'The port authority' },
  { story: 'dock-talks', text: 'the plan would save $2 million', speaker: null, mention: 'She', doubt: 'unresolved-speaker' },
  { story: 'dock-talks', text: 'had resigned', speaker: null, mention: 'He', doubt: 'unresolved-speaker' },
  // port-strike: a man introduced after a woman's quotation; an apposition before the name
  { story: 'port-strike', text: 'We are not going back', speaker: 'Maria Lopez', type: 'person' },
  { story: 'port-strike', text: 'would double our costs', speaker: 'Daniel Okafor', mention: 'he', type: 'person' },
  { story: 'port-strike', text: 'We cannot sign that', speaker: 'Daniel Okafor' },
  // an unnamed nurse is the speaker, described; the hospital inside the description is not
  { story: 'port-strike', text: 'injured workers had been turned away', speaker: 'A nurse at Mercy General', type: 'anonymous' },
  // "it" after an organisation that spoke in the paragraph
  { story: 'port-strike', text: 'The strike is illegal', speaker: 'Harbor Logistics', mention: 'it', type: 'organization' },
  // a role before the name in apposition: the name is the speaker
  { story: 'port-strike', text: 'the government had failed to act', speaker: 'Ana Ortiz', type: 'person' },
  { story: 'port-strike', text: 'This was avoidable', speaker: 'Ana Ortiz', mention: 'she' },
  // "they" after a group named as the subject of the sentence before
  { story: 'port-strike', text: 'Sign the rules!', speaker: 'Protesters', mention: 'they', type: 'anonymous' },
  // a possessive role with its holder named
  { story: 'port-strike', text: 'Ortiz would raise the matter', speaker: 'Raj Patel', type: 'person' },
  // a participle opening the sentence is no speaker
  { story: 'port-strike', text: 'he was confident of a deal', speaker: 'Daniel Okafor' },
  { story: 'port-strike', text: 'We will get there', speaker: 'Daniel Okafor', mention: 'he' },

  // council-budget: a woman and men in turn; a title with the name; a name before its role
  { story: 'council-budget', text: 'keeps every library open', speaker: 'Priya Nair', type: 'person' },
  { story: 'council-budget', text: 'borrowing against our children', speaker: 'Derek Walsh', mention: 'he' },
  { story: 'council-budget', text: 'That is simply not true', speaker: 'Priya Nair', mention: 'she' },
  { story: 'council-budget', text: 'The debt falls every year', speaker: 'Priya Nair' },
  { story: 'council-budget', text: 'Nobody gets everything', speaker: 'Helen Cho', mention: 'the mayor' },
  { story: 'council-budget', text: 'a one-time transfer from reserves', speaker: 'Omar Haddad', type: 'person' },
  { story: 'council-budget', text: 'We heard the riders', speaker: 'Kim Sato', type: 'person' },
  // a restrictive relative clause between an anonymous subject and its verb
  { story: 'council-budget', text: 'the vote had been delayed twice', speaker: 'A senior official', type: 'anonymous' },
  { story: 'council-budget', text: 'Fund the buses!', speaker: 'Several residents', mention: 'they' },
  // two men joined as one subject: "he" could be either, and the record says so
  { story: 'council-budget', text: 'We will keep talking', speaker: null, mention: 'he', doubt: 'ambiguous-speaker' },

  // water-bill: a headline that names nobody the body confirms; a document that speaks; "Gov." and "the governor"
  { story: 'water-bill', text: 'deserves clean water', speaker: 'Rachel Moreno' },
  { story: 'water-bill', text: 'Nobody read the fine print', speaker: 'Luis Ferreira', mention: 'he' },
  { story: 'water-bill', text: 'would not comment on the criticism', speaker: 'Dana Kim' },
  { story: 'water-bill', text: 'Repairs are overdue', speaker: 'The report', mention: 'it', type: 'document' },
  { story: 'water-bill', text: 'his well ran dry', speaker: 'A farmer in Tulare County', type: 'anonymous' },
  { story: 'water-bill', text: 'very confident', speaker: 'Rachel Moreno', mention: 'The governor' },

  // hospital-strike: an unnamed nurse described in the sentence before "she", after a woman named
  // earlier: "she" is the nurse, not the union president
  { story: 'hospital-strike', text: 'Some nights I don', speaker: 'One nurse', mention: 'she', type: 'anonymous' },
  // a described woman two sentences back, the union president before her: the text does not
  // settle which one "she" is, and the record says so
  // a crowd is no one person: "he" goes past it to the man named before
  { story: 'hospital-strike', text: 'I respect their anger', speaker: 'Robert Hale', mention: 'he' },
  { story: 'hospital-strike', text: 'We will not be ignored', speaker: null, mention: 'she', doubt: 'ambiguous-speaker' },
  { story: 'hospital-strike', text: 'We cannot print money', speaker: 'Robert Hale', mention: 'he' },
  // a described person as an object ("with a visiting doctor") leaves the subject's "he" alone
  { story: 'hospital-strike', text: 'The doors stay open', speaker: 'Robert Hale', mention: 'he' },
  // a described man does not stand between "she" and the woman named before him
  { story: 'hospital-strike', text: 'Patients deserve better', speaker: 'Maria Santos', mention: 'she' },
  // a description with the name in apposition: the name is the antecedent
  { story: 'hospital-strike', text: 'We can hold out', speaker: 'Tom Reyes', mention: 'he' },

  // town-hall: a colon hands the quotation to the subject of its clause, whatever the verb
  { story: 'town-hall', text: 'They always find money for stadiums', speaker: 'Frank Lee', type: 'person' },
  { story: 'town-hall', text: 'The voters will remember this', speaker: 'Victor Huang', type: 'person' },
  // a passive clause: its subject is the listener, the by-phrase the speaker
  { story: 'town-hall', text: 'Will you resign?', speaker: 'a reporter' },
  // nobody named fits "he": the role description opening the sentence before speaks for it
  { story: 'town-hall', text: 'I\'m disappointed', speaker: 'The superintendent', mention: 'he' },
  // a definite description of someone named just before does not take "he" from the name
  { story: 'town-hall', text: 'We\'re done here', speaker: 'Bo Lind', mention: 'he' },
  // lead-readings: a headline's role the body leaves unnamed is the body's description of them ("a former inspector told the Courier"), never the outlet
  { story: 'lead-readings', text: 'Water utility hid lead readings', speaker: 'a former inspector', type: 'anonymous' },
  { story: 'lead-readings', text: 'supervisors ordered her to retest', speaker: 'Janet Kowalski' },
  { story: 'lead-readings', text: 'you have to document why', speaker: 'Mei Lin' },
  { story: 'lead-readings', text: 'Utilities are allowed to discard samples', speaker: 'Mei Lin' },
  { story: 'lead-readings', text: '212 homes with lead', speaker: 'A 2025 review by an outside engineering firm' },
  // grain-lawsuit: a headline's accusation names no accuser; a post's author is not the woman quoted before him
  { story: 'grain-lawsuit', text: 'Grain trader accused of inflating', speaker: null },
  { story: 'grain-lawsuit', text: 'honest estimates made in good faith', speaker: 'Paul Harlan' },
  { story: 'grain-lawsuit', text: 'she was still owed about $9,000', speaker: 'Grace Odum' },
  { story: 'grain-lawsuit', text: 'We trusted them for twenty years', speaker: 'Grace Odum' },
  // ferry-strike: a man and a woman answer each other
  { story: 'ferry-strike', text: 'The offer came with longer shifts attached', speaker: 'Tom Bright', mention: 'he' },
  { story: 'ferry-strike', text: 'We have put everything we can afford', speaker: 'Carla Mendes', mention: 'she' },
  { story: 'ferry-strike', text: 'Nobody is being asked to work longer', speaker: 'Carla Mendes', mention: 'she' },
  { story: 'ferry-strike', text: 'the moment the company drops its conditions', speaker: 'Tom Bright' },
  { story: 'ferry-strike', text: "It's three hours instead of forty minutes", speaker: 'Omar Said', mention: 'he' },
  // wildfire-bill: a title's lower-case words before the name in apposition; an adverb's hint under a named source
  { story: 'wildfire-bill', text: 'a promise kept', speaker: 'Victor Nguyen' },
  { story: 'wildfire-bill', text: 'he believes more reforms will be needed', speaker: 'Victor Nguyen' },
  { story: 'wildfire-bill', text: 'Two insurers are reportedly preparing', speaker: 'people briefed on their plans' },
  { story: 'wildfire-bill', text: 'Families should not lose their homes twice', speaker: 'Elena Ruiz' },
  { story: 'wildfire-bill', text: 'They said the sky would fall', speaker: 'Elena Ruiz', mention: 'she' },
  // ferry-fares: a subject after a fronted phrase and before its description ("In a statement
  // issued Tuesday morning, transit commissioner Laura Finch …", "Last week, the port director,
  // Omar Reyes, …", "Pressed about the timetable, Reyes …", "The head of the Ferry Workers Union,
  // Tom Baker, …") is the antecedent of the pronoun after it; a name in a "While" clause is not
  { story: 'ferry-fares', text: 'Nobody likes paying more', speaker: 'Laura Finch', mention: 'she' },
  { story: 'ferry-fares', text: 'The riders deserve a building', speaker: 'Omar Reyes', mention: 'he' },
  { story: 'ferry-fares', text: 'Ask me again in March', speaker: 'Omar Reyes', mention: 'he' },
  { story: 'ferry-fares', text: 'will not sign another rota', speaker: 'Tom Baker', mention: 'He' },
  { story: 'ferry-fares', text: 'The numbers leave us no choice', speaker: 'Victor Lee', mention: 'he' },
  { story: 'ferry-fares', text: 'We should have waited', speaker: 'Laura Finch', mention: 'she' },
  // a place before a role in apposition holds no role: the role stays as written
  { story: 'ferry-fares', text: 'to keep the night crossing', speaker: 'the Labour leadership candidate' },
  // a participle opening the sentence is nobody, kept as written with the reason; a surname that
  // ends so and has its verb after it is a name
  { story: 'ferry-fares', text: 'no other option', speaker: null, mention: 'Walking', doubt: 'unresolved-speaker' },
  { story: 'ferry-fares', text: 'the timetable was', speaker: 'Harding' },
  // a quotation after "…, said Nora Quinn, a union organizer." is hers, not the previous quotation's
  // speaker's; a name in the clause that is no subject ("if Price acts now") does not make it doubtful
  { story: 'ferry-fares', text: 'It would avoid a strike', speaker: 'Nora Quinn' },
];

/** Phrases that must never be a speaker's name in their story (the mistakes a reader would catch). */
const NOT_SPEAKERS: [string, string][] = [
  // ferry-fares: the chairman named in a "While" clause says nothing
  ['ferry-fares', 'Alan Price'],
  ['ferry-fares', 'Orkney'],
  ['port-strike', 'Mercy General'],
  ['port-strike', 'The port’s chief executive'],
  ['port-strike', "The port's chief executive"],
  ['port-strike', 'Smiling'],
  ['port-strike', 'he'],
  ['council-budget', 'Councilman Derek Walsh'],
  ['council-budget', 'authorized to speak'],
  ['council-budget', 'Earlier'],
  ['council-budget', 'they'],
  ['water-bill', 'Rise'],
  ['water-bill', 'Rates Will Not Rise'],
  ['water-bill', 'Signs Water Bill'],
  ['water-bill', 'Tulare County'],
  ['water-bill', 'it'],
  ['dock-talks', 'Secretary'],
  ['dock-talks', 'England'],
  ['dock-talks', 'Commerce'],
  ['dock-talks', 'Dover Hal Brent'],
  ['dock-talks', 'a charge the authority'],
  ['dock-talks', 'Dock'],
  ['school-board', 'Her husband'],
  ['rail-fares', 'Minister'],
  ['rail-fares', 'The transport minister'],
  ['school-board', 'their son'],
  ['lead-readings', 'Lakeshore Courier'],
  ['lead-readings', 'Utilities'],
  ['grain-lawsuit', 'Grain trader'],
  ['grain-lawsuit', 'One of them'],
  ['ferry-strike', 'The chief'],
  ['ferry-strike', 'Northern Ferries'],
  ['wildfire-bill', "The bill's author"],
];

describeStories('speakers in invented stories', ROWS, NOT_SPEAKERS);

const run = runStory;

describe('speakers in invented stories, whole', () => {

  it('gives no record a bare pronoun as its speaker name', () => {
    for (const name of ['port-strike', 'council-budget', 'water-bill', 'dock-talks']) {
      for (const q of run(name).quotes) expect(q.speaker?.name ?? '').not.toMatch(/^(?:he|she|they|it|we|him|her|them)$/iu);
    }
  });
});

describe('phrases that name nobody', () => {
  it.each([
    ['2025', 'a number or a year, not a speaker'],
    ['1,200', 'a number or a year, not a speaker'],
    ['The State Department', null],
    ["I'm", 'a pronoun and its verb, not a name'],
    ['We’re', 'a pronoun and its verb, not a name'],
    ["O'Neill", null],
    ['Just', 'a sentence adverb, not a name'],
    ['Even', 'a sentence adverb, not a name'],
    ['Justice Department', null],
  ])('“%s”', async (phrase, problem) => {
    const { speakerProblem } = await import('../../src/pipeline/speaker-check.js');
    expect(speakerProblem(phrase)).toBe(problem);
  });

  it('a year before the verb is no speaker: the record is flagged instead', () => {
    const [q] = extract('Economists polled by Reuters in May 2025 had expected no change.').quotes;
    expect(q?.speaker?.name ?? null).toBeNull();
    expect(q?.doubt?.code).toBe('unresolved-speaker');
  });
});

describe('a given name marks who "he" and "she" can be', () => {
  it.each([
    ['Nadia', 'Attorney General Nadia Brennan called the scheme brazen.'],
    ['Ingrid', 'Captain Ingrid Holm called the delay costly.'],
    ['Priya', 'Dr. Priya Raman called the results promising.'],
  ])('"he" after a woman named %s is not hers', (_name, sentence) => {
    const q = extract(`Story\n\n${sentence}\n\n"We will see them in court," he said.\n`).quotes.find((r) => r.kind === 'direct');
    expect(q?.speaker?.name ?? null).toBeNull();
  });
});
