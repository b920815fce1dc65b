/**
 * Letters and digits as `\\p{L}` / `\\p{N}` read them under the u flag, code point by code point:
 * ASCII by its code, the rest by the property. For trims run on every word of a phrase, where a
 * regex replace (`/^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$/gu`) cost most of the time.
 */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * `s` without its leading and trailing characters that are neither letters nor digits (code point
 * by code point), as `s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')`. Read from both ends by
 * hand: the regex retries from every position of a long run (“We will` + 20,000 spaces + `win”)
 * and takes quadratic time.
 */
export function trimToLettersAndDigits(s: string): string {
  let a = 0;
  while (a < s.length) {
    const cp = s.codePointAt(a) as number;
    if (isLetterOrDigit(cp)) break;
    a += cp > 0xffff ? 2 : 1;
  }
  let b = s.length;
  while (b > a) {
    const low = s.charCodeAt(b - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && b - 2 >= a && s.charCodeAt(b - 2) >= 0xd800 && s.charCodeAt(b - 2) <= 0xdbff;
    if (isLetterOrDigit(pair ? (s.codePointAt(b - 2) as number) : low)) break;
    b -= pair ? 2 : 1;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
