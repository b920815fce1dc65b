import type { Word } from './words.js';

/**
 * "The mayor made it clear that …", "has made clear that …", "is making clear that …": a stance
 * adjective after the light verb "make" reports what the light verb's subject says; so does one
 * after a copular verb other than "be" ("they remain hopeful that …", "she felt confident that
 * …", "he grew convinced that …", "came away convinced that …"). Returns the index of that verb before the adjective (an "it"
 * after "make", and adverbs, may stand between), or -1. The subject is looked up before that
 * verb, as before any other verb.
 */
export function lightVerbBefore(words: readonly Word[], v: number): number {
  let j = v - 1;
  while (j > 0 && ADVERBS.test(words[j]?.lower ?? '')) j--;
  const m = words[j]?.lower === 'it' && MAKE_FORMS.test(words[j - 1]?.lower ?? '') ? j - 1 : j;
  // ("Analysts were less sure that …": a form of "be" with a degree adverb before the adjective)
  if (j < v - 1 && BE_FORMS.test(words[j]?.lower ?? '')) return j;
  // ("he came away convinced that …", "walked away sure that …": leaving a meeting with a stance)
  if (words[j]?.lower === 'away' && AWAY_VERBS.test(words[j - 1]?.lower ?? '')) return j - 1;
  return MAKE_FORMS.test(words[m]?.lower ?? '') || COPULAS.test(words[m]?.lower ?? '') ? m : -1;
}

const MAKE_FORMS = /^(?:make|makes|made|making)$/u;

const AWAY_VERBS = /^(?:came|come|comes|coming|walked|walk|walks|went|go|goes)$/u;

const BE_FORMS = /^(?:is|are|was|were|am|be|been)$/u;

/** Copular verbs other than "be" (whose forms are auxiliaries, read before any verb already). */
const COPULAS = /^(?:remain|remains|remained|remaining|feel|feels|felt|become|becomes|became|grew|grow|grows|grown)$/u;

/** Degree and time adverbs between the copula and its adjective: "remain cautiously hopeful". */
const ADVERBS = /^(?:so|very|quite|more|less|most|still|now|increasingly|fully|\p{Ll}+ly)$/u;
