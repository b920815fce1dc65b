import { trimRange } from './trim.js';
import { candidate, MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { continuesClaim, FRAME_VERBS, isFrameVerb } from './parenthetical.js';
import { subjectBefore } from './subject.js';
import { ADJUNCT_HEAD } from './word-classes.js';
import { isMark, type Word } from './words.js';

/** Verbs that an "as" frame adds to the frame verbs: "as Clinton supporters point out", "as the data show". */
const AS_VERBS: ReadonlySet<string> = new Set([...FRAME_VERBS, 'point', 'show', 'find', 'reveal', 'predict', 'describe', 'put', 'see', 'remind']);

/**
 * `CONTENT, as X noted.`, `A, as X reported, B.`: an attribution opened by "as" after a comma or a
 * dash. The content before it (and the clause after it, when the frame closes on a comma) is X's
 * ("The numbers changed over the summer, as Sanders has acknowledged"; "Just weeks ago, as the
 * paper reported, the two men met"). The frame holds only its verb's adjuncts after the verb ("as the
 * Times reported on Saturday"); "…, as he said he would" (a clause after the verb) is no frame.
 *
 * Does not handle an "as" frame that opens the sentence ("As Clyburn noted, …": `subject-verb.ts`).
 */
export function asFrameClaims(ctx: SentenceContext, v: number, base: string): ClaimCandidate[] | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb || !isFrameVerb(AS_VERBS, base)) return null;
  // the cheap test before the subject is read: a frame's "as" follows a comma or a dash
  if (!asAfterComma(ctx, v)) return null;
  const source = subjectBefore(ctx, v);
  if (!source) return null;
  let a = v - 1;
  while (a >= 0 && (words[a] as Word).start >= source.start) a--;
  if (words[a]?.lower !== 'as' || a < 2) return null;
  const comma = words[a - 1] as Word;
  if (!isFrameComma(comma)) return null;
  // "point out": the particle is part of the verb
  let k = v + 1;
  if (base === 'point' && words[k]?.lower === 'out') k++;
  // what follows the verb: nothing, or adjuncts up to a comma or dash
  let close = -1;
  for (let j = k; j < words.length && (words[j] as Word).start < sentenceEnd; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',—–')) {
      close = j;
      break;
    }
    if (j === k && !ADJUNCT_HEAD.test(w.text)) return null;
    if (/^(?:that|he|she|they|it|we|i|who|which)$/u.test(w.lower)) return null;
  }
  const before = trimRange(text, { start: s.start, end: comma.start });
  if (before.end - before.start < 8 || before.end - before.start > MAX_LOOKBACK_CHARS * 4) return null;
  const pieces = [before];
  const afterWord = close >= 0 ? words[close + 1] : undefined;
  if (afterWord && afterWord.start < sentenceEnd && continuesClaim(words, close + 1)) pieces.push(trimRange(text, { start: afterWord.start, end: sentenceEnd }));
  const kept = pieces.filter((r) => r.end > r.start && quoteShare(ctx, r) < QUOTATION_SHARE);
  if (kept.length === 0) return null;
  return kept.map((r) => candidate(r, { start: verb.start, end: verb.end }, source, 'parenthetical'));
}

/** Whether some "as" before the word at `v` follows a comma or a dash (", as the paper reported"). */
function asAfterComma(ctx: SentenceContext, v: number): boolean {
  // found once a sentence and kept on its context (not in a WeakMap keyed by its words: a set per
  // sentence), since it is asked for every cue, and a long sentence of cues must not be scanned
  // back to its start for each
  if (ctx.frameAs < 0) ctx.frameAs = firstFrameAs(ctx.words);
  return ctx.frameAs < v;
}

/** Index of the sentence's first "as" after a comma or a dash (at index 2 or later), or Infinity. */
function firstFrameAs(words: readonly Word[]): number {
  for (let a = 2; a < words.length; a++) {
    if (words[a]?.lower === 'as' && isFrameComma(words[a - 1] as Word)) return a;
  }
  return Infinity;
}

function isFrameComma(w: Word): boolean {
  return isMark(w.text, ',—–') || /^-{2}$/u.test(w.text);
}
