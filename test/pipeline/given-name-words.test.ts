import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { speakerOf } from './speaker-of.js';

/**
 * Given names that are also a modal or a month ("Will", "May") open a name when only a surname and a
 * finite verb follow them: "Will Thornton said", "May Ross scored twice". A question ("Will Trump
 * win?") and a month before a name ("In May Ross …") are no such name.
 */
describe('a given name that is also a word', () => {
  it.each<[what: string, text: string, quote: string, speaker: string | null]>([
    ['"Will" before a surname and a verb of saying', 'Match report\n\n"We were lucky," Will Thornton said.', 'We were lucky', 'Will Thornton'],
    ['"May" before a surname and a past verb, then "she"', 'Match report\n\n"We were lucky," said Jane Hale.\n\nMay Ross scored twice. "I just hit it," she said.', 'I just hit it', 'May Ross'],
  ])('%s', (_what, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('a question opened by "Will" names nobody "Will"', () => {
    const names = extract('Vote ahead\n\nWill Trump win the state? Ana Ortiz said he would.').quotes.map((q) => q.speaker?.name);
    expect(names).not.toContain('Will Trump');
  });
});
