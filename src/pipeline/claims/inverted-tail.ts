import type { ClaimCandidate, SentenceContext } from './context.js';
import type { Word } from './words.js';

/** The most words an inverted source may have: "…, said Lily Batchelder", "…, said a senior aide to the mayor". */
const MAX_SOURCE_WORDS = 6;

/**
 * `For some, the losses would outstrip the gains, said Batchelder.`: the subject-verb rule took an
 * opening phrase for the subject of "said" and the name after it for its content. A cue right after
 * a comma whose "content" is only a short name running to the sentence end ("Batchelder", "Ana
 * Ortiz") is an inverted tail: the name is the source, the clause before the comma the content.
 */
export function invertedTailInstead(ctx: SentenceContext, v: number, svc: ClaimCandidate): boolean {
  const { text, words, sentenceEnd } = ctx;
  const next = words[v + 1];
  if (words[v - 1]?.text !== ',' || !next || svc.start !== next.start) return false;
  if (svc.end < sentenceEnd - 1) return false;
  // the content's words: from the one after the cue (where it starts) while they end inside it,
  // counted only as far as one past the most a source may have
  const content: Word[] = [];
  for (let k = v + 1; k < words.length && content.length <= MAX_SOURCE_WORDS; k++) {
    const w = words[k] as Word;
    if (w.end > svc.end) break;
    content.push(w);
  }
  if (content.length === 0 || content.length > MAX_SOURCE_WORDS) return false;
  // a name: every word capitalised ("Lily Batchelder", "Sen. Ana Ortiz")
  return content.every((w) => /^\p{Lu}/u.test(w.text)) && !/[,;:]/u.test(text.slice(svc.start, svc.end));
}
