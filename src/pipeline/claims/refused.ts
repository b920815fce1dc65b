import { isMark, type Word } from './words.js';

/** Verbs of refusing before "to": "declined to say", "refused to comment", "declining to endorse". */
const REFUSING = /^(?:declin|refus)(?:e|es|ed|ing)$/u;

/**
 * `Ortiz declined to say whether …`, `Ortiz refused to endorse Kell`: the cue at `i` is an
 * infinitive under a verb of refusing, so what it would report was not said or done.
 */
export function isRefused(words: readonly Word[], i: number): boolean {
  return words[i - 1]?.lower === 'to' && REFUSING.test(words[i - 2]?.lower ?? '');
}

/**
 * The index of the word that ends the complement of a refused cue at `i`: `declined to say
 * [whether she would endorse Kell]`. A cue inside it ("endorse") is part of what was not said, no
 * claim of its own. The complement ends at a mark or at a conjunction ("declined to comment and
 * suggested that …" goes on with a verb of its subject's own).
 */
export function refusedComplementEnd(words: readonly Word[], i: number, sentenceEnd: number): number {
  let j = i + 1;
  for (; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd || isMark(w.text, ',;:—–()') || /^(?:but|and|or)$/u.test(w.lower)) break;
  }
  return j;
}
