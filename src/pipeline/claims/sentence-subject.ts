import type { TextRange } from '../segment.js';
import { tagsOfLower } from './verbless.js';
import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS, CLAUSE_OPENERS, CONTRACTED, DETERMINER, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { findWithin, isMark, type Word } from './words.js';
import { NAME_PARTICLES } from './subject-hosts.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';

/**
 * The name or pronoun that opens a sentence, for a verb whose subject is elided (`… and says such
 * techniques are inhumane`), with what it is read through: a dateline before it (`PARIS (AFP) —`)
 * and a name in apposition to a description (`businessman Greg Tanner`).
 */

/**
 * The first word of a name of two to four capitalised words ending the apposition `b..e`, after at
 * most three lower-case words ("businessman Greg Tanner", "Greg Tanner"); -1 when it is no name.
 */
export function appositionName(words: readonly Word[], b: number, e: number): number {
  if (e - b > 6) return -1;
  let n = e;
  // "Pieter van Dam", "Ana de la Cruz": lower-case particles inside a name
  while (n >= b && (/^\p{Lu}[\p{L}.’'-]*$/u.test(words[n]?.text ?? '') || (n < e && n > b && NAME_PARTICLES.has(words[n]?.text ?? '') && /^\p{Lu}/u.test(words[n - 1]?.text ?? '')))) n--;
  const first = n + 1;
  if (e - first + 1 < 2 || e - first + 1 > 4) return -1;
  // the words before the name describe it ("businessman", "longtime aide"), no "headed by"
  for (let j = b; j <= n; j++) {
    const w = words[j]?.lower ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[j]?.text ?? '') || DETERMINER.test(w) || PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || AUX_WORDS.has(w) || /(?:ed|ing)$/u.test(w)) return -1;
  }
  return n - b + 1 <= 3 ? first : -1;
}

/**
 * The index of the first word after a dateline opening the sentence (`PARIS (AFP) —`, `WASHINGTON
 * —`, `SAN JOSE, Calif. —`): words in capitals, a place's state, an agency in brackets, then a dash;
 * 0 when there is none.
 */
export function datelineEnd(words: readonly Word[]): number {
  const dash = findWithin(words, 0, 8, (w) => w.text === '—' || w.text === '–');
  if (dash <= 0) return 0;
  const before = words.slice(0, dash);
  if (!/^\p{Lu}{2,}$/u.test(before[0]?.text ?? '')) return 0;
  return before.every((w) => /^(?:\p{Lu}[\p{Lu}.]*|\p{Lu}\p{Ll}+\.?|[(),])$/u.test(w.text)) ? dash + 1 : 0;
}

/** The name or pronoun opening the sentence ("Trump", "Sen. Ted Cruz", "She"), or null. */
export function sentenceSubject(words: readonly Word[], limit: number): TextRange | null {
  // "LAKESIDE — A state judge …, ruling that …": the dateline is no part of the subject
  const dateline = datelineEnd(words);
  if (dateline > 0 && dateline < limit) return sentenceSubject(words.slice(dateline), limit - dateline);
  const first = words[0];
  if (!first) return null;
  // "Asked about the plan, he declined to comment, saying …", "Speaking in Ohio, she said …": a
  // fronted participle's phrase ends at its comma, and the subject follows it
  const fronted = frontedParticipleEnd(words, limit);
  if (fronted > 0) return sentenceSubject(words.slice(fronted), limit - fronted);
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it') return { start: first.start, end: first.end };
  // "Senator Ted Cruz …", "The Arizona Republican …": a capitalised run (a determiner may open it)
  let e = -1;
  const from = /^(?:the)$/iu.test(first.text) && /^\p{Lu}/u.test(words[1]?.text ?? '') ? 1 : 0;
  for (let k = from; k < limit; k++) {
    const w = words[k];
    if (!w || !/^\p{Lu}/u.test(w.text) || CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) || /^(?:the|a|an)$/iu.test(w.text)) break;
    e = k;
  }
  // "Other analysts were more cautious, noting …", "Many residents …": a quantifier opens a common
  // noun phrase, which runs on in lower case to its verb
  // ("Other former CIA officers with …": to the preposition; "Many adoptees try …": to the verb)
  if (e <= 1 && QUANTIFIERS.test(first.text)) {
    let k = 1;
    for (; k < Math.min(limit, 6); k++) {
      const w = words[k];
      if (!w || !/^\p{L}[\p{L}-]*$/u.test(w.text) || AUX_WORDS.has(w.lower) || CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) || CUE_FORMS.has(w.lower)) break;
      if (k > 1 && /^VB/u.test(tagsOfLower(w.lower)?.[0] ?? '')) break;
    }
    // the noun phrase ends in its head, a noun the lexicon knows or cannot read
    const head = words[k - 1];
    if (k > 1 && head && !/^(?:VB|JJ|RB)/u.test(tagsOfLower(head.lower)?.[0] ?? '')) e = k - 1;
  }
  // "City's Dutch coach, Pieter van Dam, was furious …, claiming …": the name in apposition
  if (e >= from) {
    const k = lowerRunEnd(words, e, limit);
    if (k > e + 1 && words[k]?.text === ',') {
      const close = findWithin(words, k + 1, k + 7, (w) => w.text === ',');
      const named = close > 0 ? appositionName(words, k + 1, close - 1) : -1;
      if (named === k + 1) return { start: (words[named] as Word).start, end: (words[close - 1] as Word).end };
    }
  }
  // "The NSW Premier, Chris Minns, has ruled out …, saying …", "The health minister, Chris Minns,
  // …": a determiner's noun phrase, then the name in apposition
  if (/^(?:the)$/iu.test(first.text)) {
    const comma = findWithin(words, 1, Math.min(limit, 6), (w) => w.text === ',');
    const nounPhrase = comma > 1 && words.slice(1, comma).every((w) => /^\p{L}[\p{L}-]*$/u.test(w.text) && !AUX_WORDS.has(w.lower) && !CUE_FORMS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !CLAUSE_OPENERS.has(w.lower));
    const close = nounPhrase ? findWithin(words, comma + 1, comma + 6, (w) => w.text === ',') : -1;
    const named = close > 0 ? appositionName(words, comma + 1, close - 1) : -1;
    if (named === comma + 1) return { start: (words[named] as Word).start, end: (words[close - 1] as Word).end };
  }
  // "City boss Ray Walsh was furious …, claiming …", "Rail union head Mick Lowe …": a name that
  // only qualifies the role after it; the person is the name after the role
  if (e >= from) {
    const k = lowerRunEnd(words, e, limit, (w) => !CUE_FORMS.has(w.lower) && !/^VB[DZ]?$/u.test(tagsOfLower(w.lower)?.[0] ?? ''));
    let n = k;
    while (n < limit && /^\p{Lu}[\p{L}.’'-]*$/u.test(words[n]?.text ?? '')) n++;
    if (k > e + 1 && n - k >= 2 && ROLE_NOUNS.has(words[k - 1]?.lower ?? '')) return { start: (words[k] as Word).start, end: (words[n - 1] as Word).end };
  }
  // "Holt's campaign disputed …": a possessive name owns the noun after it, which heads the phrase
  // (not "He’s comparing", not "Mr. Obama's eyes welled"; "China's investment giant CITIC" is a name)
  if (e >= from && /^\p{Lu}\p{L}*[’']s$/u.test(words[e]?.text ?? '') && !CONTRACTED.test(words[e]?.text ?? '')) {
    const k = lowerRunEnd(words, e, limit, (w, at) => !CUE_FORMS.has(w.lower) && !(at > e + 1 && /^VB/u.test(tagsOfLower(w.lower)?.[0] ?? '')));
    const head = words[k - 1]?.lower ?? '';
    if (k > e + 1 && !/^\p{Lu}/u.test(words[k]?.text ?? '') && !NOT_SPEAKERS.has(head)) e = k - 1;
  }
  const last = words[e];
  if (e >= 0 && last && (e > from || !SENTENCE_ADVERBS.test(first.text))) return { start: first.start, end: last.end };
  // "A few minutes later they reversed themselves … and said": the first personal pronoun
  const pronoun = words.slice(0, Math.min(limit, 40)).find((w) => /^(?:he|she|they|we|i)$/u.test(w.lower));
  return pronoun ? { start: pronoun.start, end: pronoun.end } : null;
}

/**
 * Where the lower-case words after word `e` end (at most three, none an auxiliary, a clause opener
 * or a preposition, each passing `more`): "boss" in "City boss Ray Walsh", "campaign" in "Holt's
 * campaign disputed".
 */
function lowerRunEnd(words: readonly Word[], e: number, limit: number, more: (w: Word, at: number) => boolean = () => true): number {
  let k = e + 1;
  for (; k < Math.min(limit, e + 4); k++) {
    const w = words[k];
    if (!w || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || AUX_WORDS.has(w.lower) || CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) || !more(w, k)) break;
  }
  return k;
}

/** Parts of a person that do nothing a claim could come from: "Mr. Obama's eyes welled …". */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['eyes', 'eye', 'voice', 'face', 'hands', 'hand', 'head', 'heart', 'mind', 'words', 'body', 'tone', 'smile']);

