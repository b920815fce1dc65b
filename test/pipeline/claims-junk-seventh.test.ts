import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Every record saidby gives for `text`: its kind, its text as written and its speaker's name. */
const recordsOf = (text: string): { kind: string; text: string; speaker: string | null }[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

/** The texts of the records saidby gives for `text`. */
const textsOf = (text: string): string[] => recordsOf(text).map((r) => r.text);

describe('a trailing attribution whose subject is a coordination in lower case', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['two modifiers of one head', 'Trail\n\nThe mayor hid the audit from the council, current and former aides said.', 'The mayor hid the audit from the council', 'current and former aides'],
    ['two noun phrases', 'Trail\n\nThe plant will close in March, two engineers and a union official said.', 'The plant will close in March', 'two engineers and a union official'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });

  it('a list of things before a verb-like noun is no speaker', () => {
    expect(recordsOf('Trail\n\nThe group will flood the county with leaflets, mailers and phone calls.').filter((r) => r.kind === 'indirect')).toEqual([]);
  });
});

describe('a participle after the reporting verb of a trailing attribution is no content of that verb', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['a bare day, then "citing"', 'Trail\n\nThe plant will close in March, the Herald reported Monday, citing two engineers.', 'The plant will close in March', 'Herald'],
    ['a bare day, then "adding"', 'Trail\n\nThe plant will close in March, the company said Tuesday, adding that 300 jobs would go.', 'The plant will close in March', 'the company'],
  ])('%s', (_what, text, content, speaker) => {
    const records = recordsOf(text);
    expect(records).toContainEqual({ kind: 'indirect', text: content, speaker });
    expect(records.map((r) => r.text).filter((t) => /^(?:citing|adding)\b/u.test(t))).toEqual([]);
  });

  it.each<[what: string, text: string, junk: string]>([
    ['current and former officials', 'Trail\n\nThe plant will close in March, the Herald reported, citing current and former officials.', 'current and former officials'],
    ['people familiar with the plans', 'Trail\n\nThe plant will close in March, the Herald reported on Tuesday, citing two people familiar with the plans.', 'two people familiar with the plans'],
  ])('the people cited are the report\'s sources, not its content: %s', (_what, text, junk) => {
    expect(textsOf(text)).not.toContain(junk);
  });

  it('a reason cited is still content', () => {
    expect(textsOf('Trail\n\nThe plant will close in March, the company said, citing falling demand.')).toContain('falling demand');
  });

  it('a "that" clause after "citing" and its sources is still the verb\'s', () => {
    expect(recordsOf('Trail\n\nThe Herald reported Monday, citing two officials, that the plant would close.')).toContainEqual({ kind: 'indirect', text: 'that the plant would close', speaker: 'The Herald' });
  });
});

describe('"as" and a bare participle set off by commas is no reporting clause', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['"as reported" inside a that-clause', 'Trail\n\nThe coach said that the rumour, as reported, was untrue.', 'that the rumour, as reported, was untrue', 'The coach'],
    ['"as expected" inside a tail\'s content', 'Trail\n\nThe vote, as predicted, was close, the council said.', 'The vote, as predicted, was close', 'the council'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });

  it('gives no claim of its own', () => {
    expect(recordsOf('Trail\n\nThe ferry, as expected, will stop running in May.').filter((r) => r.kind === 'indirect')).toEqual([]);
  });

  it('a named source after "as" is still a frame', () => {
    expect(recordsOf('Trail\n\nThe ferry will stop running in May, as the council said.')).toContainEqual({ kind: 'indirect', text: 'The ferry will stop running in May', speaker: 'the council' });
  });
});

