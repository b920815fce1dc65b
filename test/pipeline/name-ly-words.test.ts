import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/**
 * A capitalised word in -ly is an adverb only when the part-of-speech lexicon knows it as one
 * ("Finally", "Separately"); a company's or a person's name in -ly ("Grammarly", "Reilly") names
 * the speaker.
 */
describe('names in -ly', () => {
  it.each<[text: string, words: string, speaker: string | null]>([
    ['Hiring\n\nTaskly said it would hire 200 engineers next year.', 'hire 200 engineers', 'Taskly'],
    ['Hiring\n\nBookingly said on Monday that its founders had left.', 'founders had left', 'Bookingly'],
    ['Court\n\nThe hearing ended early. Reilly said she would appeal.', 'she would appeal', 'Reilly'],
    // real adverbs keep naming nobody
    ['Talks\n\nThe talks ended. Finally said the deal was done.', 'the deal was done', null],
  ])('%s', (text, words, speaker) => {
    expect(recordsOf(text).find((r) => r.text.includes(words))?.speaker ?? null).toBe(speaker);
  });

  it('keeps a fronted adverb out of the speaker', () => {
    const rows = recordsOf('Talks\n\nSeparately, Ana Ruiz said the deal was done.');
    expect(rows.find((r) => r.text.includes('the deal was done'))?.speaker).toBe('Ana Ruiz');
  });
});
