import { ANONYMITY_PHRASES } from '../source-lexicons.js';
import type { Word } from './words.js';
import { tagsOfLower } from './verbless.js';

/** Anonymity phrases that open with their verb ("asked not to be named", "requested anonymity"), lower case. */
const VERB_ANONYMITY_PHRASES: readonly string[] = ANONYMITY_PHRASES.filter((p) => /^(?:asked|requested|declined|spoke)\s/u.test(p));

/** "who asked not to be named", "who requested anonymity": word `k` opens an anonymity phrase in a relative clause. */
export function asksAnonymity(text: string, words: readonly Word[], k: number): boolean {
  const w = words[k] as Word;
  if (!/^(?:who|that)$/u.test(words[k - 1]?.lower ?? '')) return false;
  const after = text.slice(w.start, w.start + 40).toLowerCase();
  return VERB_ANONYMITY_PHRASES.some((p) => after.startsWith(p));
}

/**
 * "A neighbour who asked not to be named because she feared retaliation said …": word `k` stands in
 * the reason given for anonymity, a clause opened by "because", "as" or "since" right after an
 * anonymity phrase. A verb there ("feared") reports nothing, and is no verb of the sentence's subject.
 */
export function inAnonymityReason(text: string, words: readonly Word[], k: number): boolean {
  const j = anonymityReasonStart(words, k);
  if (j < 0) return false;
  // the reason clause's own verb is the first after its subject: "said" after "feared retaliation" is the sentence's
  for (let n = j + 1; n < k; n++) if (/^(?:VBD|VBZ|VBP|MD)$/u.test(tagsOfLower((words[n] as Word).lower)?.[0] ?? '')) return false;
  const before = text.slice(Math.max(0, (words[j] as Word).start - 60), (words[j] as Word).start).toLowerCase().replace(/[\s,]+$/u, '');
  return ANONYMITY_PHRASES.some((p) => before.endsWith(p));
}

/** The index of the "because", "as" or "since" at most six words before word `k`, or -1. */
function anonymityReasonStart(words: readonly Word[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 6; j--) if (/^(?:because|as|since)$/u.test((words[j] as Word).lower)) return j;
  return -1;
}
