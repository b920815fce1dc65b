import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { recordsOf } from './record-rows.js';

const article = (body: string): string => `Story\n\n${body}`;
const extractChannel = (body: string): string | null => extract(article(body)).quotes[0]?.channel?.type ?? null;
const find = (body: string, words: string) => recordsOf(article(body)).find((r) => r.text.includes(words));

describe('an -ed form between a verb and a plural noun is an adjective, not a cue', () => {
  it.each([
    ['A landlord ignored repeated warnings about a faulty furnace, a prosecutor told jurors.', 'a prosecutor'],
    ['The company denied reported claims of fraud, its lawyer told reporters.', 'its lawyer'],
  ])('%s', (body, speaker) => {
    const speakers = recordsOf(article(body)).map((r) => r.speaker ?? '');
    expect(speakers).toContain(speaker);
    expect(speakers.some((s) => /ignored|denied|repeated|reported/u.test(s))).toBe(false);
  });

  it('"He repeated claims that …" keeps its verb', () => {
    expect(find('Ortiz repeated claims that the vote was rigged.', 'the vote was rigged')?.speaker).toBe('Ortiz');
  });
});

describe('"…, a prosecutor told jurors": a bare plural listener ends the tail as "told reporters" does', () => {
  it.each([
    ['The landlord ignored the warnings, a prosecutor told jurors.', 'The landlord ignored the warnings', 'a prosecutor'],
    ['Margins will shrink next year, the chief executive told analysts on Tuesday.', 'Margins will shrink next year', 'the chief executive'],
    ['The bridge is unsafe, Hale told investigators.', 'The bridge is unsafe', 'Hale'],
  ])('%s', (body, text, speaker) => {
    expect(find(body, text)?.speaker).toBe(speaker);
  });
});

