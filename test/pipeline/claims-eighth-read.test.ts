import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Every record saidby gives for `text`: its kind, its text as written and its speaker's name. */
const recordsOf = (text: string): { kind: string; text: string; speaker: string | null }[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

/** The texts of the records saidby gives for `text`. */
const textsOf = (text: string): string[] => recordsOf(text).map((r) => r.text);

describe('a colon between an hour and its minutes is part of a clock time', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['"10:15 a.m." before "according to"', 'Trail\n\nThe fire was reported at 10:15 a.m. near the trailhead, according to the Forest Service.', 'The fire was reported at 10:15 a.m. near the trailhead', 'Forest Service'],
    ['a bare "9:30" before "according to"', 'Trail\n\nThe suspect was arrested at 9:30 on Friday, according to a police spokesman.', 'The suspect was arrested at 9:30 on Friday', 'a police spokesman'],
    ['"8:05 p.m." inside a reported clause', 'Trail\n\nThe governor said the evacuation order would be lifted at 8:05 p.m. on Sunday.', 'the evacuation order would be lifted at 8:05 p.m. on Sunday', 'The governor'],
    ['"6:45 a.m." before a trailing frame', 'Trail\n\nPower was restored to most homes by 6:45 a.m., the utility said.', 'Power was restored to most homes by 6:45 a.m.', 'the utility'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });

  it('the content of "according to" runs back past "11:40 p.m." to the sentence start', () => {
    const texts = textsOf('Trail\n\nOfficers reached the store at about 11:40 p.m. and found a man with a stab wound, according to a statement from the Riverton Police Department.');
    expect(texts).toContain('Officers reached the store at about 11:40 p.m. and found a man with a stab wound');
    expect(texts.filter((t) => t.startsWith('40'))).toEqual([]);
  });

  it('a headline\'s colon after a name is still a source\'s colon', () => {
    expect(recordsOf('Mayor Jane Roe: The bridge will open in May\n\nThe council met on Monday.')).toContainEqual({ kind: 'indirect', text: 'The bridge will open in May', speaker: 'Jane Roe' });
  });
});

describe('a phrase opened by a preposition is no subject of an inserted frame', () => {
  it('"slightly below the $2.1 billion analysts had expected" is a relative clause on a figure', () => {
    const records = recordsOf('Trail\n\nThird-quarter revenue rose 4 per cent to $2.05 billion, slightly below the $2.1 billion analysts had expected, according to LSEG data.');
    expect(records).toContainEqual({ kind: 'indirect', text: 'Third-quarter revenue rose 4 per cent to $2.05 billion', speaker: 'LSEG data' });
    expect(records.filter((r) => r.text === 'according to LSEG data' || /analysts/u.test(r.speaker ?? ''))).toEqual([]);
  });

  it('"in line with the figure analysts had predicted" gives no claim', () => {
    expect(recordsOf('Trail\n\nProfit was $40 million, in line with the figure analysts had predicted.').filter((r) => r.kind === 'indirect')).toEqual([]);
  });

  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['an approximate count is still a subject', 'Trail\n\nThe plan, about 40 analysts said, would fail.', 'would fail', 'about 40 analysts'],
    ['a plain subject', 'Trail\n\nThe merger, the chairman said, would go ahead in May.', 'would go ahead in May', 'the chairman'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });
});

describe('"according to X" after a verb whose object alone says nothing is X\'s claim of the act', () => {
  it('"Smith denied wrongdoing, according to court filings"', () => {
    expect(recordsOf('Trail\n\nSmith denied wrongdoing, according to court filings.')).toContainEqual({ kind: 'indirect', text: 'Smith denied wrongdoing', speaker: 'court filings' });
  });

  it('a reported clause stays its speaker\'s, relayed by the according-to source', () => {
    const q = extract('Trail\n\nThe suspect told officers he had been drinking, according to police.').quotes.find((r) => r.text === 'he had been drinking');
    expect(q?.speaker?.mention).toBe('The suspect');
    expect(q?.reportedBy?.name).toBe('police');
  });

  it('a position on an object stays the speaker\'s', () => {
    expect(recordsOf('Trail\n\nThe company denied the allegations, according to a statement.')).toContainEqual({ kind: 'indirect', text: 'the allegations', speaker: 'The company' });
  });
});

