import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

/** Wrong speakers found reading invented campaign copy, each in its general form. */
describe('a name that modifies the head of an adjective-led phrase is not the speaker', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['an adjective, a place, then the head', 'Caucus push\n\nThe push drew notice. Veteran Ohio organisers say there is a benefit from the attention.', 'there is a benefit', 'Veteran Ohio organisers'],
    ['lower case after a subordinator', 'Caucus push\n\nThe push drew notice. While veteran Ohio organisers say there is a benefit from the attention, others disagree.', 'there is a benefit', 'veteran Ohio organisers'],
    ['"longtime" before a party', 'Caucus push\n\nThe push drew notice, and longtime GOP donors said the plan had failed.', 'the plan had failed', 'longtime GOP donors'],
    // "hands" names people only in a few set phrases: no speaker rather than the place
    ['"old Ohio political hands": unknown, not "Ohio"', 'Caucus push\n\nThe push drew notice. While old Ohio political hands say there is a benefit from the attention, others disagree.', 'there is a benefit', null],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });
});
