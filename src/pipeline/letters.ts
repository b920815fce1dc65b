import { isSpace } from './tokens.js';

// Character tests, trims and word counts read by code, for what runs on every word of a phrase or
// on every quotation: a regex replace or split there (`/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu` on
// each word, `/…\S{1,2}$/u` tried at every position of a quotation) cost most of the time.

/** A letter or digit as `\p{L}` / `\p{N}` read it under the u flag: ASCII by its code, the rest by the property. */
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

/** The first `max` words of `s` (its runs of non-space characters), as `s.split(/\s+/u).filter(Boolean).slice(0, max)`. */
export function firstWords(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < max) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const from = i;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(from, i));
  }
  return out;
}

/**
 * `/[,.!?…—–-]\s*\S{1,2}$/u` on `text.slice(start, end)`, read backwards from `end`: a stop or a
 * dash, any space, and one or two characters (the closing marks) ending the span. The regex
 * tried every position of the quotation.
 */
export function endsInStopAndMark(text: string, start: number, end: number): boolean {
  let e = end;
  for (let k = 0; k < 2 && e > start; k++) {
    const low = text.charCodeAt(e - 1);
    if (isSpace(low)) break;
    // one character of \S under the u flag: a surrogate pair is one
    const high = e - 2 >= start ? text.charCodeAt(e - 2) : -1;
    e -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    let j = e;
    while (j > start && isSpace(text.charCodeAt(j - 1))) j--;
    if (j > start && STOPS_AND_DASHES.includes(text[j - 1] as string)) return true;
  }
  return false;
}

const STOPS_AND_DASHES = ',.!?…—–-';
