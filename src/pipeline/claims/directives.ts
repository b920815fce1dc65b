import { GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';

/**
 * Verbs of directing someone to act, read object first like "told" ("ordered the agency to release
 * the files", "encouraged the nations to raise spending", "challenged her rival to debate him"):
 * what the object is told to do is the content, so they report only with an object's infinitive or
 * a that-clause. Without one they name a thing, not words said: "ordered a new trial", "challenged
 * the ruling", "begs the question", "under court order to close". ("pressed" is left out: "pressed
 * the button to start the engine" has the same shape.)
 */
export const DIRECTIVE_BASES: ReadonlySet<string> = new Set(['order', 'encourage', 'challenge', 'beg']);

/**
 * Whether the directive's subject is a cause, not a speaker: "the toll encouraged drivers to take
 * the ring road", "it encouraged people to drive less", "a culture that encourages people to stay
 * silent". A speaker is a person or body: a subject pronoun for people, a name, or a noun phrase
 * headed (before its first preposition or comma) by a word for a person, role, organisation or
 * government ("A federal judge", "the campaign", "the highest-ranking operative at the compound").
 * A relative "that"/"which" right before the verb (`before`) stands for a thing.
 */
export function causeNotSpeaker(subjectText: string | null, before: string | undefined): boolean {
  if (subjectText === null || /^(?:that|which)$/u.test(before ?? '')) return true;
  const head = (subjectText.split(/,|\s(?:of|at|in|from|for|with|on|who|which|that)\s/u)[0] ?? '').trim().split(/\s+/u).pop() ?? '';
  if (/^(?:he|she|they|we|i|you|who)$/iu.test(head)) return false;
  if (/^\p{Lu}/u.test(head) && !/^(?:It|This|That|Which)$/u.test(head)) return false;
  const lower = head.toLowerCase();
  return ![lower, lower.replace(/s$/u, '')].some((w) => ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || ORGANISATION_HEADS.has(w) || GOVERNMENT_HEADS.has(w));
}
