import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const rowsOf = (sentence: string) => recordsOf(`Fire\n\nDonna Whitaker fled her home. ${sentence}`);

describe('"She said a deputy banged on her door and told her to go": a verb whose object is the speaker\'s own pronoun is not the speaker\'s', () => {
  it('the second verb stays inside what she said, and no claim of hers "told her" is made', () => {
    const rows = rowsOf('She said a sheriff\'s deputy banged on her door at about 3 p.m. and told her to go immediately.');
    expect(rows.find((r) => r.text.includes('banged on her door'))?.text).toContain('told her to go immediately');
    expect(rows.some((r) => r.text === 'her to go immediately')).toBe(false);
  });

  it('a second verb of her own is still a claim of its own ("… and told reporters she would not return")', () => {
    const rows = rowsOf('She said the fire was close and told reporters she would not return.');
    expect(rows.find((r) => r.text.includes('would not return'))?.speaker).toBe('Donna Whitaker');
    expect(rows.find((r) => r.text.includes('the fire was close'))?.text).not.toContain('return');
  });
});
