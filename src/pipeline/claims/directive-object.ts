import { CLAUSE_OPENERS, DETERMINER, PREPOSITIONS } from './word-classes.js';
import type { Word } from './words.js';

/**
 * "a judge ordered the agency to release the files", "the governor ordered a quarantine", "courts
 * are still ordering the release of the emails": an order's object with its infinitive, or an
 * object that names an action (a noun of action heads it), is the directive given, which a reader
 * can check like a statement; "ordered" otherwise takes only a that-clause. "ordered a pizza",
 * "ordered by the court", "in order to win" give none.
 */
export function opensDirectiveObject(base: string, words: readonly Word[], k: number, sentenceEnd: number): boolean {
  if (base !== 'order') return false;
  const first = words[k];
  if (!first || first.start >= sentenceEnd || !/^[\p{L}\p{N}$]/u.test(first.text)) return false;
  if (PREPOSITIONS.has(first.lower) || CLAUSE_OPENERS.has(first.lower) || /^(?:up|out|off|back)$/u.test(first.lower)) return false;
  let head: Word | null = null;
  for (let j = k; j < Math.min(words.length, k + 10); j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd) break;
    // "ordered the agency to release …", "ordered them to wait": the person told, then what to do
    if (w.lower === 'to') return j > k && isBareVerb(words[j + 1]);
    if (PREPOSITIONS.has(w.lower) || CLAUSE_OPENERS.has(w.lower) || !/^[\p{L}\p{N}'’-]+$/u.test(w.text)) break;
    head = w;
  }
  return head !== null && ACTION_NOUN.test(head.lower);
}

/** A noun of action: "a review", "the release", "an evacuation", "limits", "a quarantine". */
const ACTION_NOUN = /^(?:\p{Ll}{3,}(?:tion|tions|sion|sions|ment|ments|ure|ures)|reviews?|releases?|limits?|bans?|halt|recount|quarantine|curfew|lockdown|shutdown|cuts|strikes?|raids?|inquiry|probe|audit|withdrawal|removal|recall|recalls|arrests?|retrial|changes)$/u;

/** A lower-case word after "to" that can be a bare verb: no determiner, preposition or number. */
function isBareVerb(w: Word | undefined): boolean {
  return w !== undefined && /^\p{Ll}+$/u.test(w.text) && !DETERMINER.test(w.lower) && !PREPOSITIONS.has(w.lower);
}
