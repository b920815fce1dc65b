import type { TextRange } from '../segment.js';
import { codePointLetterOrDigitLength, isAsciiLower, isLowSurrogate, isSpace, letterRunEnd } from '../tokens.js';

/**
 * The words the claim rules read: a sentence with its quotations blanked out, cut into words with
 * their offsets in the article, and the two lookups the rules make on a word list.
 *
 * Does not decide what a word is for (cue, clause edge, subject): the rule modules and the word
 * classes do that.
 */

/** Index of the word starting at `start` (binary search; -1 when none). */
export function wordAt(words: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]?.start ?? 0;
    if (w === start) return mid;
    if (w < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index `j` in (from, to) with `test(words[j])`, or -1: a bounded findIndex. */
export function findWithin<T>(words: readonly T[], from: number, to: number, test: (w: T) => boolean): number {
  for (let j = Math.max(0, from + 1); j < Math.min(words.length, to); j++) if (test(words[j] as T)) return j;
  return -1;
}

/** A word, a dash, or one of `, ; : ( )`: offsets into the article, as written and lower-cased. */
export interface Word extends TextRange {
  text: string;
  lower: string;
}

/**
 * Whether `t` is one of the one-character `marks` (",;:()—–"): what `/^[,;:()—–]$/u.test(t)` asks,
 * without running a pattern on every word the rules read (most words are longer, and fail at once).
 */
export function isMark(t: string, marks: string): boolean {
  return t.length === 1 && marks.includes(t);
}

/** Whether `t` is a blanked quotation's word, all Q's: `/^Q+$/u.test(t)` by hand. */
export function isBlankedWord(t: string): boolean {
  if (t.length === 0 || t.charCodeAt(0) !== 81) return false;
  for (let k = 1; k < t.length; k++) if (t.charCodeAt(k) !== 81) return false;
  return true;
}

/** Abbreviations and initials whose stop is part of the word: "Sen.", "U.S.", "W.". */
const ABBREVIATION = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}?|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Prof|St|Jr|Sr|Mt|Ft|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;

/** Words of the masked sentence (letters, digits, inner apostrophes/hyphens/stops) with offsets. */
export function wordsOf(masked: string, base: number): Word[] {
  // a hand scan, same tokens as /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d)|(?<=(?<!\d)\d{1,2}):\d{2}(?!\d))*\.?|[—–]|[,;:()]/gu: this runs
  // on every sentence of every article and the regex (with its match objects) was the claims stage's
  // largest single cost
  const out: Word[] = [];
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const c = masked.charCodeAt(i);
    // a space (every other character of a sentence) starts nothing: no call to classify it
    if (c === 32) {
      i++;
      continue;
    }
    const len = codePointLetterOrDigitLength(masked, i);
    if (len === 0) {
      if (c === 0x2014 || c === 0x2013 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
        const t = masked[i] as string;
        out.push({ start: base + i, end: base + i + 1, text: t, lower: t });
        i++;
      } else if (c === 0x2015 || (c === 45 && spacedHyphen(masked, i))) {
        // "than the mayor - 60 percent of voters …": a hyphen between spaces is typed for a dash, and
        // the horizontal bar ("tax cuts ― which …") is one
        out.push({ start: base + i, end: base + i + 1, text: '—', lower: '—' });
        i++;
      } else i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(masked.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    const from = i;
    let j = letterRunEnd(masked, i);
    // (the end of the text read as such, not as a character: a read past it makes V8 drop this
    // function's optimised code and compile it again)
    while (j < n) {
      const d = masked.charCodeAt(j);
      if ((d === 0x2019 || d === 39 || d === 46 || d === 45) && codePointLetterOrDigitLength(masked, j + 1) > 0) j = letterRunEnd(masked, j + 1);
      // "2,400", "$1,000,000": a thousands separator is no comma of the sentence
      else if (d === 44 && isThousands(masked, j)) j = letterRunEnd(masked, j + 1);
      // "10:15 a.m.", "at 9:30": a colon between an hour and its minutes is no clause break (the
      // word ends with the minutes: "10:35PMChris" in a scraped live blog is two words)
      else if (d === 58 && isClockColon(masked, j)) j += 3;
      else break;
    }
    if (j < n && masked.charCodeAt(j) === 46) j++;
    if (j - from <= MAX_SHARED_QUOTED_WORD && isQuotedRun(masked, from, j)) {
      // a word of a blanked quotation ("QQQQ"): a third of the words of a news sentence; its two
      // spellings are shared, not sliced and lower-cased again for every one
      out.push({ start: base + from, end: base + j, text: quotedWord(j - from), lower: quotedWordLower(j - from) });
      i = j;
      continue;
    }
    // keep the stop of an abbreviation or initial ("Sen.", "U.S.", "W."), not of a sentence end
    // ("said."); every abbreviation but "vs." starts with a capital, so a lower-case word needs no regex
    // (the stop read in place: the word is sliced once)
    let end = j;
    if (masked.charCodeAt(j - 1) === 46 && ((isAsciiLower(masked.charCodeAt(from)) && !(j - from === 3 && masked.startsWith('vs.', from))) || !ABBREVIATION.test(masked.slice(from, j)))) end = j - 1;
    const word = masked.slice(from, end);
    // most words are in lower case already: lower-cased only when a capital or a non-ASCII letter may change
    // ("The WHO warned": after "the" the capitals are the World Health Organization, which no rule
    // may read as the relative pronoun)
    const lower = word === 'WHO' && out[out.length - 1]?.lower === 'the' ? 'w.h.o' : mayChangeCase(masked, from, end) ? word.toLowerCase() : word;
    out.push({ start: base + from, end: base + end, text: word, lower });
    i = j;
  }
  return out;
}

/** The last sentence cut into words as written (no quotation blanked), for `wordsAsWritten`. */
export interface WrittenWords {
  sentence: TextRange | null;
  words: readonly Word[];
}

/**
 * The words of sentence `r` as written, cut once however many readings ask: `cut` keeps the last
 * sentence cut (the readings of ellipsis ask for the next sentence, whose own turn comes after).
 */
export function wordsAsWritten(text: string, r: TextRange, cut: WrittenWords): readonly Word[] {
  if (cut.sentence !== r) {
    cut.sentence = r;
    cut.words = wordsOf(text.slice(r.start, r.end), r.start);
  }
  return cut.words;
}

/**
 * Whether the hyphen at `i` stands alone between spaces (or a line's edge), as typed for a dash
 * ("rates - and fees - rose"), not inside or before a word ("a well-known", "-5 degrees",
 * "1990-2000"). A run of hyphens ("--") is not read here.
 */
function spacedHyphen(s: string, i: number): boolean {
  return (i === 0 || isSpace(s.charCodeAt(i - 1))) && (i + 1 >= s.length || isSpace(s.charCodeAt(i + 1)));
}

/** Only Q between `from` and `to`: a blanked quotation's word (a stop after it makes it no such word). */
function isQuotedRun(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) !== 81) return false;
  return true;
}

