import { codePointLetterOrDigitLength, isSpace } from './tokens.js';

// Character tests, trims and word counts read by code, for what runs on every word of a phrase or
// on every quotation: a regex replace or split there (`/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu` on
// each word, `/…\S{1,2}$/u` tried at every position of a quotation) cost most of the time.

/**
 * `s` without its leading and trailing characters that are neither letters nor digits (code point
 * by code point), as `s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')`. Read from both ends by
 * hand: the regex retries from every position of a long run (“We will` + 20,000 spaces + `win”)
 * and takes quadratic time.
 */
export function trimToLettersAndDigits(s: string): string {
  let a = 0;
  while (a < s.length && codePointLetterOrDigitLength(s, a) === 0) a += (s.codePointAt(a) as number) > 0xffff ? 2 : 1;
  let b = s.length;
  while (b > a) {
    const last = lastCodePointStart(s, a, b);
    if (codePointLetterOrDigitLength(s, last) > 0) break;
    b = last;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Where the code point ending at `end` starts: `end - 2` for a surrogate pair within `[from, end)`, else `end - 1`. */
export function lastCodePointStart(s: string, from: number, end: number): number {
  const low = s.charCodeAt(end - 1);
  const high = end - 2 >= from ? s.charCodeAt(end - 2) : -1;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
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

/**
 * The first `n` runs of letters, apostrophes and hyphens in `s`, as
 * `s.split(/[^\p{L}’'-]+/u).filter(Boolean).slice(0, n)` gives them, reading no further than the last.
 */
export function firstLetterRuns(s: string, n: number): string[] {
  const out: string[] = [];
  const run = /[\p{L}’'-]+/gu;
  while (out.length < n) {
    const m = run.exec(s);
    if (!m) break;
    out.push(m[0]);
  }
  return out;
}