describe('a passive with no agent is no tail of its own', () => {
  it('"Its owner, Philip Dunn, is expected to testify …, prosecutors said"', () => {
    const rows = recordsOf(article('Its owner, Philip Dunn, is expected to testify for the prosecution, prosecutors said in a filing last month.'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.speaker).toBe('prosecutors');
    expect(rows[0]?.text).toContain('Philip Dunn, is expected to testify');
  });

  it('"Its owner, Philip Dunn, is expected to testify." says nothing', () => {
    expect(recordsOf(article('Its owner, Philip Dunn, is expected to testify.'))).toEqual([]);
  });
});

describe('"continue" with an object goes on doing, and reports nothing', () => {
  it('the quotation inside "if the Philippines continued its “…”" is the outer speaker\'s, with the main clause', () => {
    const row = find('Zhang Junshe, an analyst, told CCTV that the patrols were routine. He said that if the Philippines continued its "provocative moves," China would have no choice but to take stronger measures.', 'provocative moves');
    expect(row?.speaker).toBe('Zhang Junshe');
    expect(row?.text).toMatch(/no choice but to take stronger measures$/u);
  });

  it('"“…,” he continued" is still a cue', () => {
    expect(find('Zhang Junshe spoke first. "We will not stop," he continued.', 'We will not stop')?.speaker).toBe('Zhang Junshe');
  });
});

describe('"X quoted Y as saying …": Y said it, X relayed it', () => {
  it.each([
    ['The state news agency SUNA quoted Burhan as saying that any deal would require a withdrawal.', 'that any deal would require a withdrawal', 'Burhan', 'The state news agency SUNA'],
    ['The newspaper quoted Ann Smith as saying the plan was dead.', 'the plan was dead', 'Ann Smith', 'The newspaper'],
    ['The agency quoted a witness, a local shopkeeper, as telling police that he saw two men.', 'that he saw two men', 'a witness', 'The agency'],
  ])('%s', (body, text, speaker, relay) => {
    const row = find(body, text);
    expect(row?.text).toBe(text);
    expect(row?.speaker).toBe(speaker);
    expect(row?.relay).toBe(relay);
  });
});

describe('an acronym in parentheses after a name is the name\'s', () => {
  it.each([
    ['Analyst Santiago Basabe of the Latin American Faculty of Social Sciences (FLACSO) said the runoff would hinge on rural voters.', 'Santiago Basabe'],
    ['The World Health Organization (WHO) said the outbreak was over.', 'The World Health Organization'],
  ])('%s', (body, speaker) => {
    expect(recordsOf(article(body))[0]?.speaker).toBe(speaker);
  });

  it('a party tag in parentheses is no acronym: "Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) suggested …" keeps both', () => {
    expect(recordsOf(article('Sens. Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) suggested that the claims could be grounds for a case.'))[0]?.speaker).toMatch(/Merkley/u);
  });
});

describe('a relative clause on the opening subject: its one past tense in -ed is the main clause\'s verb', () => {
  it.each([
    ['Residents who oppose the plan packed council chambers, many wearing green stickers.', 'the plan packed'],
    ['Parents who support the policy filled the meeting room on Tuesday.', 'the policy filled'],
  ])('%s', (body, wrong) => {
    expect(recordsOf(article(body)).some((r) => r.text.includes(wrong))).toBe(false);
  });

  it('"Those who said the plan failed split evenly": "split" may be the main verb, so nothing is cut', () => {
    expect(find('Those who said the plan failed split evenly.', 'the plan failed')).toBeDefined();
  });

  it('"Voters who say the economy is their top issue were evenly divided" keeps its content', () => {
    expect(find('Voters who say the economy is their top issue were evenly divided.', 'the economy')?.text).toBe('the economy is their top issue');
  });
});

describe('"said on Tuesday there was …": the expletive "there" opens the clause after a time phrase', () => {
  it.each([
    ['The Kremlin said on Tuesday there was no date for any meeting.', 'there was no date for any meeting', 'The Kremlin'],
    ['Peskov told reporters on Monday there were no plans for talks.', 'there were no plans for talks', 'Peskov'],
  ])('%s', (body, text, speaker) => {
    expect(find(body, text)?.speaker).toBe(speaker);
  });
});

describe('"people worldwide live …": a word after a noun that may be an adverb leaves the verb a verb', () => {
  it.each([
    ['An estimated 57 million people worldwide live with dementia, according to the World Health Organization.', 'people worldwide live with dementia'],
    ['Thousands of workers nationwide face layoffs, the union said.', 'workers nationwide face layoffs'],
  ])('%s', (body, text) => {
    expect(find(body, text)).toBeDefined();
  });
});

describe('a content ends before ", with X saying …", another report', () => {
  it('the estimate keeps its own claim beside the third who said something', () => {
    const rows = recordsOf(article('The agency estimated last year that about 1.9 million people were living with long Covid, with roughly a third saying it limited their activities "a lot."'));
    expect(rows.find((r) => r.speaker === 'The agency')?.text).toBe('that about 1.9 million people were living with long Covid');
  });

  it('a stance in the "with" clause goes on with the finding: "with 13 percent supporting another candidate"', () => {
    expect(find('The latest poll shows Ortiz leading Ruiz 44 percent to 37 percent, with 13 percent supporting another candidate.', 'Ortiz leading')?.text).toContain('with 13 percent supporting another candidate');
  });
});

describe('a partial quotation in the first of two that-clauses takes both', () => {
  it('"said the company had seen “a pullback” …, and that she did not expect …"', () => {
    const row = find('Olin said the company had seen "a noticeable pullback" in orders since late August, and that she did not expect a recovery before the second quarter.', 'pullback');
    expect(row?.kind).toBe('mixed');
    expect(row?.text).toMatch(/and that she did not expect a recovery before the second quarter$/u);
  });
});

describe('headline quotations and press conferences', () => {
  it('quoted words before a headline\'s colon are no source', () => {
    const rows = recordsOf("'We were robbed': Carver fumes as penalty decides derby\n\nRovers manager Paul Carver was furious after the match.");
    expect(rows.some((r) => r.text.startsWith('Carver fumes'))).toBe(false);
  });

  it('"in his post-match press conference" is no social-media post', () => {
    const q = extractChannel('In his post-match press conference, Carver said the referee was wrong.');
    expect(q).not.toBe('social-media');
    expect(extractChannel('In a post on Facebook, Lee said the match was fixed.')).toBe('social-media');
  });
});

describe('a relative clause whose verb takes a place: "A witness who lives on Mercer Road told …"', () => {
  it.each([
    ['A witness who lives on Mercer Road told a reporter: "I heard shots."', 'A witness'],
    ['Voters who live in Ohio told pollsters: "We want jobs."', 'Voters'],
  ])('%s', (body, speaker) => {
    expect(recordsOf(article(body))[0]?.speaker).toBe(speaker);
  });
});

describe('bodies whose names hold "of": "Fraternal Order of Police", "Joint Chiefs of Staff", "Chamber of Commerce"', () => {
  it.each([
    ['The Grantville Fraternal Order of Police lodge said in a statement that the officer served with honor.', 'The Grantville Fraternal Order of Police lodge'],
    ['The missile flew 600 km, the Joint Chiefs of Staff said.', 'Joint Chiefs of Staff'],
    ['The Chamber of Commerce said the plan would hurt business.', 'The Chamber of Commerce'],
  ])('%s', (body, speaker) => {
    expect(recordsOf(article(body))[0]?.speaker).toBe(speaker);
  });
});

describe('", even as …, according to X": X sources the contrast, not the speaker before it', () => {
  it.each([
    ['Mediators said the negotiations had reached a critical stage, even as airstrikes killed at least 27 people overnight, according to health officials.'],
    ['Mediators said the negotiations had reached "a critical stage," even as airstrikes killed at least 27 people overnight, according to health officials.'],
  ])('%s', (body) => {
    const rows = recordsOf(article(body));
    const mediators = rows.find((r) => r.speaker === 'Mediators');
    expect(mediators?.text).toMatch(/critical stage/u);
    expect(mediators?.text).not.toMatch(/airstrikes/u);
    expect(mediators?.relay).toBeNull();
    expect(rows.find((r) => r.speaker === 'health officials')?.text).toBe('airstrikes killed at least 27 people overnight');
  });
});

describe('a fronted participle\'s phrase is no subject: "Asked about the plan, she declined to comment, saying …"', () => {
  it.each([
    ['Ann Lee met the envoy. Asked about the plan, she declined to comment, saying only that talks would go on.', 'talks would go on', 'Ann Lee'],
    ['Rallying supporters in Ohio, Ann Lee promised change. A Lee presidency, she vowed, would bring jobs.', 'would bring jobs', 'Ann Lee'],
  ])('%s', (body, text, speaker) => {
    expect(find(body, text)?.speaker).toBe(speaker);
  });
});

describe('a verb of settling a question reports no claim with its whether-clause', () => {
  it('"who will decide whether charges are warranted" gives nothing; "asked whether …" is still a question put', () => {
    const rows = recordsOf(article('The findings go to the district attorney, who will decide whether charges are warranted. Ortiz asked whether the plan would work.'));
    expect(rows.map((r) => r.text)).toEqual(['whether the plan would work']);
  });
});

describe('"but not" and a phrase with no verb stays in the content', () => {
  it.each([
    ['Hale told jurors the case was a tragedy but not a crime.', 'the case was a tragedy but not a crime'],
    ['Voters said using the server was improper but not illegal.', 'using the server was improper but not illegal'],
  ])('%s', (body, text) => {
    expect(find(body, text.slice(0, 12))?.text).toBe(text);
  });

  it('"but not enough would change" is a clause of its own', () => {
    expect(find('Ortiz said the plan was bold but not enough would change.', 'the plan')?.text).toBe('the plan was bold');
  });
});

describe('a verb inside a question put reports nobody\'s stance', () => {
  it('"Asked by an analyst whether the company would consider cutting its dividend, Roe said …"', () => {
    const rows = recordsOf(article('Asked by a Morgan Stanley analyst whether the company would consider cutting its dividend, Roe said the board would review it in March.'));
    expect(rows.map((r) => r.speaker)).toEqual(['Roe']);
  });

  it('"The company would consider selling the unit, Roe said" still gives the company\'s stance', () => {
    expect(recordsOf(article('Roe said the company would consider selling the unit.')).map((r) => r.text)).toContain('the company would consider selling the unit');
  });
});

describe('look-alikes the blind check found', () => {
  it('"Rahman continued the campaign, even as …, according to X": no verb of saying reports the contrast, so X sources the whole clause', () => {
    expect(recordsOf(article('Rahman continued the campaign this week, even as the company faced questions, according to a rival executive.'))[0]?.text).toMatch(/^Rahman continued the campaign/u);
  });

  it('"quoted Rahman as saying in 2023 that …": the time is the saying\'s, not the content\'s', () => {
    expect(find('The paper quoted Ann Lee as saying last year that the plan was dead.', 'the plan was dead')?.text).toBe('that the plan was dead');
  });

  it('"Neither the palace nor the commission said who …" is nobody\'s claim', () => {
    expect(recordsOf(article('Neither the palace nor the commission said who would ultimately own them.'))).toEqual([]);
  });
});

describe('"Tijani said X, officials said": the one who opens the report said it, relayed by the tail\'s speaker', () => {
  it('Tijani is credited, relayed by officials; the officials\' report stays', () => {
    const rows = recordsOf(article('Tijani said Nigeria would build a new museum, officials said.'));
    expect(rows.find((r) => r.text === 'Nigeria would build a new museum')).toMatchObject({ speaker: 'Tijani', relay: 'officials' });
    expect(rows.find((r) => r.speaker === 'officials')?.text).toBe('Tijani said Nigeria would build a new museum');
  });

  it('a relative clause inside the subject is no report of its own', () => {
    const rows = recordsOf(article('The tricks that Carson accused Cruz of are not on the same level as the scandal, the candidate said.'));
    expect(rows.some((r) => r.relay === 'the candidate')).toBe(false);
  });
});