/** Longer runs (a quotation with no spaces) are sliced as any word: the shared spellings stay small. */
const MAX_SHARED_QUOTED_WORD = 40;
const QUOTED_WORDS: string[] = [];
const QUOTED_WORDS_LOWER: string[] = [];
function quotedWord(length: number): string {
  return (QUOTED_WORDS[length] ??= 'Q'.repeat(length));
}
function quotedWordLower(length: number): string {
  return (QUOTED_WORDS_LOWER[length] ??= 'q'.repeat(length));
}

/** A comma at `j` between a digit and exactly three digits: "2,400" (not "in 2016, 400 people"). */
/**
 * Whether the comma or colon at `j` is inside a number, as the word cutter reads it: a thousands
 * separator ("38,000", "$1,250,000") or a clock's colon ("10:30").
 */
export function separatorInNumber(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  return c === 44 ? isThousands(s, j) : c === 58 && isClockColon(s, j);
}

function isThousands(s: string, j: number): boolean {
  const digit = (k: number): boolean => k >= 0 && k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57;
  return digit(j - 1) && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4);
}

/** Whether the colon at `j` joins an hour (one or two digits) to its minutes (two digits): "9:30", "11:40". */
function isClockColon(s: string, j: number): boolean {
  const digit = (k: number): boolean => k >= 0 && k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57;
  return digit(j - 1) && !digit(j - 3) && digit(j + 1) && digit(j + 2) && !digit(j + 3);
}

/** Whether `toLowerCase` may change `s.slice(from, to)`: it holds an ASCII capital or a non-ASCII character. */
function mayChangeCase(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/**
 * The sentence with the inside of every quotation blanked out (same length, so offsets hold):
 * words inside a quotation are the speaker's, never a cue or a clause edge of the narration.
 */
export function maskQuotes(text: string, s: TextRange, quotes: readonly TextRange[]): string {
  if (quotes.length === 0) return text.slice(s.start, s.end); // most sentences quote nobody
  const parts: string[] = [];
  let from = s.start;
  for (const q of quotes) {
    const a = Math.max(q.start, from);
    const b = Math.min(q.end, s.end);
    if (b <= a) continue;
    parts.push(text.slice(from, a), blanked(text, a, b));
    from = b;
  }
  parts.push(text.slice(from, s.end));
  return parts.join('');
}

/**
 * `text.slice(a, b).replace(/[^\s]/gu, 'Q')` by hand: one Q per code point that is not
 * whitespace (an astral character, two code units, gives one Q), whitespace kept. The regex,
 * with the u flag, built a match for every character of every quotation.
 */
function blanked(text: string, a: number, b: number): string {
  let out = '';
  let qs = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (qs > 0) out += qRun(qs);
      qs = 0;
      out += text[i] as string;
      continue;
    }
    qs++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return qs > 0 ? out + qRun(qs) : out;
}

/** `'Q'.repeat(n)`, shared for a word's length (`quotedWord`): a blanked word is not built again for each. */
function qRun(n: number): string {
  return n <= MAX_SHARED_QUOTED_WORD ? quotedWord(n) : 'Q'.repeat(n);
}

/** A blanked quotation (a word of Q's) whose text closes on a comma: `“the unique magic of Trump,”`. */
export function quotationEndsInComma(text: string, w: Word): boolean {
  return w.text.charCodeAt(0) === 81 && isBlankedWord(w.text) && /,\s*[”"'’»]+$/u.test(text.slice(w.start, w.end));
}

/**
 * `build(words, end)` kept for the last word list (and end) asked about: a table a rule would
 * otherwise make by reading the sentence to its end, or from its start, once per cue, made once per
 * sentence instead (a run-on "sentence" with a cue every few words stays linear).
 */
export function perWordList<T>(build: (words: readonly Word[], end: number) => T): (words: readonly Word[], end: number) => T {
  let lastWords: readonly Word[] | null = null;
  let lastEnd = Number.NaN;
  let value: T | undefined;
  return (words, end) => {
    if (words !== lastWords || end !== lastEnd) {
      value = build(words, end);
      lastWords = words;
      lastEnd = end;
    }
    return value as T;
  };
}
