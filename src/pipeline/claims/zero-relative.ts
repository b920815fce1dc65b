import { DETERMINER } from './word-classes.js';
import type { Word } from './words.js';

/**
 * A relative clause without its pronoun, whose gap is the content's subject: `a move [its
 * chairwoman] said was needed`, `the figure [the company] says is too low`, `a deal [Smith] said
 * would …`. The subject phrase found before the cue then holds two noun phrases: the antecedent
 * (`a move`) and the clause's own subject (`its chairwoman`), which starts at a determiner, a
 * possessive or a name right after a common noun.
 *
 * `from` and `to` are the indices of the first and last words of the subject phrase. Returns the
 * index where the clause's subject starts and the index of the antecedent's first word, or null
 * when the phrase is one noun phrase (`the company's chief`, `a senior official`).
 */
export function zeroRelative(words: readonly Word[], from: number, to: number): { subject: number; antecedent: number } | null {
  for (let s = Math.max(1, from); s <= to; s++) {
    const w = words[s] as Word;
    const noun = words[s - 1] as Word;
    // the antecedent's head: a lower-case common noun, no determiner, adjective-like or verb form
    if (noun.text !== noun.lower || !/^\p{Ll}{3,}$/u.test(noun.text) || DETERMINER.test(noun.lower) || /(?:ed|ing|ly)$/u.test(noun.lower) || NOT_HEADS.has(noun.lower)) continue;
    const opensPhrase = OWN_SUBJECT_OPENERS.has(w.lower) || (/^\p{Lu}\p{Ll}+$/u.test(w.text) && w.text !== 'I');
    if (!opensPhrase) continue;
    // the antecedent opens with its determiner, a few words back: "a move", "the new figure"
    for (let a = s - 2; a >= 0 && a >= s - 5; a--) {
      const x = words[a] as Word;
      if (/^(?:a|an|the|this|that|these|those|another|every|each|its|his|her|their|our|my|your)$/u.test(x.lower)) return { subject: s, antecedent: a };
      if (x.text !== x.lower || !/^\p{Ll}[\p{Ll}-]*$/u.test(x.text)) return null;
    }
    return null;
  }
  return null;
}

// what opens the relative clause's own subject: "its chairwoman", "the company", "officials" is left
// out (a plural after a noun is as often a compound: "the union officials said")
const OWN_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

// words that end a noun phrase's modifiers, not its head: "all the", "much the", "half the"
const NOT_HEADS: ReadonlySet<string> = new Set(['all', 'both', 'half', 'much', 'many', 'what', 'than', 'about', 'like', 'as', 'and', 'but', 'or', 'that', 'which', 'who', 'whom', 'with', 'from', 'for', 'into', 'onto', 'over', 'under', 'after', 'before']);
