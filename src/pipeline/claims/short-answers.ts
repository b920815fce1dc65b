import type { TextRange } from '../segment.js';
import { baseOf } from './lexicon.js';

/**
 * A pro-form or a short answer as the whole content of a verb of saying or thinking: "after half
 * said so in the spring", "the mayor said no", "46 percent said yes", "he doesn't think so", "by the
 * time she said that." The word stands for a clause the text gave before (or for the answer to a
 * question it put), so it is the content, one word long, and the claim is kept although one word
 * of content is otherwise too little to check.
 *
 * Not a pro-form: "so" in "so far", "so much", "so-and-so"; "no" or "yes" before more words ("said no
 * decision was made", "said no more"); "that" before more of its clause ("said that the fund …",
 * "said that, if elected, …": a complementizer). Only verbs that report a clause or an answer take
 * one ("rejected that" is an object, and a demand rejected is no claim of its own).
 */
export function isShortAnswer(text: string, c: TextRange & { cue: TextRange }): boolean {
  const word = text.slice(c.start, c.end).toLowerCase();
  // "the allegations, which he denies": a relative pronoun before its cue is the cue's object
  if (c.cue.start > c.end) return RELATIVES.has(word);
  if (!PRO_FORMS.has(word)) return false;
  const base = baseOf(text.slice(c.cue.start, c.cue.end).toLowerCase().split(/\s+/u).pop() ?? '');
  if (!base || !ANSWER_CUES.has(base)) return false;
  // the cue right before it, with at most an adverb: "said so", "thinks so, too"
  if (!/^\s+$/u.test(text.slice(c.cue.end, c.start))) return false;
  const after = text.slice(c.end, c.end + 24);
  if (word === 'that') return THAT_ENDS.test(after);
  return CLAUSE_ENDS.test(after);
}

/** Whether a "that" right after a verb of saying ends its sentence: "by the time she said that." */
export function endsWithPronounThat(base: string, next: string | undefined): boolean {
  return ANSWER_CUES.has(base) && (next === undefined || next === ';');
}

const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'what', 'whom', 'who']);

const PRO_FORMS: ReadonlySet<string> = new Set(['so', 'no', 'yes', 'that']);

/** Verbs whose object may be a pro-form for a clause, or an answer: "said so", "thinks so", "answered yes". */
const ANSWER_CUES: ReadonlySet<string> = new Set(['say', 'think', 'believe', 'suppose', 'hope', 'guess', 'expect', 'answer', 'reply', 'respond']);

// what may follow a pro-form that is the whole content: the clause's end, or an adjunct of time,
// place or manner ("said so in December", "said so again", "thinks so, too"); not more words of a
// longer expression ("so far", "so much", "so-and-so", "no more", "no one")
const CLAUSE_ENDS = /^(?:\s*(?:[.,;:!?)”"’'—–]|$)|\s+(?:in|on|at|during|last|this|too|again|then|twice|once|repeatedly|publicly|privately|earlier|later|either|as well|when|after|before|because|but|and)\b)/u;

// a "that" ends its clause: the sentence's end, or ", too"
const THAT_ENDS = /^(?:\s*(?:[.;!?”"’)]|$)|,\s+(?:too|either)\b)/u;
