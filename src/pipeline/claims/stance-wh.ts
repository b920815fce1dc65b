import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import type { TextRange } from '../segment.js';
import type { Word } from './words.js';

/** Participles and adjectives: a stance only as a predicate ("are split", "remain divided"). */
const PREDICATES = /^(?:split|divided|torn|uncertain|unsure|undecided)$/u;

/** A copula before a predicate ("are split", "remained divided"). */
const COPULAS = /^(?:is|are|was|were|be|been|being|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|[’']re|[’']s)$/u;
/** Adverbs between the copula and the predicate ("were evenly split", "remain deeply divided"). */
const DEGREE = /^(?:still|also|now|not|evenly|deeply|sharply|bitterly|narrowly|almost|nearly|equally|largely|broadly|so|very|somewhat|increasingly)$/u;
/** Words a subject phrase may bring in from before it: "aside from the candidates", "even some members". */
const LEAD_IN = /^(?:(?:aside|apart) from|except|besides|even|only|like)\s+/iu;

/**
 * Stance with a wh-clause (rule `svc`, cue the word and its preposition): "The voters are split on
 * whether the mayor should resign", "Officials disagree over how far the cuts should go", "The
 * council remains uncertain whether the depot will close", "members debating whether the fund
 * exists". The subject holds the question open, so it is the source. A participle or adjective
 * counts only after a copula; "if" only straight after the word ("split on if" is no English).
 *
 * Does not handle an impersonal subject ("It is uncertain whether …": nobody holds it), an
 * infinitive ("is expected to debate how …": an expectation nobody voices), a noun ("a debate over
 * what …": no subject to hold it) or a fronted participle ("Deeply divided about how …, leaders …").
 */
export function stanceWhClaims(ctx: SentenceContext, at: readonly number[]): void {
  const { text, words, sentenceEnd, claims: out } = ctx;
  for (const i of at) {
    const w = words[i] as Word;
    if (w.text !== w.lower || words[i - 1]?.lower === 'to') continue;
    let j = i + 1;
    if (/^(?:on|over|about)$/u.test(words[j]?.lower ?? '')) j++;
    else if (words[j]?.lower === 'as' && words[j + 1]?.lower === 'to') j += 2;
    const wh = words[j];
    if (!wh || wh.start >= sentenceEnd || !/^(?:whether|how|what|why|who|which|when|where|if)$/u.test(wh.lower)) continue;
    if (wh.lower === 'if' && j !== i + 1) continue;
    // "are still debating whether": the subject is the copula's
    const copula = copulaBefore(words, i);
    if (copula < 0 && PREDICATES.test(w.lower)) continue;
    const source = withoutLeadIn(text, subjectBefore(ctx, copula < 0 ? i : copula));
    if (!source || /^(?:it|there|this|that)$/iu.test(text.slice(source.start, source.end))) continue;
    const content = trimRange(text, { start: wh.start, end: cutAtTrailer(ctx, j) });
    if (content.end - content.start < 8 || quoteShare(ctx, content) >= QUOTATION_SHARE) continue;
    const last = words[j - 1] as Word;
    out.push(candidate(content, { start: w.start, end: last.end }, source, 'svc'));
  }
}

/** The copula before the predicate at `i`, with at most two degree adverbs between, else -1 ("Deeply divided about …" has none). */
function copulaBefore(words: readonly Word[], i: number): number {
  let k = i - 1;
  while (k >= i - 2 && DEGREE.test(words[k]?.lower ?? '')) k--;
  return COPULAS.test(words[k]?.lower ?? '') ? k : -1;
}

/** The subject phrase without a preposition or focus word it was read with ("aside from the candidates" → "the candidates"). */
function withoutLeadIn(text: string, r: TextRange | null): TextRange | null {
  if (!r) return null;
  const lead = LEAD_IN.exec(text.slice(r.start, r.end));
  return lead && r.start + lead[0].length < r.end ? { start: r.start + lead[0].length, end: r.end } : r;
}
