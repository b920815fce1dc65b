import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const rowsOf = (sentence: string) => recordsOf(`Clash\n\n${sentence}`);

describe('"…,” and she shot back that …": a second speaker\'s reply in the same sentence is a record of its own', () => {
  it('each speaker keeps their own quoted words', () => {
    const rows = rowsOf('Tom Kessler and Ana Ferreira clashed on air. He told Ferreira that she was “looking in the rear-view mirror,” and she shot back that he was “looking at a mirror that isn\'t there.”');
    const first = rows.find((r) => r.text.includes('rear-view mirror'));
    const reply = rows.find((r) => r.text.includes('a mirror that isn'));
    expect(first?.speaker).toBe('Tom Kessler');
    expect(first?.text).not.toContain('mirror that isn');
    expect(reply?.speaker).toBe('Ana Ferreira');
  });

  it.each<[sentence: string, words: string, speaker: string]>([
    ['Ana Ferreira shot back that he was “looking at a mirror that isn\'t there.”', 'mirror that isn', 'Ana Ferreira'],
    ['Ana Ferreira fired back that the plan was “a fantasy.”', 'a fantasy', 'Ana Ferreira'],
  ])('a particle cue takes a "that" clause holding the quotation: %s', (sentence, words, speaker) => {
    expect(rowsOf(sentence).find((r) => r.text.includes(words))?.speaker).toBe(speaker);
  });
});
