import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { speakerOf } from './speaker-of.js';

/** Wrong speakers found reading invented British and Washington copy, each in its general form. */
describe('"reports" after a name and before a stop or a time is the verb', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['"Henry reports on Monday evening,"', 'Donors\n\nThe money flowed. “It helps Republicans down ballot,” Henry reports on Monday evening, noting the meeting.', 'down ballot', 'Henry'],
    ['"the Journal reports."', 'Donors\n\nThe money flowed. “It helps Republicans down ballot,” The Wall Street Journal reports.', 'down ballot', 'The Wall Street Journal'],
    ['"Ed Henry reports."', 'Donors\n\nThe money flowed. “It helps Republicans down ballot,” Ed Henry reports.', 'down ballot', 'Ed Henry'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('a plural noun with its own verb is the subject, not the cue ("UN reports say")', () => {
    const q = extract('Donors\n\nThe money flowed. “It helps Republicans down ballot,” UN reports say.').quotes[0];
    expect([q?.speaker?.name, q?.cue?.text]).toEqual(['UN reports', 'say']);
  });
});
