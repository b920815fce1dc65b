/**
 * The words of a quotation as clustering compares them: case, diacritics, punctuation,
 * quotation marks and spacing fall away, so “We will NOT pay,” and "we will not pay" are the
 * same four words. Does not stem or drop words: "pays" and "pay" stay different, and a
 * dropped "not" must show as a change.
 */

import { OUTER_PAIRS } from '../pipeline/quote-marks.js';

/** Double quotation marks (“ ” „ « » "), not apostrophes: "everyone's" must not end a quoted part. */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(OUTER_PAIRS.flatMap((p) => [p.open, p.close]).filter((m) => m.length === 1 && m !== "'"));

/** One word: as written in the quotation, and as compared. */
export interface Word {
  text: string;
  norm: string;
}

const ASCII = /^[\x00-\x7f]*$/;

// A number keeps its separators ("3,000", "4.5"); a word keeps inner apostrophes ("don't").
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

function normalizeWord(word: string): string {
  // Most words are plain ASCII: no accents to take off, no curly apostrophe.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

/** The words of a text in order (punctuation and quotation marks left out). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) words.push({ text: match[0], norm: normalizeWord(match[0]) });
  return words;
}

/**
 * WORD for a text of ASCII only, lower-cased first: there \p{N} is 0-9, a letter a-z, and no
 * mark or curly apostrophe can occur. Unicode property classes cost V8 several times more a
 * character, and nearly every quotation in English is plain ASCII.
 */
const ASCII_WORD = /[0-9]+(?:[.,][0-9]+)*|[a-z0-9]+(?:'[a-z]+)*/g;

/**
 * ASCII with the typographic marks of English news text: curly quotation marks and apostrophes,
 * dashes, the ellipsis, the no-break space. None is a letter, mark or digit, so each ends a word
 * as ASCII punctuation does, and a curly apostrophe inside a word ("don’t") is the straight one:
 * such a text is split by ASCII_WORD once its ’ are made '. A third of the quotations stored
 * carry one, and the Unicode pattern cost them four times as much.
 */
export const ASCII_TYPOGRAPHIC = /^[\x00-\x7f\u00a0\u2013\u2014\u2015\u2018\u2019\u201c\u201d\u2026]*$/;

/** The compared forms only. */
export function normalizedWords(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  if (ASCII_TYPOGRAPHIC.test(text)) return text.replace(/’/g, "'").toLowerCase().match(ASCII_WORD) ?? [];
  // The matched words alone (String#match with the global pattern): no match objects or Words to build.
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = normalizeWord(words[i] as string);
  return words;
}

/**
 * The words of a record that are compared: a partial quotation's quoted words only (`the city
 * would “not raise the tax” under any plan` compares "not raise the tax"), everything else whole.
 */
export function comparedText(kind: string, text: string): string {
  if (kind !== 'mixed') return text;
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (DOUBLE_MARKS.has(text[i] as string)) {
      if (first === -1) first = i;
      last = i;
    }
  }
  return last > first + 1 ? text.slice(first + 1, last) : text;
}
