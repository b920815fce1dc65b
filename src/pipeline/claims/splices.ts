import { mainClauseAfter } from './clause-edges.js';
import { tagsOfLower } from './verbless.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * Where narration takes over inside a content without a trailer word: a clause spliced on after a
 * comma (`…, the journalists are missing the point`) and an adjunct of time or occasion that dates
 * the frame's act (`endorsed Clinton during a call with reporters`). Read from word classes only.
 */

/** "…, and the following day, the committee asked …": the comma closes a short adjunct after "and", whose clause goes on. */
export function afterAndAdjunct(words: readonly Word[], j: number): boolean {
  for (let n = j - 1; n >= Math.max(0, j - 5); n--) {
    const x = (words[n] as Word).lower;
    if (x === 'and' || x === 'but') return true;
    if (isMark(x, ',;:—–')) return false;
  }
  return false;
}

/** Words that open the subject of a clause spliced on after a comma. */
export const SPLICE_SUBJECT = /^(?:the|this|these|those)$/u;

/** Whether the content at `k` opens with a subordinate clause ("if …", "that when …"), whose comma leads into the content's own main clause. */
export function opensSubordinate(words: readonly Word[], k: number): boolean {
  const at = words[k]?.lower === 'that' ? k + 1 : k;
  return SUBORDINATORS.test(words[at]?.lower ?? '');
}

const SUBORDINATORS = /^(?:if|when|whenever|since|because|although|though|while|as|unless|until|before|after|once|even|despite|given|in|on|at|for|by|with|without|during|under|over|among|amid|like)$/u;

/**
 * Whether word `j` opens an adjunct of time or occasion that runs to the sentence end: a clause
 * after `when` or `as` with a pronoun subject (`when it came to a vote`, `as he stopped by`), or,
 * after an object noun phrase (`nominal`), `during …` or `at` an event (`at a news conference`)
 * with no verb of its own. Not `as` in a comparison (`as much as it was`), not a clause after an
 * infinitive's `once` or `during` (`to fight back once the race is over`, `to run ads during the
 * debates`, which the infinitive's own act is timed by), nor a phrase inside the content's subject
 * (`the average gift during the quarter was …`).
 */
export function occasionTail(words: readonly Word[], j: number, sentenceEnd: number, nominal: boolean): boolean {
  const w = words[j] as Word;
  const next = words[j + 1]?.lower ?? '';
  // the clause's own verb may follow; a phrase must run on without one
  let clause = false;
  // "a gap when it comes to rural roads": a topic, not a time
  if (w.lower === 'when' && /^(?:comes|come)$/u.test(words[j + 2]?.lower ?? '')) return false;
  if (w.lower === 'when' || (w.lower === 'as' && words[j - 2]?.lower !== 'as')) {
    if (!SUBJECT_PRONOUNS.has(next) || !mainClauseAfter(words, j)) return false;
    clause = true;
  } else if (!nominal) return false;
  else if (w.lower === 'during') {
    if (!/^(?:a|an|the|his|her|their|its|our)$/u.test(next)) return false;
  } else if (w.lower === 'at' && /^(?:a|an|the|his|her|their|its)$/u.test(next)) {
    let n = j + 2;
    while (n < Math.min(words.length, j + 5) && !EVENT_NOUNS.has((words[n] as Word).lower)) n++;
    if (!EVENT_NOUNS.has(words[n]?.lower ?? '')) return false;
  } else return false;
  for (let n = j + 1; n < words.length; n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd) return true;
    if (isMark(x.text, ';:—–') || n - j > 30) return false;
    if (!clause && x.text === x.lower && (AUX_WORDS.has(x.lower) || /^VB[DZP]$/u.test(tagsOfLower(x.lower)?.[0] ?? ''))) return false;
  }
  return true;
}

/** Occasions at which something is said or done: "at a rally", "at a town hall". */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['rally', 'conference', 'hall', 'event', 'summit', 'meeting', 'hearing', 'debate', 'dinner', 'fundraiser', 'luncheon', 'forum', 'reception', 'ceremony', 'convention', 'briefing']);
