import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { analyzeArticle } from '../../src/pipeline/speakers.js';
import { speakerOf } from './speaker-of.js';

/** Wrong speakers found reading invented campaign copy, each in its general form. */
describe('a name that modifies the head of an adjective-led phrase is not the speaker', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['an adjective, a place, then the head', 'Caucus push\n\nThe push drew notice. Veteran Ohio organisers say there is a benefit from the attention.', 'there is a benefit', 'Veteran Ohio organisers'],
    ['lower case after a subordinator', 'Caucus push\n\nThe push drew notice. While veteran Ohio organisers say there is a benefit from the attention, others disagree.', 'there is a benefit', 'veteran Ohio organisers'],
    ['"longtime" before a party', 'Caucus push\n\nThe push drew notice, and longtime GOP donors said the plan had failed.', 'the plan had failed', 'longtime GOP donors'],
    // "hands" names people only in a few set phrases: no speaker rather than the place
    ['"old Ohio political hands": unknown, not "Ohio"', 'Caucus push\n\nThe push drew notice. While old Ohio political hands say there is a benefit from the attention, others disagree.', 'there is a benefit', null],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('"what" or "which" opens a relative clause whose subject is the speaker', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['"in what X called"', 'Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker called "hand-to-hand combat."', 'hand-to-hand', 'Jo Baker'],
    ['"in what X, a role, called"', 'Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, a Reagan aide, called "hand-to-hand combat."', 'hand-to-hand', 'Jo Baker'],
    ['an adjective before the role, a possessive inside it', "Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, national treasurer for Ronald Reagan's insurgent campaign, called \"hand-to-hand combat.\"", 'hand-to-hand', 'Jo Baker'],
    ['"in which X said"', 'Convention\n\nThe fight ended in a speech in which Hal Moss said the party was "finished."', 'finished', 'Hal Moss'],
    ['a described speaker after "what"', 'Convention\n\nThe vote came after what several lawmakers called "a stunt."', 'a stunt', 'several lawmakers'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('a quotation after a verb that follows a comma is never an inverted speaker', () => {
    const quotes = extract('Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, national treasurer for the campaign, called "hand-to-hand combat."').quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['"hand-to-hand combat."', 'Jo Baker']]);
  });
});

