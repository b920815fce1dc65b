import { ANONYMITY_PHRASES } from '../source-lexicons.js';
import type { TextRange } from '../segment.js';
import { mayBeFiniteVerb, mayBeVerb, tagsOfLower } from './verbless.js';
import { AUX_WORDS, CLAUSE_OPENERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { findWithin, isBlankedWord, isMark, wordAt, type Word } from './words.js';
import { npBefore } from './noun-hosts.js';

// Where a subject noun phrase ends before its verb when something other than the phrase itself
// stands there: a long relative clause holding a subordinate clause, a comma between two
// adjectives, a time phrase set off by a comma.

/** Words `b..e` as a subject NP, or null when empty. */
export function subjectFrom(words: readonly Word[], b: number, e: number): TextRange | null {
  const first = words[b];
  const last = words[e];
  if (!first || !last || b > e) return null;
  return { start: first.start, end: last.end };
}

/**
 * "Officials who spoke on condition of anonymity because they were not authorized to discuss the
 * matter said …": a relative clause on the sentence's opening noun phrase that runs, unpunctuated,
 * to the verb after word `e` and holds a subordinate clause of its own (where the walk back from
 * the verb would stop); the subject is the noun phrase before "who", or null when there is none.
 */
export function longRelativeHost(words: readonly Word[], e: number): TextRange | null {
  // ("because they feared …", "to discuss …": a verb with a subject or a "to" of its own is the relative's)
  const last = words[e]?.lower ?? '';
  if (last === 'to' || AUX_WORDS.has(last) || SUBJECT_PRONOUNS.has(last) || PREPOSITIONS.has(last) || CLAUSE_OPENERS.has(last)) return null;
  const opening = openingRelative(words, e);
  if (!opening) return null;
  const { b, who } = opening;
  // the subordinate clause must have a verb of its own before the cue ("because they were not
  // authorized to discuss the matter said"): in "because Trump said the bill was dead" the cue is its verb
  let subordinate = false;
  let verbInside = false;
  for (let j = who + 1; j <= e; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–()') || isBlankedWord(w.text)) return null;
    if (/^(?:because|since|although|though|while|as|after|before|when|until|if|unless)$/u.test(w.lower)) subordinate = true;
    else if (subordinate && (AUX_WORDS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower) && !/^NNS?$/u.test(tagsOfLower(w.lower)?.[0] ?? '')))) verbInside = true;
  }
  return subordinate && verbInside ? subjectFrom(words, b, who - 1) : null;
}

/**
 * The sentence's opening noun phrase (from word `b`) and the "who" after it (word `who`), within six
 * words and before word `e`, with no verb or clause word in the phrase; null when there is none.
 */
function openingRelative(words: readonly Word[], e: number): { b: number; who: number } | null {
  const b = /^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  const who = findWithin(words, b, Math.min(e, b + 6), (w) => w.lower === 'who' || isMark(w.text, ',;:—–()'));
  if (who < 0 || words[who]?.lower !== 'who') return null;
  for (let j = b; j < who; j++) {
    const w = words[j] as Word;
    if (AUX_WORDS.has(w.lower) || CLAUSE_OPENERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower) && !/^NNS?$/u.test(tagsOfLower(w.lower)?.[0] ?? ''))) return null;
  }
  return { b, who };
}

/**
 * "A man who works at the plant and did not want his name used said …": a relative clause on the
 * sentence's opening noun phrase that ends, right before the verb after word `e`, in a phrase of
 * anonymity; the subject is the noun phrase before "who".
 */
export function anonymousRelativeHost(text: string, words: readonly Word[], e: number): TextRange | null {
  const opening = openingRelative(words, e);
  const last = words[e];
  if (!opening || !last || e - opening.who > 20) return null;
  const clause = text.slice((words[opening.who] as Word).end, last.end).toLowerCase().replace(/\s+/gu, ' ');
  return ANONYMITY_PHRASES.some((p) => clause.endsWith(p)) ? subjectFrom(words, opening.b, opening.who - 1) : null;
}

/**
 * Whether the comma at `c` separates two adjectives of one noun phrase ("a long, costly fight",
 * "any fair, honest reader"): after a determiner, lower-case words the lexicon reads first as
 * adjectives on both sides, and a noun after the second.
 */
