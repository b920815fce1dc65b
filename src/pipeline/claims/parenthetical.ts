import type { TextRange } from '../segment.js';
import { isAbsolutePhrase, trimRange } from './boundaries.js';
import { isOccasionPhrase } from './occasion.js';
import { MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';

/**
 * `A, X said, B.` — an attribution inside the sentence splits the content in two pieces, both the
 * speaker's ("Instead, he said, he sees the benefits of …").
 *
 * Does not handle a verb with no comma right after it (`subject-verb.ts`, `tails.ts`), nor a
 * piece that is mostly a quotation (the quotation stage owns it).
 */
export function parentheticalClaim(ctx: SentenceContext, v: number): ClaimCandidate[] | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb || words[v + 1]?.text !== ',') return null;
  const subject = subjectBefore(ctx, v);
  if (!subject) return null;
  let c = v - 1;
  while (c >= 0 && (words[c]?.start ?? 0) >= subject.start) c--;
  if (words[c]?.text !== ',' || c < 1) return null;
  const before = trimRange(text, { start: s.start, end: words[c]?.start ?? s.start });
  const afterStart = words[v + 2]?.start;
  if (afterStart === undefined || afterStart >= sentenceEnd) return null;
  const after = trimRange(text, { start: afterStart, end: sentenceEnd });
  if (before.end - before.start > MAX_LOOKBACK_CHARS * 4) return null;
  // "In his state, he said, …", "Now, she said, …", "If elected, …": an opening adjunct is a piece of
  // the claim, as PolNeAR annotates it; "In a letter to donors, she said, …" (the occasion of the
  // statement) and "Eyebrows raised, he asked, …" (an absolute phrase) are not
  const adjunct = isAbsolutePhrase(words, 0, c - 1) || isOccasionPhrase(words, 0, c - 1);
  const pieces = [adjunct ? null : before, after].filter((r): r is TextRange => r !== null && r.end > r.start && quoteShare(ctx, r) < QUOTATION_SHARE);
  if (pieces.length === 0) return null;
  return pieces.map((r) => ({ ...r, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'parenthetical' as const }));
}