describe('a time alone is no claim\'s content', () => {
  it.each<[what: string, text: string]>([
    ['"reports on Monday evening:"', 'Donor\n\nFox News’ Ed Henry reports on Monday evening:\n\n“It helps Republicans down ballot,” the donor said.'],
    ['"reported on Tuesday night."', 'Donor\n\nThe donor pledged more money, and Ed Henry reported on Tuesday night.'],
  ])('%s', (_what, text) => {
    expect(extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([]);
  });

  it('a time before "that" leaves the clause as the content', () => {
    expect(extract('Donor\n\nEd Henry reports on Monday evening that the deal is off.').quotes.map((q) => q.text)).toEqual(['that the deal is off']);
  });
});

describe('a verb inside an adverbial clause does not govern the quotation after the clause', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['"said that when Y railed …, she was “…”"', 'Rally\n\nMrs. Okafor said that when Ms. Brennan railed against Wall Street, she was "speaking for millions of people."', 'speaking for millions', 'Okafor'],
    ['"said that after Y attacked …, he “…”"', 'Rally\n\nMr. Lasko said that after Mr. Halvorsen attacked his wife, he "crossed a line."', 'crossed a line', 'Lasko'],
    // negative rows: the verb in the clause is the quotation's own
    ['the quotation right after the clause\'s verb', 'Rally\n\nThe crowd cheered after Ms. Brennan said, "We will win."', 'We will win', 'Brennan'],
    ['the main clause speaks', 'Rally\n\nWhen the vote was called, Ms. Brennan said she was "ready."', 'ready', 'Brennan'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('after a verb of replying, the one asked answers', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['a titled name asked "about"', 'Debate\n\nModerator Chuck Todd asked Mr. Halvorsen about taxes. "When the audit is done, absolutely," he replied.', 'When the audit', 'Halvorsen'],
    // a bare name the text does not mark as a person may be a company ("asked Boeing whether"): unknown
    ['a bare surname asked', 'Debate\n\nModerator Chuck Todd asked Halvorsen about taxes. "When the audit is done, absolutely," he replied.', 'When the audit', null],
    ['a company asked', 'Plant\n\nSenator Mark Halvorsen asked Boeing whether the plant would close. "It will not," he replied.', 'It will not', null],
    ['a titled name asked "whether"', 'Debate\n\nChuck Todd asked Mr. Halvorsen whether he would release his returns. "Absolutely," he replied.', 'Absolutely', 'Halvorsen'],
    ['a woman asked', 'Debate\n\nMegyn Kelly asked Mrs. Okafor whether she regretted the vote. "Not for a second," she replied.', 'Not for a second', 'Okafor'],
    // negative rows: nobody named was asked; "said" is no reply
    ['nobody named asked', 'Debate\n\nModerator Chuck Todd asked about taxes. "When the audit is done," he replied.', 'When the audit', null],
    ['a place is no one asked', 'Debate\n\nChuck Todd asked Iowa voters about taxes. "Answer me," he replied.', 'Answer me', null],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('after a quotation, a participle or a verb of telling is followed by the one told', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['", telling the crowd:"', 'Rally\n\nThe billionaire blasted the "failed" establishment, telling the crowd: "They have sold you out."', 'failed', 'The billionaire'],
    ['", telling supporters:"', 'Rally\n\nHalvorsen called the establishment "failed" on Tuesday, telling supporters: "They have sold you out."', 'failed', 'Halvorsen'],
    // negative row: a finite verb inverts
    ['", said the mayor"', 'Rally\n\n"We are ready," said the mayor, Ann Cole.', 'We are ready', 'Ann Cole'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('a participle after "with" has its own subject, even one that names nobody', () => {
  it('"with 31 percent calling them" does not give the quotation to a name in the main clause', () => {
    const quotes = extract('Poll\n\nA new Quinnipiac poll finds that voters view both nominees unfavorably, with 31 percent calling them "dishonest."').quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['A new Quinnipiac poll']);
  });

  it('"with analysts saying" still gives the analysts', () => {
    expect(speakerOf('Markets\n\nShares fell, with analysts saying the outlook was "grim."', 'grim')).toBe('analysts');
  });
});

describe('a quotation right after its verb belongs to that verb\'s subject, not to a verb after it with its own object', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['"In what X called “…,” groups have pledged to spend"', 'Ads\n\nIn what Bay Buchanan called "the fight of a generation," conservative groups have pledged to spend $20 million on ads.', 'fight of a generation', 'Bay Buchanan'],
    // negative row: a tail closing the sentence reports it
    ['", the Florida senator said."', 'Speech\n\nNothing the president said "will calm anyone," the Florida senator said.', 'calm anyone', 'the Florida senator'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('a roundup line names the one quoted after a dash, before the colon', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['a full name after a topic sentence', 'Polls\n\nPollsters agree - Carl Bialik: “The undecided share is unusually large.”', 'undecided share', 'Carl Bialik'],
    ['one word, a blog or a desk', 'Polls\n\nBut polls did predict the Democratic race - HuffPollster: “While the caucuses provided an upset, the polls held.”', 'the polls held', 'HuffPollster'],
    ['the quotation in the next paragraph', 'Polls\n\nPollsters agree - Carl Bialik:\n\n“The undecided share is unusually large.”', 'undecided share', 'Carl Bialik'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('a claim\'s speaker is the person, not the titles or the outlet before the name', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string]>([
    ['titles naming a chamber', 'Hearing\n\nSenate Majority Leader Mitch Garland said Tuesday that no nominee would receive a hearing.', 'no nominee', 'Mitch Garland'],
    ['an agency and a role', 'Hearing\n\nFBI Director Joan Palmer said on Monday that the inquiry was closed.', 'the inquiry was closed', 'Joan Palmer'],
    ['an outlet\'s possessive', 'Donor\n\nFox News’ Ed Henry reports that the campaign is preparing a revised plan.', 'revised plan', 'Ed Henry'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('the outlet before the name relays the claim', () => {
    const r = extract('Donor\n\nCNN’s Dana Bash reported that aides were worried.').quotes.find((q) => q.text.includes('aides were worried'));
    expect([r?.speaker?.name, r?.speaker?.type, r?.reportedBy?.name]).toEqual(['Dana Bash', 'person', 'CNN']);
  });
});

describe('words retold: the one quoted speaks, the one retelling relays', () => {
  it.each<[what: string, text: string]>([
    ['"said … had told her, “…”"', 'Rally\n\nOkafor said President Obama had told her, "Go win this thing."'],
    ['"recalled that … told her: “…”"', 'Rally\n\nOkafor recalled that Obama told her: "Go win this thing."'],
  ])('%s', (_what, text) => {
    const r = extract(text).quotes.find((q) => q.text.includes('Go win'));
    expect([r?.speaker?.name, r?.reportedBy?.name]).toEqual(['Obama', 'Okafor']);
  });

  it('a clause reported with a partial quotation inside stays the outer speaker\'s', () => {
    const r = extract('Diesel\n\nAlmeida told Reuters the government had offered compensation that would "not pay for the diesel."').quotes.find((q) => q.text.includes('not pay'));
    expect([r?.speaker?.name, r?.reportedBy?.name ?? null]).toEqual(['Almeida', 'Reuters']);
  });
});

describe('a verb and its particle before a quotation are its cue', () => {
  it('"fired back:" after a spokesman in apposition', () => {
    const r = extract('Feud\n\nHalvorsen said, "Little Greg is a nice guy."\n\nLasko\'s spokesman, Evan Drury, fired back: "Mr. Halvorsen has never held a job he did not inherit."').quotes.find((q) => q.text.includes('never held'));
    expect([r?.speaker?.name, r?.cue?.text, r?.cueKind]).toEqual(['Evan Drury', 'fired back', 'assertion']);
  });

  it('"shot back" is an assertion, not support ("back")', () => {
    const r = extract('Feud\n\n"That is false," Lasko shot back.').quotes[0];
    expect([r?.speaker?.name, r?.cueKind]).toEqual(['Lasko', 'assertion']);
  });
});

describe('the words around a name in a speaker\'s mention', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string, mention: string]>([
    ['a role before an unlisted given name', 'Debate\n\nModerator Megyn Kelly asked Halvorsen about women. "You have been harsh," she said.', 'harsh', 'Megyn Kelly', 'she'],
    ['a conjunction opening the sentence', 'Ruling\n\nAfter Justice Scalia said that the court could not "rewrite the statute," conservatives hailed the opinion.', 'rewrite the statute', 'Scalia', 'Justice Scalia'],
  ])('%s', (_what, text, fragment, speaker, mention) => {
    const r = extract(text).quotes.find((q) => q.text.includes(fragment));
    expect([r?.speaker?.name, r?.speaker?.mention]).toEqual([speaker, mention]);
  });

  it('a lower-case phrase after "While" is no name\'s', () => {
    expect(speakerOf('Caucus push\n\nWhile old Ohio political hands say there is a benefit from the attention, others disagree.', 'there is a benefit')).toBe(null);
  });
});

describe('"As X put it, “…”"', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string]>([
    ['right before the quotation', 'Unity\n\nAs Okafor put it, "We are stronger together."', 'stronger together', 'Okafor'],
    ['a day between', 'Walls\n\nAs Halvorsen put it on Tuesday, "Nobody builds walls better than me."', 'Nobody builds', 'Halvorsen'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('"clarion call" after a possessive is a noun, not a cue', () => {
    const quotes = extract('Rallies\n\nWhile Sanders\'s clarion call for a "revolution" draws thousands of liberals to his rallies, crowds elsewhere are smaller.').quotes;
    expect(quotes.filter((q) => q.cue?.text === 'call').map((q) => q.text)).toEqual([]);
  });
});

describe('the owner of the words a colon hands over speaks them', () => {
  it.each<[what: string, text: string, speaker: string | null]>([
    ['"X\'s response:"', 'Probe\n\nHalvorsen\'s response: "I would do it again."', 'Halvorsen'],
    ['"X\'s answer was blunt:"', 'Probe\n\nHalvorsen\'s answer was blunt: "I would do it again."', 'Halvorsen'],
    ['"X\'s message to voters was simple:"', 'Probe\n\nHalvorsen\'s message to voters was simple: "I would do it again."', 'Halvorsen'],
    // negative row: a possessive of something else names no speaker
    ['"X\'s plane was late:"', 'Probe\n\nHalvorsen\'s plane was late: "I would do it again."', null],
  ])('%s', (_what, text, speaker) => {
    expect(speakerOf(text, 'do it again')).toBe(speaker);
  });
});

describe('a Title Case heading inside a live blog: the verb ends the name', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string]>([
    ['"Hints"', 'Debate live\n\nThe debate went on.\n\nTed Cruz Hints Trump Would Get Border Wall Contract\n\nCruz said Trump would build the wall himself.', 'Border Wall Contract', 'Ted Cruz'],
    ['"Thinks"', 'Debate live\n\nThe debate went on.\n\nMarco Rubio Thinks Joe Biden Was A Really Effective Senator\n\nRubio praised him.', 'Really Effective', 'Marco Rubio'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});

describe('the words before a name in the speaker\'s phrase', () => {
  it('"Speaking in Salem, New Hampshire, Trump …": the state is the introductory phrase\'s', () => {
    expect(speakerOf('Town hall\n\nSpeaking at a town hall event in Salem, New Hampshire, Halvorsen went after Bush, calling him "a total stiff."', 'total stiff')).toBe('Halvorsen');
  });

  it('"A Feb. 1 letter …": a month\'s abbreviation stays in the phrase', () => {
    expect(speakerOf('Emblem\n\nThe campaign used the emblem. A Feb. 1 letter from the Legion obtained by the Gazette warns that "any further communication will be through our lawyers."', 'further communication')).toBe('A Feb. 1 letter from the Legion obtained by the Gazette');
  });
});

describe('a body whose name holds "for" and "and" is named whole (as written: a body keeps its article)', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string]>([
    ['"Centers for … and …" before "said:"', 'Test\n\nThe Centers for Disease Control and Prevention said: "Wash your hands."', 'Wash your hands', 'The Centers for Disease Control and Prevention'],
    ['"Department of … and …" before "said:"', 'Test\n\nThe Department of Housing and Urban Development said: "We will act."', 'We will act', 'The Department of Housing and Urban Development'],
    ['after the quotation', 'Test\n\n"It is safe," the Department of Health and Social Care said.', 'It is safe', 'Department of Health and Social Care'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('two bodies joined by "and" stay two names ("America" is no common word of a field)', () => {
    const names = analyzeArticle('Test\n\nBank of America and Wells Fargo said they would pay. The Department of Labor and Industry agreed.').entities.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Bank of America', 'Wells Fargo', 'Department of Labor and Industry']));
  });
});

describe('words the text says were not said are nobody\'s', () => {
  it.each<[what: string, text: string]>([
    ['"did not say"', 'Test\n\nMayor Ben Ashford did not say police "will stop responding to burglaries."'],
    ['"never said"', 'Test\n\nMayor Ben Ashford never said police "will stop responding to burglaries."'],
    ['"denied saying"', 'Test\n\nMayor Ben Ashford denied saying police "will stop responding to burglaries."'],
  ])('%s', (_what, text) => {
    const r = extract(text).quotes.find((q) => q.text.includes('will stop'));
    expect([r?.speaker?.name ?? null, r?.doubt?.reason]).toEqual([null, 'The text says Mayor Ben Ashford did not say this.']);
    expect(r?.confidence).toBeLessThan(0.5);
  });

  it('a negation after the quotation\'s own cue leaves it', () => {
    expect(speakerOf('Test\n\n"We will not stop," Ashford said, though he did not say how.', 'will not stop')).toBe('Ashford');
  });
});

describe('fact-check copy', () => {
  it.each<[what: string, text: string]>([
    ['"AP FACT CHECK:" headline', 'AP FACT CHECK: Crime has not doubled\n\nSen. Harlan Dorrance said violent crime has doubled in every city.'],
    ['"FALSE:" headline', 'FALSE: Crime has not doubled in every city\n\nSen. Harlan Dorrance said crime has doubled in every city.'],
    ['"CLAIM:" and "THE FACTS:" labels', 'Fact check roundup\n\nHere are some claims we checked this week.\n\nCLAIM: Vaccines cause autism.\n\nTHE FACTS: Numerous studies have found no link.'],
  ])('a label or rating before a colon is the checker\'s, nobody quoted: %s', (_what, text) => {
    const speakers = extract(text).quotes.filter((q) => q.rule === 'claim-headline').map((q) => q.speaker?.mention);
    expect(speakers).toEqual([]);
  });

  it.each<[what: string, text: string, fragment: string, speaker: string]>([
    ['"claims that"', 'Test\n\nThe post claims that "the vaccine changes your DNA."', 'vaccine changes', 'The post'],
    ['"claims" before a name', 'Test\n\nJane Roe claims Rosa Delgado "has never voted for a pay raise."', 'pay raise', 'Jane Roe'],
  ])('"claims" before what it claims is a cue: %s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('"claims" as a noun is no cue', () => {
    expect(speakerOf('Test\n\nVoter fraud claims are "baseless," the judge said.', 'baseless')).toBe('the judge');
  });
});

describe('more fact-check constructions', () => {
  it('"no record of X saying “…”" names nobody, with the reason', () => {
    const r = extract('Test\n\nThere is no record of Mayor Ben Ashford saying police "will stop responding to burglaries."').quotes.find((q) => q.text.includes('will stop'));
    expect([r?.speaker?.name ?? null, r?.doubt?.reason]).toEqual([null, 'The text says nothing shows Mayor Ben Ashford said this.']);
  });

  it('"one made by Rep. Lisa Tran, who said": the name after the agent\'s "by" is who said it', () => {
    expect(speakerOf('Test\n\nDoll\'s claim echoes one made by Rep. Lisa Tran, who said in 2022 that crime had "exploded."', 'exploded')).toBe('Lisa Tran');
  });
});

describe('names of bodies and appositions in fact-check copy', () => {
  it('"Bureau of Justice Statistics": a title word after a body\'s "of" is its field', () => {
    expect(speakerOf('Test\n\nThe Bureau of Justice Statistics said: "The rate fell."', 'rate fell')).toBe('The Bureau of Justice Statistics');
  });

  it('"Ashford\'s rival, council member Victor Seale, wrote": a lower-case role before the name in apposition', () => {
    expect(speakerOf('Test\n\nAshford\'s rival, council member Victor Seale, wrote on X, "The mayor is wrong."', 'mayor is wrong')).toBe('Victor Seale');
  });
});

describe('counter-examples to the rules above', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['a question about what someone said is the asker\'s', 'Test\n\nAna Ortiz asked Tom Reyes what Governor Bill Hale said: “Did he promise you the job?”', 'promise you the job', 'Ana Ortiz'],
    ['words falsely claimed to be retold', 'Test\n\nAna Ortiz falsely claimed that Tom Reyes told donors: “I will raise taxes.”', 'raise taxes', 'Ana Ortiz'],
    ['a relative clause lends no subject to the verb after it', 'Test\n\nAna Ortiz ignored what Bill Hale said and told reporters: “I am staying in the race.”', 'staying in the race', 'Ana Ortiz'],
    ['"Advocates" in a body\'s name is no verb', 'Test\n\nOhio Health Advocates said: “The bill will hurt kids.”', 'hurt kids', 'Ohio Health Advocates'],
    ['"not council member X" is no role of X\'s', 'Test\n\nAshford\'s rival, not council member Victor Seale, wrote: “The budget is a fraud.”', 'budget is a fraud', 'Ashford\'s rival'],
    ['a denied cue never beats the tail', 'Test\n\nTom Reyes did not say “I quit,” Ana Ortiz said to reporters.', 'I quit', 'Ana Ortiz'],
    ['"said that evening" is no object of the tail verb', 'Test\n\nTom Reyes never said “I quit,” Ana Ortiz said that evening.', 'I quit', 'Ana Ortiz'],
    ['a name in apposition does not close an adverbial clause', 'Test\n\nWhen Tom Reyes told his rival, Ana Ortiz, “You will lose,” the room fell silent.', 'You will lose', 'Tom Reyes'],
    ['"team say:" keeps its verb', 'Test\n\nTom Reyes spoke first. The mayor\'s team say: “We were not consulted.”', 'not consulted', 'The mayor\'s team'],
    ['a place after a dash is no one quoted after "told"', 'Test\n\nLisa Tran told supporters in her hometown - Dover: “It is good to be home.”', 'good to be home', 'Lisa Tran'],
    ['a negated verb in a relative clause denies nothing', 'Test\n\nLisa Tran, who has never said a harsh word about anyone, was blunt: “He is a liar.”', 'He is a liar', 'Lisa Tran'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('a denial is not undone by a quotation in the next sentence', () => {
    const r = extract('Test\n\nMayor Ben Ashford never said “I quit.” He said, “I am tired.”').quotes.find((q) => q.text.includes('I quit'));
    expect(r?.speaker?.name ?? null).toBe(null);
  });
});

describe('a phrase opened by an agent\'s "by" is no speaker', () => {
  it('"dominating by 6 in 10 voters who says" names nobody as "by 6 in 10 voters"', () => {
    const r = extract('Poll\n\nClinton leads among older voters, while Sanders is dominating by 6 in 10 voters who says income inequality is most important.').quotes.find((q) => q.text.includes('income inequality'));
    expect(r?.speaker?.name ?? null).not.toBe('by 6 in 10 voters');
  });
});

describe('a viral post as the source', () => {
  it('"A post shared thousands of times on Facebook says …" names the post', () => {
    expect(speakerOf('Test\n\nA post shared thousands of times on Facebook says Mayor Ben Ashford announced that police "will stop responding to burglaries."', 'will stop responding')).toBe('A post shared thousands of times on Facebook');
  });

  it('"Another featured five vintage photos" is still a clause, not a name', () => {
    expect(speakerOf('Test\n\nOne post showed a crowd. Another featured five vintage photos, saying they proved "the rally was huge."', 'rally was huge')).not.toBe('Another featured five vintage photos');
  });
});
