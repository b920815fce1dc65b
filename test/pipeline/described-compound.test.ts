import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

/**
 * An unnamed person described by a compound role ("The chief executive", "The chief financial
 * officer") is stored under the whole compound: its head is the last noun, so "He" after "The chief
 * executive denies wrongdoing." is "The chief executive", never "The chief".
 */
describe('a compound role description is one speaker name', () => {
  it.each<[what: string, text: string, claim: string, speaker: string | null]>([
    ['two role nouns', 'Plant to close\n\nThe chief executive denies wrongdoing. He said the decision was final.', 'decision was final', 'The chief executive'],
    ['a possessor before the roles', "Plant to close\n\nThe company's chief executive denies wrongdoing. He said the decision was final.", 'decision was final', "The company's chief executive"],
    ['a modifier between the roles', 'Plant to close\n\nThe chief financial officer denies wrongdoing. He said the books were sound.', 'books were sound', 'The chief financial officer'],
    ['an indefinite compound', 'Ward closes\n\nA nurse manager at the clinic described the shifts. She said the ward was full.', 'ward was full', 'A nurse manager'],
    // negative row: a verb ends the description ("The chief" is all of it)
    ['one role noun then its verb', 'Plant to close\n\nThe chief denies wrongdoing. He said the decision was final.', 'decision was final', 'The chief'],
  ])('%s', (_what, text, claim, speaker) => {
    expect(speakerOf(text, claim)).toBe(speaker);
  });
});
