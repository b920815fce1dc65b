import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * The speaker of a claim is its whole subject phrase, no more and no less: a name that only
 * modifies a common noun is not the speaker ("Leading Democratic strategists", not "Leading
 * Democratic"), and a time adverbial after the subject is no part of it ("The campaign on
 * Tuesday responded" → "The campaign").
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];

const claimBy = (text: string, content: string): string | null | undefined => {
  const r = extract(text).quotes.find((q) => q.text === content);
  return r === undefined ? undefined : (r.speaker?.name ?? null);
};

describe('a name that modifies the head noun', () => {
  it.each<Row>([
    ['a party adjective before a plural noun', 'Leading Republican strategists say the scandal has cost the governor votes.', 'the scandal has cost the governor votes', 'Leading Republican strategists'],
    ['an agency before its rules', 'Federal Aviation Administration regulations suggest pilots are responsible for their rest.', 'pilots are responsible for their rest', 'Federal Aviation Administration regulations'],
    ['a spelled-out share of a group', 'Sixty-two percent of voters say the city is on the wrong track.', 'the city is on the wrong track', 'Sixty-two percent of voters'],
    ['a place before a paper', 'An earlier report in a Vermont paper said the mayor had been warned.', 'the mayor had been warned', 'Vermont paper'],
    ['a name before supporters, before a quotation', '“We want a recount,” Hale supporters chanted.', '“We want a recount,”', 'Hale supporters'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: the name is the speaker when a verb, an adverb or a role follows it
  it.each<Row>([
    ['a name and its verb', 'Maria Hale said the scandal had cost her votes.', 'the scandal had cost her votes', 'Maria Hale'],
    ['a name, an adverb and its verb', 'Maria Hale repeatedly said the scandal had cost her votes.', 'the scandal had cost her votes', 'Maria Hale'],
    ['a role before a name', '“We want a recount,” said Hale spokesman Tom Berg.', '“We want a recount,”', 'Tom Berg'],
    ['a name and an object after it', '“It is over,” Maria Hale told reporters.', '“It is over,”', 'Maria Hale'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  it('a clause piece before the name stays no speaker of its own', () => {
    // "sharply hurting rural voters" is no noun phrase a reader could check
    const r = extract('The rules cut polling places, sharply hurting Rural Ohio voters who favor the mayor.').quotes;
    expect(r.every((q) => q.speaker?.name !== 'sharply hurting Rural Ohio voters')).toBe(true);
  });
});

describe('a time adverbial after the subject', () => {
  it.each<Row>([
    ['"on" and a weekday', 'The Hale campaign on Tuesday responded that it had moved its offices.', 'that it had moved its offices', 'The Hale campaign'],
    ['"this month"', 'The Supreme Court this month rejected the state’s appeal of the ruling.', 'the state’s appeal of the ruling', 'The Supreme Court'],
    ['"on" and a weekday after a counted group', 'Two Senate committees on Monday asked the department to investigate whether she lied.', 'the department to investigate whether she lied', 'Two Senate committees'],
    ['a bare weekday', 'The senator Tuesday said the bill was dead.', 'the bill was dead', 'The senator'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: the time is part of the description of the source, or of a name; the speaker as
  // written keeps it
  it.each<Row>([
    ['a poll with its participle', 'A county poll released last week showed the mayor with a clear lead.', 'the mayor with a clear lead', 'A county poll released last week'],
    ['a year after "of"', 'The class of 2015 said the ceremony was too long.', 'the ceremony was too long', 'The class of 2015'],
    ['a survey dated by "in"', 'A state survey in December found that most farmers backed the plan.', 'that most farmers backed the plan', 'A state survey in December'],
    ['a holiday name', 'Voters going to the polls on Super Tuesday said the economy mattered most.', 'the economy mattered most', 'Voters going to the polls on Super Tuesday'],
  ])('not when: %s', (_what, sentence, content, mention) => {
    expect(extract(sentence).quotes.find((q) => q.text === content)?.speaker?.mention).toBe(mention);
  });
});

describe('a name before its party tag, or after its roles', () => {
  it.each<Row>([
    ['a party tag and a description between commas', 'Sen. Tom Hale, R-S.C., a long-shot presidential candidate, said the deal was weak.', 'the deal was weak', 'Tom Hale'],
    ['a party tag and a relative clause', 'Rep. Ann Berg, D-Ohio, who chairs the panel, said the deal was weak.', 'the deal was weak', 'Ann Berg'],
    ['two roles joined after an outlet', 'According to Daily Ledger contributor and monetary historian David Marsh, the dollar will fall.', 'the dollar will fall', 'David Marsh'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: an age is read as before; two names joined are two people, neither alone
  it.each<Row>([
    ['an age between commas', 'Mr. Hale, 44, who runs a shop, said the deal was weak.', 'the deal was weak', 'Hale'],
    ['two people', 'Ann Berg and Tom Hale said the deal was weak.', 'the deal was weak', 'Ann Berg and Tom Hale'],
    ['a noun coordinated after a name, with no name after it', '“We lost,” Hale aides and campaign staff said.', '“We lost,”', 'Hale aides and campaign staff'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });
});

describe('a fronted clause that reports another speaker', () => {
  it('is that speaker’s claim, not a piece of the main clause’s', () => {
    const text = 'When House Speaker Tom Hale said he would no longer defend the nominee, Trump responded, “I would think that Hale wouldn’t be there.”';
    expect(claimBy(text, 'he would no longer defend the nominee')).toBe('Tom Hale');
    expect(extract(text).quotes.some((q) => q.text.startsWith('When House Speaker'))).toBe(false);
  });

  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['a clause of time with no reporting verb stays a piece', 'When the votes are counted, Ann Berg said, the mayor will have won easily.', 'When the votes are counted', 'Ann Berg'],
    ['the main clause’s piece after the frame stays', 'When the mayor said the plan was dead, Hale answered, it was never alive.', 'it was never alive', 'Hale'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });
});

describe('a quotation that closes its sentence keeps the cue before it', () => {
  const speakerOf = (text: string, quoted: string): string | null | undefined => {
    const r = extract(text).quotes.find((q) => q.text.includes(quoted));
    return r === undefined ? undefined : (r.speaker?.name ?? null);
  };
  it.each<[what: string, text: string, quoted: string, speaker: string]>([
    ['a name in the next sentence', 'On Twitter, former Gov. Tom Hale called Berg “unhinged.” Sen. Ann Lutz called the statement “offensive and outlandish.”', '“unhinged.”', 'Tom Hale'],
    ['the next sentence’s own quotation stays its', 'On Twitter, former Gov. Tom Hale called Berg “unhinged.” Sen. Ann Lutz called the statement “offensive and outlandish.”', '“offensive and outlandish.”', 'Ann Lutz'],
    ['a question mark closing it', 'Ann Lutz asked the panel “Who approved this?” Tom Hale said nobody had.', '“Who approved this?”', 'Ann Lutz'],
  ])('%s', (_what, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });

  // negative rows: the cue after a quotation that does not close its sentence, or with no cue before
  it.each<[what: string, text: string, quoted: string, speaker: string]>([
    ['a comma inside the marks', 'Ann Lutz spoke first. “We will win,” Tom Hale said.', '“We will win,”', 'Tom Hale'],
    ['no cue before it in its sentence', 'The crowd was loud. “We will win.” Tom Hale said it twice.', '“We will win.”', 'Tom Hale'],
  ])('not when: %s', (_what, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('a name, then descriptions set off by commas', () => {
  it.each<Row>([
    ['a role and a description of its group', 'Mike Hale, president of the Leadership Fund, a group allied with the party, said nearly every donor wants a change.', 'nearly every donor wants a change', 'Mike Hale'],
    ['a role at a firm and a description of the firm', 'Greg Lutz, chief executive of Jet Services, a charter broker for firms, said the plane was unusual.', 'the plane was unusual', 'Greg Lutz'],
    ['a role and a relative clause on its place', 'Tom Hale, the organist at the Baptist Church, which is on the same street as the mosque, remembered when it had a cross.', 'when it had a cross', 'Tom Hale'],
    ['two roles joined, then a description of the second', 'Dan Lutz, managing partner of the bank Westwood Capital and author of The Glut, a book calling for stimulus, expressed alarm that his views were close to Hale’s.', 'alarm that his views were close to Hale’s', 'Dan Lutz'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: no name opens the sentence, or a fronted time does
  it.each<Row>([
    ['a fronted place and its description', 'At the plant, a site the company closed, workers said the pay was low.', 'the pay was low', 'workers'],
    ['a fronted time and a role with its name', 'Last week, the bureau’s director, James Comey, said the case was closed.', 'the case was closed', 'James Comey'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  it('the first of a list of people is not the speaker for all of them', () => {
    expect(claimBy('Ann Berg, Tom Hale and a neighbor, a retired nurse, said the road flooded.', 'the road flooded')).not.toBe('Ann Berg');
  });
});

describe('a connective before a coordinated subject', () => {
  it.each<Row>([
    ['"But" before a name and a group', 'But Hale and his supporters argue the system gives too much power to party elites.', 'the system gives too much power to party elites', 'Hale and his supporters'],
    ['"And" before two names', 'And Berg and Hale said the plan was dead.', 'the plan was dead', 'Berg and Hale'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative row: a capitalised first conjunct that is an object stays out ("Iowa" after "won")
  it('not when the first conjunct is an object', () => {
    expect(claimBy('Cruz won Iowa and Hale said the race was open.', 'the race was open')).toBe('Hale');
  });
});

describe('a coordinated subject is the group, never one of its members', () => {
  it.each<Row>([
    ['names with party tags in parentheses', 'Sens. Ann Berg (D-Ore.), Tom Hale (D-Ohio) and Rob Lutz (D-N.J.) all suggested that the claims could be grounds for a fraud case.', 'that the claims could be grounds for a fraud case', 'Ann Berg (D-Ore.), Tom Hale (D-Ohio) and Rob Lutz'],
    ['a name and "other" members of its group', 'Since earlier this year, Mr. Chen and other leaders have said cutting that output must be a priority.', 'cutting that output must be a priority', 'Mr. Chen and other leaders'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: one name with its tag; a name after a clause that only mentions another
  it.each<Row>([
    ['one name and its party tag', 'Sen. Rob Lutz (D-N.J.) said the claims were weak.', 'the claims were weak', 'Rob Lutz'],
    ['a name whose list is an object of another verb', 'The mayor met Tom Hale (D-Ohio) and Rob Lutz (D-N.J.) said the claims were weak.', 'the claims were weak', 'Rob Lutz'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });
});

describe('a question put to the speaker is not the speaker’s claim', () => {
  const claimsOf = (text: string): { content: string; speaker: string | null }[] => extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => ({ content: q.text, speaker: q.speaker?.name ?? null }));
  it.each<[what: string, text: string, content: string, speaker: string | null]>([
    ['an unnamed asker', 'Asked whether he would fire a speechwriter under these circumstances, Hale said, "Probably."', 'whether he would fire a speechwriter under these circumstances', null],
    ['an asker named after "by"', 'Asked by Berg to respond to the criticism, Hale said, "They are wrong."', 'to respond to the criticism', 'Berg'],
  ])('%s', (_what, text, content, speaker) => {
    const found = claimsOf(text).find((c) => c.content === content);
    expect(found).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });

  // negative row: an opening adjunct that is no question stays a piece of the frame's claim
  it('not when the sentence opens with anything else', () => {
    expect(claimBy('In his view, Hale said, the plan was dead.', 'the plan was dead')).toBe('Hale');
    expect(claimsOf('Asked whether he would fire a speechwriter, Hale said, "Probably."').some((c) => c.speaker === 'Hale')).toBe(false);
  });
});

describe('a message sent out speaks for its sender', () => {
  const speakerOf = (text: string, quoted: string): string | null | undefined => {
    const r = extract(text).quotes.find((q) => q.text.includes(quoted));
    return r === undefined ? undefined : (r.speaker?.name ?? null);
  };
  it.each<[what: string, text: string, quoted: string, speaker: string]>([
    ['a press release sent out', 'Hale’s campaign sent out a press release saying Berg owes “Florida an explanation for voting against the funding.”', 'Florida an explanation', 'Hale’s campaign'],
    ['a statement issued by a body', 'The county board issued a statement saying the vote “was fair and final.”', 'was fair and final', 'The county board'],
  ])('%s', (_what, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });

  // negative row: a message that is the sentence's own subject stays the speaker as written
  it('not when the message opens the sentence', () => {
    expect(speakerOf('A statement released by the campaign, saying “we will win,” drew cheers.', 'we will win')).toBe('A statement');
  });
});

describe('"advocates" before a verb is the subject’s head noun', () => {
  it.each<Row>([
    ['a plural noun before "advocates"', 'Dairy farm advocates say the new rule will close small barns.', 'the new rule will close small barns', 'Dairy farm advocates'],
    ['a name before "advocates" and a verb of belief', 'Transit reform advocates believe the fare cut will pay for itself.', 'the fare cut will pay for itself', 'Transit reform advocates'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative row: after a name "advocates" is still the verb, and its content is no "say" clause
  it('not when a name comes before it', () => {
    const r = extract('Dairy farm advocates say the new rule will close small barns.').quotes;
    expect(r.some((q) => q.text.startsWith('say '))).toBe(false);
    expect(extract('Mayor Hale advocates that the port should stay open.').quotes.find((q) => q.text === 'that the port should stay open')?.speaker?.name).toBe('Hale');
  });
});

describe('an adjective with its own preposition after the head noun', () => {
  it.each<Row>([
    ['"close to" before a partial quotation', 'A person close to the goalkeeper said he had been “shaken” by the crash.', 'he had been “shaken” by the crash', 'A person close to the goalkeeper'],
    ['"familiar with" before a partial quotation', 'Officials familiar with the bid said it was “all but dead.”', 'it was “all but dead.”', 'Officials familiar with the bid'],
    ['after a quotation', '“It is over,” a source close to the mayor said.', '“It is over,”', 'a source close to the mayor'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: "close to" after a verb is where, and the subject stays the clause's own
  it.each<Row>([
    ['a verb before "close to"', 'Maria Hale moved close to the border and said the town was “quiet.”', 'the town was “quiet.”', 'Maria Hale'],
    ['a plain head and its preposition', 'A lawyer for the goalkeeper said he had been “shaken” by the crash.', 'he had been “shaken” by the crash', 'A lawyer for the goalkeeper'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });
});

describe('a lower-case subject after an opening connective, before an aside', () => {
  it.each<Row>([
    ['a relative clause of place', 'But residents of Millbrook, where the new road will pass two schools, said they had not been asked.', 'they had not been asked', 'residents of Millbrook'],
    ['an aside with "including"', 'And critics, including the harbour master, say the quay is too short.', 'the quay is too short', 'critics'],
    ['a determiner and a relative clause', 'But the owners, who bought the mill in May, said it would close.', 'it would close', 'the owners'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative row: a participle after the connective is no subject; the reporting clause's own
  // subject is the speaker
  it('not when a participle opens the clause', () => {
    const r = extract('But running the port, she said, was hard.').quotes;
    expect(r.some((q) => q.speaker?.mention === 'running the port')).toBe(false);
  });
});

describe('two names coordinated after the verb that follows a quotation', () => {
  it.each<Row>([
    ['a name and a titled name', '“We will not give way,” said Ann Berg and Council Leader Tom Hale.', '“We will not give way,”', 'Ann Berg and Council Leader Tom Hale'],
    ['before an apposition of both', '“We will not give way,” said Ann Berg and Tom Hale, both Liberals.', '“We will not give way,”', 'Ann Berg and Tom Hale'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // negative rows: "and" opens a second clause, whose subject is no speaker of the quotation
  it.each<Row>([
    ['a coordinated verb', '“We will not give way,” said Ann Berg and smiled.', '“We will not give way,”', 'Ann Berg'],
    ['a second clause with its own verb', '“We will not give way,” said Ann Berg and Hale agreed.', '“We will not give way,”', 'Ann Berg'],
    ['a comma before "and"', '“We will not give way,” said Ann Berg, and Tom Hale nodded.', '“We will not give way,”', 'Ann Berg'],
  ])('not when: %s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });
});
