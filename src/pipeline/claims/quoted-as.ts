import type { TextRange } from '../segment.js';
import { cutAtTrailer } from './boundaries.js';
import { skipAdjuncts } from './complement-start.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { TIME_ONLY } from './subject-verb.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/** Finite forms of "quote" that report what a record or outlet quoted someone as saying. */
const QUOTED_FORMS = /^(?:quoted|quotes|quote)$/u;

/** The verb after "as" that gives the words quoted: "as saying", "as telling reporters", "as having said". */
const AS_SAYING = /^(?:saying|telling|stating|writing|claiming|warning|arguing|insisting|predicting|acknowledging|admitting|describing|calling)$/u;

/** The longest phrase for the person quoted, in words: "Wassim Bouhlel, a Nice native, …". */
const MAX_OBJECT_WORDS = 16;

/**
 * `X quoted Y as saying CONTENT`: an outlet or record reports what someone said ("The paper quoted
 * an aide as saying the senator would resign", "The agency quoted a witness, a local shopkeeper, as
 * telling police that he saw two men"). The person quoted and the words after "as saying" read
 * as Y's claim, relayed by X (PolNeAR annotates X as the source and the content from Y on); the
 * content runs from after "as saying" to where the narration takes over again.
 *
 * Does not handle "quoting" (a participle: "…, quoting officials as saying …", whose source is
 * another clause's subject), a content that is mostly a quotation (the quotation stage owns it),
 * nor "quoted from the report" or "quoted him at length" (no "as saying").
 */
export function quotedAsClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb || !QUOTED_FORMS.test(verb.lower)) return null;
  const as = asSayingAfter(words, v + 1, sentenceEnd);
  if (as < 0) return null;
  const source = subjectBefore(ctx, v);
  if (!source) return null;
  const object = words[v + 1] as Word;
  // "as having said …", "as saying that …": the content starts after the verb of saying
  let content = words[as + 1]?.lower === 'having' ? as + 3 : as + 2;
  // "as telling police that he saw two men": the listener is no part of what was said
  if (/^(?:telling|told)$/u.test(words[content - 1]?.lower ?? '')) content = thatWithin(words, content, 6) ?? content;
  // "as saying in 2023 that …", "as saying last year that …": a time or place before the "that" is the saying's
  else content = skipAdjuncts(words, content, 'say');
  // "quoted the mayor as saying “…”": the words quoted are the quotation stage's
  if (!words[content] || (words[content] as Word).start >= sentenceEnd || isBlankedWord((words[content] as Word).text)) return null;
  const range = trimRange(text, { start: (words[content] as Word).start, end: cutAtTrailer(ctx, content) });
  if (range.end <= range.start || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  // "“We will appeal,” the Times quoted Sato as saying on Monday": the words quoted came before, and
  // a time after "as saying" says nothing
  if (TIME_ONLY.test(text.slice(range.start, range.end).replace(/[.,;:]+$/u, '').trim())) return null;
  // the one quoted said it; the outlet or record that quoted them relays it (as a quotation after
  // "quoted Sato as saying:" is given)
  const found = candidate(range, { start: verb.start, end: verb.end }, quotedPhrase(words, v + 1, as), 'svc');
  found.relayedBy = source;
  return found;
}

/**
 * The phrase for the one quoted, words `from` to before "as" at `as`, without an apposition after
 * a comma ("Wassim Bouhlel, a Nice native, as saying": Wassim Bouhlel).
 */
function quotedPhrase(words: readonly Word[], from: number, as: number): TextRange {
  let end = from;
  while (end + 1 < as && (words[end + 1] as Word).text !== ',') end++;
  return { start: (words[from] as Word).start, end: (words[end] as Word).end };
}

/**
 * The index of "as" in `… Y as saying`, where Y is a short phrase after the verb that opens with a
 * word (no clause edge but the commas of an apposition), or -1.
 */
function asSayingAfter(words: readonly Word[], from: number, sentenceEnd: number): number {
  const first = words[from];
  if (!first || !/^[\p{L}\d]/u.test(first.text) || isBlankedWord(first.text) || /^(?:as|from|at|in|by)$/u.test(first.lower)) return -1;
  for (let j = from + 1; j < Math.min(words.length, from + MAX_OBJECT_WORDS); j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd || isMark(w.text, ';:()—–') || isBlankedWord(w.text)) return -1;
    if (w.lower !== 'as') continue;
    const next = words[j + 1]?.lower ?? '';
    if (AS_SAYING.test(next)) return j;
    if (next === 'having' && /^(?:said|told|written|stated|claimed)$/u.test(words[j + 2]?.lower ?? '')) return j;
    return -1;
  }
  return -1;
}

/** The index of a "that" among the `n` words from `from`, before any mark, or null. */
function thatWithin(words: readonly Word[], from: number, n: number): number | null {
  for (let j = from; j < from + n && j < words.length; j++) {
    const w = words[j] as Word;
    if (w.lower === 'that') return j;
    if (isMark(w.text, ',;:()—–')) return null;
  }
  return null;
}
