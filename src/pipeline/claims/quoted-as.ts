import { cutAtTrailer } from './boundaries.js';
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
 * together as the report of X, its source, as PolNeAR annotates it: the content runs from the
 * person quoted to where the narration takes over again.
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
  const content = words[as + 1]?.lower === 'having' ? as + 3 : as + 2;
  // "quoted the mayor as saying “…”": the words quoted are the quotation stage's
  if (!words[content] || (words[content] as Word).start >= sentenceEnd || isBlankedWord((words[content] as Word).text)) return null;
  const range = trimRange(text, { start: object.start, end: cutAtTrailer(ctx, content) });
  if (range.end <= (words[content] as Word).start || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  // "“We will appeal,” the Times quoted Sato as saying on Monday": the words quoted came before, and
  // a time after "as saying" says nothing
  if (TIME_ONLY.test(text.slice((words[content] as Word).start, range.end).replace(/[.,;:]+$/u, '').trim())) return null;
  return candidate(range, { start: verb.start, end: verb.end }, source, 'svc');
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
