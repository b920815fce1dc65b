import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../src/pipeline/claims/verbless.js';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * Verbs newer than the part-of-speech lexicon ("emailed", "texted", "livestreamed") are read as
 * past forms from their ending, as a tagger reads an unknown word; a negated participle
 * ("undocumented") and a capitalised word ("Jared") stay unknown. On invented sentences.
 */
describe('a past form the lexicon lacks', () => {
  it.each([
    ['emailed', ['VBD', 'VBN']],
    ['texted', ['VBD', 'VBN']],
    ['livestreamed', ['VBD', 'VBN']],
    // a capitalised word the lexicon lacks is more likely a name
    ['Ahmed', undefined],
    ['Jared', undefined],
    ['unvaccinated', undefined],
    ['qzxed', ['VBD', 'VBN']],
    ['red', ['JJ', 'NN']],
    ['bed', ['NN']],
  ])('%s', (word, tags) => {
    const found = tagsOf(word);
    if (tags === undefined) expect(found).toBeUndefined();
    else expect(found?.slice(0, tags.length)).toEqual(tags);
  });

  const rows: SpeakerRow[] = [
    {
      title: 'the subject of a sentence whose verb the lexicon lacks speaks a participle after it',
      article: 'Vote delayed\n\nThe senator emailed supporters on Friday, saying the bill was dead.\n',
      text: 'the bill was dead',
      speaker: 'The senator',
    },
    {
      title: 'and never a run of the sentence up to the cue',
      article: 'Vote delayed\n\nThe senator emailed supporters on Friday saying the bill was dead, vowing to fight on.\n',
      text: 'to fight on',
      speaker: 'The senator',
    },
  ];
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
});
