import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const speakerOf = (text: string, words: string): string | null | undefined => recordsOf(text).find((r) => r.text.includes(words))?.speaker;

describe('"a study by X, which found …": what finds is the document, not the body or the topic after its preposition', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['Her 2019 paper on the Mekong delta, which found that some stretches were losing 30 metres a year, made her name.', 'losing 30 metres', 'Her 2019 paper on the Mekong delta'],
    ['A 2021 study by the University of Leeds, which found that sick days fell, was widely cited.', 'sick days fell', 'A 2021 study by the University of Leeds'],
    ['Supporters cite a study by the Institute for Work and Wellbeing, which found that sick days fell by 22 percent.', 'sick days fell', 'a study by the Institute for Work and Wellbeing'],
  ])('%s', (sentence, words, speaker) => {
    expect(speakerOf(`Research\n\n${sentence}`, words)).toBe(speaker);
  });

  it('a relative after a topic that is no finding stays the topic\'s ("a report on the economy, which grew")', () => {
    expect(recordsOf('Research\n\nOrtiz released a report on the economy, which grew by 3 percent.').some((r) => r.speaker === 'a report on the economy')).toBe(false);
  });
});

describe('a body\'s name runs on through its "for", "of" and "and"', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['The group was backed by the U.S. Chamber of Commerce, which said the rules would cost jobs.', 'would cost jobs', 'U.S. Chamber of Commerce'],
  ])('%s', (sentence, words, speaker) => {
    expect(speakerOf(`Research\n\n${sentence}`, words)).toContain(speaker);
  });
});
