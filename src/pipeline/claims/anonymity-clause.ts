import { ANONYMITY_PHRASES } from '../source-lexicons.js';
import type { Word } from './words.js';

/** Anonymity phrases that open with their verb ("asked not to be named", "requested anonymity"), lower case. */
const VERB_ANONYMITY_PHRASES: readonly string[] = ANONYMITY_PHRASES.filter((p) => /^(?:asked|requested|declined|spoke)\s/u.test(p));

/** "who asked not to be named", "who requested anonymity": word `k` opens an anonymity phrase in a relative clause. */
export function asksAnonymity(text: string, words: readonly Word[], k: number): boolean {
  const w = words[k] as Word;
  if (!/^(?:who|that)$/u.test(words[k - 1]?.lower ?? '')) return false;
  const after = text.slice(w.start, w.start + 40).toLowerCase();
  return VERB_ANONYMITY_PHRASES.some((p) => after.startsWith(p));
}
