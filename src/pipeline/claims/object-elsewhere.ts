import type { ClaimCandidate } from './context.js';
import { codePointLetterOrDigitLength } from '../tokens.js';
import { wordsOf } from './words.js';

/** Irregular past forms a cue may be coordinated with ("said and did the same things"). */
const IRREGULAR_PAST = new Set(['did', 'made', 'said', 'wrote', 'told', 'thought', 'meant', 'took', 'gave', 'put', 'knew', 'felt', 'found', 'saw', 'heard', 'taught', 'kept', 'held', 'sent', 'spent', 'won', 'lost']);

/** Subordinators of time or order that open an adjunct clause ("said when she resigned"). */
const TIME_SUBORDINATORS = /^(?:when|whenever|after|before|while|until|till|since|once)$/u;

/** The inflection a verb form shows: past, third-person present, or -ing; null for any other word. */
function inflection(word: string): 'past' | 's' | 'ing' | null {
  if (word.endsWith('ed') || IRREGULAR_PAST.has(word)) return 'past';
  if (word.endsWith('ing')) return 'ing';
  if (/[^s]s$/u.test(word)) return 's';
  return null;
}

/**
 * Is the content right after the cue the second verb of a pair that shares one object, "who said
 * and did the same things", "which he defended and minimized"? The word after "and" has the cue's
 * own inflection, so it is a verb coordinated with the cue, not a clause the cue reports
 * ("said and the board agreed" has a subject after "and", and is left alone).
 */
function coordinatedVerbOnly(text: string, c: ClaimCandidate): boolean {
  // most contents cannot open with "and": they are not cut into words
  if (!mayOpenWithAnd(text, c.start, Math.min(c.end, c.start + 80))) return false;
  const words = wordsOf(text.slice(c.start, Math.min(c.end, c.start + 80)), c.start);
  if (words[0]?.lower !== 'and' || !words[1]) return false;
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase().split(/\s+/u)[0] ?? '';
  const cueForm = inflection(cue);
  return cueForm !== null && inflection(words[1].lower) === cueForm;
}

/**
 * Whether the first token `wordsOf` cuts from `text` between `from` and `to` may be "and": its first
 * letter or digit opens "and" (any case) with no letter or digit after it, and no token of
 * punctuation stands before it (a hyphen, which may be a dash or nothing, leaves the answer open).
 */
function mayOpenWithAnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2015) return true;
    if (c === 0x2014 || c === 0x2013 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return false;
    if (codePointLetterOrDigitLength(text, i) === 0) continue;
    if ((c | 32) !== 97) return false;
    // "Ann said …", "a plan", "an hour": an "a" that is not "and" ends the question here
    if (i + 2 >= to || (text.charCodeAt(i + 1) | 32) !== 110 || (text.charCodeAt(i + 2) | 32) !== 100) return false;
    return i + 3 >= to || codePointLetterOrDigitLength(text, i + 3) === 0;
  }
  return false;
}

/** The first letters of the subordinators of time, in lower case (`| 32` lowers an ASCII capital). */
const TIME_SUBORDINATOR_INITIALS: ReadonlySet<number> = new Set([...'wabutso'].map((ch) => ch.charCodeAt(0)));

/**
 * Is the content right after the cue a clause of time, while the cue's object stands before it:
 * "That was what Ana Ruiz said when she resigned", "fewer gallons than the law had demanded when
 * it passed"? A free relative "what" or a comparative "than" a few words before the cue is the
 * gap the cue's object fills, so the "when" clause only says when it was said ("She recalled when
 * the mill closed", with no such gap, keeps its content).
 */
function timeAdjunctAfterGap(text: string, c: ClaimCandidate): boolean {
  // every subordinator starts with one of these letters: most contents are not read further
  if (!TIME_SUBORDINATOR_INITIALS.has(text.charCodeAt(c.start) | 32)) return false;
  const first = /^\p{L}+/u.exec(text.slice(c.start, c.start + 12))?.[0]?.toLowerCase() ?? '';
  if (!TIME_SUBORDINATORS.test(first)) return false;
  // the words of the cue's own clause before it: back to a stop, comma, colon or dash
  const clause = text.slice(Math.max(0, c.cue.start - 80), c.cue.start).split(/[.,;:!?—–(“”"]/u).pop() ?? '';
  const before = clause.trim().split(/\s+/u).filter((w) => w.length > 0).slice(-5).map((w) => w.toLowerCase());
  return before.some((w) => w === 'what' || w === 'whatever' || w === 'than');
}

/** The first letters of the phrases of time or place `passiveAdjunctOnly` reads, in lower case. */
const TIME_PLACE_INITIALS: ReadonlySet<number> = new Set([...'ltneyioad'].map((ch) => ch.charCodeAt(0)));

/**
 * Is the content after a passive cue only a phrase of time or place, "which was first reported last
 * week by a local paper", "The memo was revealed on Monday in court papers"? What was reported is
 * the passive's subject, a noun phrase, and the phrase after the cue says when or where: no clause
 * ("It was reported on Monday that the plant would close" has one, and keeps it).
 */
function passiveAdjunctOnly(text: string, c: ClaimCandidate): boolean {
  // every phrase of time or place below starts with one of these letters: most contents are not read further
  if (!TIME_PLACE_INITIALS.has(text.charCodeAt(c.start) | 32)) return false;
  const before = text.slice(Math.max(0, c.cue.start - 40), c.cue.start).toLowerCase();
  if (!/\b(?:is|are|was|were|be|been|being)\s+(?:(?:first|\p{L}+ly)\s+)?$/u.test(before)) return false;
  const content = text.slice(c.start, c.end).toLowerCase();
  if (!/^(?:(?:last|this|next|earlier|later)\s+(?:week|month|year|day|night|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:in|on|at|during|over)\s)/u.test(content)) return false;
  return !/\b(?:that|is|are|was|were|will|would|has|have|had|can|could|should|may|might)\b/u.test(content);
}

/** Drops the records whose content is no content of the cue's: a coordinated verb, a time clause after the object's gap, a passive's time or place. */
export function dropObjectElsewhere(text: string, claims: readonly ClaimCandidate[]): ClaimCandidate[] {
  // each test reads a content that starts right after its cue, with only spaces between
  return claims.filter((c) => c.start < c.cue.end || !/^\s*$/u.test(text.slice(c.cue.end, c.start)) || !(coordinatedVerbOnly(text, c) || timeAdjunctAfterGap(text, c) || passiveAdjunctOnly(text, c)));
}
