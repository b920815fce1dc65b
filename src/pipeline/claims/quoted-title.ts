import { AUX_WORDS, PREPOSITIONS } from './word-classes.js';
import { isBlankedWord, isMark, wordAt, type Word } from './words.js';

/** A title in Title Case: each word capitalised but for short function words ("Meet the Press"). */
const TITLE_CASE = /^[\p{Lu}\d][\p{L}\d.’'&-]*(?:\s+(?:(?:a|an|the|of|and|or|in|on|for|to|with|at|by)|[\p{Lu}\d][\p{L}\d.’'&-]*))*$/u;

/** The most words a fronted phrase holds before a title in quotation marks: "In an interview on CNN's". */
const MAX_LEAD_WORDS = 8;

/**
 * `On CNN's "State of the Union," the senator said …`, `In an interview with "Face the Nation,"
 * she said …`: the quotation right before the subject starting at `subjectStart` closes a
 * prepositional phrase that opens the sentence. It names a programme or a work, as the object of
 * that preposition; it is not what the verb after the subject attributes (`"We will win," she
 * said`), so the verb keeps its own content.
 */
export function titleInFrontedPhrase(text: string, words: readonly Word[], subjectStart: number): boolean {
  const subject = wordAt(words, subjectStart);
  let k = subject - 1;
  let quoted = 0;
  while (k >= 0 && isBlankedWord((words[k] as Word).text)) {
    k--;
    quoted++;
  }
  if (quoted === 0 || quoted > MAX_LEAD_WORDS || k < 0 || k >= MAX_LEAD_WORDS) return false;
  if (!PREPOSITIONS.has(words[0]?.lower ?? '')) return false;
  const title = text.slice((words[k + 1] as Word).start, (words[subject - 1] as Word).end).replace(/^["“]|,?["”],?$/gu, '');
  if (!TITLE_CASE.test(title)) return false;
  for (let j = 1; j <= k; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–()') || AUX_WORDS.has(w.lower)) return false;
  }
  return true;
}

/** A preposition and a few words, then one quotation closed by a comma (its words apart): `On NBC's "Meet the Press,"`. */
const FRONTED_TITLE = /^(\p{L}+)\s+([^,;:"“”«»]{0,60}?)\s*["“]([^"“”]{1,80}?),?["”],?$/u;

/**
 * A quotation-stage record's text that is only a fronted phrase
 * closed by a title in quotation marks, before its cue: `On NBC's "Meet the Press," the host asked
 * …`. The quotation names a programme, the phrase says where the cue's speaker spoke; neither is
 * what was said.
 */
export function isFrontedTitle(text: string): boolean {
  const m = FRONTED_TITLE.exec(text);
  if (!m || !PREPOSITIONS.has((m[1] ?? '').toLowerCase())) return false;
  return TITLE_CASE.test(m[3] ?? '') && !/\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/iu.test(m[2] ?? '');
}
