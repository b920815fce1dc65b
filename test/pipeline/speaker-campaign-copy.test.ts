import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
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

describe('"what" or "which" opens a relative clause whose subject is the speaker', () => {
  it.each<[what: string, text: string, fragment: string, speaker: string | null]>([
    ['"in what X called"', 'Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker called "hand-to-hand combat."', 'hand-to-hand', 'Jo Baker'],
    ['"in what X, a role, called"', 'Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, a Reagan aide, called "hand-to-hand combat."', 'hand-to-hand', 'Jo Baker'],
    ['an adjective before the role, a possessive inside it', "Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, national treasurer for Ronald Reagan's insurgent campaign, called \"hand-to-hand combat.\"", 'hand-to-hand', 'Jo Baker'],
    ['"in which X said"', 'Convention\n\nThe fight ended in a speech in which Hal Moss said the party was "finished."', 'finished', 'Hal Moss'],
    ['a described speaker after "what"', 'Convention\n\nThe vote came after what several lawmakers called "a stunt."', 'a stunt', 'several lawmakers'],
  ])('%s', (_what, text, fragment, speaker) => {
    expect(speakerOf(text, fragment)).toBe(speaker);
  });

  it('a quotation after a verb that follows a comma is never an inverted speaker', () => {
    const quotes = extract('Convention\n\nPaul Manafort ran the floor in 1976, in what Jo Baker, national treasurer for the campaign, called "hand-to-hand combat."').quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['"hand-to-hand combat."', 'Jo Baker']]);
  });
});

describe('a time alone is no claim\'s content', () => {
  it.each<[what: string, text: string]>([
    ['"reports on Monday evening:"', 'Donor\n\nFox News’ Ed Henry reports on Monday evening:\n\n“It helps Republicans down ballot,” the donor said.'],
    ['"reported on Tuesday night."', 'Donor\n\nThe donor pledged more money, and Ed Henry reported on Tuesday night.'],
  ])('%s', (_what, text) => {
    expect(extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([]);
  });

  it('a time before "that" leaves the clause as the content', () => {
    expect(extract('Donor\n\nEd Henry reports on Monday evening that the deal is off.').quotes.map((q) => q.text)).toEqual(['that the deal is off']);
  });
});
