import { tagsOfLower } from './verbless.js';
import { ANONYMOUS_HEADS, GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { DETERMINER } from './word-classes.js';
import type { Word } from './words.js';

// The subject of two or more, joined by "and", that a walk back from a verb meets at the "and":
// "Hill and Reyes said", "current and former officials said", "Turkey, Greece and Japan said".

/** Connectives that may open a sentence before its subject. */
const CONNECTIVE_OPENERS = /^(?:But|And|Yet|So|Still|Then|Now)$/u;

/**
 * "…, current and former officials said", "…, two officials and a congressional aide said": a
 * first conjunct in lower case right after a comma, of one to three determiners, numbers,
 * adjectives or nouns (no verb); the start of that conjunct, or -1. The caller asks only when the
 * phrase's head names people ("ads, mailers and phone calls" is a list, and "calls" its noun).
 */
function lowerConjunctStart(words: readonly Word[], a: number): number {
  let k = a - 1;
  while (k >= 0 && a - k <= 3 && isNounPhraseWord(words[k])) k--;
  return k < a - 1 && k > 0 && words[k]?.text === ',' ? k + 1 : -1;
}

/** A lower-case word that may sit inside a noun phrase and is no verb: "the", "two", "current", "officials". */
function isNounPhraseWord(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower) return false;
  if (DETERMINER.test(w.lower) || NUMBER_WORD.test(w.lower)) return true;
  return /^(?:JJ|NNS?|CD)$/u.test(tagsOfLower(w.lower)?.[0] ?? '');
}
/** Heads of a phrase that can name who spoke: "officials", "aide", "lawmakers", "groups". */
const SPEAKER_HEADS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ANONYMOUS_HEADS, ...ORGANISATION_HEADS, ...GOVERNMENT_HEADS]);
const NUMBER_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other)$/u;

/**
 * The start of "Hill" in "Hill and Reyes said" (the "and" at `a`): one to three capitalised words
 * before "and" that open the sentence or follow a comma or a relative pronoun; -1 when the first conjunct is anything
 * else ("Cruz won Iowa and Trump said": "Iowa" is an object).
 */
export function coordinatedSubjectStart(words: readonly Word[], a: number, e: number): number {
  let k = a - 1;
  while (k >= 0 && a - k <= 3 && /^\p{Lu}/u.test(words[k]?.text ?? '')) k--;
  // "But Hale and his supporters argue": a connective opening the sentence is no part of the subject
  if (k === -1 && a > 1 && CONNECTIVE_OPENERS.test(words[0]?.text ?? '')) return 1;
  if (k === a - 1) return SPEAKER_HEADS.has(words[e]?.lower ?? '') ? lowerConjunctStart(words, a) : -1;
  const edge = words[k];
  // "a plan that Ortiz and other leaders hope will …": a relative pronoun opens the clause too
  // ("GENEVA — France and Germany said", "GENEVA (Reuters) - Jones and Vail said": after a dateline)
  if (!(k < 0 || edge?.text === ',' || /^(?:the|that|which|who|whom|[—–-]|\))$/iu.test(edge?.text ?? ''))) return -1;
  return edge?.text === ',' ? listStart(words, k) : k + 1;
}

/** A sentence adverb or connective: "Instead", "However", "But". */
function isAdverbWord(lower: string): boolean {
  return CONNECTIVE_OPENERS.test(lower) || /^RB/u.test(tagsOfLower(lower)?.[0] ?? '');
}

/**
 * "…, and Turkey, Greece and Japan said": the first of a list of capitalised names whose last two
 * "and" joins, when the list opens the clause (after "and", a dash or the sentence start); else the
 * word after the comma at `comma`.
 */
function listStart(words: readonly Word[], comma: number): number {
  let start = comma + 1;
  let k = comma;
  while (words[k]?.text === ',') {
    let j = k - 1;
    while (j >= 0 && k - 1 - j < 3 && /^\p{Lu}/u.test(words[j]?.text ?? '')) j--;
    // ("Instead, Matthews, Seitz-Wald and Lopez argued": a sentence adverb is no name in the list)
    if (j === k - 1 || (j === k - 2 && isAdverbWord(words[k - 1]?.lower ?? ''))) return start;
    const edge = words[j];
    if (j >= 0 && edge?.text !== ',' && !/^(?:and|but|[—–])$/u.test(edge?.text ?? '')) return comma + 1;
    start = j + 1;
    k = j;
  }
  return start;
}
