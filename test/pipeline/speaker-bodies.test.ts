import { describe, expect, it } from 'vitest';
import { extract, extractQuotations } from '../../src/pipeline/index.js';
import { describeStories, type StoryRow } from './story-rows.js';

/**
 * Invented stories (a court case, a business story, local politics, a diplomatic wire) where a
 * person is introduced by a role in apposition next to a body's name, a company is named with no
 * body word, or a pronoun refers to a body or to a person only described. Each row names a record
 * by words of its text and says who the speaker must be (`null`: unknown, with the mention).
 */

type Row = StoryRow;

const ROWS: Row[] = [
  // a body's name inside the role before the name ("The United Nations envoy, Marta Olsen,"): the
  // name is a person, and the only one "She" can be, though "Marta" gives no gender
  { story: 'harbour-truce', text: 'she would meet each side separately', speaker: 'Marta Olsen', mention: 'She' },
  { story: 'harbour-truce', text: 'committed in principle', speaker: 'Marta Olsen' },
  { story: 'harbour-truce', text: 'the talks would resume next week', speaker: 'The United Nations' },
  // "it" in the sentence of one body named as its subject is that body
  { story: 'parking-contract', text: 'unfair criticism', speaker: 'Parkwise Ltd', mention: 'it', type: 'organization' },
  // a company with no body word in its name: "said its …", a body noun in apposition
  { story: 'parking-contract', text: 'would keep working until June', speaker: 'Halcyon Mobile', type: 'organization' },
  { story: 'parking-contract', text: 'disappointed', speaker: 'Northwind Capital', type: 'organization' },
  // a possessive before the noun ("the group's founder") describes a person, not a body
  { story: 'parking-contract', text: 'write to every councillor', speaker: 'Olsen', type: 'person' },
  // "An analyst at Harbour Securities, Tom Price, said …": the name in apposition is the subject "he" goes on with
  { story: 'drinks-plant', text: 'They have been carrying that plant', speaker: 'Tom Price', mention: 'he' },
  { story: 'drinks-plant', text: 'a betrayal', speaker: 'Sunita Kaur' },
  // "Outside court, one tenant, who asked not to be named, said …": the described tenant is the
  // subject "she" goes on with, after a fronted phrase
  { story: 'landlord-court', text: 'We were ignored for years', speaker: 'one tenant', mention: 'she', type: 'anonymous' },
  { story: 'landlord-court', text: 'among the worst this court has seen', speaker: 'Helen Marsh' },
  { story: 'landlord-court', text: 'tenants had complained 14 times', speaker: 'Callum Reid' },
  { story: 'landlord-court', text: 'that it accepted the ruling', speaker: 'Brightstone Lettings', type: 'organization' },
  // school-fraud: "the judge" is the judge the article named; "Defending, Owen Jenkins said …" then "He"
  { story: 'school-fraud', text: 'You were trusted by every parent', speaker: 'Miriam Lowe', mention: 'the judge' },
  { story: 'school-fraud', text: 'spent on holidays and a car', speaker: 'Miriam Lowe', mention: 'She' },
  { story: 'school-fraud', text: 'Pryce had repaid', speaker: 'Owen Jenkins', mention: 'He' },
  { story: 'school-fraud', text: 'a calculated betrayal', speaker: 'Alys Morgan' },
  // bus-lane: a title and a role with the name; a woman after a man
  { story: 'bus-lane', text: 'getting people to work on time', speaker: 'Dev Anand', mention: 'he' },
  { story: 'bus-lane', text: 'her group would ask', speaker: 'Ruth Calloway', mention: 'She' },
];

/** Phrases that must never be a speaker's name in their story. */
const NOT_SPEAKERS: [string, string][] = [
  ['harbour-truce', 'GENEVA'],
  ['harbour-truce', 'Reuters'],
  ['drinks-plant', 'Harbour Securities'],
  ['drinks-plant', 'An analyst at Harbour Securities'],
  ['landlord-court', 'Outside court'],
  ['landlord-court', 'Eastfield'],
  ['bus-lane', 'Mill Road'],
  ['school-fraud', 'Swansea'],
  ['school-fraud', 'South Wales Police'],
];

describeStories('speakers next to bodies', ROWS, NOT_SPEAKERS);

const quoteAfter = (lead: string): { name: string | null; type: string | undefined } => {
  const q = extract(`Story\n\n${lead}\n\n"We are hopeful," she said.\n`).quotes.find((r) => r.kind === 'direct');
  return { name: q?.speaker?.name ?? null, type: q?.speaker?.type };
};

