import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Interviews printed as questions and answers, on invented articles. */
const story = readFileSync(new URL('../fixtures/stories/harbour-interview.txt', import.meta.url), 'utf8');
const answers = (text: string) => extract(text).quotes.filter((q) => q.rule === 'interview-answer');

describe('an interview printed as questions and answers', () => {
  it('gives every answer, without its label, to the person the introduction names', () => {
    const got = answers(story);
    expect(got.map((a) => a.text)).toEqual([
      'The contractor underestimated the silt. We have told them that every further week of delay costs them, not the taxpayer.',
      'No. Every roster was checked by an independent safety officer, and I would invite anyone who doubts that to read her report.',
      'In September, if the cranes arrive on time.',
    ]);
    for (const a of got) {
      expect(a.kind).toBe('direct');
      expect(a.speaker?.name).toBe('Ingrid Holm');
      expect(a.channel?.type).toBe('interview');
      expect(a.doubt).toBeNull();
      expect(story.slice(a.start, a.end)).toBe(a.text);
    }
  });

  it('makes no record of the questions, and no claim of the speaker\'s own out of an answer', () => {
    const all = extract(story).quotes;
    expect(all.some((q) => q.text.includes('Why?'))).toBe(false);
    expect(all.some((q) => q.kind === 'indirect' && q.text.includes('every further week'))).toBe(false);
    expect(all.some((q) => q.text.startsWith('that to read'))).toBe(false);
  });

  it('keeps the quotations after the interview with their own speakers', () => {
    const dyer = extract(story).quotes.filter((q) => q.speaker?.name === 'Mark Dyer');
    expect(dyer.map((q) => q.text)).toEqual(['"September is a fantasy,"', '"The cranes have not even been ordered."']);
  });

  it('does not count the byline\'s writer, named again in the introduction, as the one answering', () => {
    const text = 'The harbour master on silt\n\nBy Sam Okoro\n\nCaptain Ingrid Holm took over in January. She spoke to the Gazette\'s Sam Okoro.\n\nQ: Why is the dredging late?\n\nA: The contractor underestimated the silt.\n\nQ: When will the terminal open?\n\nA: In September.\n';
    expect(answers(text).map((a) => a.speaker?.name)).toEqual(['Ingrid Holm', 'Ingrid Holm']);
  });

  it('does not take the interviewer the introduction names for the one answering', () => {
    const qa = '\n\nQ: Where have you been?\n\nA: Hiding. I could not write anything.\n\nQ: Will you tour?\n\nA: Yes, in the spring.\n';
    // the introduction names only the interviewer: the one person the headline names answers
    for (const intro of ['The singer talks to Ben Aldridge about her new record.', 'Ben Aldridge meets the singer in her London studio.', 'The singer spoke with the Gazette\'s Ben Aldridge about grief.']) {
      expect(answers(`Clara Dunmore on grief and her new album\n\n${intro}${qa}`).map((a) => a.speaker?.name ?? null)).toEqual(['Clara Dunmore', 'Clara Dunmore']);
    }
    // both named in the introduction: the interviewer is set aside
    expect(answers(`A singer on grief\n\nClara Dunmore talks to Ben Aldridge about her new record.${qa}`).map((a) => a.speaker?.name ?? null)).toEqual(['Clara Dunmore', 'Clara Dunmore']);
    // the headline names two people: nobody is picked
    const two = answers(`Clara Dunmore and Jo Dunmore on grief\n\nThe sisters talk to Ben Aldridge about their record.${qa}`);
    expect(two.map((a) => a.speaker?.name ?? null)).toEqual([null, null]);
  });

  it('leaves the answers unknown, and says why, when the introduction names two people', () => {
    const text = 'Two views on the ferry\n\nCouncillor Ana Ortiz and engineer Raj Patel disagree about the terminal. Both spoke to the Gazette.\n\nQ: Will it open in September?\n\nA: Yes, if the cranes arrive.\n\nQ: And if they do not?\n\nA: Then in the spring.\n';
    const got = answers(text);
    expect(got).toHaveLength(2);
    for (const a of got) {
      expect(a.speaker?.name ?? null).toBeNull();
      expect(a.doubt?.reason).toMatch(/more than one person/u);
      expect(a.confidence).toBeLessThan(0.5);
    }
  });

  it('reads nothing as an interview from a single answer label or a list', () => {
    const text = 'Quiz night\n\nThe quiz had one hard question.\n\nQ: What is the capital of Australia?\n\nA: Canberra.\n\nThe winners took home a trophy.\n';
    expect(answers(text)).toEqual([]);
    const list = 'Options\n\nThe council weighed two plans.\n\nA. Build a new terminal on the north quay.\n\nB. Repair the old one.\n';
    expect(answers(list)).toEqual([]);
  });
});

