import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/**
 * A surname alone stands for someone who bears it: a Korean name written surname first ("Choi
 * Min-jun" bears "Choi") as well as a Western one ("Dae-ho Choi"), and the one named before it over
 * one named after; a reporter named only in an agency's credit line is no one the story quotes.
 */
describe('a surname alone and its bearers', () => {
  it.each<[what: string, text: string, words: string, speaker: string | null]>([
    ['a surname-first name before a credit line', 'Tensions\n\nChoi Min-jun, a lawmaker, told reporters the talks had stalled. Choi said he expected another missile launch this month.\n\n(Reporting by Dae-ho Choi; Editing by Tom Hale)', 'another missile launch', 'Choi Min-jun'],
    ['a surname-first name and a Western one, both before', 'Tensions\n\nChoi Min-jun, a lawmaker, spoke first. Analyst Dae-ho Choi, who studies the North, spoke later. Choi said he expected another missile launch.', 'another missile launch', 'Dae-ho Choi'],
    ['only the reporter in the credit line bears it', 'Tensions\n\nThe lawmaker spoke on Monday. Choi said he expected another missile launch this month.\n\n(Reporting by Dae-ho Choi; Editing by Tom Hale)', 'another missile launch', 'Choi'],
    ['the reporter is also quoted in the story', 'Tensions\n\nDae-ho Choi, an analyst, spoke on Monday. Choi said he expected another missile launch this month.', 'another missile launch', 'Dae-ho Choi'],
  ])('%s', (_what, text, words, speaker) => {
    expect(recordsOf(text).find((r) => r.text.includes(words))?.speaker ?? null).toBe(speaker);
  });
});
