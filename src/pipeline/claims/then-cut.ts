import { CUE_FORMS } from './lexicon.js';
import type { Word } from './words.js';

/**
 * "The mayor thanked the crowd for its patience, then said she would run again": a content read
 * from word `k` ends before ", then" (or ", and then") and a cue verb, which opens a second
 * coordinated claim of the same subject (`then-verb.ts` reads it); `end` otherwise.
 */
export function endBeforeThenCue(words: readonly Word[], k: number, end: number): number {
  for (let j = k + 1; j + 2 < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= end) break;
    if (w.text !== ',') continue;
    const then = words[j + 1]?.lower === 'and' ? j + 2 : j + 1;
    const verb = words[then + 1];
    if (words[then]?.lower === 'then' && verb && verb.text === verb.lower && CUE_FORMS.has(verb.lower)) return w.start;
  }
  return end;
}
