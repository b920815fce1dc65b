import { mayBeVerb, tagsOfLower } from './claims/verbless.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * The index of the "who" (or "that" after a noun: "groups that backed him") opening a restrictive
 * relative clause whose verb stands right before `toks[first]`, or before its preposition there, or
 * -1: "Voters who backed | the mayor", "A man who has long known | Ortiz", "A witness who lives on |
 * Mercer Road". Not after a comma (an aside the walk reads itself).
 */
export function relativeBefore(toks: readonly Token[], first: number, floor: number): number {
  // ("A witness who lives on | Mercer Road", "Voters who live in | Ohio": the verb's preposition first)
  if (VERB_PREPOSITIONS.has(toks[first - 1]?.text ?? '') && first - 1 > floor) first--;
  const verb = toks[first - 1];
  if (!verb || verb.kind !== 'word' || isCapitalised(verb) || !mayBeVerb(verb.text)) return -1;
  let k = first - 2;
  while (k >= floor && first - 2 - k < 2 && toks[k]?.kind === 'word' && (RELATIVE_ADVERBS.has(toks[k]?.text ?? '') || /^\p{Ll}+ly$/u.test(toks[k]?.text ?? ''))) k--;
  const rel = toks[k]?.text.toLowerCase();
  const host = toks[k - 1];
  if (k - 1 < floor || !host || host.kind !== 'word') return -1;
  if (rel === 'who') return k;
  return rel === 'that' && !isCapitalised(host) && /^NNS?$/u.test(tagsOfLower(host.text)?.[0] ?? '') ? k : -1;
}
const VERB_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'for', 'near', 'from', 'with', 'outside', 'inside', 'across']);
// (auxiliaries and adverbs of the relative clause's verb group: "who had backed", "who once praised")
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'once', 'also', 'never', 'not', 'long', 'still', 'first', 'later', 'often']);
