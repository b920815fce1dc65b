import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/** The longest aside between a cue and its "that", in words: "in a letter to the board". */
const MAX_ASIDE_WORDS = 8;

/**
 * `said, however, that …`, `testified, for example, that …`, `argued, in a letter to the board,
 * that …`: an adverbial set off by commas right after the cue, closed right before "that". Returns
 * the index of that "that", or -1. The aside holds no clause of its own (no subject pronoun or
 * auxiliary: "said, as he left, that …" is read by the relative and adjunct rules), and the comma
 * at `k` must open it.
 */
export function thatAfterCommaAside(words: readonly Word[], k: number): number {
  if (words[k]?.text !== ',') return -1;
  for (let j = k + 1; j < Math.min(words.length, k + 2 + MAX_ASIDE_WORDS); j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ';:()—–') || isBlankedWord(w.text) || SUBJECT_PRONOUNS.has(w.lower) || AUX_WORDS.has(w.lower) || w.lower === 'that') return -1;
    if (w.text === ',') return j > k + 1 && words[j + 1]?.lower === 'that' ? j + 1 : -1;
  }
  return -1;
}

/**
 * `said flatly that …`, `argued persuasively that …`: a manner adverb right after the cue, before
 * "that", is the narrator's; returns the index of that "that", or -1.
 */
export function thatAfterMannerAdverb(words: readonly Word[], k: number): number {
  const w = words[k];
  return w && /^\p{Ll}{3,}ly$/u.test(w.text) && words[k + 1]?.lower === 'that' ? k + 1 : -1;
}
