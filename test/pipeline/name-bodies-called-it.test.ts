import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/** The speaker and type of the first record whose words contain `words`. */
function speakerOf(text: string, words: string): [string | null, string | null] {
  const row = recordsOf(text).find((r) => r.text.includes(words));
  return [row?.speaker ?? null, row?.type ?? null];
}

/**
 * A name alone, with no given name or title, that speaks and whose next verb of saying has "it" as
 * subject is a body, and that "it" is the body; so are a newspaper's title ("The Harbor Gazette"),
 * a command ("Pacific Fleet Command") and initials with stops ("The U.N.").
 */
describe('bodies typed as bodies', () => {
  it.each<[what: string, text: string, words: string, speaker: string | null, type: string]>([
    ['"it" as the next subject of saying', 'Fine\n\nTarnwick said it would appeal. It said the fine was unfair.', 'the fine was unfair', 'Tarnwick', 'organization'],
    ['"it" with an adverb before the verb', 'Fine\n\nTarnwick said on Monday that it would appeal. It also said the fine was unfair.', 'the fine was unfair', 'Tarnwick', 'organization'],
    ['a newspaper', 'Leak\n\nThe Dunmore Gazette said it stood by its reporting.', 'stood by its reporting', 'The Dunmore Gazette', 'organization'],
    ['a command', 'Launch\n\nPacific Fleet Command said it was tracking the launch.', 'tracking the launch', 'Pacific Fleet Command', 'organization'],
    ['initials with stops', 'Talks\n\nThe U.N. said the talks would resume.', 'talks would resume', 'The U.N.', 'organization'],
    // a person whose next verb of saying has another subject stays a person
    ['"he" as the next subject of saying', 'Fine\n\nTarnwick said it was over. He said the fine was unfair.', 'it was over', 'Tarnwick', 'person'],
    ['a given name alone', 'Fine\n\nMolly said it was over. It said nothing more.', 'it was over', 'Molly', 'person'],
  ])('%s', (_what, text, words, speaker, type) => {
    expect(speakerOf(text, words)).toEqual([speaker, type]);
  });
});
