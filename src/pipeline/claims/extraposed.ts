import type { TextRange } from '../segment.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import type { Word } from './words.js';

/**
 * `“It's our bad luck,” he said, that both men had ties to the mosque.`: after a quotation and its
 * attribution, a "that" clause set off by a comma is more of what the speaker said (the quotation
 * stage owns the quotation). "that" must open a clause: a determiner or a subject pronoun follows it.
 */
export function extraposedAfterQuotation(ctx: SentenceContext, v: number, subject: TextRange): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v] as Word;
  if (words[v + 1]?.text !== ',' || words[v + 2]?.lower !== 'that') return null;
  if (!/^(?:the|a|an|his|her|their|its|our|this|these|those|both|he|she|they|we|i|it|you|there)$/u.test(words[v + 3]?.lower ?? '')) return null;
  const start = (words[v + 2] as Word).start;
  if (start >= sentenceEnd) return null;
  const range = trimRange(text, { start, end: sentenceEnd });
  if (quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  return candidate(range, { start: verb.start, end: verb.end }, subject, 'svc');
}

/**
 * `On ABC's “This Week,” Carson admitted that the name was wrong`: a verb with a that-clause right
 * after it takes that clause as its content, so the quotation before its subject (a title, a
 * borrowed phrase) is not what it reports. "that" must open a clause, as above ("said that night"
 * is a time).
 */
export function thatClauseAfter(words: readonly Word[], v: number): boolean {
  return words[v + 1]?.lower === 'that' && CLAUSE_SUBJECT_START.test(words[v + 2]?.lower ?? '');
}

const CLAUSE_SUBJECT_START = /^(?:the|a|an|his|her|their|its|our|this|these|those|both|he|she|they|we|i|it|you|there)$/u;
