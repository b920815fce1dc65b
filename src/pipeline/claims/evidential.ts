import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { CUE_FORMS, EVIDENTIAL, STANCE_ADJECTIVES } from './lexicon.js';
import { PREPOSITIONS } from './word-classes.js';
import { isMark, type Word } from './words.js';

// adverbs of time, place and company after "appeared": a physical appearance, not a seeming
// ("appeared together in Boston", "appeared jointly at the rally", "appeared alongside her rival")
const APPEARING_WHEN: ReadonlySet<string> = new Set([
  'overnight', 'suddenly', 'briefly', 'yesterday', 'today', 'tonight', 'again', 'later', 'earlier', 'here', 'there', 'outside', 'nearby', 'everywhere', 'twice', 'once', 'live', 'onstage', 'online',
  'together', 'jointly', 'separately', 'alone', 'publicly', 'alongside', 'side', 'onscreen', 'backstage', 'offstage', 'nightly', 'weekly',
]);

/**
 * `The race appears closer in Ohio`, `Mr. Trump seemed to overstay his welcome`: an appearance
 * reported with no source: how it seems (the complement, up to the clause's end) said of its
 * subject is the content, and it has no speaker. PolNeAR marks the subject ("The race") and the
 * complement as two pieces; a fact-checker reads neither alone, so saidby gives one record from
 * the subject on ("The race appears closer in Ohio"); an expletive `it` or `there` is left out.
 *
 * Verbs of the `evidential` section of `claim-verbs.txt` (seem, appear), reported as rule `svc`.
 * Does not handle a physical appearance (`appeared before reporters`, `appeared on Fox`): no claim.
 */
export function evidentialClaim(ctx: SentenceContext, v: number): ClaimCandidate[] {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const first = words[v + 1];
  if (!verb || !first || first.start >= sentenceEnd || isMark(first.text, ',;:)')) return [];
  // "appeared before reporters", "appeared on Fox": a physical appearance, not a seeming
  if (PREPOSITIONS.has(first.lower) && first.lower !== 'to' && first.lower !== 'like') return [];
  // "The hole appeared overnight", "a crack appeared again": where or when something showed itself
  if (APPEARING_WHEN.has(first.lower)) return [];
  // "But if the reasons for a deal seem so obvious, why …": a seeming supposed, not reported
  for (let j = v - 1; j >= 0; j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–(')) break;
    if (/^(?:if|unless|whether)$/u.test(w.lower)) return [];
  }
  // "steered him through what appeared to be a long fight": a free relative is a noun phrase, the
  // writer's hedged name for a thing, and asserts nothing of anyone ("The fight appeared long" does)
  if (freeRelativeBefore(words, v)) return [];
  let end = cutAtTrailer(ctx, v + 1);
  for (let j = v + 2; j < words.length; j++) {
    const w = words[j];
    if (!w || w.start >= end) break;
    // "seemed to match the sense of relief as the rock classic played": the clause ends at a subordinator
    // ("seemed immune to all but the largest shocks": "all but" is "almost", no conjunction)
    // ("seemed to overstay his welcome, testing voters' patience": a participle that is no cue goes on
    // with how it seems)
    if (w.lower === 'but' && /^(?:all|anything|everything|nothing)$/u.test(words[j - 1]?.lower ?? '')) continue;
    if (w.text === ',' && elaboratingParticiple(words[j + 1])) continue;
    if (w.text === ',' || /^(?:as|because|since|although|though|when|while|but)$/u.test(w.lower)) {
      end = w.start;
      break;
    }
  }
  const cue = { start: verb.start, end: verb.end };
  const out: ClaimCandidate[] = [];
  const complement = trimRange(text, { start: first.start, end });
  if (complement.end > complement.start && quoteShare(ctx, complement) < QUOTATION_SHARE) {
    const claim: ClaimCandidate = candidate(complement, cue, null, 'svc');
    // "China's coal consumption appears to have declined": how it seems is said of the subject, and
    // reads only with it (a relative subject, "which appears to …", reads from its antecedent)
    const subject = subjectBefore(ctx, v);
    // "the chance of winning over swing voters -- moderates, women -- seemed slim": a phrase that
    // closes a dash or parenthesis aside right before the verb is the aside's, not the subject
    const closesAside = subject !== null && (/(?:--|[—–)])\s*$/u.test(text.slice(subject.end, verb.start)));
    if (subject && !closesAside && subject.end <= verb.start && verb.start - subject.end < 40 && !/^(?:it|there)$/iu.test(text.slice(subject.start, subject.end))) {
      // "Rubio seemed to urge the opposite tactic", "The mayor appeared hopeful that …": what seems
      // is that the subject says or holds something, so the subject is its source (hedged, not
      // denied); the appearance of anything else is said of the subject by nobody
      // ("voters who often seems to …": a relative's subject is its antecedent, which may be another)
      if (holdsOrSays(words, v) && !/\b(?:who|which|that)\b/iu.test(text.slice(subject.end, verb.start))) claim.source = subject;
      else claim.antecedent = subject.start;
    }
    out.push(claim);
  }
  return out;
}

/** A lower-case -ing word that is no cue: "…, testing voters' patience", not "…, saying that …". */
function elaboratingParticiple(w: Word | undefined): boolean {
  return w !== undefined && /^\p{Ll}{3,}ing$/u.test(w.text) && !CUE_FORMS.has(w.lower) && !/^(?:according|including|during|following|notwithstanding|regarding|concerning|considering|excluding|pending|something|nothing|anything|everything|thing|things)$/u.test(w.lower);
}

/** Is the complement after the verb of seeming at `v` a verb of saying or holding ("to urge", "to be hoping") or a stance ("hopeful that")? */
function holdsOrSays(words: readonly Word[], v: number): boolean {
  const first = words[v + 1]?.lower ?? '';
  if (STANCE_ADJECTIVES.has(first)) return /^(?:that|about)$/u.test(words[v + 2]?.lower ?? '');
  if (first !== 'to') return false;
  const verb = words[v + 2]?.lower === 'be' ? words[v + 3]?.lower : words[v + 2]?.lower;
  return verb !== undefined && CUE_FORMS.has(verb) && !EVIDENTIAL.has(CUE_FORMS.get(verb) ?? '');
}

/** Is the subject of the verb at `v` a free relative's "what" or "whatever" ("through what appeared to be …")? */
function freeRelativeBefore(words: readonly Word[], v: number): boolean {
  let j = v - 1;
  while (j >= 0 && /^\p{Ll}+ly$/u.test(words[j]?.text ?? '')) j--;
  return /^(?:what|whatever)$/u.test(words[j]?.lower ?? '');
}