export function coordinateAdjectives(words: readonly Word[], c: number): boolean {
  const isAdjective = (w: Word | undefined): boolean => w !== undefined && w.text === w.lower && tagsOfLower(w.lower)?.[0] === 'JJ';
  const noun = words[c + 2];
  // a determiner opens the phrase, itself after no preposition ("all of a sudden, voters saw" is an idiom)
  const opener = words[c - 2];
  if (!opener || !/^(?:a|an|the|any|every|no|some|this|that|his|her|their|its|our)$/u.test(opener.lower) || PREPOSITIONS.has(words[c - 3]?.lower ?? '')) return false;
  return isAdjective(words[c - 1]) && isAdjective(words[c + 1]) && noun !== undefined && noun.text === noun.lower && /^NNS?$/u.test(tagsOfLower(noun.lower)?.[0] ?? '');
}

/**
 * The comma before a time phrase ending at word `e` ("…, on Thursday", "…, last week", "…, on
 * Tuesday night"), or -1.
 */
export function timeBeforeVerb(words: readonly Word[], e: number): number {
  if (!TIME_END.test(words[e]?.lower ?? '')) return -1;
  let b = e;
  while (b > e - 3 && b > 0 && TIME_PART.test(words[b - 1]?.lower ?? '')) b--;
  return b < e + 1 && b > 0 && TIME_OPEN.test(words[b]?.lower ?? '') && words[b - 1]?.text === ',' ? b - 1 : -1;
}
const TIME_END = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|weekend|yesterday|today|tonight)$/u;
const TIME_PART = /^(?:on|last|this|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|morning|afternoon|evening)$/u;
const TIME_OPEN = /^(?:on|last|this|late|early|yesterday|today|tonight)$/u;

/**
 * "Voters who backed the mayor said …", "A man who knows her told reporters …": the verb before
 * word `b` (a verb of saying or thinking by its form, where the walk back to the subject stops) is
 * the verb of a restrictive relative clause, and the noun phrase after it is that verb's object,
 * not the subject of the cue. The index of "who" (or of "that" after a noun: "groups that backed
 * him"), or -1. Not after a comma: ", who backed the mayor," is an aside the walk reads otherwise.
 */
export function restrictiveRelativeBefore(words: readonly Word[], b: number): number {
  const verb = words[b - 1];
  if (!verb || verb.text !== verb.lower || !mayBeVerb(verb.lower)) return -1;
  // "who had backed", "who once praised", "who have long admired": auxiliaries and adverbs before the verb
  let k = b - 2;
  while (k >= 0 && b - 2 - k < 2 && (AUX_WORDS.has(words[k]?.lower ?? '') || RELATIVE_ADVERBS.has(words[k]?.lower ?? '') || /^\p{Ll}+ly$/u.test(words[k]?.text ?? ''))) k--;
  const rel = words[k]?.lower;
  const host = words[k - 1];
  if (k < 1 || !host || isMark(host.text, ',;:—–()') || isBlankedWord(host.text)) return -1;
  if (rel === 'who') return k;
  return rel === 'that' && host.text === host.lower && /^NNS?$/u.test(tagsOfLower(host.lower)?.[0] ?? '') ? k : -1;
}
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['once', 'also', 'never', 'not', 'long', 'still', 'first', 'later', 'then', 'often']);

/**
 * `np` with the noun phrases it is the prepositional object of, back to where that chain starts
 * ("the ministry" → "Officials from the ministry"; "the mayor" → "supporters of the mayor"), at
 * most twelve words up to word `last`; `np` itself when no preposition of a noun's comes before it.
 */
export function withPrepositionalPhrases(words: readonly Word[], np: TextRange | null, last: number): TextRange | null {
  if (!np) return np;
  let first = wordAt(words, np.start);
  while (first >= 2 && NOUN_PREPOSITIONS.has(words[first - 1]?.lower ?? '')) {
    const before = npBefore(words, first - 1);
    const at = before ? wordAt(words, before.start) : -1;
    if (at < 0 || last - at >= 12) break;
    first = at;
  }
  const start = words[first];
  return start ? { start: start.start, end: np.end } : np;
}
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for', 'with', 'in', 'on']);

/**
 * The noun phrase before a "who" at most five lower-case words before word `e` (the relative
 * clause's last), with its prepositional phrases; null when there is none.
 */
export function subjectBeforeShortRelative(words: readonly Word[], e: number): TextRange | null {
  for (let w = e - 1; w >= 1 && e - w <= 5; w--) {
    const x = words[w] as Word;
    if (x.lower === 'who') {
      // the relative's own verb right after "who": "who gathered outside", not "who are inclined to"
      const verb = words[w + 1];
      if (!verb || w + 1 >= e || !mayBeFiniteVerb(verb.lower) || AUX_WORDS.has(verb.lower)) return null;
      return isMark(words[w - 1]?.text ?? ',', ',;:—–()') ? null : withPrepositionalPhrases(words, npBefore(words, w), w - 1);
    }
    if (x.text !== x.lower || isMark(x.text, ',;:—–()')) return null;
  }
  return null;
}
