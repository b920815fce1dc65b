import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/**
 * A given name written with accents ("Andrés", "Mónica", "Raúl") marks a gender as it does without
 * them, so a "he" or "she" can tell two people apart by it.
 */
describe('accented given names mark a gender', () => {
  it.each<[what: string, text: string, words: string, speaker: string | null]>([
    ['"he" after a man and a woman, his name accented', 'Count\n\nRaúl Ibarra Soto and Mónica Ferrer met on Sunday.\n\nHe added that the count was fair.', 'count was fair', 'Raúl Ibarra Soto'],
    ['"she" after a man and a woman, her name accented', 'Count\n\nRaúl Ibarra Soto and Mónica Ferrer met on Sunday.\n\nShe added that the count was fair.', 'count was fair', 'Mónica Ferrer'],
    ['the same names unaccented', 'Count\n\nRaul Ibarra Soto and Monica Ferrer met on Sunday.\n\nShe added that the count was fair.', 'count was fair', 'Monica Ferrer'],
  ])('%s', (_what, text, words, speaker) => {
    expect(recordsOf(text).find((r) => r.text.includes(words))?.speaker ?? null).toBe(speaker);
  });
});
