import { mainClauseAfter } from './clause-edges.js';
import { isVerbless } from './verbless.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * Where a noun-phrase content ends when the sentence goes on with a clause of its own: "courts are
 * ordering [the release of the emails], and a number of probes are percolating" — an object
 * cannot be coordinated with a clause, so ", and" before a subject and its verb ends it. A clause
 * content ("said the courts were slow, and the probes are stalled") is left as it is: whether the
 * second clause is reported too is not settled by its shape. Returns the comma's start, or `end`.
 */
export function endBeforeClauseAfterObject(text: string, words: readonly Word[], k: number, end: number): number {
  for (let c = k + 1; c + 1 < words.length && (words[c] as Word).start < end; c++) {
    const w = words[c] as Word;
    if (isMark(w.text, ';:()—–')) return end;
    if (w.text !== ',' || !/^(?:and|but)$/u.test(words[c + 1]?.lower ?? '')) continue;
    const object = text.slice((words[k] as Word).start, w.start);
    // ("residents of the north side, the west side, and the old town would …": a list's last item)
    if (!isVerbless(object) || object.includes(',')) return end;
    return mainClauseAfter(words, c + 1) || longSubjectThenVerb(words, c + 1) ? w.start : end;
  }
  return end;
}

/** "and a number of congressional probes are percolating": a determiner or pronoun after `a`, then a verb within eight words, no punctuation between. */
function longSubjectThenVerb(words: readonly Word[], a: number): boolean {
  const first = words[a + 1];
  if (!first || !(/^(?:a|an|the|some|many|several|his|her|their|its|our)$/u.test(first.lower) || SUBJECT_PRONOUNS.has(first.lower))) return false;
  for (let j = a + 2; j < Math.min(words.length, a + 10); j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:()—–')) return false;
    if (w.text === w.lower && AUX_WORDS.has(w.lower)) return true;
  }
  return false;
}
