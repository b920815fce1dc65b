import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { PREPOSITIONS } from './word-classes.js';
import { isBlankedWord } from './words.js';

/** Finite forms of "point" that take "to" and the evidence cited: "points to", "pointed to", "point to". */
const POINT_FORMS = /^(?:point|points|pointed)$/u;

/**
 * Words before a bare "point" that make it a verb after its subject: a plural noun or name ("Critics
 * point to …", "Activists here point to …"), a subject pronoun, or an auxiliary ("will point to", "could point to"); after a
 * determiner or a number it is a noun ("a point to consider", "at one point to the west").
 */
const BARE_VERB_AFTER = /^(?:i|we|you|they|who|here|will|would|could|can|may|might|must|should|do|did|also|often|still|now|\p{L}+s)$/u;

/**
 * `X pointed to Y`: the evidence a source cites for its case, as with "cited" ("Critics point to the
 * rising fares", "The mayor pointed to the new depot as proof that the plan works"): the content is
 * the phrase after "to", to where the narration takes over again; the source is the verb's subject.
 *
 * Does not handle "pointed out" (a phrasal cue of the subject-verb rule), a passive ("was pointed
 * to"), the participle ("…, pointing to the polls": no subject of its own), nor "to" before a
 * preposition or punctuation ("which she pointed to as proof": the relative's gap is the content),
 * nor a headline's capitalised "Points To".
 */
export function pointToClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const to = words[v + 1];
  const first = words[v + 2];
  // ("Clear Path Points To Victory": a headline's capitalised verb is mostly a figure of speech)
  if (!verb || !to || !first || to.lower !== 'to' || !POINT_FORMS.test(verb.text)) return null;
  if (first.start >= sentenceEnd || !/^[\p{L}\d$]/u.test(first.text) || isBlankedWord(first.text)) return null;
  const before = words[v - 1]?.lower ?? '';
  // "the figures were pointed to": a passive names no source
  if (/^(?:is|are|was|were|be|been|being)$/u.test(before)) return null;
  if (verb.lower === 'point' && !BARE_VERB_AFTER.test(before)) return null;
  // "pointed to as proof", "pointed to by critics": no phrase of its own after "to"
  if (PREPOSITIONS.has(first.lower) || first.lower === 'as') return null;
  const source = subjectBefore(ctx, v);
  if (!source) return null;
  const range = trimRange(text, { start: first.start, end: cutAtTrailer(ctx, v + 2) });
  if (range.end - range.start < 2 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  return { start: range.start, end: range.end, cue: { start: verb.start, end: to.end }, source, relayedBy: null, rule: 'svc' };
}
