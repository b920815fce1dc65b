import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { SIEVES } from '../../src/pipeline/sieves/index.js';
import { plausibleNounPhrase } from '../../src/pipeline/subject-phrase.js';

/** The speaker as the review desk shows it: its name, or `unknown (he)` when the text names nobody. */
function label(s: { name: string | null; mention: string } | null | undefined): string | undefined {
  return s ? (s.name ?? `unknown (${s.mention})`) : undefined;
}

const first = (text: string) => extract(text, { quotesOnly: true }).quotes[0];
const all = (text: string) => extract(text, { quotesOnly: true }).quotes;

describe('the sieves', () => {
  it('run in a fixed, named order', () => {
    expect(SIEVES.map((s) => s.name)).toEqual(['denied', 'cue-name', 'apposition-title', 'role-noun', 'pronoun', 'noun-phrase', 'signature', 'colon-name', 'colon-lead', 'colon-clause', 'continuation', 'according-to', 'clause-subject', 'nearby-speaker']);
  });

  it.each([
    ['cue verb after the quote, name first', '“We will win,” Trump wrote.', 'Trump', 'cue-name', 'wrote'],
    ['cue verb after the quote, verb first', '“We will win,” said Maduro.', 'Maduro', 'cue-name', 'said'],
    ['cue verb before the quote with a colon', 'Grenell wrote in his post: “We are wheels up.”', 'Grenell', 'cue-name', 'wrote'],
    ['a title before the name', '“We will win,” President Donald Trump said.', 'Donald Trump', 'apposition-title', 'said'],
    ['an apposition between name and verb', 'Hugh Hill, a doctor, said: “Stay home.”', 'Hugh Hill', 'apposition-title', 'said'],
    ['a long apposition after a full name before the verb', '“I just don’t think she has been truthful,” Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said.', 'Cecelia Purner', 'apposition-title', 'said'],
    ['a parenthesis between name and verb', '“It reminds us,” Sen. Marco Rubio (R-Fla.) said.', 'Marco Rubio', 'apposition-title', 'said'],
    ['a role before the name', '“No comment,” CIA spokesman Ryan Trapani said.', 'Ryan Trapani', 'apposition-title', 'said'],
    ['a two-word role between an owner and the name', '“This is dangerous,” said Clinton campaign manager Robby Mook in a statement.', 'Robby Mook', 'apposition-title', 'said'],
    ['a question goes on with a lower-case attribution', '“Will he be the next attorney general?” a Democratic staffer wondered.', 'a Democratic staffer', 'noun-phrase', 'wondered'],
    ['a coordinated verb shares the subject of the verb before it', 'In an interview last year, Lazar said he welcomed extradition and added, “I will plead guilty.”', 'Lazar', 'cue-name', 'added'],
    ['a pronoun before the verb is the whole subject', 'At the mention of email she laughed and admitted, “I am not a tech person.”', 'unknown (she)', 'pronoun', 'admitted'],
    ['a sentence-opening adverb is no part of a name', 'Maybe Trump said it. “We will see,” he said.', 'Trump', 'pronoun', 'said'],
    ['people named as objects after a fronted phrase are no antecedent', 'After the vote, Ana Finch criticized Omar Reyes, Tom Baker and the lawyers. “We should have waited,” he said.', 'unknown (he)', 'pronoun', 'said'],
    ['a role with a place goes to the holder the place is written nearest', 'Ohio Sen. Ann Marsh spoke first. Texas Sen. Paul Greer, who grew up in Ohio, spoke next. The Texas senator said: “It is dead on arrival.”', 'Paul Greer', 'role-noun', 'said'],
    ['a relative clause after a description: the name stands before both', 'Polls moved.\n\nJo Hart, a nurse from Leeds, who works nights, said: “We are tired.”', 'Jo Hart', 'apposition-title', 'said'],
    ['a place in a description before a relative clause is no speaker', 'Polls moved.\n\nDan Moor, an actor in Dallas, who runs a small theater, recalled: “I called my lenders.”', 'Dan Moor', 'apposition-title', 'recalled'],
    ['a name in apposition before a relative clause is the speaker', 'Polls moved.\n\nHis deputy, Tom Ruiz, who runs the depot, said: “We are tired.”', 'Tom Ruiz', 'apposition-title', 'said'],
    ['a description between dashes after a name is skipped', 'Polls moved.\n\nJason Sims — a teacher from Mount Pleasant — says he liked it: “It was a big deal.”', 'Jason Sims', 'apposition-title', 'says'],
    ['a name between dashes after a description is the speaker', 'Polls moved.\n\nA former candidate -- John Marsh, who lost in 2008 -- said the plan “offered no changes.”', 'John Marsh', 'apposition-title', 'said'],
    ['a clause between dashes names nobody', 'Polls moved.\n\nThe vote — it was close — said more than any poll: “We are split.”', 'unknown (The vote)', 'noun-phrase', 'said'],
    ['a name in apposition may carry its affiliation', '“The odds are against it,” said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.', 'Andrew J. Pincus', 'apposition-title', 'said'],
    ['a person noun heads an unnamed speaker', 'Polls moved.\n\nThe retired neurosurgeon said: “It is a mess.”', 'The retired neurosurgeon', 'noun-phrase', 'said'],
    ['clergy speak for themselves', 'Polls moved.\n\nTwo rabbis told reporters: “We will march.”', 'Two rabbis', 'noun-phrase', 'told'],
    ['a thing that is no person, body or document names nobody', 'Polls moved.\n\nThe new timetable said: “Invest now.”', 'unknown (The new timetable)', 'noun-phrase', 'said'],
    ['a name after its owner opening the sentence is its subject', 'Polls moved.\n\nFox News’ Bret Baier noticed the change. “They held on,” he said.', 'Bret Baier', 'pronoun', 'said'],
    ['a name acting in the past tense after an adverb is a person', 'Polls moved.\n\nTrump never mentioned Clinton. “We learned a lot,” he said.', 'Trump', 'pronoun', 'said'],
    ['a place inside a phrase is no antecedent however it acts', 'Polls moved.\n\nThe race in Iowa never mattered. “We lost,” he said.', 'unknown (he)', 'pronoun', 'said'],
    ['two descriptions after a name: the organisation inside them is no speaker', 'Polls moved.\n\nAl Lapp, executive director of the House Majority PAC, a Democratic super PAC, said: “Donors are excited.”', 'Al Lapp', 'apposition-title', 'said'],
    ['a name in apposition is not skipped as a description', 'Polls moved.\n\nThe transport minister, Sarah Cole, a veteran of the port, said: “We are tired.”', 'Sarah Cole', 'apposition-title', 'said'],
    ['a given name alone acting after its age is the antecedent', 'Polls moved.\n\nHer father, Brad, 39, worried about the vote. “People are afraid,” he said.', 'Brad', 'pronoun', 'said'],
    ['"who" after a place in a description stands for the name before the description', 'Polls moved.\n\nThe crowd heard from Alan Berg, a doctor from Englewood, New Jersey, who said: “We are worried.”', 'Alan Berg', 'apposition-title', 'said'],
    ['"who" after a description ending in a place stands for the name before it', 'Polls moved.\n\nHis comments were derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who said: “It is absurd.”', 'Armin Laschet', 'apposition-title', 'said'],
    ['"who" after a name in apposition stands for that name', 'Polls moved.\n\nThe critics included Trump’s running mate, Indiana Gov. Mike Pence, who called their son “an American hero.”', 'Mike Pence', 'apposition-title', 'called'],
    ['the body after "for" belongs to the speaker it follows', 'Polls moved.\n\nA spokesman for Harbor Lines said: “We did nothing wrong.”', 'A spokesman for Harbor Lines', 'noun-phrase', 'said'],
    ['a titled name after a spokesman\'s "for" is the one spoken for', 'Polls moved.\n\n“He has done nothing wrong,” a spokesman for Senator Dale Brennan said.', 'a spokesman for Senator Dale Brennan', 'noun-phrase', 'said'],
    ['an honorific name after a lawyer\'s "for" is the client', 'Polls moved.\n\n“We will appeal,” a lawyer for Mr Brennan said.', 'a lawyer for Mr Brennan', 'noun-phrase', 'said'],
    ['the subject of a passive verb of telling is its listener; the by-phrase speaks', 'Polls moved.\n\n“Leave now,” Mary Evans was told by a police officer.', 'a police officer', 'noun-phrase', 'told'],
    ['after "with" the noun phrase is the participle\'s subject', 'Polls moved.\n\nShares in Halden Bank fell 9 percent, with analysts saying: “The outlook is grim.”', 'analysts', 'noun-phrase', 'saying'],
    ['a name that qualifies the role after it is no speaker', 'Polls moved.\n\n“We go on,” said Rail union head Mick Lowe.', 'Mick Lowe', 'apposition-title', 'said'],
    ['the subject of "was quoted … as saying" speaks', 'Polls moved.\n\n“We will not back down,” Smith was quoted by the Times as saying.', 'Smith', 'cue-name', 'quoted'],
    ['a plural head opening the sentence keeps its "for" phrase', 'Polls moved.\n\nAttorneys for Ortiz said: “It is unfair.”', 'Attorneys for Ortiz', 'noun-phrase', 'said'],
    ['a place after a name with "of" is no speaker', 'Sen. Sherrod Brown of Ohio said: “It is a mess.”', 'Sherrod Brown', 'apposition-title', 'said'],
    ['a document after a verb is its object, not the subject of a participle', 'Polls moved.\n\nJo Weir sent a long email to the board saying: “It is late.”', 'Jo Weir', 'cue-name', 'saying'],
    ['a subject after a fronted participle is the antecedent', 'Pressed about the timetable, Omar Reyes talked about the weather. “Ask me again in March,” he said.', 'Omar Reyes', 'pronoun', 'said'],
    ['a participle after a comma takes the subject of its clause', 'Bush offered a retort on Twitter, tweeting at him: “You are a liar.”', 'Bush', 'cue-name', 'tweeting'],
    ['a participle takes the subject after a long dateline', 'WASHINGTON, Dec. 8 (UPI) — Hillary Clinton rallied supporters, saying: “We have to be ready to stop him.”', 'Hillary Clinton', 'cue-name', 'saying'],
    ['the object of a verb before a participle is not its subject', 'Teneo issued a statement saying: “All work was done properly.”', 'Teneo', 'cue-name', 'saying'],
    ['a noun after a conjunction before a participle is its subject', 'Polls moved.\n\nThe crowd kept chanting and protesters saying: “Lock her up!”', 'protesters', 'noun-phrase', 'saying'],
    ['a singer quoted from a song', 'In Just the Way You Are, Billy Joel sings, “Don’t go changing to try and please me.”', 'Billy Joel', 'cue-name', 'sings'],
    ['a weekday after the name is no part of it', '“It is over,” said Trump Tuesday.', 'Trump', 'cue-name', 'said'],
    ['a modal and an adverb between subject and verb are no part of the subject', 'Polls moved.\n\nIn normal times a reader would now ask: “Why is this news?”', 'a reader', 'noun-phrase', 'ask'],
    ['did before the verb is no part of the subject', 'Polls moved.\n\nThe senator did say: “We will vote.”', 'The senator', 'noun-phrase', 'say'],
    ['a time phrase after a described source is no part of it', '“It is over,” said the senator last week.', 'the senator', 'noun-phrase', 'said'],
    ['a month that is a surname stays in the name', '“It is over,” said Theresa May.', 'Theresa May', 'cue-name', 'said'],
    ['an owner name with no role after it is the speaker', '“This is dangerous,” said Clinton in a statement.', 'Clinton', 'cue-name', 'said'],
    ['an organisation as written', 'The State Department said: “Do not travel.”', 'The State Department', 'apposition-title', 'said'],
    ['an unnamed group as written', '“We are looking into it,” officials said.', 'officials', 'noun-phrase', 'said'],
    ['an unnamed source described up to the comma', '“It was not convincing,” said one Democrat familiar with the talks, who asked not to be named.', 'one Democrat familiar with the talks', 'noun-phrase', 'said'],
    ['a name in apposition after a description', '“We are anxious,” said another Twitter user, Johanna Bayer.', 'Johanna Bayer', 'apposition-title', 'said'],
    ['a name between commas after a description', '“The speaker is focused,” Ryan’s spokeswoman, AshLee Strong, said.', 'AshLee Strong', 'apposition-title', 'said'],
    ['a participle takes the subject of the verb before it', 'Nefzi said, adding, “He was not very religious.”', 'Nefzi', 'cue-name', 'adding'],
    ['a role noun may open the name\'s apposition after a description', '“It is about time,” exhorted Clinton’s introducer, actress Jamie Lee Curtis.', 'Jamie Lee Curtis', 'apposition-title', 'exhorted'],
    ['a capitalised hyphenated modifier is no name and makes the next word a noun', 'Bush offered a Trump-style retort, tweeting at him, “You are a liar and a whiner.”', 'Bush', 'cue-name', 'tweeting'],
    ['a lower-case hyphenated word is no modifier: "co-founder" is the subject', 'Polls moved.\n\nThe co-founder said, “We never took the money.”', 'The co-founder', 'noun-phrase', 'said'],
    ['a hyphenated given name stays in the name', '“We will respond,” said Kim Jong-un.', 'Kim Jong-un', 'cue-name', 'said'],
    ['a name that is also a modal is a name', '“Brexit means Brexit,” May said.', 'May', 'cue-name', 'said'],
    ['a relative "who" after a comma stands for the name before it', 'Polls moved.\n\nAny decision would involve Attorney General Loretta E. Lynch, who told Congress: “That matter is being handled by agents.”', 'Loretta E. Lynch', 'apposition-title', 'told'],
    ['according to, when nothing else names a speaker', '“The vote is delayed,” according to a campaign statement.', 'a campaign statement', 'according-to', 'according to'],
  ])('%s', (_name, text, speaker, rule, cue) => {
    const q = first(text);
    expect(label(q?.speaker)).toBe(speaker);
    expect(q?.rule).toBe(rule);
    expect(q?.cue?.text).toBe(cue);
  });

  it.each([
    ['a quote with no cue verb gets no speaker', 'Nobody knew.\n\n“It was a long day.”'],
    ['a name inside the quotation is not its speaker', '“President Trump, we welcome you.”'],
    ['a name and a long apposition after a closed quotation are a new sentence', 'Polls moved.\n\n“It is over.” Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said nothing.'],
    ['a capitalised sentence opener such as "Why" is no name', 'Polls moved.\n\nWhy not just say: “They will go home the same way they came”?'],
    ['a passive cue before a colon hands the next paragraph to nobody', 'Polls moved.\n\nThe senator was asked by reporters:\n\n“Will you resign?”'],
  ])('%s', (_name, text) => {
    const q = first(text);
    expect(q?.speaker).toBeNull();
    expect(q?.rule).toBe('unattributed');
  });

  it('keeps a pronoun with nobody before it as written, unresolved', () => {
    const q = first('“We will see,” he said.');
    expect(label(q?.speaker)).toBe('unknown (he)');
    expect(q?.doubt?.code).toBe('unresolved-speaker');
  });

  it('keeps "they" with no organisation speaking before it as written, unresolved', () => {
    const q = first('Polls moved.\n\n“Many on the right oppose any immigrants,” they conclude.');
    expect(label(q?.speaker)).toBe('unknown (they)');
    expect(q?.doubt?.code).toBe('unresolved-speaker');
  });

  it('resolves "they" to an organisation that spoke just before', () => {
    const qs = all('“We disagree,” the State Department said.\n\n“We will review it,” they added.');
    expect(qs[1]?.speaker?.name).toBe('State Department');
    expect(qs[1]?.rule).toBe('pronoun');
  });

  it('resolves a pronoun to the most recent speaker of the same gender', () => {
    const qs = all('“We will win,” Mary Smith said. John Jones disagreed with her.\n\n“We will not,” she said.');
    expect(qs[1]?.speaker?.name).toBe('Mary Smith');
    expect(qs[1]?.speaker?.mention).toBe('she');
    expect(qs[1]?.rule).toBe('pronoun');
  });

  // [what, text, speaker of the last quotation]
  it.each([
    ['a name after "from" is a place, not the antecedent', 'Rachel Berg, a philanthropist from Monsey, New York, said she liked him.\n\n“I feel bad to say it,” she said.', 'Rachel Berg'],
    ['a name after a determiner is a modifier, not the antecedent', 'Jamal Simmons is a consultant. Simmons, an Obama supporter, said he saw the shift.\n\n“It is challenging,” he said.', 'Jamal Simmons'],
    ['a sentence-initial name is still the antecedent', 'John Simmons is a consultant.\n\n“It is challenging,” he said.', 'John Simmons'],
    ['a name opening a sentence with a past-tense verb is a person', 'Cruz picked Denver.\n\nCarson defied the question. “I will predict the winner,” he said.', 'Carson'],
    ['a place opening a sentence with a present-tense verb is no antecedent', 'Carolina is a swing state.\n\n“I will predict the winner,” he said.', 'unknown (he)'],
    ['"according to" a name still makes it the antecedent', 'According to Norman Ham, the generals disagreed.\n\n“We are on our fourth secretary,” he said.', 'Norman Ham'],
    ['a full name with an age set off by commas is a person', 'Polls moved.\n\nZebulon Ortt, 58, who lives near Dayton, plans to vote early.\n\n“Some changes need to be made,” he said.', 'Zebulon Ortt'],
    ['an unmarked name with no age is no antecedent', 'Polls moved.\n\nZebulon Ortt plans to vote early.\n\n“Some changes need to be made,” he said.', 'unknown (he)'],
    ['a name after a fronted adverbial is the subject', 'Polls moved.\n\nIn a brief interview, Ms. Vance rejected the idea that it was a shake-up.\n\n“It is an expansion,” she said.', 'Vance'],
    ['a name inside the adverbial is no subject', 'Polls moved.\n\nIn a brief interview with Ms. Vance, the manager rejected the idea that it was a shake-up.\n\n“It is an expansion,” she said.', 'unknown (she)'],
    ['a name opening the clause after a closed quotation is the subject', 'Polls moved.\n\n“I just do not think she has been truthful about any of this,” Zebulon Ortt, 58, a retired bus driver in Allentown, Pa., said in a follow-up interview.\n\n“I will vote,” he said.', 'Zebulon Ortt'],
    ['a place in a fronted adverbial is no speaker; the subject after it is the antecedent', 'Polls moved.\n\nSpeaking at a town hall event in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”\n\nHe says, “Here is a guy who would not be hired.”', 'Donald Trump'],
    ['a quoted phrase mid-sentence opens no clause', 'Polls moved.\n\nGov. Tom Reed predicted that Republicans will take "every state" if Sanders wins.\n\n"That is not even an issue," he said.', 'Tom Reed'],
  ])('pronoun antecedent: %s', (_name, text, speaker) => {
    const qs = all(text);
    expect(label(qs[qs.length - 1]?.speaker)).toBe(speaker);
  });

  // [what, text, speaker of the last quotation, rule]
  it.each([
    ['a name line closing the quotation signs it', 'Dan Alpert said growth was slow.\n\n"We will enter the next recession without that consensus.\nJosh Bivens, Economic Policy Institute."', 'Josh Bivens', 'signature'],
    ['a titled name line signs it', 'Polls moved.\n\n"If Mrs. Clinton loses Iowa, that could create real problems for her here.\nS.C. Rep. Jim Clyburn."', 'Jim Clyburn', 'signature'],
    ['a dash line after the quotation signs it', 'Sanders voted for the ACA.\n\n"I will look into it."\n\n- Hillary Clinton.\n\nClinton has been looking into it a long time.', 'Hillary Clinton', 'signature'],
    ['a dash line with a surname the article named in full', 'Bernie Sanders spoke.\n\n"Boeing and GE pay zero taxes."\n\n- Sanders.', 'Bernie Sanders', 'signature'],
    ['a closing line of speech is no signature', 'Polls moved.\n\nTrump said: "We will win.\nThank you all."', 'Trump', 'cue-name'],
    ['a closing line of one capitalised word is no signature', 'Polls moved.\n\n"Dan Smith said it.\nGoodbye."', null, 'unattributed'],
    ['a dash line that is not a name is no signature', 'Polls moved.\n\n"We will win."\n\n- 30 -', null, 'unattributed'],
    ['a full name and a colon before the quotation', 'Polls moved.\n\nSoon after, he tweeted about it ... Donald Trump: "Appreciate the congrats for being right."', 'Donald Trump', 'colon-name'],
    ['a known surname and a colon', 'Jeffrey M. Jones said it first.\n\nMore from Jones: "The number of red states grew."', 'Jeffrey M. Jones', 'colon-name'],
    ['a label and a colon names nobody', 'Polls moved.\n\nUpdate: "The number of red states grew."', null, 'unattributed'],
    ['a sentence ending in its reporting verb announces the next quotation', '"It is a two-person race," said Craig Robinson.\n\nIowa State University\'s Dianne Bystrom agreed. "Rubio may be the alternative."', 'Dianne Bystrom', 'nearby-speaker'],
    ['a reporting verb closing a fragment announces it too', '"It is a two-person race," said Craig Robinson.\n\nOr maybe Jeb Bush, digital consultant Phil Musser says. "A second look is occurring."', 'Phil Musser', 'nearby-speaker'],
    ['a paragraph ending in its reporting verb and a colon hands over the next paragraph', '"We will not comment," Smith said.\n\nThe Times made the same claim in February, and Breitbart News responded:\n\n"If there are people in this country who are prone to terror, the answer is not to punish everyone."', 'Breitbart News', 'colon-lead'],
    ['a participle before the colon takes its clause\'s subject', 'Polls moved.\n\nThe New York Times confirmed that observation, reporting:\n\n"A flow of cash made its way to the foundation."', 'The New York Times', 'colon-lead'],
    ['a paragraph ending in a colon with no reporting verb hands over nothing', '"We will not comment," Smith said.\n\nThe schedule for Monday:\n\n"Doors open at nine and the speeches start at ten."', null, 'unattributed'],
    ['a colon at the end of a clause hands the quotation to its subject, whatever the verb', 'Polls moved.\n\nHer neighbor, Frank Lee, disagreed: "They always find money for stadiums."', 'Frank Lee', 'colon-clause'],
    ['a passive clause before the colon hands the quotation to its by-phrase', 'Polls moved.\n\nAna Ortiz was interrupted by the crowd: "Go home!"', 'the crowd', 'colon-clause'],
    ['a passive clause with no by-phrase names nobody, not its subject', 'Polls moved.\n\nAna Ortiz was interrupted: "Sit down!"', null, 'colon-clause'],
    ['a possessive before the colon is no subject', 'Polls moved.\n\nFrank Lee\'s car was late: "No."', null, 'unattributed'],
    ['the owner of a noun for words said is their speaker', 'Polls moved.\n\nFrank Lee\'s answer was short: "No."', 'Frank Lee', 'colon-clause'],
    ['after a closed quotation, a reporting verb with a clause of its own reports that clause', 'Polls moved.\n\nPrime Minister Luc Martin hit back, writing that the opposition "has no plan of its own." Government spokeswoman Anne Roy told reporters the vote would go ahead.', 'Luc Martin', 'apposition-title'],
    ['after a closed quotation, a verb with only an adjunct attributes it', 'Polls moved.\n\n"We will win." Anne Roy said on Friday.', 'Anne Roy', 'cue-name'],
    ['"according to" leading into the quotation', 'They focus on the NRA.\n\nAccording to the newspaper, “America’s porous gun laws empower dealers to sell weapons to any adult.”', 'the newspaper', 'according-to'],
    ['"it" with no body speaking before it is kept as written', 'Polls moved.\n\nStill, the Business Council opposed an increase.\n\n“Keep the carbon tax in place at the current level,” it said.', 'unknown (it)', 'pronoun'],
    ['"it" after a body that spoke is that body', '“We oppose the increase,” the Business Council said.\n\n“Keep the carbon tax in place at the current level,” it said.', 'Business Council', 'pronoun'],
    ['a sentence reporting its own clause announces nothing, but its speaker is the nearest', '"It is a two-person race," said Craig Robinson.\n\nDianne Bystrom said the race was open. "Rubio may be the alternative."', 'Dianne Bystrom', 'nearby-speaker'],
    ['with no speaker named since, the previous speaker goes on', '"It is a two-person race," said Craig Robinson.\n\nThe race was open. "Rubio may be the alternative."', 'Craig Robinson', 'nearby-speaker'],
  ])('signed or labelled quotation: %s', (_name, text, speaker, rule) => {
    const qs = all(text);
    const q = qs[qs.length - 1];
    expect(q?.speaker ? label(q.speaker) : null).toBe(speaker);
    expect(q?.rule).toBe(rule);
  });

  it('reads a verb with a colon after a closed quotation as introducing the next one', () => {
    const qs = all('Polls moved.\n\n“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack was the work of terrorists.”');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Alawee', 'Alawee', 'Zahed']);
    expect(qs[1]?.rule).toBe('continuation');
  });

  it('resolves a role noun to the person introduced with it', () => {
    const qs = all('Trump’s envoy Richard Grenell landed in Caracas.\n\n“We are wheels up,” the envoy said.');
    expect(qs[0]?.speaker?.name).toBe('Richard Grenell');
    expect(qs[0]?.rule).toBe('role-noun');
  });

  it('gives a quote-only paragraph the previous speaker', () => {
    const qs = all('“We will win,” Trump said.\n\n“And we will win big.”');
    expect(qs[1]?.speaker?.name).toBe('Trump');
    expect(qs[1]?.rule).toBe('continuation');
  });

  it('gives both pieces of a quotation split by its attribution one group and one speaker', () => {
    const qs = all('“We will win,” he said, “and we will win big.”\n\nIntro.');
    expect(qs).toHaveLength(2);
    expect(qs[0]?.group).not.toBeNull();
    expect(qs[1]?.group).toBe(qs[0]?.group);
    const named = all('“We will win,” Trump said, “and we will win big.”');
    expect(named.map((q) => q.speaker?.name)).toEqual(['Trump', 'Trump']);
  });

  // [words of the phrase, can it name a speaker]
  it.each([
    [['one', 'senior', 'administration', 'official'], true],
    [['the', 'campaign'], true],
    [['10', 'primary', 'voters'], true],
    [['you', 'can’t'], false],
    [['she', 'hadn’t', 'yet'], false],
    [['he’d'], false],
    [['what', 'multiple', 'lawmakers'], false],
    [['while', 'old', 'political', 'hands'], false],
    [['a', 'friend', 'without'], false],
    [['line', 'by'], false],
    [['2008'], false],
    [['31', 'percent'], false],
  ])('a noun phrase %j can name a speaker: %s', (words, expected) => {
    expect(plausibleNounPhrase(words)).toBe(expected);
  });

  it('reports a pronoun nobody nearby answers to as a diagnostic at the pronoun, once per pronoun', () => {
    const text = 'Polls moved.\n\n“We will win,” he said, “and soon.”';
    const r = extract(text, { quotesOnly: true });
    expect(r.quotes.map((q) => label(q.speaker))).toEqual(['unknown (he)', 'unknown (he)']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unresolved-pronoun', start: text.indexOf('he said'), end: text.indexOf('he said') + 2 })]);
  });

  it('gives no diagnostic for a pronoun that resolves', () => {
    const r = extract('Donald Trump spoke in Ohio.\n\n“We will win,” he said.', { quotesOnly: true });
    expect(r.quotes[0]?.speaker?.name).toBe('Donald Trump');
    expect(r.diagnostics).toEqual([]);
  });

  it('a place after a preposition before a relative "who" is not the speaker', () => {
    const q = first('Polls moved.\n\nObama met with veterans in Ohio, who told him: “We are with you.”');
    expect(q?.speaker?.name).not.toBe('Ohio');
  });

  it('a role noun next to a name marks a person a later pronoun can refer to', () => {
    const qs = all('Obama won Iowa.\n\nObama consultant Cornell Belcher, the pollster, picked up the thread. “They have a lot in common with white voters,” he said.');
    expect(qs[0]?.speaker?.name).toBe('Cornell Belcher');
  });
});