const QUANTIFIERS = /^(?:Other|Some|Many|Several|Most|Few|Both|All|Two|Three|Four|Five|Such|Those|These|Several|Numerous|Dozens|Hundreds|Thousands)$/u;

/** Capitalised sentence openers that are no name: "Meanwhile", "Later", "Yesterday". */
const SENTENCE_ADVERBS = /^(?:Meanwhile|Later|Earlier|Yesterday|Today|Still|Instead|However|Then|Now|Also|Afterward|Afterwards|Finally|Separately|Last|Next|Since|Once|Even|Yet|Absent|Amid|Despite|Following|Given|Regarding|Without|Under|After|Before|During)$/u;

/** After an opening participle ("Asked", "Speaking", "Pressed") and its phrase, the index of the word after the comma closing it, or -1. */
function frontedParticipleEnd(words: readonly Word[], limit: number): number {
  const first = words[0];
  if (!first || !/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first.text) || !(tagsOfLower(first.lower) ?? []).some((t) => t === 'VBN' || t === 'VBG')) return -1;
  for (let k = 1; k < Math.min(limit, 15); k++) {
    const w = words[k] as Word;
    if (isMark(w.text, ';:()—–')) return -1;
    if (w.text === ',') return k + 1 < limit ? k + 1 : -1;
  }
  return -1;
}
