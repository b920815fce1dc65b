import type { CueKind } from '../../schema/attribution.js';
import { PREPOSITIONS } from './word-classes.js';
import type { Word } from './words.js';

/**
 * Nouns of something said that a speaker can offer: "offered some pointed advice to the mayor",
 * "offering his thoughts on the levy", "offered a defense of the bill", "offered few specifics".
 * Offered money, goods or help ("offered $30 billion", "offers loans", "offered shelter") is an
 * act, not a statement, and stays out.
 */
const SPEECH_HEADS: ReadonlySet<string> = new Set([
  'advice', 'thoughts', 'congratulations', 'condolences', 'evaluation', 'assessment', 'testimony', 'opinion', 'opinions',
  'defense', 'defence', 'retort', 'rebuttal', 'answer', 'answers', 'promise', 'promises', 'assurance', 'assurances',
  'words', 'details', 'specifics', 'confirmation', 'confirmations', 'review', 'reviews', 'tips', 'praise', 'criticism',
  'critique', 'apology', 'explanation', 'explanations', 'prediction', 'predictions', 'caveat', 'caveats', 'suggestion',
  'suggestions', 'reassurance', 'encouragement', 'prayer', 'prayers', 'sympathy', 'remarks', 'comments', 'view', 'views',
  'argument', 'arguments', 'analysis', 'warning', 'warnings', 'rationale', 'justification', 'estimate', 'forecast',
]);

/**
 * Whether the object of "offer" starting at word `k` is something said: its head, the last word
 * before the first preposition, punctuation or "that" (at most eight words on, before
 * `sentenceEnd`), is a noun of speech ("the crowd an emotional evaluation [on] …", "only short
 * confirmations [that] …"). The object is then the offer's content, as with a verb of saying.
 * Not in a relative clause ("an adviser to the senator, who has offered advice to …"): which noun
 * the relative pronoun stands for is too often unclear to name who offered.
 */
export function offersSpeech(base: string, words: readonly Word[], k: number, sentenceEnd: number): boolean {
  if (base !== 'offer' || inRelativeClause(words, k - 1)) return false;
  let head: Word | null = null;
  for (let j = k; j < Math.min(words.length, k + 8); j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd || PREPOSITIONS.has(w.lower) || w.lower === 'that' || !/^[\p{L}'’-]+$/u.test(w.text)) break;
    head = w;
  }
  return head !== null && head !== words[k - 1] && SPEECH_HEADS.has(head.lower);
}

/** Whether a relative pronoun stands at most three words before the verb at `v` ("who has long offered"). */
function inRelativeClause(words: readonly Word[], v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 3); j--) if (/^(?:who|whom|which|that)$/u.test(words[j]?.lower ?? '')) return true;
  return false;
}

/** Forms of "offer". */
const OFFER_FORMS = /^(?:offer|offers|offered|offering)$/u;

/**
 * The kind of an offer whose content is something said: "offered some pointed advice" reports
 * words, an assertion, though "offered to debate" is an intention. Null for any other cue or content.
 */
export function offeredSpeechKind(cue: string, content: string): CueKind | null {
  if (!OFFER_FORMS.test(cue.toLowerCase())) return null;
  let head = '';
  for (const w of content.split(/\s+/u).slice(0, 8)) {
    const lower = w.toLowerCase();
    if (PREPOSITIONS.has(lower) || lower === 'that' || !/^[\p{L}'’-]+$/u.test(w)) {
      // "few specifics," and "the crowd an evaluation." end their head at the mark
      const bare = lower.replace(/[,.;:]+$/u, '');
      if (bare !== lower && /^[\p{L}'’-]+$/u.test(bare)) head = bare;
      break;
    }
    head = lower;
  }
  return SPEECH_HEADS.has(head) ? 'assertion' : null;
}
