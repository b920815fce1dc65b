import { isMark, type Word } from './words.js';

/**
 * Pieces before an attribution that frame it and assert nothing, read from the sentence's words:
 * an adjunct ("In his state, she said") or an absolute phrase ("His voice shaking, she said").
 * adjunct-only.ts asks the same of a claim's content as text.
 */

/** Prepositions and subordinators: they open an adverbial phrase or clause. */
const ADJUNCT_OPENER = /^(?:in|on|at|as|during|after|before|since|for|from|with|without|by|to|of|into|under|over|about|among|amid|despite|through|throughout|like|unlike|following|upon|within|toward|towards|beyond|while|when|whereas|if|unless|although|though|because|once|until)$/iu;

/** Coordinators and sentence adverbs: an adjunct only with at most one word after them ("And", "And that", "Now"). */
const SHORT_OPENER = /^(?:and|but|or|so|yet|now|then|still|otherwise|instead|meanwhile|also|too|indeed|however|even)$/iu;

/**
 * Whether words `from..to` (inclusive) are an adjunct and nothing else: a phrase or clause opened by
 * a preposition or subordinator with no comma after which a main clause could follow ("In his
 * state", "As part of those interviews", "As Freddy stumbled"), or a coordinator or sentence adverb
 * with at most one word after it ("Now", "And that"), or one -ly adverb ("Recently"). Such a piece says where, when or how, and no
 * reader could check it on its own. "At least 85 meetings were …" is no adjunct.
 */
export function wordsAreAdjunct(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from];
  if (!first || to < from) return false;
  if (SHORT_OPENER.test(first.text)) return to - from <= 1;
  // "Recently, he said, …", "Frankly, she said, …"
  if (to === from && /\p{Ll}ly$/u.test(first.text)) return true;
  if (!ADJUNCT_OPENER.test(first.text) || /^(?:least|most|first|last)$/iu.test(words[from + 1]?.text ?? '')) return false;
  for (let j = from + 1; j <= to; j++) if (isMark((words[j] as Word).text, ',;:—–')) return false;
  return true;
}

// the body parts of absolute phrases ("Eyebrows raised", "Arms folded", "Head bowed")
const BODY_PARTS = /^(?:eyebrows?|brows?|eyes|head|arms|hands|fists?|lips|jaw|teeth|voice|shoulders|face|hair)$/u;

/**
 * An absolute phrase before an attribution: a noun phrase of at most three words and an -ing
 * participle ("His voice shaking, she said"), or a body part and an -ed one ("Eyebrows raised, he
 * asked"). "The talks failed, he said" is a clause: an -ed form after any other noun is read as one.
 */
export function isAbsolutePhrase(words: readonly Word[], from: number, to: number): boolean {
  const last = words[to];
  if (!last || to - from < 1 || to - from > 3) return false;
  for (let j = from; j < to; j++) if (!/^[\p{L}’']+$/u.test((words[j] as Word).text)) return false;
  if (/^\p{Ll}+ing$/u.test(last.text)) return true;
  return /^\p{Ll}+ed$/u.test(last.text) && BODY_PARTS.test((words[to - 1] as Word).lower);
}
