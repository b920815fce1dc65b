import type { Word } from './words.js';

/**
 * "on (the) condition of anonymity", "on condition that they not be named": the narrator's terms
 * with a source, not a condition the speaker states ("on condition that it never be sold").
 */
export function anonymityCondition(words: readonly Word[], on: number): boolean {
  const c = words[on + 1]?.lower === 'condition' ? on + 1 : on + 2;
  if (words[c + 1]?.lower === 'of') return true;
  for (let k = c + 1; k <= c + 10 && k < words.length; k++) {
    if (/^(?:named|name|identified|quoted|anonymity|anonymous|attributed)$/u.test(words[k]?.lower ?? '')) return true;
  }
  return false;
}
