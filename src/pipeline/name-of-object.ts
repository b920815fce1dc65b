import { PERSON_NOUNS } from './source-lexicons.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * "a spokeswoman for the governor, Tom Reed", "an aide to the prime minister, Keir Starmer", "the
 * widow of the man who died, Paul Whitby": a name in apposition after a description whose
 * preposition's object is a person names that person, not the one described ("a spokeswoman for
 * Trump hotels, Jennifer Rodstrom" names the spokeswoman). `from` is the description's first token,
 * `comma` the comma before the name.
 */
export function nameBelongsToObject(toks: readonly Token[], from: number, comma: number): boolean {
  let preposition = -1;
  for (let n = from + 1; n < comma; n++) if (/^(?:for|to|of)$/u.test(toks[n]?.text ?? '')) preposition = n;
  if (preposition < 0) return false;
  for (let n = preposition + 1; n < comma; n++) if (toks[n]?.text === 'who') return true;
  const last = toks[comma - 1];
  return last !== undefined && last.kind === 'word' && !isCapitalised(last) && (ROLE_NOUNS.has(last.text) || PERSON_NOUNS.has(last.text));
}
