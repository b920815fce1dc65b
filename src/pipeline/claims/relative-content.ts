import { CUE_FORMS } from './lexicon.js';
import { mayBeFiniteVerb, tagsOf } from './verbless.js';
import { AUX_WORDS, CLAUSE_OPENERS, FINITE_START, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * A cue inside a relative clause (`Voters who say …`, `the attacks, which the probe said were
 * covered up`, `The deal Smith said would save $3 million collapsed`): where its content gives way
 * to the main clause's verb, and the antecedent the content is read with when the relative
 * pronoun stands for a part of it.
 */

/** Finite auxiliaries: a second one in a content clause, with no conjunction before it, is the main clause's. */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)$/u;

/**
 * Where the main clause's verb starts after a relative clause's content that begins at word `k`:
 * "[the economy is most important] were evenly divided" (a second finite auxiliary with no
 * conjunction or relative pronoun before it); `end` when there is none. A main verb with no
 * auxiliary ("[legal status] outnumbered …") is not found: without a tagger it looks like a participle.
 */
export function mainVerbAfter(words: readonly Word[], k: number, end: number): number {
  let finite = false;
  for (let j = k; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= end) break;
    const prev = words[j - 1]?.lower ?? '';
    const joined = j === k || /^(?:and|or|but|that|who|which|what|whom|whose|if|when|because|than|[,;:—–(])$/u.test(prev) || SUBJECT_PRONOUNS.has(prev);
    if (FINITE_AUX.test(w.text)) {
      if (finite && !joined) return w.start;
      finite = true;
      continue;
    }
  }
  return end;
}

/**
 * "Residents who oppose the plan packed council chambers": in a relative clause on the sentence's
 * opening subject, the main clause's verb is still to come. When the only word of the content from
 * word `k` that can be a finite verb is a past tense in -ed that no auxiliary or "to" introduces,
 * that verb is the main clause's, and the content ends before it; `end` otherwise ("Those who said
 * the plan failed split evenly": "split" may be the main verb too, so nothing is cut).
 */
export function loneMainVerbAfter(words: readonly Word[], k: number, end: number): number {
  let found = -1;
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= end) break;
    if (w.text !== w.lower || !(FINITE_AUX.test(w.text) || mayBeFiniteVerb(w.lower))) continue;
    if (found >= 0) return end;
    const prev = words[j - 1]?.lower ?? '';
    if (!w.lower.endsWith('ed') || FINITE_AUX.test(w.text) || AUX_WORDS.has(prev) || /^(?:to|been|be|being|not|never|and|or|but|that|who|which|[,;:—–(])$/u.test(prev)) return end;
    found = j;
  }
  return found >= 0 ? (words[found] as Word).start : end;
}

/** Whether any of words `from` to before `to` can be a finite verb: "The party offered fresh ammunition to Republicans who …". */
export function verbBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = words[j] as Word;
    if (w.text === w.lower && (FINITE_AUX.test(w.text) || mayBeFiniteVerb(w.lower))) return true;
  }
  return false;
}

/** The start of the first past-tense verb after word `k` that no auxiliary, "to" or conjunction introduces; `end` when none. */
export function pastVerbAfter(words: readonly Word[], k: number, end: number): number {
  for (let j = k + 1; j < words.length && (words[j] as Word).start < end; j++) {
    const w = words[j] as Word;
    if (w.text !== w.lower || !w.lower.endsWith('ed') || tagsOf(w.lower)?.[0] !== 'VBD') continue;
    const prev = words[j - 1]?.lower ?? '';
    if (AUX_WORDS.has(prev) || /^(?:to|and|or|but|not|been|be|being|that|who|which|[,;:—–(])$/u.test(prev) || prev.endsWith('ly')) continue;
    return w.start;
  }
  return end;
}

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|many|several|other|such|every|each|all|both|any|no)$/u;

