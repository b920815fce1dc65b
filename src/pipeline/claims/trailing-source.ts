import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type SentenceContext } from './context.js';
import { tagsOf } from './verbless.js';
import { AUX_WORDS, PREPOSITIONS } from './word-classes.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/** Singular heads of a named finding a clause is reported "in": "in a CNN poll", "in the state average of polls". */
export const TRAILING_SOURCE_HEADS: ReadonlySet<string> = new Set(['poll', 'survey', 'average', 'study', 'analysis', 'tally', 'rankings']);

/** Words whose own complement is "in": taking part, being named or counted somewhere. */
const GOVERNS_IN: ReadonlySet<string> = new Set(['involved', 'participated', 'participating', 'part', 'enrolled', 'included', 'named', 'mentioned', 'cited', 'featured', 'interested', 'engaged', 'invested', 'listed', 'recruited', 'used', 'quoted', 'interviewed', 'surveyed', 'polled', 'questioned', 'sampled']);

/** Words that open the source phrase after "in": a determiner or possessive ("in the same poll", "in our rankings"). */
const SOURCE_OPENER = /^(?:a|an|the|this|that|its|their|our|his|her|last|each)$/u;

/** Words after the head that still belong to the source phrase: "a poll [released Sunday]", "the average [of state polls]". */
const SOURCE_TAIL = /^(?:released|conducted|taken|published|out|by|of|from|this|last|on|among|for|in)$/u;

/** Openers of a fronted adverbial before the clause: "In the fall of 2007, …", "While she leads in Iowa, …". */
const ADVERBIAL_OPENER = /^(?:while|although|though|as|after|before|since|when|whereas|despite|with|by|in|on|at|during|among|until|for|over|yet|still)$/u;

/**
 * `CLAUSE in a NAMED POLL.`: a finding reported with its source after it ("The governor took just 6
 * percent of the vote in a poll released Sunday", "Ortiz trails the senator in the state average of
 * polls"): the clause before "in" is the content, the poll phrase its source, as for a fronted "In
 * a new poll, …". The source phrase ends the sentence (or a comma follows it); the clause has a
 * finite verb and no reporting verb of its own, and starts at the sentence's start or after a fronted
 * adverbial and its comma.
 *
 * Does not handle the generic plural ("rose in the polls": no one finding is named), a poll phrase
 * inside the clause ("led in a poll and then fell"), nor a clause that another rule has already read.
 */
