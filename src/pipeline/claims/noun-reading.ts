import { isMark, type Word } from './words.js';
import { tagsOfLower } from './verbless.js';
import { CONTRACTED, PREPOSITIONS } from './word-classes.js';
import { CUE_FORMS } from './lexicon.js';

/**
 * `a new federal rule that lifts …`, `the candidates' plans don't …`, `his Islamophobic remarks
 * loomed …`, `an hourlong show that aired …`: a cue form the lexicon reads first as a noun, after a
 * determiner, a possessive or adjectives that follow one, heads a noun phrase and reports nothing.
 * `masked` is the sentence's masked text and `base` its offset in the article.
 *
 * Does not touch forms read first as verbs ("says", "warns": "the mayor says" stays a report), nor
 * a quantifier that can stand alone as the subject ("some claim …", "many fear …").
 */
export function readsAsNoun(words: readonly Word[], i: number, masked: string, base: number): boolean {
  const cue = words[i];
  if (!cue || cue.text !== cue.lower) return false;
  if (COMPOUND_MODIFIERS.get(cue.lower)?.has(words[i + 1]?.lower ?? '')) return true;
  const first = tagsOfLower(cue.lower)?.[0];
  if (first !== 'NN' && first !== 'NNS') return false;
  // "with 60% support:": the noun an amount measures
  if (measuredNoun(words, i)) return true;
  const next = words[i + 1];
  // "Trump's plan to bar …", "the view that Russia had to …": the noun's own content, read as the
  // verb's is; but "a rule that lifts …", "a show that aired …" is a relative clause
  if (next?.lower === 'to') return false;
  // "Unions raised fears that …": right after a verb in the past, the form is its object (the noun
  // cue's own rule reads "fears that …")
  const prev = words[i - 1];
  // ("letters that have recently been released show …": a relative clause's verb, then the main verb)
  if (prev && prev.text === prev.lower && /^VB[DN]$/u.test(tagsOfLower(prev.lower)?.[0] ?? '') && !relativeBefore(words, i - 2)) return true;
  // ("a rule that quietly lifts …": past an adverb)
  const afterThat = (words[i + 2]?.lower ?? '').endsWith('ly') ? words[i + 3] : words[i + 2];
  if (next?.lower === 'that' && !opensRelative(afterThat)) return false;
  // adjectives back to the phrase's opening word: at most three ("a new federal rule")
  for (let j = i - 1, adjectives = 0; j >= 0 && adjectives <= 3; j--, adjectives++) {
    const w = words[j] as Word;
    // "many fear …", but "premiums for many plans rose": after a preposition the quantifier is a determiner
    if (j === i - 1 && QUANTIFIER_SUBJECTS.has(w.lower)) return PREPOSITIONS.has(words[j - 1]?.lower ?? '');
    if (OPENS_NOUN_PHRASE.has(w.lower)) return true;
    // "the candidates' plans", "Trump's remarks" (not "he's", "it's": a verb's contraction)
    if (w.lower.endsWith('s') && isMark(masked.charAt(w.end - base), '’\'')) return true;
    if (/[’']s$/u.test(w.lower) && !CONTRACTED.test(w.lower)) return true;
    if (!isAdjective(w)) return false;
  }
  return false;
}

/**
 * `A transit advocate said …`, `Transit advocates say …`, `the hospital report showed …`: a cue form
 * the lexicon reads first as a noun that heads a compound of common nouns, so it is no verb:
 * - a base form after a singular common noun and the determiner that opens the phrase (a singular
 *   subject would take "advocates", "reports");
 * - a plural after another word and right before a verb of saying ("advocates say", "news reports
 *   suggested"): a verb in -s takes no verb after it.
 *
 * The base form not after a noun of a group, which British usage may give a plural verb ("the
 * family claim he was mistreated", "the council report …").
 */
export function headsNounCompound(words: readonly Word[], i: number): boolean {
  const cue = words[i];
  if (!cue || cue.text !== cue.lower) return false;
  const tags = tagsOfLower(cue.lower);
  if (!tags) return false;
  const prev = words[i - 1];
  if (tags[0] === 'NNS') {
    const next = words[i + 1];
    return prev !== undefined && next !== undefined && next.text === next.lower && CUE_FORMS.has(next.lower) && /^VB[PD]?$/u.test(tagsOfLower(next.lower)?.[0] ?? '');
  }
  if (tags[0] !== 'NN' || !tags.some((t) => t === 'VB' || t === 'VBP')) return false;
  if (!prev || prev.text !== prev.lower || tagsOfLower(prev.lower)?.[0] !== 'NN' || GROUP_NOUNS.has(prev.lower)) return false;
  // back past other modifiers ("a longtime consumer advocate") to the determiner
  for (let j = i - 2; j >= 0 && j >= i - 5; j--) {
    const w = words[j] as Word;
    // ("Supporters of the law hope …": a phrase after a preposition is not the verb's subject;
    // "Jones and her husband fear …", "Both the mayor and the city manager hope …": nor is the
    // second of two joined as one)
    if (SINGULAR_OPENERS.has(w.lower)) return !PREPOSITIONS.has(words[j - 1]?.lower ?? '') && !/^(?:and|or|nor|&)$/u.test(words[j - 1]?.lower ?? '');
    if (w.text !== w.lower || !/^(?:JJ|NN$)/u.test(tagsOfLower(w.lower)?.[0] ?? '')) return false;
  }
  return false;
}

/** Determiners of a singular noun phrase. */
const SINGULAR_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'each', 'another', 'his', 'her', 'its', 'their', 'our']);

