import { trimRange } from './trim.js';
import { candidate, MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { wordAt, type Word } from './words.js';

/**
 * Conditions: "If elected, Trump said he would …", "Unless the court acts, she warned that …". A
 * condition limits what the speaker claims, so it is part of the claim; an opening phrase of time,
 * place or respect ("In Texas, …", "For his part, …", "When asked, …") more often frames the report
 * itself, and stays out.
 */
const CONDITION_OPENER = /^(?:if|unless|even)$/u;

/**
 * `CONDITION, X said (that) CONTENT`: the condition opening the sentence, before the subject of the
 * claim `svc` whose content follows the verb, is a first piece of the same claim, as PolNeAR
 * annotates it ("[If elected], Trump said [he would appoint a prosecutor]"). The condition opens the
 * sentence (after an optional "And"/"But") and ends at the comma right before the subject.
 */
export function frontAdjunctPiece(ctx: SentenceContext, svc: ClaimCandidate): ClaimCandidate | null {
  const { text, sentence: s, words } = ctx;
  const source = svc.source;
  if (!source || svc.rule !== 'svc' || svc.start < svc.cue.end) return null;
  let from = 0;
  if (/^(?:and|but)$/u.test(words[0]?.lower ?? '')) from = 1;
  const opener = words[from];
  if (!opener || !CONDITION_OPENER.test(opener.lower)) return null;
  // "Even so, …": "even" only before "if"; "If anything, …", "If so, …" are sentence adverbs
  if (opener.lower === 'even' && words[from + 1]?.lower !== 'if') return null;
  if (/^(?:anything|so|not|nothing|any|ever)$/u.test(words[from + 1]?.lower ?? '') && words[from + 2]?.text === ',') return null;
  const subjectAt = wordAt(words, source.start);
  const comma = subjectAt - 1;
  if (comma <= from + 1 || words[comma]?.text !== ',') return null;
  const piece = trimRange(text, { start: s.start, end: (words[comma] as Word).start });
  if (piece.end - piece.start > MAX_LOOKBACK_CHARS * 4 || quoteShare(ctx, piece) >= QUOTATION_SHARE) return null;
  return candidate(piece, svc.cue, source, 'svc');
}
