import { PERSON_NOUNS } from './source-lexicons.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';

/** A time or an occasion fronted before a clause's subject: "said that in 2021 Brannigan told her". */
export const FRONTED_AT: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'since']);

/**
 * How many words open `out` (the words after a preposition, up to the verb) before a capitalised
 * run that closes it, when those words are a time or an occasion (a year, "one meeting", "the
 * rally"), not a description of the one named ("rival Ted Cruz", "his friend Bruce Turry"); and
 * drops them from `out`.
 */
export function frontedAdjunctWords(out: Token[]): number {
  let n = 0;
  while (n < out.length && !isCapitalised(out[n] as Token)) n++;
  if (n === 0 || n === out.length || !out.slice(n).every((t) => isCapitalised(t) && t.kind === 'word')) return 0;
  if (out.slice(0, n).some((t) => t.kind !== 'word' || ROLE_NOUNS.has(t.text.toLowerCase()) || PERSON_NOUNS.has(t.text.toLowerCase()))) return 0;
  out.splice(0, n);
  return n;
}