describe('the hearing where a statement was made, after a comma, ends the content', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['", a court has heard"', 'Trail\n\nMs Okafor said she had been working in Leeds that night, a court has heard.', 'she had been working in Leeds that night', 'Okafor'],
    ['", the inquest heard" and a day', 'Trail\n\nThe pilot said the engine had failed twice before, the inquest heard on Tuesday.', 'the engine had failed twice before', 'The pilot'],
    ['a named court', 'Trail\n\nMr Hale said he had never seen the money, Bristol Crown Court heard.', 'he had never seen the money', 'Hale'],
    ['", the jury was told": the jury is no speaker', 'Trail\n\nMs Okafor told police she had lost her phone, the jury was told.', 'she had lost her phone', 'Okafor'],
  ])('%s', (_what, text, content, speaker) => {
    const records = recordsOf(text);
    expect(records).toContainEqual({ kind: 'indirect', text: content, speaker });
    expect(records.filter((r) => /heard|was told/u.test(r.text))).toEqual([]);
  });

  it('a court inside the content, with more after it, is the content\'s', () => {
    expect(textsOf('Trail\n\nThe witness said the stories the court heard were false.')).toContain('the stories the court heard were false');
  });
});

describe('a participle after a mid-sentence "according to X," is the writer\'s gloss', () => {
  it.each<[what: string, text: string, content: string, gloss: string]>([
    ['"raising"', 'Trail\n\nRents rose 9% in the year to June, according to the housing agency, raising fears of a shortage.', 'Rents rose 9% in the year to June', 'raising fears of a shortage'],
    ['"leaving"', 'Trail\n\nThe fund lost 4% last year, according to its annual report, leaving it short of its target.', 'The fund lost 4% last year', 'leaving it short of its target'],
  ])('%s', (_what, text, content, gloss) => {
    const texts = textsOf(text);
    expect(texts).toContain(content);
    expect(texts).not.toContain(gloss);
  });

  it('a finite verb after the source still continues the claim', () => {
    expect(textsOf('Trail\n\nDonations, according to the campaign, have doubled since May.')).toContain('have doubled since May');
  });

  it('an -ing verb after a source set off by dashes is the clause\'s own', () => {
    expect(textsOf('Trail\n\nShe blamed the storm while — according to the logs — knowing the pump had failed.')).toContain('knowing the pump had failed');
  });
});

describe('"it is understood that" is an unattributed briefing: a claim with no speaker', () => {
  it.each<[what: string, text: string, content: string]>([
    ['"it is understood that"', 'Trail\n\nIt is understood that the council will close the library in May.', 'that the council will close the library in May'],
    ['"it was felt that"', 'Trail\n\nIt was felt that the inquiry had moved too slowly.', 'that the inquiry had moved too slowly'],
  ])('%s', (_what, text, content) => {
    const found = extract(text).quotes.find((q) => q.text === content);
    expect(found?.speaker ?? null).toBeNull();
    expect(found?.doubt?.code).toBe('no-speaker');
  });

  it('an active "understood" keeps its subject', () => {
    expect(recordsOf('Trail\n\nThe treasurer understood that the fund was empty.')).toContainEqual({ kind: 'indirect', text: 'that the fund was empty', speaker: 'The treasurer' });
  });
});

describe('a verb of saying in a sense that reports nothing about its noun-phrase object', () => {
  it.each<[what: string, text: string]>([
    ['an appointment confirmed', 'Trail\n\nThe assembly confirmed Dana Roik as health commissioner on Thursday.'],
    ['a nominee confirmed', 'Trail\n\nThe committee confirmed the nominee last week.'],
    ['money claimed', 'Trail\n\nThe councillor claimed expenses for a flat he never lived in.'],
    ['a plea to charges', 'Trail\n\nMs Roik, 41, denies three counts of theft.'],
    ['a demonstrative standing for an argument', 'Trail\n\nThe judge rejected that reasoning.'],
  ])('%s', (_what, text) => {
    expect(recordsOf(text).filter((r) => r.kind === 'indirect')).toEqual([]);
  });

  it.each<[what: string, text: string, content: string]>([
    ['a fact confirmed', "Trail\n\nPolice confirmed Dana Roik's arrest.", "Dana Roik's arrest"],
    ['a that-clause confirmed', 'Trail\n\nPolice confirmed that the driver had died.', 'that the driver had died'],
    ['a clause claimed', 'Trail\n\nThe councillor claimed the flat was his main home.', 'the flat was his main home'],
    ['the charges denied', 'Trail\n\nMs Roik denied the allegations.', 'the allegations'],
    ['a clause rejected', 'Trail\n\nThe judge rejected that the search was lawful.', 'that the search was lawful'],
  ])('the same verbs still report: %s', (_what, text, content) => {
    expect(textsOf(text)).toContain(content);
  });
});