/**
 * The first word of the antecedent of the relative pronoun at `r` whose clause has its gap inside
 * a cue's content (`Maduro – who leaders have accused of …`, `the attacks, which the probe said
 * were covered up`), or -1: no antecedent (a free relative `what …`, a pronoun after a
 * preposition `in which he said …`, whose gap is an adjunct), or a `that` that may be a
 * complementizer (`argued that voters said …`): `that` counts only before content that cannot
 * stand without a subject or object (`a deadline that insiders said was missed`).
 */
export function relativeAntecedent(words: readonly Word[], r: number, first: Word): number {
  const pronoun = words[r]?.lower ?? '';
  if (!/^(?:which|that|who|whom)$/u.test(pronoun)) return -1;
  // the content lacks its subject ("… said were covered up") or its object ("… accused of stealing",
  // "… see as a betrayal", "… plans to build")
  const subjectGap = FINITE_START.test(first.lower);
  // "a deadline that insiders said was missed"; not "it's surprising that a plan would …"
  if (pronoun === 'that' && (!subjectGap || /(?:ing|ed|ly)$/u.test(words[r - 1]?.lower ?? '') || CUE_FORMS.has(words[r - 1]?.lower ?? ''))) return -1;
  let e = r - 1;
  // ", which", "– who": the antecedent ends before the comma or dash
  if (isMark(words[e]?.text ?? '', ',—–')) e--;
  const last = words[e];
  if (!last || PREPOSITIONS.has(last.lower) || isMark(last.text, ',;:—–()') || CLAUSE_OPENERS.has(last.lower) || AUX_WORDS.has(last.lower)) return -1;
  // a name: its capitalised run, and a determiner or possessive before it ("Dana Whitfield", "the
  // Federal Reserve", "Ohio's Sherrod Brown"); the word before it may be a verb ("met Dana Whitfield")
  if (/^\p{Lu}/u.test(last.text)) {
    let b = e;
    while (b - 1 >= 0 && e - b < 5 && /^\p{Lu}/u.test(words[b - 1]?.text ?? '') && !CLAUSE_OPENERS.has(words[b - 1]?.lower ?? '')) b--;
    if (DETERMINERS.test(words[b - 1]?.lower ?? '')) b--;
    return b;
  }
  // a common noun: back to its determiner ("the fees", "these long-term business deals") or to a
  // preposition or punctuation ("for delegate slots"), within four words; else the noun alone, as
  // the word before it may be a verb ("saw applicants, which …")
  for (let b = e; b >= 0 && e - b < 5; b--) {
    const x = words[b] as Word;
    if (DETERMINERS.test(x.lower)) return b;
    const before = words[b - 1];
    if (!before || isMark(before.text, ',;:—–()') || PREPOSITIONS.has(before.lower) || CLAUSE_OPENERS.has(before.lower)) return b;
    if (AUX_WORDS.has(before.lower) || (before.text === before.lower && /(?:ed|ing)$/u.test(before.lower))) return b;
  }
  return e;
}

/**
 * Whether a relative clause `who|which SUBJECT VERB CONTENT` (subject at `b`, verb at `v`, content
 * at `k`) reads as one with a gap in its content: the subject is a noun phrase, not a verb
 * (`who launched a campaign called …`) nor a stretch across a dash, and the content follows the verb
 * with no punctuation and opens with no conjunction or manner adverb (`which he once supported -
 * and has embraced …`, `whom he attacked viciously`).
 */
export function readsAsRelative(text: string, words: readonly Word[], b: number, k: number): boolean {
  const head = words[b];
  const first = words[k];
  if (!head || !first || (head.text === head.lower && /(?:ed|ing)$/u.test(head.lower))) return false;
  // a spaced hyphen is no word of its own: read the text between
  if (/[,;:()—–]|\s-\s/u.test(text.slice(head.start, first.start))) return false;
  return !/^(?:and|but|or|nor|yet)$/u.test(first.lower) && !first.lower.endsWith('ly');
}
