import { COUNTRY_NAMES, US_STATE_NAMES } from '../source-lexicons.js';
import type { TextRange } from '../segment.js';
import type { Word } from './words.js';

const LONGEST_PLACE = Math.max(...[...US_STATE_NAMES, ...COUNTRY_NAMES].map((p) => p.length));

/**
 * "Stacy Baker of Columbia, South Carolina says …", "a nurse from Leeds, England said …": a state
 * or country after a town and a comma places the town; the phrase it ends belongs to the noun
 * before the town, which is the subject. Returns the index of the town's word, or -1 when
 * `subject` is no such place.
 */
export function townBeforePlace(text: string, words: readonly Word[], subject: TextRange): number {
  // a subject longer than any place name is none: no copy and no look-up for it
  if (subject.end - subject.start > LONGEST_PLACE) return -1;
  const place = text.slice(subject.start, subject.end);
  if (!US_STATE_NAMES.has(place) && !COUNTRY_NAMES.has(place)) return -1;
  let k = words.length - 1;
  while (k >= 0 && (words[k] as Word).start > subject.start) k--;
  if (words[k]?.start !== subject.start || words[k - 1]?.text !== ',') return -1;
  const town = words[k - 2];
  // the town is named, and a preposition of origin or place ties it to the noun before it
  if (!town || !/^\p{Lu}/u.test(town.text)) return -1;
  for (let j = k - 3; j >= Math.max(0, k - 6); j--) if (/^(?:of|from|in)$/u.test(words[j]?.text ?? '')) return k - 2;
  return -1;
}
