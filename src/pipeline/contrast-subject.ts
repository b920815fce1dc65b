import type { TextRange } from './segment.js';
import { GROUP_NOUNS } from './claims/noun-reading.js';
import { GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from './source-lexicons.js';
import { ROLE_NOUNS } from './speech-lexicons.js';

/**
 * "Ministers said the economy was “turning a corner”, but economists remained “sceptical”": after
 * an earlier quotation, a contrast that opens a clause whose subject can hold a view of its own (a
 * person or group noun, a body, a name) and a verb of being or judging ("were", "remained",
 * "found") makes the next quotation that subject's word, not the words of the speaker whose cue
 * stands before the first quotation. Who put the word in quotation marks the sentence does not say.
 * ("…, but the timing was “wrong”" and "…, but it would be “too late”" go on with the first
 * speaker's content: their subjects hold no view.)
 *
 * `earlier` are the quotation spans before this one in its sentence, in order; `cueEnd` is where
 * the cue found before them ends.
 */
export function contrastedSubjectBefore(text: string, earlier: readonly TextRange[], cueEnd: number, quoteStart: number): boolean {
  const last = earlier[earlier.length - 1];
  if (!last || last.end <= cueEnd || last.end > quoteStart) return false;
  const m = CONTRAST_CLAUSE.exec(text.slice(last.end, quoteStart));
  return m !== null && holdsViews(m[1] as string);
}

// the subject is at most four words, its head the last; the verb right after it ends the gap
// before the quotation ("…, though analysts were “less sure”")
const CONTRAST_CLAUSE = /^[\s,;—–]*(?:but|while|whereas|although|though|yet)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+)\s+(?:were|was|are|is|remained|remain|remains|stayed|stay|stays|seemed|seem|seems|appeared|appear|appears|looked|found|find|finds|considered|consider|considers|deemed|saw|see|sees|felt|feel|feels|thought|think|thinks|believed|believe|believes)\s+(?:(?:it|them|him|her|this|that|the\s+\p{L}+|far|much|more|less|still|also|deeply|very|rather|largely|increasingly)\s+){0,3}$/u;

const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'these', 'those']);

/** Whether a subject's head word names someone who can hold a view: a person or group noun ("the opposition", "the jury"), a role, a body, a name. */
function holdsViews(head: string): boolean {
  const lower = head.toLowerCase();
  if (PRONOUN_SUBJECTS.has(lower)) return false;
  if (/^\p{Lu}/u.test(head)) return true;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return [lower, singular].some((w) => PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || ORGANISATION_HEADS.has(w) || GOVERNMENT_HEADS.has(w));
}