export function trailingSourceClaims(ctx: SentenceContext): void {
  const { text, words, sentenceEnd, claims: out } = ctx;
  for (let h = 2; h < words.length; h++) {
    const head = words[h] as Word;
    if (head.start >= sentenceEnd) break;
    if (!TRAILING_SOURCE_HEADS.has(head.lower) || head.text !== head.lower) continue;
    // back to "in" and its determiner, over at most six modifiers ("in a Washington Post-ABC News poll")
    let d = h - 1;
    while (d > 0 && h - d <= 7 && !SOURCE_OPENER.test(words[d]?.lower ?? '') && /^[\p{L}\d][\p{L}\d’'./-]*$/u.test(words[d]?.text ?? '')) d--;
    if (!SOURCE_OPENER.test(words[d]?.lower ?? '') || words[d - 1]?.lower !== 'in') continue;
    const inAt = d - 1;
    // "who was not involved in the study", "patients enrolled in the trial": "in" is the verb's own
    // complement, where someone took part, not where a finding was reported
    if (GOVERNS_IN.has(words[inAt - 1]?.lower ?? '')) continue;
    // the phrase ends the sentence, or a comma ends it
    // (a verb in that stretch is the sentence's own: "voters surveyed in a poll released Monday support …")
    let e = h + 1;
    if (SOURCE_TAIL.test(words[e]?.lower ?? '')) while (e < words.length && (words[e] as Word).start < sentenceEnd && !isMark((words[e] as Word).text, ',;:—–()') && e - h < 10) e++;
    const after = words[e];
    if ((after && after.start < sentenceEnd && after.text !== ',') || words.slice(h + 2, e).some((w) => w.text === w.lower && !SOURCE_TAIL.test(w.lower) && (/^VB[DPZ]$/u.test(tagsOf(w.lower)?.[0] ?? '') || tagsOf(w.lower)?.includes('VBP') === true))) continue;
    const start = clauseStart(words, inAt);
    if (start < 0) continue;
    const content = trimRange(text, { start: (words[start] as Word).start, end: (words[inAt - 1] as Word).end });
    if (content.end - content.start < 12 || quoteShare(ctx, content) >= QUOTATION_SHARE) continue;
    if (out.some((c) => c.start < content.end && content.start < c.end)) continue;
    const source = trimRange(text, { start: (words[d] as Word).start, end: (words[e - 1] as Word).end });
    out.push(candidate(content, { start: (words[inAt] as Word).start, end: (words[inAt] as Word).end }, source, 'according-to'));
    return;
  }
}

/**
 * The first word of the clause that ends before word `inAt`: the sentence's first word (after
 * "But"/"And" or a dateline's dash), or, when the sentence opens with an adverbial, the word
 * after the last comma that opens a finite clause; -1 when the clause has no finite verb, holds a
 * reporting verb or an infinitive (a goal the poll phrase may belong to: "needs to reach 15
 * percent in an average of polls"), or a semicolon, colon, dash or parenthesis breaks it.
 */
function clauseStart(words: readonly Word[], inAt: number): number {
  let s = /^(?:but|and|yet|so)$/u.test(words[0]?.lower ?? '') ? 1 : 0;
  // "LEEDS, England — In the fall, …": a dateline and its dash open no clause
  const dash = words.findIndex((w, j) => j < 6 && isMark(w.text, '—–'));
  if (dash > 0 && words.slice(0, dash).every((w) => !/\p{Ll}/u.test(w.text))) s = dash + 1;
  if (ADVERBIAL_OPENER.test(words[s]?.lower ?? '')) {
    let found = -1;
    // the last such comma: "By Jan. 18, 10 days after the primary, [Ortiz was winning …]"
    for (let j = inAt - 2; j > s; j--) {
      if (words[j]?.text === ',' && opensClause(words, j + 1)) {
        found = j + 1;
        break;
      }
    }
    if (found < 0) return -1;
    s = found;
  }
  let verb = false;
  for (let j = s; j < inAt; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ';:()—–') || isBlankedWord(w.text) || REPORTING_VERB_FORMS.has(w.lower)) return -1;
    // "needs to close in on 15 percent in an average of polls": a goal, not a finding
    if (w.lower === 'to' && tagsOf(words[j + 1]?.lower ?? '')?.includes('VB') === true) return -1;
    if (j > s && w.text === w.lower && !PREPOSITIONS.has(w.lower) && (AUX_WORDS.has(w.lower) || mayBeVerb(w.lower))) verb = true;
  }
  return verb && inAt - s >= 3 ? s : -1;
}

/**
 * Whether a clause with its own subject starts at word `k`: a pronoun, determiner, number or name,
 * then a finite verb or auxiliary within five words ("Ortiz held", "she trails", "the mayor's lead
 * has shrunk").
 */
function opensClause(words: readonly Word[], k: number): boolean {
  const first = words[k];
  if (!first || !(/^(?:he|she|it|they|we|i|the|a|an|his|her|its|their|this|that|these|those)$/u.test(first.lower) || /^[\p{Lu}\d]/u.test(first.text))) return false;
  // "she trails": after a subject pronoun, the next word is its verb
  const next = words[k + 1];
  if (/^(?:he|she|it|they|we|i)$/u.test(first.lower)) return next !== undefined && next.text === next.lower && /^\p{L}+$/u.test(next.text) && !PREPOSITIONS.has(next.lower);
  for (let j = k + 1; j <= k + 5; j++) {
    const w = words[j];
    if (!w || isMark(w.text, ',;:()—–')) return false;
    if (w.text === w.lower && !PREPOSITIONS.has(w.lower) && (AUX_WORDS.has(w.lower) || mayBeVerb(w.lower))) return true;
  }
  return false;
}

/** A word the lexicon reads as a finite verb in any of its uses: "took", "trails", "leads". */
function mayBeVerb(lower: string): boolean {
  return tagsOf(lower)?.some((t) => /^VB[DPZ]$/u.test(t)) === true;
}
