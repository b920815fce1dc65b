import { tagsOfLower } from './verbless.js';
import { isMark, type Word } from './words.js';

/**
 * A non-restrictive relative clause closed by a comma, then an infinitive: "she called the governor
 * after the vote, which secured her the post, to thank him", "vowed to form a task force, which
 * would include the army, to fight the gangs". The infinitive after the closing comma cannot be the
 * relative's: it is the purpose of the content's own verb, and the content goes on through it.
 */

/** The index of the comma that closes the relative opened at the comma `j`, when "to" and a bare verb follow it; else -1. */
export function relativeClosesIntoInfinitive(words: readonly Word[], j: number, sentenceEnd: number): number {
  if (words[j]?.text !== ',' || !/^(?:which|who)$/u.test(words[j + 1]?.lower ?? '')) return -1;
  for (let n = j + 3; n < Math.min(words.length, j + MAX_RELATIVE_WORDS); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || isMark(x.text, ';:()—–')) return -1;
    if (x.text !== ',') continue;
    const verb = words[n + 2];
    const bare = verb !== undefined && verb.text === verb.lower && (tagsOfLower(verb.lower) ?? []).includes('VB');
    return words[n + 1]?.text === 'to' && bare ? n : -1;
  }
  return -1;
}

/** How far (in words) the closing comma may be from the relative's opening one. */
const MAX_RELATIVE_WORDS = 20;