describe('"that" after a noun cue, with a clause missing its object, opens a relative', () => {
  it.each<[what: string, text: string, junk: string]>([
    ['a claim that photographs contradicted', 'Trail\n\nThe coach said the pitch was the best in Europe, a claim that the figures contradicted.', 'that the figures contradicted'],
    ['an allegation that the firm has since denied', 'Trail\n\nThe union said wages had been cut, an allegation that the firm has since denied.', 'that the firm has since denied'],
  ])('%s', (_what, text, junk) => {
    expect(textsOf(text)).not.toContain(junk);
  });

  it('a whole clause before the main verb is still the noun\'s content', () => {
    expect(textsOf('Trail\n\nHis claim that rents would drop was quickly withdrawn.')).toContain('that rents would drop');
  });

  it('a clause with its own object is still the noun\'s content', () => {
    expect(textsOf('Trail\n\nThe coach repeated the claim that the board misled fans. The story spread fast, despite a claim that the board misled fans.')).toContain('that the board misled fans');
  });
});

describe('the subject of a verb after a long relative clause or coordinate adjectives', () => {
  it('a relative clause with a "because" clause inside it runs to the verb; the subject is before "who"', () => {
    expect(recordsOf('Trail\n\nEngineers who spoke on condition of anonymity because they feared for their jobs said the bridge had been rushed.')).toContainEqual({ kind: 'indirect', text: 'the bridge had been rushed', speaker: 'Engineers' });
  });

  it('the object inside the relative clause is no speaker', () => {
    expect(recordsOf('Trail\n\nEngineers who declined to be named because they were not cleared to discuss the project said the bridge had been rushed.').map((r) => r.speaker)).not.toContain('the project');
  });

  it('a comma between two adjectives of one noun phrase does not break the clause', () => {
    expect(recordsOf('Trail\n\nThe judge said that any careful, impartial observer would conclude that the search was unlawful.')).toContainEqual({ kind: 'indirect', text: 'that any careful, impartial observer would conclude that the search was unlawful', speaker: 'The judge' });
  });

  it('an idiom before the comma is no noun phrase', () => {
    expect(recordsOf('Trail\n\nAll of a sudden, young voters saw that the mayor could lose.')).toContainEqual({ kind: 'indirect', text: 'that the mayor could lose', speaker: 'young voters' });
  });
});

describe('"and then" and "before …ing" after a content may go on with it', () => {
  // the reporting verb's subject may act next ("… and then took another question"), but as often the
  // content's own subject does: the content is not cut there
  it.each<[what: string, text: string, content: string]>([
    ['"stole the emails and then leaked them"', 'Hack\n\nMr. Obama said Russian hackers stole the emails and then leaked them to WikiLeaks.', 'Russian hackers stole the emails and then leaked them to WikiLeaks'],
    ['"voted for the bill before opposing it"', 'Vote\n\nJones said he had voted for the bill before opposing it.', 'he had voted for the bill before opposing it'],
  ])('%s', (_what, text, content) => {
    expect(textsOf(text)).toContain(content);
  });
});

