import type { TextRange } from '../segment.js';
import type { SentenceContext } from './context.js';
import { tagsOfLower } from './verbless.js';
import { DETERMINER, PREPOSITIONS } from './word-classes.js';
import { findWithin, wordAt, type Word } from './words.js';
import { npBefore } from './noun-hosts.js';
import { REFLEXIVES } from '../phrase-words.js';
import { PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
export { contactRelativeSubject } from './contact-relative.js';

// Tidying of a subject NP once it is found: a time adverbial after it is cut, and a host that is
// only a party tag or a description of a name gives way to the name.

/** Lower-case particles inside a name: "Pieter van Dam", "Ana de la Cruz". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'ben', 'dos', 'das']);

/** Words that name a time: a weekday, a month, a calendar unit, a year. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|january|february|march|april|june|july|august|september|october|november|december|\d{4})$/u;

/**
 * The subject without the time adverbial that closes it: "The campaign on Tuesday responded",
 * "The court this month rejected", "the report on Wednesday for the first time cited". A weekday
 * may stand alone ("The senator Tuesday said"); a year or month needs "on", "this", "last" … before
 * it ("The class of 2015 said" keeps it, and so does "a survey in December", which dates the
 * survey). An emphatic reflexive goes too ("Podesta himself told"). The subject keeps at least
 * one word before it.
 */
export function withoutTrailingTime(words: readonly Word[], r: TextRange): TextRange {
  const b = wordAt(words, r.start);
  // "going to the polls Tuesday": a participle's phrase is no subject to tidy
  if (b < 0 || /^\p{Ll}+ing$/u.test(words[b]?.text ?? '')) return r;
  let e = b;
  while (words[e + 1] && (words[e + 1] as Word).end <= r.end) e++;
  let cut = e + 1;
  for (;;) {
    let k = cut - 1;
    // "for the first time"
    if (k - 3 > b && words[k]?.lower === 'time' && /^(?:first|second|third|last)$/u.test(words[k - 1]?.lower ?? '') && words[k - 2]?.lower === 'the' && words[k - 3]?.lower === 'for') {
      cut = k - 3;
      continue;
    }
    // "Podesta himself told reporters": an emphatic reflexive adds nobody
    if (k > b && REFLEXIVES.has(words[k]?.lower ?? '')) {
      cut = k;
      continue;
    }
    if (!TIME_WORD.test(words[k]?.lower ?? '')) break;
    const year = /^\d/u.test(words[k]?.lower ?? '');
    const weekday = (words[k]?.lower ?? '').endsWith('day') && /^\p{Lu}/u.test(words[k]?.text ?? '');
    k--;
    const modifier = /^(?:this|last|next|early|late|earlier)$/u.test(words[k]?.lower ?? '') && words[k]?.text === words[k]?.lower;
    if (modifier) k--;
    const preposition = /^(?:on|during|since)$/u.test(words[k]?.lower ?? '') && words[k]?.text === words[k]?.lower;
    if (preposition) k--;
    if (!(preposition || modifier || (weekday && !year))) break;
    if (k < b) break;
    // "a poll released last week", "a poll out Monday", "on Super Tuesday": the time belongs to a
    // participle or a name before it, which describe the source
    const before = words[k] as Word;
    if (/^\p{Lu}/u.test(before.text) && !preposition && !modifier) break;
    if (before.lower === 'out' || (before.text === before.lower && (before.lower.endsWith('ed') || /^VBN$/u.test(tagsOfLower(before.lower)?.[0] ?? '')))) break;
    cut = k + 1;
  }
  if (cut > e || cut <= b) return r;
  return { start: r.start, end: (words[cut - 1] as Word).end };
}

/** A party and state tag set off after a lawmaker's name: "R-S.C.", "D-Ohio", "I-Vt.". */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/**
 * "Sen. Ann Berg, R-S.C., a presidential candidate, said …": the host a relative or apposition
 * hangs on is the party tag, which only tells the name's party; the subject is the name before it.
 */
export function pastPartyTag(ctx: SentenceContext, host: TextRange | null): TextRange | null {
  if (!host || !PARTY_TAG.test(ctx.text.slice(host.start, host.end))) return host;
  const b = wordAt(ctx.words, host.start);
  return b > 0 && ctx.words[b - 1]?.text === ',' ? npBefore(ctx.words, b - 1) : null;
}

/**
 * "Mike Hale, president of the Leadership Fund, a group allied with the party, said …", "Ann Berg,
 * a pollster who advises the campaign, said …": the host found before the last apposition is
 * itself a description of the name that opens the sentence; that name (two to four capitalised
 * words before the first comma) is the subject.
 */
export function namedBeforeDescription(ctx: SentenceContext, host: TextRange | null): TextRange | null {
  const { words } = ctx;
  if (!host) return host;
  const b = wordAt(words, host.start);
  const first = words[b];
  // the host describes: it opens in lower case or with an article before a lower-case word
  if (b <= 0 || !first || !(/^\p{Ll}/u.test(first.text) && !/^(?:the|and|but)$/u.test(first.text) || (/^(?:a|an|the)$/iu.test(first.text) && /^\p{Ll}/u.test(words[b + 1]?.text ?? '')))) return host;
  let from = /^(?:but|and)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  let n = from;
  while (n < words.length && n - from < 4 && (/^\p{Lu}[\p{L}.’'-]*$/u.test(words[n]?.text ?? '') || (n > from && NAME_PARTICLES.has(words[n]?.text ?? '')))) n++;
  if (n - from < 2 || words[n]?.text !== ',' || (words[n] as Word).start >= host.start) return host;
  // ("In Ohio, a state …": a preposition before a place)
  if (PREPOSITIONS.has(words[from]?.lower ?? '') || DETERMINER.test(words[from]?.lower ?? '')) return host;
  // ("Ann Berg, Tom Hale and a neighbor, a nurse, said": the host is the last of a list of people)
  if (/^(?:and|or)$/u.test(words[b - 1]?.lower ?? '') && words.slice(n + 1, b - 1).every((w) => /^\p{Lu}/u.test(w.text) || w.text === ',')) return host;
  return { start: (words[from] as Word).start, end: (words[n - 1] as Word).end };
}


/**
 * "Outside the courthouse, his daughter, Mary Smith, said …", "One of the co-authors, Dr. Henrik
 * Lund, said …", "One of them, Carla Jennings, now 51 and a teacher, remembered …": a description
 * of a person set off by commas, then the name it gives in apposition (and perhaps a second, lower-case
 * description of it), right before the verb at the comma `e`: the name is the subject, whatever
 * fronted phrase comes before. Null when the words do not read so.
 */
export function nameAfterDescription(words: readonly Word[], e: number): TextRange | null {
  let close = e;
  let open = previousComma(words, close);
  // a second description of the name, in lower case: "…, now 51 and a teacher in Belfast,"
  if (open > 0 && /^\p{Ll}/u.test(words[open + 1]?.text ?? '') && !isNameRun(words, open + 1, close)) {
    close = open;
    open = previousComma(words, close);
  }
  if (open < 1 || !isNameRun(words, open + 1, close)) return null;
  const before = previousComma(words, open);
  // ("…, and their pastor, Ruth Adams, said …": a second subject after a conjunction)
  const first = /^(?:and|but)$/u.test(words[before + 1]?.lower ?? '') ? words[before + 2] : words[before + 1];
  // the description's head: its last word, or the word before its relative clause ("a man who
  // gave only his first name")
  const relative = findWithin(words, before, open, (w) => /^(?:who|whose|that)$/u.test(w.lower));
  const head = words[relative > before + 1 ? relative - 1 : open - 1];
  // the description: an article, a possessive or "one of", and a lower-case last word ("them", "daughter")
  if (!first || !head || open - before - 1 > (relative > before ? 9 : 6) || !(DETERMINER.test(first.lower) || /^(?:one|some|two|three)$/u.test(first.lower)) || !namesPeople(head.lower)) return null;
  return { start: (words[open + 1] as Word).start, end: (words[close - 1] as Word).end };
}

/**
 * Whether a description's last word is a person or people ("daughter", "the mayor", "co-authors",
 * "one of them"): "A spokesman for the airline, Delta," gives the airline's name, not the spokesman's.
 */
function namesPeople(head: string): boolean {
  const noun = head.replace(/^co-/u, '');
  return head === 'them' || PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || ROLE_NOUNS.has(noun.replace(/s$/u, ''));
}

/** The comma before word `k` within ten words, or -1 (the sentence's start). */
function previousComma(words: readonly Word[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 10; j--) if (words[j]?.text === ',') return j;
  return -1;
}

/** Whether words `from`…`to` (exclusive) are one to five capitalised words of a name ("Dr. Henrik Lund", "Ana de la Cruz"). */
function isNameRun(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  for (let j = from; j < to; j++) {
    const w = words[j]?.text ?? '';
    if (!/^\p{Lu}[\p{L}.’'-]*$/u.test(w) && !(j > from && NAME_PARTICLES.has(w))) return false;
  }
  return true;
}

/**
 * "Sens. Ann Berg (D-Ore.), Tom Hale (D-Ohio) and Rob Lutz (D-N.J.) all suggested …": the host
 * found before the last parenthesis is the last of a list of names; the subject is the whole list,
 * back to the sentence's start (a connective aside), when nothing but names, their parentheses and
 * commas come before it.
 */
export function wholeCoordination(ctx: SentenceContext, host: TextRange | null): TextRange | null {
  const { words } = ctx;
  if (!host) return host;
  const b = wordAt(words, host.start);
  if (b < 2 || !/^(?:and|or)$/u.test(words[b - 1]?.lower ?? '')) return host;
  let k = b - 2;
  let depth = 0;
  for (; k >= 0 && b - k <= 30; k--) {
    const w = words[k] as Word;
    if (w.text === ')') depth++;
    else if (w.text === '(') depth--;
    else if (depth === 0 && w.text !== ',' && w.text !== '.' && !/^\p{Lu}/u.test(w.text) && !NAME_PARTICLES.has(w.text)) break;
  }
  const from = k + 1;
  // the list opens the sentence (after "But", "And"), and holds at least one more name
  if (depth !== 0 || !(k < 0 || (k === 0 && /^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? ''))) || from >= b - 1) return host;
  let start = from === 0 && /^(?:But|And|Yet|So)$/u.test(words[0]?.text ?? '') ? 1 : from;
  // "Sens. Ann Berg (D-Ore.), Tom Hale … and Rob Lutz": a plural title before the list is no name
  if (/^(?:Sens|Reps|Govs|Drs|Messrs)\.?$/u.test(words[start]?.text ?? '') && start + 1 < b) start += words[start + 1]?.text === '.' ? 2 : 1;
  return { start: (words[start] as Word).start, end: host.end };
}
