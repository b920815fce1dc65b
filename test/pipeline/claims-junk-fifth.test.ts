import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Every record saidby gives for `text`: its kind, its text as written and its speaker's name. */
const recordsOf = (text: string): { kind: string; text: string; speaker: string | null }[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

/** The texts of the records saidby gives for `text`. */
const textsOf = (text: string): string[] => recordsOf(text).map((r) => r.text);

describe('a description before a name set off by commas is an apposition, no content', () => {
  it.each<[what: string, text: string, junk: string]>([
    ['a possessive description, then a quotation', 'Trail\n\nThe governor\'s press secretary, Lena Marsh, told reporters on the bus: "Nothing is settled yet."', "The governor's press secretary"],
    ['a described role, then a listener and a time', "Trail\n\nThe mayor's chief pollster, Ivo Brandt, told the Herald on Monday.", "The mayor's chief pollster"],
  ])('%s', (_what, text, junk) => {
    expect(textsOf(text)).not.toContain(junk);
  });

  it.each<[what: string, text: string, content: string]>([
    ['a clause before a name and its role is still a tail', 'Trail\n\nFares will rise next spring, Ivo Brandt, the treasurer, said.', 'Fares will rise next spring'],
    ['a clause before a bare name is still a tail', 'Trail\n\nFares will rise next spring, Ivo Brandt said.', 'Fares will rise next spring'],
  ])('%s', (_what, text, content) => {
    expect(textsOf(text)).toContain(content);
  });
});

describe('a fronted "when asked" clause is the question put, no piece of the answer', () => {
  it.each<[what: string, text: string, junk: string]>([
    ['"When asked about" a titled name', 'Trail\n\nWhen asked about Rep. Dora Kell (D-Ore.), Varga said, "She is a fine colleague, but she is wrong."', 'When asked about Rep. Dora Kell (D-Ore.)'],
    ['"When asked whether"', 'Trail\n\nWhen asked whether he would run again, Varga said, "Not this time."', 'When asked whether he would run again'],
    ['an asker in lower case', 'Trail\n\nAsked by reporters about the budget gap, Varga said, "We will close it."', 'Asked by reporters about the budget gap'],
  ])('%s', (_what, text, junk) => {
    expect(textsOf(text)).not.toContain(junk);
  });

  it('the question itself is still read, with nobody named as its speaker', () => {
    expect(recordsOf('Trail\n\nWhen asked whether he would run again, Varga said, "Not this time."')).toContainEqual({ kind: 'indirect', text: 'whether he would run again', speaker: null });
  });

  it('the answer after the frame is still the speaker\'s', () => {
    expect(recordsOf('Trail\n\nWhen asked whether he would run again, Varga said, he had not decided.')).toContainEqual({ kind: 'indirect', text: 'he had not decided', speaker: 'Varga' });
  });

  it('a named asker keeps the question', () => {
    expect(recordsOf('Trail\n\nAsked by Jensen to respond to the criticism, Varga said, "Nothing to add."')).toContainEqual({ kind: 'indirect', text: 'to respond to the criticism', speaker: 'Jensen' });
  });
});

describe('the topic of a question put that only points at something is no claim', () => {
  it.each<[what: string, text: string]>([
    ['"the" and one noun', 'Trail\n\nAsked about the comments, Ms. Varga said: "I meant every word."'],
    ['a titled name with a party tag', 'Trail\n\nWhen asked about Rep. Dora Kell (D-Ore.), Varga said, "She is a fine colleague."'],
    ['a pronoun', 'Trail\n\nAsked about it, Varga said she had moved on.'],
  ])('%s', (_what, text) => {
    expect(recordsOf(text).filter((r) => r.kind === 'indirect' && r.speaker === null)).toEqual([]);
  });

  it.each<[what: string, text: string, topic: string]>([
    ['a topic with a modifier says more', 'Trail\n\nAsked about his paid speeches in the last race, the campaign said he had given none.', 'his paid speeches in the last race'],
    ['a possessive name and a noun', "Trail\n\nAsked about Kell's charges, Varga said the bill was dead.", "Kell's charges"],
    ['a gerund clause', 'Trail\n\nAsked about raising the gas tax, Varga said the bill was dead.', 'raising the gas tax'],
  ])('%s', (_what, text, topic) => {
    expect(textsOf(text)).toContain(topic);
  });
});

describe('a fronted phrase closed by a programme title in quotation marks is no content', () => {
  it.each<[what: string, text: string, junk: string, content: string, speaker: string]>([
    ['a question after the title', 'Trail\n\nOn ABC\'s "Morning Desk," host Rita Olsen asked Varga whether he would debate his rival.', 'On ABC\'s "Morning Desk,"', 'whether he would debate his rival', 'Rita Olsen'],
    ['a statement after "in an interview on"', 'Trail\n\nIn an interview on "Weekend Edition," Varga said the race was tightening.', 'In an interview on "Weekend Edition,"', 'the race was tightening', 'Varga'],
  ])('%s', (_what, text, junk, content, speaker) => {
    const records = recordsOf(text);
    expect(records.map((r) => r.text)).not.toContain(junk);
    expect(records).toContainEqual({ kind: 'indirect', text: content, speaker });
  });

  it('a quotation before its attribution is still the quotation', () => {
    expect(recordsOf('Trail\n\n"We will carry every county," Varga said on Sunday.')).toEqual([{ kind: 'direct', text: '"We will carry every county,"', speaker: 'Varga' }]);
  });

  it('words in lower case after a fronted phrase are words said, not a title', () => {
    const records = recordsOf('Trail\n\nIn Iowa "we will carry every county," Varga said.');
    expect(records.some((r) => r.text.includes('"we will carry every county,"') && r.speaker === 'Varga')).toBe(true);
  });
});

describe('a participle and its time after an according-to source belong to the source', () => {
  it.each<[what: string, text: string, junk: string, content: string]>([
    ['a day name', 'Poll\n\nAccording to the Harlow College survey, released Thursday, 48 percent of voters back the levy.', 'released Thursday', '48 percent of voters back the levy'],
    ['"today"', 'Audit\n\nAccording to the audit, published today, the pension fund is short by $2 million.', 'published today', 'the pension fund is short by $2 million'],
  ])('%s', (_what, text, junk, content) => {
    const texts = textsOf(text);
    expect(texts).not.toContain(junk);
    expect(texts).toContain(content);
  });

  it('a participle with a prepositional phrase is still skipped', () => {
    expect(textsOf('Audit\n\nAccording to the audit, published in March, the pension fund is short.')).toContain('the pension fund is short');
  });
});

describe('the span of a partial quotation follows its claim', () => {
  it.each<[what: string, text: string, content: string]>([
    // the time and place before "that" are the cue's adjuncts
    ['a time and a place with commas before "that"', 'Trail\n\nVarga said Monday evening in Dover, Del., that the count was "a disgrace."', 'that the count was "a disgrace."'],
    ['an abbreviation\'s stop inside the content', 'Trail\n\nHer brother, Aldo, said he was "all in" for Gov. Kell.', 'he was "all in" for Gov. Kell'],
    ['an abbreviation before a place', 'Trail\n\nVarga said she was "thrilled" to campaign in St. Paul.', 'she was "thrilled" to campaign in St. Paul'],
  ])('%s', (_what, text, content) => {
    expect(textsOf(text)).toContain(content);
  });

  it('a clause before "that" is no adjunct, and stays', () => {
    expect(recordsOf('Trail\n\nVarga said the count was late and that it was "a disgrace."').some((r) => r.text.startsWith('the count was late'))).toBe(true);
  });
});

describe('a gloss that names the noun before it, after a dash, is the writer\'s', () => {
  it('once the content has its verb, the gloss ends it', () => {
    expect(textsOf('Tour\n\nOrganisers say there is a benefit in the long tour — known here as the full circuit — for any candidate.')).toContain('there is a benefit in the long tour');
  });

  it('a gloss on the subject before its verb stays inside', () => {
    expect(textsOf('Tour\n\nCritics say the plan — known locally as the Big Dig — will cost billions.')).toContain('the plan — known locally as the Big Dig — will cost billions');
  });
});

describe('what a speaker declined or refused to say is no claim, nor is a cue inside it', () => {
  it.each<[what: string, text: string]>([
    ['"declined to say whether … endorse"', 'Trail\n\nMs. Varga declined to say whether she would endorse Mr. Kell.'],
    ['"refused to say whether … supports"', 'Trail\n\nKell refused to say whether he supports the harbour levy.'],
  ])('%s', (_what, text) => {
    expect(recordsOf(text)).toEqual([]);
  });

  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['a new clause after "but" is its own speaker\'s claim', 'Trail\n\nKell declined to say whether he supports the levy, but his aides said he backs it.', 'he backs it', 'his aides'],
    ['a verb of the subject\'s own after "and"', 'Trail\n\nKell declined to comment and suggested that the plan was dead.', 'that the plan was dead', 'Kell'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });
});

describe('"appeared" with company or a place is a physical appearance, no seeming', () => {
  it.each<[what: string, text: string]>([
    ['"appeared together"', 'Fair\n\nMs. Varga and Mr. Kell appeared together in Salem on Friday.'],
    ['"appeared alongside"', 'Fair\n\nKell appeared alongside his rival at the county fair.'],
    ['"appeared jointly"', 'Fair\n\nThe two governors appeared jointly at a forum on water rights.'],
  ])('%s', (_what, text) => {
    expect(recordsOf(text)).toEqual([]);
  });

  it('a seeming is still read', () => {
    expect(textsOf('Fair\n\nKell appeared uneasy at the county fair.')).toContain('uneasy at the county fair');
  });
});
