import type { TextRange } from '../segment.js';
import type { ClaimCandidate } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { isVerbless } from './verbless.js';
import { isMark, wordsAsWritten, type WrittenWords } from './words.js';

/**
 * "A cashier who steals is held accountable, the senator said. Bank executives aren't.": a short
 * sentence that is only a subject and an auxiliary with its negation (the verb phrase left out,
 * to be read from the claim before it) goes on with that claim, and is a piece of it: same cue,
 * same source. `last` is the previous sentence's last claim, which must run to that sentence's
 * end (`lastEnd`) or be followed only by its attribution; the fragment must follow in the same paragraph.
 *
 * Two to six words: a subject of one to four words with no verb or cue of its own, then "isn't",
 * "aren't", "don't", "won't" … or an auxiliary and "not"/"never" ("Their bosses did not."). A
 * pronoun subject ("They don't.") is left alone: it may answer a question rather than go on with
 * the claim. `cut` keeps the words of the sentence last cut as written (`wordsAsWritten`).
 */
export function ellipticalPiece(text: string, next: TextRange, last: ClaimCandidate, lastEnd: number, cut: WrittenWords): ClaimCandidate | null {
  // the claim ends its sentence, or only its attribution follows it ("…, the senator said.")
  const ends = last.end === lastEnd || last.rule === 'tail' || last.rule === 'tail-inverted' || last.rule === 'according-to';
  if (!ends || /\n\s*\n/u.test(text.slice(lastEnd, next.start))) return null;
  // "Mitchell supported the idea. But others did not.": after a content with no verb of its own the
  // verb left out is the cue's, and the fragment says what others did, not what the speaker said
  if (isVerbless(text.slice(last.start, last.end))) return null;
  const words = wordsAsWritten(text, next, cut).filter((w) => w.text !== '.');
  if (words.length < 2 || words.length > 6) return null;
  const tail = words[words.length - 1]?.lower ?? '';
  const beforeTail = words[words.length - 2]?.lower ?? '';
  let subjectEnd = -1;
  if (NEGATED_AUX.test(tail)) subjectEnd = words.length - 2;
  else if (/^(?:not|never)$/u.test(tail) && AUX.test(beforeTail)) subjectEnd = words.length - 3;
  if (subjectEnd < 0 || subjectEnd > 3) return null;
  const subject = words.slice(0, subjectEnd + 1);
  if (subject.some((w) => CUE_FORMS.has(w.lower) || AUX.test(w.lower) || isMark(w.text, ',;:—–()')) || /^(?:he|she|they|it|we|i|you|this|that)$/u.test(subject[0]?.lower ?? '')) return null;
  const first = words[0];
  const end = words[words.length - 1];
  if (!first || !end) return null;
  return { start: first.start, end: end.end, cue: last.cue, source: last.source, relayedBy: null, rule: last.rule };
}

const AUX = /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must)$/u;
const NEGATED_AUX = /^(?:isn|aren|wasn|weren|don|doesn|didn|hasn|haven|hadn|won|wouldn|can|couldn|shouldn|mustn)[’']t$/u;
