import type { Gender } from './speech-lexicons.js';

// Person nouns that mark a gender a pronoun must agree with; any other person noun fits "he" and
// "she" alike
export const FEMALE_HEADS: ReadonlySet<string> = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'widow', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'actress', 'waitress', 'nun', 'women', 'mothers']);
export const MALE_HEADS: ReadonlySet<string> = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'widower', 'spokesman', 'chairman', 'congressman', 'businessman', 'actor', 'priest', 'men', 'fathers']);

/**
 * The gender the head noun of an unnamed person's description marks ("A spokeswoman for the trust"
 * -> f, "One man" -> m), or null when it marks none ("A nurse").
 */
export function describedGender(phrase: string): Gender | null {
  for (const word of phrase.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FEMALE_HEADS.has(word)) return 'f';
    if (MALE_HEADS.has(word)) return 'm';
  }
  return null;
}