describe('a transcript labelled with the speakers\' names', () => {
  const transcript = readFileSync(new URL('../fixtures/stories/harbour-transcript.txt', import.meta.url), 'utf8');
  it('gives each labelled paragraph to the person the label names', () => {
    const got = answers(transcript).map((a) => [a.speaker?.name, a.speaker?.mention, a.text]);
    expect(got).toEqual([
      ['Sam Okoro', 'OKORO', 'The dredging contract is six months late. Why?'],
      ['Ingrid Holm', 'HOLM', 'The contractor underestimated the silt. We have told them that every further week of delay costs them.'],
      ['Sam Okoro', 'OKORO', 'When will the ferry terminal open?'],
      ['Ingrid Holm', 'HOLM', 'In September, if the cranes arrive on time.'],
    ]);
  });
  it('makes no headline claim of a one-sentence line', () => {
    expect(extract(transcript).quotes.filter((q) => q.kind === 'indirect' && q.text.includes('September'))).toEqual([]);
  });
  it('reads no transcript from labels that name nobody in the article, or header fields', () => {
    const text = 'Notes\n\nThe council met on Monday.\n\nUpdated: The vote was moved.\n\nEditor\'s note: An earlier version misspelled a name.\n\nMODERATOR: Please take your seats.\n\nAUDIENCE: No!\n\nMODERATOR: Thank you.\n';
    expect(answers(text)).toEqual([]);
  });
  it('reads a one-line "Name: …" headline as a headline, not a transcript', () => {
    const text = 'Ana Ortiz: Fares Will Fall Next Year\n\nAna Ortiz, the transport minister, spoke on Monday.\n';
    expect(answers(text)).toEqual([]);
  });
});

describe('one person\'s answers labelled with a name after the interviewer\'s questions', () => {
  const INTERVIEW = [
    'Marta Quell on the long road back',
    '',
    'Marta Quell won the Lisbon half marathon on Sunday, a year after surgery. She spoke to us on Monday.',
    '',
    'Q: How did you feel at the finish?',
    '',
    'Quell: Honestly, I did not see the clock. I was looking at the ground.',
    '',
    'Q: What kept you going through the injury?',
    '',
    'Quell: Stubbornness, mostly. My physio told me that I had not finished what I started.',
    '',
    'Q: Your coach said the group was tired. Were you?',
    '',
    'Quell: Completely.',
  ].join('\n');

  it('each answer is a quotation of that person', () => {
    const got = answers(INTERVIEW);
    expect(got.map((a) => a.text)).toEqual(['Honestly, I did not see the clock. I was looking at the ground.', 'Stubbornness, mostly. My physio told me that I had not finished what I started.', 'Completely.']);
    for (const a of got) expect(a.speaker?.name).toBe('Marta Quell');
  });

  it('no claim inside an answer is left to nobody', () => {
    expect(extract(INTERVIEW).quotes.filter((q) => q.kind === 'indirect' && q.text.includes('finished what I started'))).toEqual([]);
  });

  it('labels that name nobody in the article make no answer', () => {
    const text = 'Strike guide\n\nRail staff walk out on Tuesday.\n\nQ: Will trains run?\n\nSouthern: No trains will run on Tuesday.\n\nQ: Can I get a refund?\n\nTip: Check with your operator.\n';
    expect(answers(text)).toEqual([]);
  });

  it('one question is too little to make a transcript of a name and its colon', () => {
    const text = 'Budget talks\n\nAna Ortiz chairs the council.\n\nQ: Will the budget pass?\n\nOrtiz: The council will vote on Friday.\n';
    expect(answers(text)).toEqual([]);
  });
});
