import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

const FAMILY = [
  'Handover at Brightwater',
  '',
  'Founder Richard Pembroke will hand the chief executive role to his son, Daniel Pembroke, at the end of the month.',
  '',
  'Daniel Pembroke, 38, said in an interview that he was "not worried" by the reaction.',
  '',
  'The elder Pembroke, 71, said in a statement that the decision had been "a long time coming."',
  '',
  '"Daniel was not handed this job," Richard Pembroke said. Asked about Europe, the younger Pembroke said: "My dad built this company."',
  '',
  'Pembroke said the plan was sound.',
].join('\n');

describe('"the elder Pembroke", "the younger Pembroke": two people bear the surname, and the epithet does not say which', () => {
  const quotes = extract(FAMILY).quotes;
  const at = (words: string) => quotes.find((q) => q.text.includes(words));

  it.each([['a long time coming'], ['My dad built this company']])('"%s" is left to the desk, with both names in the doubt', (words) => {
    const q = at(words);
    expect(q?.speaker?.name ?? null).toBeNull();
    expect(q?.speaker?.mention).toBe('Pembroke');
    expect(q?.doubt?.reason).toContain('Richard Pembroke');
    expect(q?.doubt?.reason).toContain('Daniel Pembroke');
    expect(q?.confidence).toBeLessThan(0.7);
  });

  it('full names keep their speakers', () => {
    expect(at('not worried')?.speaker?.name).toBe('Daniel Pembroke');
    expect(at('Daniel was not handed')?.speaker?.name).toBe('Richard Pembroke');
  });

  it('a surname alone still goes to the one named last, as news writes it', () => {
    expect(at('the plan was sound')?.speaker?.name).toBe('Richard Pembroke');
  });
});
