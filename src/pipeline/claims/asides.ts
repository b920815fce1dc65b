import type { ClaimCandidate, SentenceContext } from './context.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, wordAt, type Word } from './words.js';

/**
 * `that Mrs. Clinton, who has outraised every rival, still faces a hard road`, `that Hillary
 * Clinton, then a senator, was "likable enough"`: an aside set off by commas after the content's
 * subject is the writer's, not the speaker's. The claim is kept as its two pieces, the subject and
 * the rest of its clause, with the same cue (one claim, as `A, X said, B` is).
 *
 * Only an aside that opens with a relative pronoun or a time adverb and closes before a finite
 * auxiliary (the content clause's verb), within the first words of the content, is read so: a
 * comma further on, or one in a list ("Ohio, Iowa and Texas"), is left alone. A noun phrase in
 * apposition ("that Ana Ruiz, the mayor there, has a lead") names the subject again and stays in
 * the content.
 */
export function splitAtAsides(ctx: SentenceContext, claims: readonly ClaimCandidate[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const c of claims) {
    const pieces = c.rule === 'svc' || c.rule === 'tail' || c.rule === 'noun' ? asidePieces(ctx, c) : null;
    if (pieces) for (const p of pieces) out.push(p);
    else out.push(c);
  }
  return out;
}

/** The two pieces of `c` around an aside after its subject, or null when it has none. */
function asidePieces(ctx: SentenceContext, c: ClaimCandidate): ClaimCandidate[] | null {
  const { words } = ctx;
  const from = wordAt(words, c.start);
  if (from < 0) return null;
  // the subject: at most six words from the content's start (after "that") to the opening comma
  let open = -1;
  for (let j = from; j < Math.min(words.length, from + 8); j++) {
    const w = words[j] as Word;
    if (w.start >= c.end || isMark(w.text, ';:()—–') || AUX_WORDS.has(w.lower)) return null;
    if (w.text === ',') {
      open = j;
      break;
    }
  }
  if (open <= from || !ASIDE_OPENER.test(words[open + 1]?.lower ?? '')) return null;
  for (let j = open + 2; j < Math.min(words.length, open + 30); j++) {
    const w = words[j] as Word;
    if (w.start >= c.end || isMark(w.text, ';:()—–')) return null;
    if (w.text !== ',') continue;
    const verb = words[j + 1];
    if (!verb || verb.start >= c.end || !(AUX_WORDS.has(verb.lower) || /^(?:still|also|now|then)$/u.test(verb.lower))) return null;
    const head = { ...c, end: (words[open - 1] as Word).end };
    const rest = { ...c, start: verb.start };
    return [head, rest];
  }
  return null;
}

/** Words that open an aside after a subject: a relative pronoun, a time adverb ("then a senator") or a reflexive. */
const ASIDE_OPENER = /^(?:who|which|whose|then|now|once|formerly|himself|herself|itself|themselves)$/u;
