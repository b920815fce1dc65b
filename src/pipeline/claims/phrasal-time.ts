import type { Word } from './words.js';

/**
 * "Trump called Wednesday for the justice to resign", "the mayor called on Monday for a recount":
 * a short time phrase may stand between a phrasal cue and its particle. Returns the index of the
 * particle (`for`/`on`) after such a phrase starting at word `k`, or -1. Only a day, a part of
 * the day, or "again"/"today": "called the board for comment" has an object there, not a time.
 */
export function particleAfterTime(words: readonly Word[], k: number): number {
  let j = k;
  if (/^(?:on|last|this|early|late)$/u.test(words[j]?.lower ?? '') && TIME_WORD.test(words[j + 1]?.lower ?? '')) j++;
  if (!TIME_WORD.test(words[j]?.lower ?? '')) return -1;
  j++;
  if (DAY_PART.test(words[j]?.lower ?? '')) j++;
  return /^(?:for|on)$/u.test(words[j]?.text ?? '') ? j : -1;
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again)$/u;
const DAY_PART = /^(?:night|morning|afternoon|evening)$/u;
