import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { speakerOf } from './speaker-of.js';

/**
 * Wrong speakers found reading invented court, business, science, sports, police and obituary copy,
 * each in its general form: who a given name alone, a title, a reply or a pronoun stands for.
 */
type Row = [what: string, text: string, fragment: string, speaker: string | null];
const check = (_what: string, text: string, fragment: string, speaker: string | null): void => {
  expect(speakerOf(text, fragment)).toBe(speaker);
};

describe('a given name alone stands for the one person the article named in full with it', () => {
  it.each<Row>([
    ['"Kevin" after "Kevin Duggan"', 'Island life\n\nKevin Duggan moved to the island in 2019. Kevin says the internet is better than it was.', 'internet is better', 'Kevin Duggan'],
    // the wife's words are not Kevin's: his given name marks him a man
    ['"she" after "Kevin" is not Kevin', 'Island life\n\nKevin Duggan moved to the island in 2019. Kevin says the internet is better than it was. His wife is more torn. "You do not get that in Dublin," she says.', 'You do not get that', null],
    ['"Arjun" after "Arjun Sandhu" and "Harjit Sandhu"', 'Stabbing\n\nThe owner, Harjit Sandhu, said his nephew called 911. The nephew, Arjun Sandhu, said the argument started over money. "Then they went outside," Arjun said.', 'Then they went outside', 'Arjun Sandhu'],
    // two people share the given name: it names neither, and is left unknown (no third person "Tom")
    ['"Tom" after two Toms', 'Council\n\nTom Hale and Tom Ivers voted no. "It is bad," Tom said.', 'It is bad', null],
  ])('%s', check);

  it('does not take a state, a place after "in", or a surname written first for a given name', () => {
    const virginia = extract('Turnout\n\nVirginia Foxx spoke first. Officials in Virginia said turnout was high.');
    expect(virginia.quotes.find((q) => q.text.includes('turnout was high'))?.speaker?.name).toBe('Officials in Virginia');
    const austin = extract('Shop\n\nAustin Reyes runs the shop. He moved to Austin in 2010. Austin officials said rents had doubled.');
    expect(austin.quotes.find((q) => q.text.includes('rents had doubled'))?.speaker?.name).not.toBe('Austin Reyes');
  });
});

describe('a reply after a quoted question is not the asker\'s', () => {
  it.each<Row>([
    ['"… Raman asked. “He did,” she replied"', 'Trial\n\nProsecutor Priya Raman questioned the bookkeeper, Marta Ellingsen, on Tuesday. "And who approved that transfer?" Raman asked. "He did," she replied.', 'He did', null],
    ['"… asked Judge Mary Holt. “No,” she replied"', 'Trial\n\n"Did you sign it?" asked Judge Mary Holt. "No," she replied.', '"No,"', null],
    // a speaker may answer her own rhetorical question
    ['"… Warren asked. “Working families,” she said"', 'Rally\n\nSen. Elizabeth Warren spoke for an hour. "Who will pay for this?" Warren asked. "Working families," she said.', 'Working families', 'Elizabeth Warren'],
  ])('%s', check);
});

describe('a pronoun a speaker was given marks the gender of a name that marks none', () => {
  it.each<Row>([
    // (the gender "she" gave Marsh leaves "He" unknown; it never passes it to someone further back)
    ['"Marsh … she said … He said"', 'Sentencing\n\nMarsh read a short statement. "I am so sorry," she said. The judge said her remorse was genuine. He said he had considered her addiction.', 'considered her addiction', null],
    ['"Marsh … she said … she added"', 'Sentencing\n\nMarsh read a short statement. "I am so sorry," she said. "I will repay every penny," she added.', 'repay every penny', 'Marsh'],
  ])('%s', check);
});

describe('titles, bodies and their members before a name', () => {
  it.each<Row>([
    ['"City council member Denise Farrow said"', 'Complaints\n\nCity council member Denise Farrow said residents had complained for months.', 'complained for months', 'Denise Farrow'],
    ['"“…,” said School board member Tom Ivers"', 'Vote\n\n"The vote will be delayed," said School board member Tom Ivers.', 'vote will be delayed', 'Tom Ivers'],
    ['"The moderator, Channel 6 anchor Lisa Tran, … The moderator said"', 'Debate\n\nThe moderator, Channel 6 anchor Lisa Tran, opened the debate. "The rules are simple," the moderator said.', 'rules are simple', 'Lisa Tran'],
    ['"Meteorologist Jenna Smith said"', 'Storm\n\nMeteorologist Jenna Smith said a warning would remain in effect until Friday.', 'warning would remain', 'Jenna Smith'],
    ['"“…,” Paula Henley was told by a deputy"', 'Fire\n\n"Get out now," Paula Henley was told by a deputy.', 'Get out now', 'a deputy'],
    ['"A juror, who asked not to be named, said"', 'Verdict\n\nA juror, who asked not to be named, said the vote was close.', 'vote was close', 'A juror'],
    ['"Coach David Street said … Street said"', 'Loss\n\nCoach David Street said the team was tired. "We ran out of gas," Street said.', 'ran out of gas', 'David Street'],
  ])('%s', check);

  it('types a hospice a body, so "it said" finds it', () => {
    const q = extract('Inquiry\n\nBayview Hospice said it had overhauled its procedures. "We are heartbroken," it said.').quotes.find((r) => r.text.includes('heartbroken'));
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(['Bayview Hospice', 'organization']);
  });

  it('keeps a person whose surname is a body\'s word only with a title or given name ("Samantha Power")', () => {
    const q = extract('Vote\n\nSamantha Power said the vote was close.').quotes[0];
    expect([q?.speaker?.name, q?.speaker?.type]).toEqual(['Samantha Power', 'person']);
  });
});