/** Nouns of a group of people or a body: British usage gives them a plural verb ("the family claim"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'family', 'team', 'couple', 'group', 'club', 'crew', 'staff', 'board', 'jury', 'panel', 'public', 'government', 'council', 'committee',
  'party', 'union', 'police', 'majority', 'minority', 'audience', 'crowd', 'press', 'management', 'faculty', 'firm', 'company', 'band',
  'cabinet', 'opposition', 'army', 'navy', 'court', 'campaign', 'administration', 'side', 'squad', 'league', 'ministry', 'department',
  'parliament', 'congress', 'senate', 'association', 'federation', 'coalition', 'alliance', 'society', 'commission', 'organisation',
  'organization', 'charity', 'agency', 'authority', 'regime', 'trust', 'consortium', 'partnership', 'university', 'college', 'school',
  'hospital', 'bank', 'church', 'community', 'electorate', 'class', 'household', 'village', 'town', 'city', 'county', 'state', 'nation', 'country',
  'clergy', 'leadership', 'workforce', 'membership', 'congregation', 'youth', 'elderly', 'military', 'media', 'personnel', 'cast', 'pair', 'duo',
  'trio', 'prosecution', 'defence', 'defense', 'establishment', 'industry', 'sector', 'movement', 'network',
]);

/**
 * Cue forms that modify the noun after them in a fixed compound: "a founder of the center-left
 * think tank Third Way, said …" (the cue is "said"), "a think piece", "a warning shot".
 */
const COMPOUND_MODIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['think', new Set(['tank', 'tanks', 'piece', 'pieces'])],
  ['warning', new Set(['shot', 'shots', 'sign', 'signs', 'light', 'lights', 'label', 'labels'])],
]);

/** Determiners and possessive pronouns: what follows them up to its head is a noun phrase. */
const OPENS_NOUN_PHRASE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every']);

/** Words that open a noun phrase but also stand alone as a subject ("some claim", "many fear"). */
const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'both', 'few', 'several', 'others', 'each', 'any', 'none', 'another']);

/** A relative pronoun among the few words before `j`: the verb after it closes a relative clause. */
function relativeBefore(words: readonly Word[], j: number): boolean {
  for (let k = j; k >= Math.max(0, j - 5); k--) if (/^(?:that|which|who)$/u.test(words[k]?.lower ?? '')) return true;
  return false;
}

/** A finite verb right after "that": the relative pronoun is its subject ("a rule that lifts"). */
function opensRelative(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower) return false;
  if (/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/u.test(w.lower)) return true;
  const tag = tagsOfLower(w.lower)?.[0];
  // a that-clause opens with its subject: a verb form right after "that" is the relative's
  return tag === 'VBD' || tag === 'VBZ' || tag === 'VBN' || tag === 'VBP';
}

/** An adjective by the lexicon's first reading, or an unlisted word with an adjective's ending ("Islamophobic", "hourlong"). */
function isAdjective(w: Word): boolean {
  const tags = tagsOfLower(w.lower);
  if (tags) return /^JJ/u.test(tags[0] ?? '');
  return /(?:ic|al|ous|ive|ful|less|able|ible|ish|ary|long|wide)$/u.test(w.lower);
}

/**
 * "won with 38 percent support;", "receives less support than …", "with 60% support:": after an
 * amount ("percent", "%", a number, "less", "more") a form with no object after it (a stop, a
 * preposition of place or time, "than") is the noun the amount measures. "42% support the levy"
 * keeps its object, and its verb.
 */
function measuredNoun(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.lower ?? '';
  if (!/^(?:percent|cent|%|\p{N}[\p{N},.]*%?|less|more|much|little)$/u.test(prev)) return false;
  // "far more support the plan than …" opens its clause: the amount is the subject
  if (/^(?:less|more|much|little)$/u.test(prev) && !/^VB/u.test(tagsOfLower(words[i - 2]?.lower ?? '')?.[0] ?? '')) return false;
  const next = words[i + 1];
  // ("little hope for a return": a noun whose preposition opens its content, as the verb's would)
  return next === undefined || isMark(next.text, ',;:.)—–') || next.lower === 'than' || (PREPOSITIONS.has(next.lower) && !/^(?:to|for|of|about|against|over|on)$/u.test(next.lower));
}
