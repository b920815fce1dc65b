import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * Adverbs that say the sentence is someone else's report without naming them: "The company
 * reportedly paid $2 million", "has allegedly hacked". English has a handful (closed class).
 */
export const REPORT_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'reputedly', 'purportedly', 'supposedly']);

/**
 * `X reportedly paid …`, `X has allegedly been …`, `with Bloomberg reportedly considering a run`:
 * what the adverb marks as reported, from the verb after it to the end of its clause, with no
 * source (the writer names nobody: the record is unsourced).
 *
 * Does not handle an adverb before a cue (`reportedly said that …`: the cue's own claim has the
 * content), nor an adjective use (`the allegedly hacked emails`: no clause follows).
 */
export function reportAdverbClaims(ctx: SentenceContext): void {
  const { text, words, sentenceEnd, claims } = ctx;
  for (let i = 0; i < words.length; i++) {
    const adverb = words[i] as Word;
    if (!REPORT_ADVERBS.has(adverb.lower)) continue;
    const first = words[i + 1];
    if (!first || first.start >= sentenceEnd || !/^\p{Ll}/u.test(first.text)) continue;
    // "the allegedly hacked emails": a determiner before the adverb makes it modify a noun
    if (/^(?:the|a|an|of|his|her|their|its)$/u.test(words[i - 1]?.lower ?? '')) continue;
    // "reportedly said that …": the reporting verb's claim holds the content
    let k = i + 1;
    while (AUX_WORDS.has(words[k]?.lower ?? '') || words[k]?.lower === 'been' || words[k]?.lower === 'be') k++;
    const verb = words[k];
    // ("officials reportedly believe the rise …": a finite cue of belief too; "with Bloomberg
    // reportedly considering a run" has no clause of its own, and the adverb's claim is the report)
    if (!verb || REPORTING_VERB_FORMS.has(verb.lower) || (CUE_FORMS.has(verb.lower) && !verb.lower.endsWith('ing')) || isMark(verb.text, ',;:()—–')) continue;
    let end = cutAtTrailer(ctx, i + 1);
    // "With Bloomberg reportedly considering a run, a poll found …": the absolute phrase ends at its comma
    if (opensWith(words, i)) {
      for (let j = i + 1; j < words.length && (words[j] as Word).start < end; j++) {
        if ((words[j] as Word).text === ',') {
          end = (words[j] as Word).start;
          break;
        }
      }
    }
    const range = trimRange(text, { start: first.start, end });
    if (range.end - range.start < 2 || quoteShare(ctx, range) >= QUOTATION_SHARE) continue;
    const claim: ClaimCandidate = candidate(range, { start: adverb.start, end: adverb.end }, null, 'svc');
    // "The company has reportedly paid …": what is reported is said of the subject, which reads
    // with it as a piece of its own (`withAntecedents`), as a verb of seeming's subject does
    const subject = subjectBefore(ctx, i);
    if (subject && subject.end <= adverb.start && adverb.start - subject.end < 20 && !/^(?:it|there)$/iu.test(text.slice(subject.start, subject.end))) claim.antecedent = subject.start;
    claims.push(claim);
  }
}

/** A "with" at most eight words before word `i`, no punctuation between: an absolute phrase. */
function opensWith(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const w = words[j] as Word;
    if (w.lower === 'with') return true;
    if (isMark(w.text, ',;:()—–')) return false;
  }
  return false;
}
