import { mayBeFiniteVerb } from './verbless.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import type { Word } from './words.js';

/** The preposition a verb of judging takes right after its object: "accused [him] of", "blamed [them] for". */
const AFTER_OBJECT: ReadonlyMap<string, string> = new Map([
  ['accuse', 'of'], ['suspect', 'of'], ['convict', 'of'], ['blame', 'for'], ['criticize', 'for'], ['criticise', 'for'],
  ['praise', 'for'], ['fault', 'for'], ['charge', 'with'],
]);

/**
 * "accused of inflating …", "blamed for the delay" with no object between the participle and its
 * preposition: the object has become the subject, so the verb is a passive (a headline drops the
 * "is"; a reduced relative "the trader accused of fraud" too), and its subject is not the accuser.
 */
export function bareParticiple(words: readonly Word[], v: number, base: string): boolean {
  const verb = words[v];
  const next = words[v + 1];
  if (!verb || !next || !/ed$/u.test(verb.lower) || AFTER_OBJECT.get(base) !== next.lower) return false;
  // "whom critics have accused of …", "who leaders accused of …": a relative's gap is the object
  for (let j = v - 1; j >= Math.max(0, v - 6); j--) {
    const w = (words[j] as Word).lower;
    if (/^(?:who|whom|which|that|have|has|had|having)$/u.test(w)) return false;
    if (/^[,;:—–()]$/u.test(w)) break;
  }
  return true;
}

/**
 * Whether a main clause starts after the comma at `c`: a name, pronoun or determiner, then within
 * four words a finite verb with no comma between ("…, Obama won his party's nomination", "…, the
 * party has done the opposite"); not "…, or ISIS, has used".
 */
export function mainClauseAfter(words: readonly Word[], c: number): boolean {
  const first = words[c + 1];
  if (!first || !(/^\p{Lu}/u.test(first.text) || SUBJECT_PRONOUNS.has(first.lower) || DETERMINER_WORDS.test(first.lower))) return false;
  if (/^(?:and|or|but|which|who|whom|whose|where|when|that)$/u.test(first.lower)) return false;
  for (let j = c + 2; j < Math.min(words.length, c + 6); j++) {
    const w = words[j] as Word;
    if (/^[,;:()—–]$/u.test(w.text)) return false;
    if (w.text === w.lower && (AUX_WORDS.has(w.lower) || mayBeFiniteVerb(w.lower))) return true;
  }
  return false;
}

const DETERMINER_WORDS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|many|most)$/u;
