import { GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
import { CLAUSE_OPENERS, DETERMINER, PREPOSITIONS } from './word-classes.js';
import type { Word } from './words.js';

/**
 * Verbs of directing someone to act, read object first like "told" ("ordered the agency to release
 * the files", "encouraged the nations to raise spending", "challenged her rival to debate him"):
 * what the object is told to do is the content, so they report only with an object's infinitive or
 * a that-clause, or ("order" only) an object naming an action (`opensDirectiveObject`). Without one
 * they name a thing, not words said: "ordered a pizza", "challenged the ruling", "begs the
 * question", "under court order to close". ("pressed" is left out: "pressed
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

/**
 * "a judge ordered the agency to release the files", "the governor ordered a quarantine", "courts
 * are still ordering the release of the emails": an order's object with its infinitive, or an
 * object that names an action (a noun of action heads it), is the directive given, which a reader
 * can check like a statement; "ordered" otherwise takes only a that-clause. "ordered a pizza",
 * "ordered by the court", "in order to win" give none.
 */
export function opensDirectiveObject(base: string, words: readonly Word[], k: number, sentenceEnd: number): boolean {
  if (base !== 'order') return false;
  const first = words[k];
  if (!first || first.start >= sentenceEnd || !/^[\p{L}\p{N}$]/u.test(first.text)) return false;
  if (PREPOSITIONS.has(first.lower) || CLAUSE_OPENERS.has(first.lower) || /^(?:up|out|off|back)$/u.test(first.lower)) return false;
  let head: Word | null = null;
  for (let j = k; j < Math.min(words.length, k + 10); j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd) break;
    // "ordered the agency to release …", "ordered them to wait": the person told, then what to do
    if (w.lower === 'to') return j > k && isBareVerb(words[j + 1]);
    if (PREPOSITIONS.has(w.lower) || CLAUSE_OPENERS.has(w.lower) || !/^[\p{L}\p{N}'’-]+$/u.test(w.text)) break;
    head = w;
  }
  return head !== null && ACTION_NOUN.test(head.lower);
}

/** A noun of action: "a review", "the release", "an evacuation", "limits", "a quarantine". */
const ACTION_NOUN = /^(?:\p{Ll}{3,}(?:tion|tions|sion|sions|ment|ments|ure|ures)|reviews?|releases?|limits?|bans?|halt|recount|quarantine|curfew|lockdown|shutdown|cuts|strikes?|raids?|inquiry|probe|audit|withdrawal|removal|recall|recalls|arrests?|retrial|changes)$/u;

/** A lower-case word after "to" that can be a bare verb: no determiner, preposition or number. */
function isBareVerb(w: Word | undefined): boolean {
  return w !== undefined && /^\p{Ll}+$/u.test(w.text) && !DETERMINER.test(w.lower) && !PREPOSITIONS.has(w.lower);
}
