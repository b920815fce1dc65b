import { tagsOfLower } from './verbless.js';
import type { Word } from './words.js';

/**
 * Whether word `x`, met walking back from a cue to find its subject, is the clause's own verb, so
 * that the subject starts after it: "The court hears the warden begged …", "Flood inquest hears
 * warden 'begged' council …". Only a word the lexicon knows as a present third-person verb and
 * nothing else ("hears", "owns"; not "lives", a noun too, nor a past form: British "organised" is
 * listed as past only), and not inside a relative clause ("The woman whose son owns the bakery said").
 */
export function clauseVerbBefore(words: readonly Word[], x: number): boolean {
  const w = words[x];
  if (!w || w.text !== w.lower) return false;
  const tags = tagsOfLower(w.lower);
  if (tags === undefined || tags.length === 0 || !tags.every((t) => t === 'VBZ')) return false;
  for (let j = x - 1; j >= Math.max(0, x - 4); j--) if (/^(?:who|whose|whom|that|which)$/u.test(words[j]?.lower ?? '')) return false;
  return true;
}
