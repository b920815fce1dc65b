import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import type { ClaimCandidate, SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { AUX_WORDS, CLAUSE_OPENERS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/** Forms of "say" and "feel" after which "the same" stands for a view just reported. */
const SAME_VERBS = /^(?:say|says|said|feel|feels|felt)$/u;

/**
 * `X said the same (of Y)`: a pro-form for the view reported just before, as "said so" is ("Six in
 * ten voters called the mayor honest, and half said the same of her rival"): the content is "the
 * same" and what it is said of, to where the narration takes over again; the source is the verb's
 * subject ("half", "the 30 percent who say …").
 *
 * Does not handle "the same" before a noun ("said the same day that …", "said the same rules
 * apply": the subject-verb rule reads those), nor a passive with no source ("the same was said of
 * her").
 */
export function sameClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const the = words[v + 1];
  const same = words[v + 2];
  if (!verb || !the || !same || !SAME_VERBS.test(verb.lower) || the.lower !== 'the' || same.lower !== 'same') return null;
  // "said the same rules apply": "same" qualifies a noun, whose clause is the subject-verb rule's
  const after = words[v + 3];
  if (same.end > sentenceEnd || (after && after.start < sentenceEnd && !/^(?:of|about|for|regarding|concerning|[,;:—–(])$/u.test(after.lower))) return null;
  // "Ortiz was said the same": no passive of saying takes the pro-form
  if (/^(?:is|are|was|were|be|been|being)$/u.test(words[v - 1]?.lower ?? '')) return null;
  const source = subjectBefore(ctx, v);
  if (!source) return null;
  const range = trimRange(text, { start: the.start, end: phraseEnd(words, v + 3, Math.max(same.end, cutAtTrailer(ctx, v + 1))) });
  return { start: range.start, end: range.end, cue: { start: verb.start, end: verb.end }, source, relayedBy: null, rule: 'svc' };
}

/**
 * Where "the same" and what it is said of end: the pro-form has no verb of its own, so the first
 * auxiliary, clause opener or punctuation mark after it is the narration's ("the 30 percent who
 * say the same of Ortiz [were] mostly young"); "and" and "or" may join what it is said of.
 */
function phraseEnd(words: readonly Word[], k: number, end: number): number {
  for (let j = k; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= end) break;
    if (isMark(w.text, ',;:()—–') || AUX_WORDS.has(w.lower) || (CLAUSE_OPENERS.has(w.lower) && !/^(?:and|or)$/u.test(w.lower))) return w.start;
  }
  return end;
}
