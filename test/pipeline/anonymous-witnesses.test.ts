import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const claimOf = (sentence: string, words: string) => recordsOf(`Court\n\n${sentence}`).find((r) => r.text.includes(words));

describe('an anonymous witness\'s relative clause, with its reason for anonymity, is not what they said', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['A neighbour who asked not to be named because she feared retaliation said she heard shouting and then a scream.', 'she heard shouting', 'A neighbour'],
    ['A man who works at the plant and did not want his name used said the line had been shut for a week.', 'the line had been shut', 'A man'],
    ['A nurse who spoke on condition of anonymity because she was not authorized to speak said the ward was full.', 'the ward was full', 'A nurse'],
  ])('%s', (sentence, words, speaker) => {
    const r = claimOf(sentence, words);
    expect(r?.speaker).toBe(speaker);
    expect(r?.text.startsWith(words)).toBe(true);
  });

  it('a reason with a clause of its own is still the witness\'s belief', () => {
    const r = claimOf('“We have citizenship,” said the woman, who spoke on the condition of anonymity because she feared her employer would think she lied.', 'her employer would think');
    expect(r).toBeDefined();
  });
});

describe('"praised the nurses who said …": the relative clause\'s own words are its speakers\', not the praiser\'s', () => {
  it('the nurses\' claim is theirs, and no claim of the governor holds it', () => {
    const rows = recordsOf('Hospital\n\nGovernor Reyes praised the nurses who said they had worked double shifts.');
    expect(rows.find((r) => r.text.includes('double shifts'))?.speaker).toBe('the nurses');
    expect(rows.some((r) => r.speaker === 'Reyes' && r.text.includes('double shifts'))).toBe(false);
  });

  it('a relative clause deeper in the object stays inside it ("support a ban on Muslims who are not citizens")', () => {
    const rows = recordsOf('Poll\n\nAbout three-quarters support a temporary ban on Muslims who are not American citizens from entering the country.');
    expect(rows.some((r) => r.text.includes('who are not American citizens'))).toBe(true);
  });
});
