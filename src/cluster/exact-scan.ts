/**
 * The exact key of a wording and its number of words, read off its text in one pass: what
 * exactKey(normalizedWords(text)) and its length give, without building the words. Nearly every
 * record stored is a copy decided by its exact key alone, and splitting its text into a string
 * per word cost more than the rest of that decision's JavaScript.
 */
import { combined, EXACT_PREFIX, feed1, feed2, H1_START, H2_START, type ClusterGroup } from './fingerprints.js';
import { ASCII_TYPOGRAPHIC } from './wording.js';

/** An exact key and how many words it hashed. */
export interface ScannedKey {
  key: number;
  words: number;
}

const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;

/** A unit lower-cased as String#toLowerCase does for ASCII (A-Z only). */
function lower(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
}
function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}
/** A lower-case ASCII letter. */
function isLetter(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/**
 * exactKey(normalizedWords(text), group) and the number of words, for a text of ASCII and the
 * typographic marks normalizedWords reads with its ASCII pattern (ASCII_TYPOGRAPHIC); null for
 * any other text. The pattern written out (wording.ts, ASCII_WORD on the lower-cased text, ’ as
 * '): a word starting with a digit is digits with "." or "," between digit runs ("3,000.50";
 * "2x" is 2, then x); one starting with a letter is letters and digits, then apostrophes each
 * followed by letters ("don't", "rock'n'roll", "x2"); every other unit is skipped.
 */
export function scanExactKey(text: string, group: ClusterGroup): ScannedKey | null {
  if (!ASCII_TYPOGRAPHIC.test(text)) return null;
  const prefix = EXACT_PREFIX[group];
  let h1 = H1_START;
  let h2 = H2_START;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    h1 = feed1(h1, c);
    h2 = feed2(h2, c);
  }
  const n = text.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    let c = lower(text.charCodeAt(i));
    const digit = isDigit(c);
    if (!digit && !isLetter(c)) {
      i++;
      continue;
    }
    if (words > 0) {
      h1 = feed1(h1, 0x20);
      h2 = feed2(h2, 0x20);
    }
    words++;
    if (digit) {
      // [0-9]+(?:[.,][0-9]+)*
      for (;;) {
        while (i < n && isDigit((c = text.charCodeAt(i)))) {
          h1 = feed1(h1, c);
          h2 = feed2(h2, c);
          i++;
        }
        const sep = i + 1 < n ? text.charCodeAt(i) : 0;
        if ((sep !== 0x2e && sep !== 0x2c) || !isDigit(text.charCodeAt(i + 1))) break;
        h1 = feed1(h1, sep);
        h2 = feed2(h2, sep);
        i++;
      }
    } else {
      // [a-z0-9]+(?:'[a-z]+)*
      while (i < n && (isLetter((c = lower(text.charCodeAt(i)))) || isDigit(c))) {
        h1 = feed1(h1, c);
        h2 = feed2(h2, c);
        i++;
      }
      for (;;) {
        const mark = i + 1 < n ? text.charCodeAt(i) : 0;
        if ((mark !== APOSTROPHE && mark !== CURLY_APOSTROPHE) || !isLetter(lower(text.charCodeAt(i + 1)))) break;
        h1 = feed1(h1, APOSTROPHE);
        h2 = feed2(h2, APOSTROPHE);
        i++;
        while (i < n && isLetter((c = lower(text.charCodeAt(i))))) {
          h1 = feed1(h1, c);
          h2 = feed2(h2, c);
          i++;
        }
      }
    }
  }
  return { key: combined(h1, h2), words };
}
