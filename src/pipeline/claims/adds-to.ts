import { mayBeFiniteVerb, tagsOfLower } from './verbless.js';
import { AUX_WORDS, DETERMINER, isNumberWord } from './word-classes.js';
import { isMark, type Word } from './words.js';

/** Words that open an amount besides a number: "tens of millions", "several hundred". */
const AMOUNT_WORDS = /^(?:tens|hundreds|thousands|millions|billions|dozens|several|some|more|another)$/u;

/**
 * "The account adds a critical voice to the record", "the deal added $9 million to the fortune",
 * "added 200 jobs to its payroll": "add" with an object and then "to" and a noun phrase puts
 * something into something, and reports no words. The object opens at `k`, right after the verb.
 * A clause before any "to" is a claim: "added the plan would add jobs to the region", "added the
 * results point to a slowdown" (a present verb after a plural noun).
 */
export function addsSomethingTo(words: readonly Word[], k: number): boolean {
  const first = words[k];
  if (!first || !(DETERMINER.test(first.lower) || isNumberWord(first) || AMOUNT_WORDS.test(first.lower)) || first.lower === 'that') return false;
  for (let j = k + 1; j < words.length && j <= k + 10; j++) {
    const w = words[j] as Word;
    if (w.lower === 'to') {
      const next = words[j + 1];
      return next !== undefined && (DETERMINER.test(next.lower) || isNumberWord(next) || AMOUNT_WORDS.test(next.lower) || /^\p{Lu}/u.test(next.text) || /[’']s$/u.test(next.text));
    }
    if (isMark(w.text, ',;:()—–') || AUX_WORDS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower)) || presentAfterPlural(words, j)) return false;
  }
  return false;
}

/** A present-tense verb form right after a plural noun: "the results point", "the proceeds go". */
function presentAfterPlural(words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  const before = words[j - 1];
  return w.text === w.lower && before !== undefined && (tagsOfLower(before.lower)?.[0] === 'NNS') && (tagsOfLower(w.lower)?.includes('VBP') ?? false);
}
