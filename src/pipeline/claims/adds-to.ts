import { mayBeFiniteVerb } from './verbless.js';
import { AUX_WORDS, DETERMINER } from './word-classes.js';
import { isMark, type Word } from './words.js';

/** The words that open an amount: "tens of millions", "$9 million", "200 jobs". */
const AMOUNT_OPENER = /^(?:[$£€]?\d[\d,.]*|tens|hundreds|thousands|millions|billions|dozens|several|some|more|another)$/u;

/**
 * "The account adds a critical voice to the record", "the deal added $9 million to the fortune",
 * "added 200 jobs to its payroll": "add" with an object and then "to" and a noun phrase puts
 * something into something, and reports no words. The object opens at `k`, right after the verb;
 * a clause before any "to" ("added the plan would add jobs to the region") is a claim.
 */
export function addsSomethingTo(words: readonly Word[], k: number): boolean {
  const first = words[k];
  if (!first || !(DETERMINER.test(first.lower) || AMOUNT_OPENER.test(first.lower)) || first.lower === 'that') return false;
  for (let j = k + 1; j < words.length && j <= k + 10; j++) {
    const w = words[j] as Word;
    if (w.lower === 'to') {
      const next = words[j + 1];
      return next !== undefined && (DETERMINER.test(next.lower) || AMOUNT_OPENER.test(next.lower) || /^\p{Lu}/u.test(next.text) || /[’']s$/u.test(next.text));
    }
    if (isMark(w.text, ',;:()—–') || AUX_WORDS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower))) return false;
  }
  return false;
}