describe('an unnamed source is not the named expert before it', () => {
  it.each<Row>([
    ['"A clinician … said … “…,” she said"', 'Study\n\nDr. Ama Owusu, a geriatrician, said the study was weak. A clinician at a London memory clinic, who asked not to be named because she was not authorised to speak, said patients often ask about such drugs. "Families are desperate," she said.', 'Families are desperate', 'A clinician at a London memory clinic, who asked not to be named because she was not authorised to speak'],
  ])('%s', (_what, text, fragment) => {
    // the clinician speaks, under the description as written; never Owusu
    const q = extract(text).quotes.find((r) => r.text.includes(fragment));
    expect(q?.speaker?.name).not.toBe('Ama Owusu');
    expect(q?.speaker?.mention ?? '').toMatch(/clinician|she/u);
  });
});

describe('who speaks in a clause inside another', () => {
  it.each<Row>([
    ['"The mayor, her critics like to say, “…”"', 'Taxes\n\nThe mayor, her critics like to say, "never met a tax she did not like."', 'never met a tax', 'her critics'],
    ['"…, her husband liked to say, “…”"', 'Obituary\n\nRuth Green kept the books and, her husband liked to say, "kept me honest."', 'kept me honest', 'her husband'],
    ['"which the company said reflected “…”"', 'Buyback\n\nCorvane approved a buyback, which the company said reflected "confidence in the business."', 'confidence in the business', 'the company'],
    ['"a margin he later called “…,” his team went … what players described as"', 'Loss\n\nHarbor City coach Dale Brennan had seen enough by halftime. Down 14 points and outrebounded by a margin he later called "embarrassing," his team went into the locker room to what players described as a short, loud speech.', 'embarrassing', 'Dale Brennan'],
    // an auxiliary before the verb keeps the subject's: "has said"
    ['"“…,” Bill Clinton has said"', 'Friends\n\n"She still has the best friends that she had in grade school," Bill Clinton has said while stumping for his wife.', 'best friends', 'Bill Clinton'],
  ])('%s', check);
});

describe('a fronted question with a relative clause in it', () => {
  it.each<Row>([
    ['"Asked whether … center Jalen Price, who fouled out …, Okafor smiled. “…,” he said"', 'Win\n\nAsked whether he had been bothered by the defence of Lakeshore center Jalen Price, who fouled out with four minutes to go, Okafor smiled. "He is a good player," he said.', 'good player', 'Okafor'],
  ])('%s', check);
});

describe('a quotation over several paragraphs, its pronoun at the end', () => {
  it.each<Row>([
    ['the speaker named the paragraph before the quotation opens', 'Bridge\n\nGloria Estrada took the microphone after the vote.\n\n"We have waited ten years for this bridge. Ten years of excuses.\n\n"Tonight the excuses end," she said.', 'Tonight the excuses end', 'Gloria Estrada'],
    // no further back than a one-paragraph quotation would look
    ['a paragraph about someone else between', 'Bridge\n\nGloria Estrada took the microphone after the vote.\n\nTom Hale, her rival, watched from the back.\n\n"We have waited ten years for this bridge. Ten years of excuses.\n\n"Tonight the excuses end," she said.', 'Tonight the excuses end', null],
  ])('%s', check);
});

describe('two people of one surname', () => {
  it.each<Row>([
    ['"Walter Brandt … His father, Friedrich Brandt … Mr. Brandt … He said"', 'Obituary\n\nWalter Brandt was born in Bremen. His father, Friedrich Brandt, was a shipwright. Mr. Brandt later worked at a shipyard. He said the pay was "terrible."', 'terrible', 'Walter Brandt'],
  ])('%s', check);
});

