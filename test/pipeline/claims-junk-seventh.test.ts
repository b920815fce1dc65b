import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** Every record saidby gives for `text`: its kind, its text as written and its speaker's name. */
const recordsOf = (text: string): { kind: string; text: string; speaker: string | null }[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

/** The texts of the records saidby gives for `text`. */
const textsOf = (text: string): string[] => recordsOf(text).map((r) => r.text);

describe('a trailing attribution whose subject is a coordination in lower case', () => {
  it.each<[what: string, text: string, content: string, speaker: string]>([
    ['two modifiers of one head', 'Trail\n\nThe mayor hid the audit from the council, current and former aides said.', 'The mayor hid the audit from the council', 'current and former aides'],
    ['two noun phrases', 'Trail\n\nThe plant will close in March, two engineers and a union official said.', 'The plant will close in March', 'two engineers and a union official'],
  ])('%s', (_what, text, content, speaker) => {
    expect(recordsOf(text)).toContainEqual({ kind: 'indirect', text: content, speaker });
  });

  it('a list of things before a verb-like noun is no speaker', () => {
    expect(recordsOf('Trail\n\nThe group will flood the county with leaflets, mailers and phone calls.').filter((r) => r.kind === 'indirect')).toEqual([]);
  });
});