describe('who "she" can be after a body is named', () => {
  it.each([
    // a body is never "she", whether its name has a body word or only speaks of itself as "its",
    // nor is its short name ("Fenwick" after "Fenwick Brands")
    ['The United Nations said talks would resume on Monday.', null],
    ['Fenwick Brands will close its plant in Leeds. Fenwick said demand had fallen.', null],
    // negative row: a person who shares the body's first word keeps her name
    ['Fenwick Brands will close its plant. Its founder, Ada Fenwick, said demand had fallen. Fenwick said she was sad.', 'Ada Fenwick'],
    ['Apple said its stores would reopen on Monday.', null],
    ['Brightstone Lettings said in a statement that it accepted the ruling.', null],
    // a person named with no known given name, introduced by a role beside a body's name
    ['The United Nations envoy, Marta Olsen, told reporters the talks would resume.', 'Marta Olsen'],
    ['The Harbour Board chair, Ines Varga, said the talks would resume.', 'Ines Varga'],
    ['The envoy of the United Nations, Marta Olsen, told reporters the talks would resume.', 'Marta Olsen'],
    ["The United Nations' envoy, Marta Olsen, told reporters the talks would resume.", 'Marta Olsen'],
    // a person described in apposition to a company word stays a person
    ['Rosa Quint, a bank manager in Leeds, said the outage was costly.', 'Rosa Quint'],
    // a body noun set before the name in apposition makes the name a body
    ['The operator, Greenway Buses, said it would add two services.', null],
    // the one told is not whom "she" goes on with when the teller is the sentence's subject …
    ['The judge told Ms. Reyes that the sentence would be suspended.', 'The judge'],
    ['Ms. Ward told Ms. Reyes that the sentence would be suspended.', 'Ward'],
    // … but agreement still settles it, and the one asked is who replies
    ['Mr. Ward told Ms. Reyes that the sentence would be suspended.', 'Reyes'],
    ['A reporter asked Ms. Reyes how she felt after the verdict.', 'Reyes'],
  ])('%s → %s', (lead, speaker) => {
    expect(quoteAfter(lead).name).toBe(speaker);
  });
});

describe('a company named with no body word', () => {
  it.each([
    ['Apple said its stores would reopen on Monday.', 'Apple', 'organization'],
    ["Apple's shares fell after the ruling. Apple said the fine was unfair.", 'Apple', 'organization'],
    ['Northwind Capital, the private equity firm that owns the chain, said the vote was unfair.', 'Northwind Capital', 'organization'],
    ['Parkwise Ltd said the vote was unfair.', 'Parkwise Ltd', 'organization'],
    ['The supplier, Greenway Buses, said the vote was unfair.', 'Greenway Buses', 'organization'],
    ['The supplier, Greenway Buses, rejected what it called "unfair criticism".', 'Greenway Buses', 'organization'],
    // a person noun set before the name keeps a person
    ['The landlord, Ivo Brandt, said the vote was unfair.', 'Ivo Brandt', 'person'],
    // negative rows: a person's apposition or a possessive role keeps the name a person
    ['Olsen, the group’s founder, said the vote was unfair.', 'Olsen', 'person'],
    ['Rosa Quint, a bank manager in Leeds, said the vote was unfair.', 'Rosa Quint', 'person'],
    ['Quint said it was too early to tell.', 'Quint', 'person'],
  ])('%s', (sentence, speaker, type) => {
    const q = extract(`Story\n\n${sentence}\n`).quotes[0];
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.speaker?.type).toBe(type);
  });
});

describe('a plural of people opening the sentence names nobody', () => {
  it.each([
    ['Lawyers for Mr. Cole', 'anonymous'],
    ['Neighbours', 'anonymous'],
    // negative rows: a name, and a body, keep their types
    ['Tom Lawyers', 'person'],
    ['Sellers', 'person'],
    ['The Harbour Board', 'organization'],
  ])('%s → %s', async (phrase, type) => {
    const { classifySource } = await import('../../src/pipeline/sources.js');
    expect(classifySource(phrase)).toBe(type);
  });

  it('"they" after "Lawyers for Mr. Cole said …" is the lawyers', () => {
    const q = extract('Story\n\nLawyers for Mr. Cole said he would plead not guilty. "He denies every charge," they said.\n').quotes.find((r) => r.kind === 'direct');
    expect(q?.speaker?.name).toBe('Lawyers for Mr. Cole');
    expect(q?.speaker?.type).toBe('anonymous');
  });
});

describe('the role set before a name and the body it serves', () => {
  it.each([
    ['The envoy of the United Nations, Marta Olsen, spoke.', ['envoy']],
    ["The United Nations' envoy, Marta Olsen, spoke.", ['envoy']],
    ['The United Nations envoy, Marta Olsen, spoke.', ['envoy']],
    // negative rows: a place or a room before the name is no role
    ['In the lobby of the Hotel Lac, Marta Olsen spoke.', []],
    ['The lobby of the Hotel Lac, Marta Olsen said, was full.', []],
  ])('%s → %j', (sentence, roles) => {
    const { analysis } = extractQuotations(`Story\n\n${sentence}\n`);
    expect(analysis.entities.entities.find((e) => e.name === 'Marta Olsen')?.roles).toEqual(roles);
  });
});