describe('a participle after a message and where it appeared or whom it went to reports the message', () => {
  const claims = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? null]);
  it.each([
    ['"an op-ed in The Washington Post arguing that …"', 'Op-ed\n\nSen. Jeff Flake published an op-ed in The Washington Post arguing that his party had lost its way.', 'that his party had lost its way', 'Jeff Flake'],
    ['"a letter to the committee arguing that …"', 'Letter\n\nSen. Jeff Flake wrote a letter to the committee arguing that the rules were unfair.', 'that the rules were unfair', 'Jeff Flake'],
  ])('%s', (_what, text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker]);
  });

  it('not without "that": "sent a letter to Mr. Castro criticizing the sales" gives no claim of the sales', () => {
    expect(claims('Letter\n\nRep. Raul Grijalva sent a letter to Mr. Castro criticizing the mortgage sales.').map(([t]) => t)).not.toContain('the mortgage sales');
  });
});

/** Counter-examples to the rules above, each kept as a row. */
describe('the claims rules above, narrowed', () => {
  it('a verb inside the "because" clause is its own: "because the director said" is the director\'s', () => {
    const r = extract('Vote\n\nOfficials who were fired because the director said they had leaked documents are suing the agency.').quotes.find((q) => q.text.startsWith('they had leaked documents'));
    expect(r?.speaker?.name).toBe('the director');
  });

  const claims = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? null]);
  it.each<[what: string, text: string, content: string, speaker: string | null]>([
    ['"claimed millions of … were cast" is a clause', 'Vote\n\nTrump claimed millions of illegal votes were cast for his opponent.', 'millions of illegal votes were cast for his opponent', 'Trump'],
    ['"claimed 40 percent of voters backed …" is a clause', 'Vote\n\nThe campaign claimed 40 percent of voters backed the plan.', '40 percent of voters backed the plan', 'The campaign'],
    ['"confirmed the victim dead" identifies, it does not appoint', 'Crash\n\nHospital officials confirmed the victim dead on arrival.', 'the victim dead on arrival', 'Hospital officials'],
    ['a passive after "the claim that" lacks no object', 'Vote\n\nTrump made the claim that the ballots were rejected.', 'that the ballots were rejected', 'Trump'],
    ['"have withdrawn" may have no object', 'War\n\nThere is growing speculation that Russian forces have withdrawn.', 'that Russian forces have withdrawn', null],
    ['an adjective comma keeps its noun as the head', 'Shop\n\nThe small, family-owned firm said it would close.', 'it would close', 'The small, family-owned firm'],
  ])('%s', (_what, text, content, speaker) => {
    const found = claims(text).find(([t]) => t === content);
    expect(found?.[0]).toBe(content);
    if (speaker !== null) expect(found?.[1]).toBe(speaker);
  });
});

describe('a passive "told" with its agent after "by" names the speaker', () => {
  const claims = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? null]);
  it('"…, the jury was told by prosecutor Jane Doe."', () => {
    expect(claims("Trial\n\nSmith's wife was terrified of him, the jury was told by prosecutor Jane Doe.")).toEqual([["Smith's wife was terrified of him", 'Jane Doe']]);
  });
  it('"…, reporters were told by a senior official on Monday."', () => {
    expect(claims('Plan\n\nThe plan was unfair, reporters were told by a senior official on Monday.')).toEqual([['The plan was unfair', 'a senior official']]);
  });
  it('with no agent, no claim names the listener (negative row)', () => {
    expect(claims("Trial\n\nSmith's wife was terrified of him, the jury was told.")).toEqual([]);
  });
});

describe('a capitalised modal before a capitalised word opens a name in a claim\'s subject', () => {
  const claims = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? null]);
  it('"May Scott of Reuters asked whether …"', () => {
    expect(claims('Briefing\n\nMay Scott of Reuters asked whether the president would sign it.')).toEqual([['whether the president would sign it', 'May Scott']]);
  });
  it('a lower-case modal stays one (negative row)', () => {
    expect(claims('Briefing\n\nThe senator may have said the bill would pass.').map(([, s]) => s)).not.toContain('have');
  });
});
