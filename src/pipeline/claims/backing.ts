import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * Whether the verb "back" at `i` states no side of its own subject's, though it is a verb of support
 * elsewhere ("Gov. Vey is backing Ortiz", "she backs tougher limits"):
 *
 * - a particle makes it a retreat: "backed away from the plan", "backed down", "backed out of";
 * - after "to" its plan is the verb's before it ("plans to back Ortiz"), and after a relative
 *   pronoun it describes a noun ("donors who are backing Ortiz");
 * - "back" is the weakest of cues, so it yields to any other in its sentence that could hold it
 *   or that its object could swallow: a cue before it in its clause ("Ortiz said the council backed the plan")
 *   or one after it in the same stretch without punctuation ("backed a scheme that leaders hope
 *   will cut costs", "is backing Ortiz because he worries …").
 */
export function backIsNoStance(words: readonly Word[], i: number): boolean {
  if (/^(?:down|away|out|off|up|into|onto|in|by)$/u.test(words[i + 1]?.lower ?? '')) return true;
  if (words[i - 1]?.lower === 'to' || afterRelative(words, i)) return true;
  // (back to a semicolon or colon: "He wants to close the depot; she backs tougher limits" is two clauses)
  for (let j = i - 1; j >= 0 && !isMark(words[j]?.text ?? '', ';:'); j--) if (isOtherCue(words[j])) return true;
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:()—–')) break;
    if (isOtherCue(w)) return true;
  }
  return false;
}

/** A lower-case cue word other than a form of "back". */
function isOtherCue(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && CUE_FORMS.has(w.lower) && !/^back(?:s|ed|ing)?$/u.test(w.lower);
}

/** A relative pronoun before `i` with only auxiliaries and adverbs between ("who had long backed"; not "that evening backed"). */
function afterRelative(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && j >= i - 3 && (AUX_WORDS.has(words[j]?.lower ?? '') || /^(?:are|been|being|long|also|still|once|now|\p{Ll}+ly)$/u.test(words[j]?.lower ?? ''))) j--;
  return /^(?:who|whom|which|that)$/u.test(words[j]?.lower ?? '');
}
