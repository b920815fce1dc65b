import { describe, expect, it } from 'vitest';
import { readsSurnameFirst } from '../../src/pipeline/given-name-gender.js';
import { recordsOf } from './record-rows.js';

const speakerOf = (text: string, words: string): string | null | undefined => recordsOf(text).find((r) => r.text.includes(words))?.speaker;

describe('a name written surname first marks no gender by its first word', () => {
  it.each<[name: string, surnameFirst: boolean]>([
    ['Kim Jong-hyun', true],
    ['Lee Soo-min', true],
    // (two short words are not told from a Western middle name: "Kim Sue Baker")
    ['Kim Jong Un', false],
    ['Kim Sue Baker', false],
    ['Kim Clijsters', false],
    ['Lee Anderson', false],
    ['Jean-Pierre Martin', false],
  ])('%s', (name, surnameFirst) => {
    expect(readsSurnameFirst(name.split(' '))).toBe(surnameFirst);
  });

  it('"he" after a Korean official named surname first is that official, not the man named before ("Kim" is also a woman\'s name)', () => {
    const text = "Drills\n\nDefence minister Tom Reyes said the drills were routine.\n\nKim Jong-hyun, a senior party official, spoke to state television on Monday. 'The enemy will regret this,' he said.";
    expect(speakerOf(text, 'The enemy will regret this')).toBe('Kim Jong-hyun');
  });

  it('"she" after "Lee Soo-min" is her ("Lee" is also a man\'s name)', () => {
    const text = "Talks\n\nAnna Berg, the Swedish envoy, said talks would resume.\n\nLee Soo-min, the South Korean envoy, said the talks had stalled. She noted that 'nobody is listening.'";
    expect(speakerOf(text, 'nobody is listening')).toBe('Lee Soo-min');
  });

  it('"Van der Berg" opening a sentence marks no gender by "Van"', () => {
    const text = "Talks\n\nAnna Berg said the talks would resume.\n\nVan der Berg, who chairs the panel, spoke next. 'We are close,' she said.";
    expect(speakerOf(text, 'We are close')).toBe('Van der Berg');
  });
});

describe('"Xi" after "Xi Jinping": a surname written first stands alone for the person named in full', () => {
  it.each<[text: string, words: string, speaker: string]>([
    ['Talks\n\nChinese President Xi Jinping met Putin on Monday. Xi said the talks were “deep and friendly.”', 'deep and friendly', 'Xi Jinping'],
    ['Talks\n\nPark Ji-won, the envoy, arrived on Monday. Park said the talks were “useful.”', 'useful', 'Park Ji-won'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
