import type { Word } from './words.js';

/**
 * Dashes come in pairs around an inserted phrase ("the depot — a project the board backed — would
 * open in May") or alone before an afterthought ("… the depot — a costly one"). The second dash of
 * a pair closes the insertion and the clause goes on after it.
 */

/** Whether the dash at word `j` closes a pair opened by a dash among words `k..j-1`. */
export function closesDashPair(words: readonly Word[], k: number, j: number): boolean {
  let open = false;
  for (let n = k; n < j; n++) if (isDash((words[n] as Word).text)) open = !open;
  return open;
}

function isDash(text: string): boolean {
  return text === '—' || text === '–';
}

/**
 * "said prices would rise — and that wages would not": "and that" after a dash opens a second
 * clause of the same verb of saying, so the content goes on. `j` is the word after "and"/"but";
 * "— and that was the end of it" has "that" as its subject pronoun (a verb right after it).
 */
export function secondComplement(words: readonly Word[], j: number): boolean {
  if (words[j]?.lower !== 'that') return false;
  const next = words[j + 1];
  // a clause's opening after "that": a determiner, a subject pronoun, a subordinator, or a name
  return next !== undefined && (/^\p{Lu}/u.test(next.text) || CLAUSE_OPENING.test(next.lower));
}

const CLAUSE_OPENING = /^(?:the|a|an|as|if|when|once|he|she|they|we|i|it|you|there|his|her|their|its|our|this|these|those|some|many|most|no)$/u;
