import type { TextRange } from '../segment.js';
import { isAbsolutePhrase, isAdjunctOnly, trimRange } from './boundaries.js';
import { MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { subjectBefore } from './subject.js';

/** Participles that tell how or why the speaker spoke: ", speaking on condition of anonymity", ", citing …". */
const FRAME_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing', 'citing', 'pointing', 'referring', 'declining', 'requesting', 'responding', 'reacting', 'echoing']);

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
  // "In his state, he said, …", "Now, she said, …": an adjunct alone is no piece of the claim
  // "Eyebrows raised, he asked, …", "His voice shaking, she said, …": an absolute phrase neither
  const adjunct = isAdjunctOnly(words, 0, c - 1) || (/^(?:but|and|so|yet)$/iu.test(words[0]?.text ?? '') && isAdjunctOnly(words, 1, c - 1)) || isAbsolutePhrase(words, 0, c - 1);
  // "…, one of the people said, speaking on condition of anonymity because …", "…, she said,
  // adding that …": a participle of speaking right after the frame belongs to the frame (a cue's
  // own claim is read by the participle rule); another ("…, he said, imposing new limits") may
  // continue the content
  const next = words[v + 2]?.lower ?? '';
  const frameTail = next.endsWith('ing') && (FRAME_PARTICIPLES.has(next) || CUE_FORMS.has(next));
  const pieces = [adjunct ? null : before, frameTail ? null : after].filter((r): r is TextRange => r !== null && r.end > r.start && quoteShare(ctx, r) < QUOTATION_SHARE);
  if (pieces.length === 0) return null;
  return pieces.map((r) => ({ ...r, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'parenthetical' as const }));
}

