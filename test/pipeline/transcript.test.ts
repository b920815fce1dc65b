import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

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
  'Quell: Completely. As my mother says, "rest is training too."',
  '',
  'A: This answer has no name.',
].join('\n');

describe('an interview printed as questions and answers', () => {
  const quotes = extract(INTERVIEW).quotes;
  const at = (words: string) => quotes.find((q) => q.text.includes(words));

  it.each([['Honestly, I did not see the clock. I was looking at the ground.'], ['Stubbornness, mostly. My physio told me that I had not finished what I started.']])('the answer after a name label is a quotation of that person: %s', (answer) => {
    const q = quotes.find((x) => x.text === answer);
    expect(q?.kind).toBe('direct');
    expect(q?.speaker?.name).toBe('Marta Quell');
  });

  it('a claim inside an answer is no unattributed paraphrase of its own', () => {
    expect(quotes.filter((q) => q.kind === 'indirect' && q.text.includes('finished what I started'))).toEqual([]);
  });

  it('an answer with quotation marks of its own keeps their reading', () => {
    expect(at('rest is training too')).toBeDefined();
    expect(quotes.find((q) => q.text.startsWith('Completely.'))).toBeUndefined();
  });

  it('"A:" names nobody', () => {
    expect(at('This answer has no name')).toBeUndefined();
  });
});

describe('a name and a colon outside a transcript are no answer', () => {
  it.each([
    ['one question is too little to tell a transcript from a label', 'Budget talks\n\nQ: Will the budget pass?\n\nOrtiz: The council will vote on Friday.'],
    ['a label after no question', 'Budget talks\n\nQ: Will the budget pass?\n\nQ: When?\n\nThe council met.\n\nUpdate: The council will vote on Friday.'],
  ])('%s', (_what, text) => {
    expect(extract(text).quotes.filter((q) => q.kind === 'direct' && q.text.startsWith('The council will vote'))).toEqual([]);
  });
});
