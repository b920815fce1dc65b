import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Every record saidby gives for `text`: its kind, its text as written and its speaker's name. */
const recordsOf = (text: string): { kind: string; text: string; speaker: string | null }[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

/** The texts of the records saidby gives for `text`. */
const textsOf = (text: string): string[] => recordsOf(text).map((r) => r.text);

describe('a description before a name set off by commas is an apposition, no content', () => {
  it.each<[what: string, text: string, junk: string]>([
    ['a possessive description, then a quotation', 'Trail\n\nThe governor\'s press secretary, Lena Marsh, told reporters on the bus: "Nothing is settled yet."', "The governor's press secretary"],
    ['a described role, then a listener and a time', "Trail\n\nThe mayor's chief pollster, Ivo Brandt, told the Herald on Monday.", "The mayor's chief pollster"],
  ])('%s', (_what, text, junk) => {
    expect(textsOf(text)).not.toContain(junk);
  });

  it.each<[what: string, text: string, content: string]>([
    ['a clause before a name and its role is still a tail', 'Trail\n\nFares will rise next spring, Ivo Brandt, the treasurer, said.', 'Fares will rise next spring'],
    ['a clause before a bare name is still a tail', 'Trail\n\nFares will rise next spring, Ivo Brandt said.', 'Fares will rise next spring'],
  ])('%s', (_what, text, content) => {
    expect(textsOf(text)).toContain(content);
  });
});
