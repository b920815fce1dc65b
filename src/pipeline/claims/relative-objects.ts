import type { SentenceContext } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { PREPOSITIONS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * `the allegations, which Mr. Ailes denies, …`, `something that the mayor mocked.`, `That was what
 * Ana Ortiz said when …`: a relative pronoun as the object of a cue that ends its clause is all the
 * content there is, and the pronoun stands for it (its antecedent is right before it). The claim is
 * the pronoun, its source the relative clause's subject: a personal pronoun, a name (with a title),
 * or "the" and a noun.
 *
 * Not when the cue has more after it in its clause (`which he said were …`, `that he argued in 2004
 * were wrong`: the content follows), nor
 * when it is negated (`which he never denied`), nor after a preposition (`to which Lazar admitted`:
 * the pronoun is the preposition's object).
 */
export function relativeObjectClaims(ctx: SentenceContext, cues: readonly number[]): void {
  const { words } = ctx;
  for (const v of cues) {
    const verb = words[v] as Word;
    if (verb.text !== verb.lower || verb.lower.endsWith('ing') || !CUE_FORMS.has(verb.lower)) continue;
    const next = words[v + 1];
    // the clause ends at the cue: a stop, a comma, or a clause of time ("said when she resigned");
    // after an adjunct the gap may still be in a clause to come ("argued in 2004 were wrong")
    if (next && !/^(?:[,;:)—–]|when|after|before|because)$/u.test(next.lower)) continue;
    let e = v - 1;
    while (e > 0 && AUX_OR_ADVERB.test(words[e]?.lower ?? '')) e--;
    const subject = subjectStart(words, e);
    if (subject < 1) continue;
    const pronoun = words[subject - 1] as Word;
    if (!/^(?:which|that|what|whom|who)$/u.test(pronoun.lower)) continue;
    const before = words[subject - 2];
    if (!before || PREPOSITIONS.has(before.lower)) continue;
    // "that" after a noun ("something that …"), "what" after a copula ("That was what …")
    if (pronoun.lower === 'that' && (before.text !== before.lower || !/^\p{Ll}+$/u.test(before.text) || CUE_FORMS.has(before.lower))) continue;
    if (pronoun.lower === 'what' && !/^(?:is|was|are|were|be|’s|'s)$/u.test(before.lower)) continue;
    if (/^(?:which|who|whom)$/u.test(pronoun.lower) && !isMark(before.text, ',—–(')) continue;
    const first = words[subject] as Word;
    const last = words[e] as Word;
    ctx.claims.push({ start: pronoun.start, end: pronoun.end, cue: { start: verb.start, end: verb.end }, source: { start: first.start, end: last.end }, relayedBy: null, rule: 'svc' });
  }
}

/** The first word of the relative clause's subject ending at word `e`, or -1: "he", "Mr. Ailes", "the council". */
function subjectStart(words: readonly Word[], e: number): number {
  const last = words[e];
  if (!last) return -1;
  if (/^(?:he|she|they|it|we|i)$/u.test(last.lower)) return e;
  if (/^\p{Lu}\p{Ll}/u.test(last.text)) {
    let b = e;
    while (b - 1 >= 0 && e - b < 3 && /^\p{Lu}/u.test(words[b - 1]?.text ?? '') && !/^(?:Which|That|What|Who|Whom)$/u.test(words[b - 1]?.text ?? '')) b--;
    return b;
  }
  if (/^\p{Ll}+$/u.test(last.text) && words[e - 1]?.lower === 'the') return e - 1;
  return -1;
}

// auxiliaries and adverbs between the subject and the cue; a negation ends the search ("never denied")
const AUX_OR_ADVERB = /^(?:has|have|had|does|did|do|also|once|always|previously|repeatedly|publicly|so|often|long|later|first|both|still|now)$/u;