describe('a noun in apposition with a relative clause of its own is no speaker of the quotation before it', () => {
  it.each<[what: string, text: string, speaker: string, cue: string]>([
    ['"testimony that prosecutors say …"', 'Trail\n\nA former bookkeeper told jurors on Tuesday that she had been told to move money "whenever the auditors were in town," testimony that prosecutors say is central to their case.', 'A former bookkeeper', 'told'],
    ['"a claim that engineers say …"', 'Trail\n\nThe mayor said the bridge was "unsafe and crumbling," a claim that engineers say is wrong.', 'The mayor', 'said'],
  ])('%s', (_what, text, speaker, cue) => {
    const q = extract(text).quotes.find((r) => r.kind === 'mixed');
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
  });

  it('a trailing frame with a plain subject still names the quotation\'s speaker', () => {
    const q = extract('Trail\n\nThe bridge was "unsafe and crumbling," the engineers said.').quotes.find((r) => r.text.includes('crumbling'));
    expect(q?.speaker?.name).toBe('the engineers');
  });
});

describe('an object read in a sense that reports nothing is no claim', () => {
  it.each<[what: string, text: string]>([
    ['"added" and a count of assists', 'Trail\n\nWebb, who scored 19 points and added eight assists, said the steal was planned.'],
    ['"added" and two counts', 'Trail\n\nOkafor finished with 27 points and added 12 rebounds and four assists in the win.'],
    ['"confirmed it" and an adverb', 'Trail\n\nWebb confirmed it afterwards.'],
    ['"denied it" and a time', 'Trail\n\nSmith denied it again on Tuesday.'],
    ['"called" a witness by role and name', 'Trail\n\nLater the prosecution called a second witness, Gareth Olmstead.'],
    ['"were called to" a place', 'Trail\n\nOfficers were called to the store at about 11 p.m. on Friday.'],
    ['"called" people on the telephone', 'Trail\n\nThe mayor called both candidates on Tuesday night.'],
  ])('%s', (_what, text) => {
    expect(textsOf(text).filter((t) => /assists|rebounds|afterwards|again on|witness|to the store|candidates/u.test(t))).toEqual([]);
  });

  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['"added that …"', 'Trail\n\nWebb scored 19 points. He added that the steal was planned.', 'that the steal was planned', 'Webb'],
    ['"called the plan a failure"', 'Trail\n\nThe mayor called the plan a failure.', 'the plan a failure', 'The mayor'],
    ['"called the officers heroes"', 'Trail\n\nThe senator called the officers heroes.', 'the officers heroes', 'The senator'],
    ['"called on … to"', 'Trail\n\nThe senator called on the governor to resign.', 'the governor to resign', 'The senator'],
    ['"called the charges unsubstantiated …"', 'Trail\n\nThe campaign called the charges unsubstantiated and fabricated by disgruntled former employees.', 'the charges unsubstantiated and fabricated by disgruntled former employees', 'The campaign'],
    ['"confirmed it had …"', 'Trail\n\nThe company confirmed it had cut 200 jobs.', 'it had cut 200 jobs', 'The company'],
    ['"called it a failure" and a day', 'Trail\n\nCritics called it a failure on Monday.', 'it a failure on Monday', 'Critics'],
  ])('still a claim: %s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });
});

describe('a passive report with only a time or place after it carries no relay', () => {
  it('"was first reported just before 11 a.m. …, according to X" is X\'s claim', () => {
    const records = recordsOf('Trail\n\nThe fire was first reported just before 11 a.m. near the Bear Creek trailhead, according to the U.S. Forest Service.');
    expect(records).toContainEqual({ kind: 'indirect', text: 'The fire was first reported just before 11 a.m. near the Bear Creek trailhead', speaker: 'U.S. Forest Service' });
    expect(records.filter((r) => r.text.startsWith('just before'))).toEqual([]);
  });

  it('a fronted "shortly after" phrase leaves the claim after it alone', () => {
    expect(recordsOf('Trail\n\nShortly after the vote, the mayor said the bridge would close.')).toContainEqual({ kind: 'indirect', text: 'the bridge would close', speaker: 'the mayor' });
  });
});

describe('a summoned witness described after the name is still no claim', () => {
  it('"called a second witness, Maria Lund, a forensic expert hired by the firm"', () => {
    expect(textsOf('Trail\n\nThe defence called a second witness, Maria Lund, a forensic expert hired by the firm.').filter((t) => t.includes('witness'))).toEqual([]);
  });

  it('a small clause after a named person stays', () => {
    expect(recordsOf('Trail\n\nThe judge called the defendant, Tom Reyes, a danger to the public.')).toContainEqual({ kind: 'indirect', text: 'the defendant, Tom Reyes, a danger to the public', speaker: 'The judge' });
  });
});
