import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { CUE_FORMS } from './lexicon.js';
import { tagsOfLower } from './verbless.js';
import { PREPOSITIONS } from './word-classes.js';
import type { Word } from './words.js';

/**
 * A verb phrase after "but" or "and" shares a subject with the conjunct before it, and two
 * coordinated verbs of one subject share their tense. After the frame's past-tense cue, a verb in
 * the present ("said they're fine with it but just want to move on") or a bare infinitive ("agreed
 * to keep the case open but wait") cannot be the frame's second act: it goes on with the content.
 * So does a past verb after a present-tense cue ("says it considered the site but opted not to").
 *
 * Reads the lexicon's likeliest tags only; a modal ("but would not say") has no tense to compare.
 */

type Tense = 'past' | 'present';

/** Words after which a verb is an infinitive or a participle: "to", modals, auxiliaries, "not". */
const NO_TENSE_BEFORE = /^(?:to|will|would|can|could|should|shall|may|might|must|do|does|did|didn't|doesn't|don't|won't|wouldn't|can't|couldn't|not|has|have|had|is|are|was|were|be|been|being)$/u;

/** Whether the verb after the coordinator at word `j` disagrees in tense with the cue before the content at word `k`. */
export function coordinateOfContent(words: readonly Word[], k: number, j: number): boolean {
  const cue = cueTense(words, k);
  if (cue === null) return false;
  let n = j + 1;
  if (/^(?:just|also|still|then|now|only|later|never|instead|simply|actually)$/u.test(words[n]?.lower ?? '')) n++;
  const verb = words[n];
  if (!verb || verb.text !== verb.lower) return false;
  const tense = tenseOf(verb.lower);
  return tense !== null && tense !== cue;
}

/** The tense of the cue verb among the four words before the content's first word `k`. */
function cueTense(words: readonly Word[], k: number): Tense | null {
  for (let n = k - 1; n >= Math.max(0, k - 4); n--) {
    const w = words[n] as Word;
    // "told analysts on a conference call that …": past a determiner or preposition the words are an adjunct's
    if (PREPOSITIONS.has(w.lower) || /^(?:a|an|the|his|her|their|its|our|this|that)$/u.test(w.lower)) return null;
    // a cue read first as a bare form ("call") is a noun here or shows no tense
    if (w.text !== w.lower || !(CUE_FORMS.has(w.lower) || REPORTING_VERB_FORMS.has(w.lower)) || tagsOfLower(w.lower)?.[0] === 'VB') continue;
    // "want to think about …", "didn't say …": an infinitive or a verb after an auxiliary shows no tense of its own
    if (n > 0 && NO_TENSE_BEFORE.test((words[n - 1] as Word).lower.replace('’', "'"))) return null;
    return tenseOf(w.lower);
  }
  return null;
}

/** Past for a form read first as a past tense, present for a present or bare form that is never a past one. */
function tenseOf(lower: string): Tense | null {
  if (/^(?:was|were|had|did)$/u.test(lower)) return 'past';
  if (/^(?:is|are|has|have|does|do|am)$/u.test(lower)) return 'present';
  const tags = tagsOfLower(lower);
  if (!tags) return null;
  const first = tags[0] ?? '';
  if (first === 'VBD') return 'past';
  if (tags.includes('VBD') || tags.includes('VBN')) return null;
  return first === 'VBZ' || first === 'VBP' || first === 'VB' ? 'present' : null;
}

/**
 * "said the heat would ease by Wednesday but could return next week": after "but", a modal of
 * possibility with a verb that reports nothing goes on with what the content says may happen ("but
 * could not say whether …", "but would not comment" are the frame's subject declining).
 */
export function possibilityAfterBut(words: readonly Word[], j: number): boolean {
  const modal = words[j + 1]?.lower ?? '';
  const verb = words[j + 2];
  return /^(?:could|might|may)$/u.test(modal) && verb !== undefined && verb.text === verb.lower && !/^(?:not|n[’']t|never)$/u.test(verb.lower) && !REPORTING_VERB_FORMS.has(verb.lower);
}