describe('a description and the name it gives, after a fronted phrase', () => {
  it.each<Row>([
    ['"Outside the courthouse, his daughter, Mary Smith, said"', 'Verdict\n\nOutside the courthouse, his daughter, Mary Smith, said her father was a scapegoat.', 'scapegoat', 'Mary Smith'],
    ['"Outside the courthouse, the mayor, Mary Smith, said"', 'Verdict\n\nOutside the courthouse, the mayor, Mary Smith, said the verdict was fair.', 'verdict was fair', 'Mary Smith'],
    ['"One of the co-authors, Dr. Henrik Lund, said"', 'Study\n\nOne of the co-authors, Dr. Henrik Lund, said the team was already planning a follow-up.', 'planning a follow-up', 'Henrik Lund'],
    ['"Another neighbour, a man who gave only his first name, Sam, said"', 'Stabbing\n\nAnother neighbour, a man who gave only his first name, Sam, said he had seen the two men arguing. "People argue out here all the time," Sam said.', 'seen the two men', 'Sam'],
    ['"One of them, Carla Jennings, now 51 and a teacher, remembered"', 'Sailing\n\nWalter Brandt taught hundreds of children to sail. One of them, Carla Jennings, now 51 and a schoolteacher in Belfast, remembered capsizing on her first day.', 'capsizing', 'Carla Jennings'],
  ])('%s', check);

  it('cuts a live blog\'s time stamp from a name printed against it', () => {
    const q = extract('Debate\n\nFebruary 6, 2016 10:35PMChris Christie said he would quarantine people over the virus.').quotes.find((r) => r.text.includes('quarantine'));
    // (the name index, reading the stamp and the given name as one word, knows only the surname)
    expect(q?.speaker?.name).toMatch(/^(?:Chris )?Christie$/u);
  });
});

/** Counter-examples a review of the rules above found, each now a case they must leave alone. */
describe('near cases the rules above must not take', () => {
  it.each<Row>([
    ['"A neighbor who police say told officers, “…,”"', 'Shooting\n\nA neighbor who police say told officers, "He was always angry at the world," declined to be interviewed.', 'always angry', 'A neighbor'],
    ['"Reyes, who witnesses said shouted “…”"', 'Shooting\n\nDaniel Reyes was arrested. Reyes, who witnesses said shouted "You will all pay for this" as he opened fire, was taken to the county jail.', 'You will all pay', 'Daniel Reyes'],
    ['"Mayor Jane Ruiz, in what aides called an unscripted moment, told residents"', 'Flood\n\n"We need help," said Marcus Hill. "This is a disaster," Mayor Jane Ruiz, in what aides called an unscripted moment, told residents.', 'This is a disaster', 'Jane Ruiz'],
    ['"a father left homeless by the flood told reporters"', 'Flood\n\n"We lost everything we owned," a father left homeless by the flood told reporters.', 'We lost everything', 'a father'],
    ['"Marcus Hill, held without bail since March, said"', 'Court\n\n"I have done nothing wrong," Marcus Hill, held without bail since March, said in court.', 'done nothing wrong', 'Marcus Hill'],
    ['"his wife, Mary, … Mary said" after "Mary Jones"', 'Fire\n\nMary Jones, who lives next door, said the fire spread fast. Tom Baker and his wife, Mary, lost everything. "We got out with the clothes on our backs," Mary said.', 'clothes on our backs', 'Mary'],
    ['"His son, Kevin, 22, … Kevin said" after "Kevin Duggan"', 'Farm\n\nKevin Duggan, 54, runs the farm. His son, Kevin, 22, is running for council. "I want to do things differently from my dad," Kevin said.', 'differently from my dad', 'Kevin'],
    ['"J.R. Brandt … Her husband, Tom Brandt … Mr. Brandt said"', 'Clinic\n\nJ.R. Brandt, the clinic director, said the building would close. Her husband, Tom Brandt, built it in 1990. "It breaks my heart to see it go," Mr. Brandt said.', 'breaks my heart', 'Tom Brandt'],
    // "she" wrongly given to Marsh must not send "he" to another man
    ['"J.R. Marsh … she said … Gov. Tom Reilly … Marsh said … he said"', 'Plant\n\nJ.R. Marsh met the plant manager, Ellen Voss, on Monday. "We will keep every line running," she said. Gov. Tom Reilly praised the deal on Tuesday. Marsh said the vote would take place on Friday. "I expect it to pass by a wide margin," he said.', 'wide margin', 'J.R. Marsh'],
    ['"the family\'s landlord, Peter Vance, promised …, and their pastor, Ruth Adams, said"', "Fire\n\nAfter the fire, the family's landlord, Peter Vance, promised to pay for repairs, and their pastor, Ruth Adams, said the church would help.", 'church would help', 'Ruth Adams'],
    ['"Queen Elizabeth Hospital said … “…,” it said"', 'Wards\n\nQueen Elizabeth Hospital said it had moved 40 patients to other wards. "Our staff acted quickly," it said.', 'acted quickly', 'Queen Elizabeth Hospital'],
    ['"Chelsea said in a statement that it would appeal" after "Chelsea Clinton"', 'Fine\n\nChelsea Clinton, who attended the match, cheered. Chelsea said in a statement that it would appeal the fine.', 'appeal the fine', 'Chelsea'],
    // a reply to one's own question put to a crowd is left to the reader
    ['"“…?” Warren asked the crowd. “You do,” she answered"', 'Rally\n\n"Who pays for these tax cuts?" Warren asked the crowd. "You do," she answered.', 'You do', null],
  ])('%s', check);

  it('ends the first claim before a second subject\'s description', () => {
    const claims = extract("Fire\n\nAfter the fire, the family's landlord, Peter Vance, promised to pay for repairs, and their pastor, Ruth Adams, said the church would help.").quotes;
    expect(claims.find((q) => q.speaker?.name === 'Peter Vance')?.text).toBe('to pay for repairs');
  });
});
