import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { CUE_FORMS } from './lexicon.js';
import { mainClauseAfter } from './clause-edges.js';
import { tagsOfLower } from './verbless.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, findWithin, type Word } from './words.js';

/**
 * Where reported content ends or goes on, beyond the trailers `cutAtTrailer` reads itself: a verb of
 * the frame's subject after a comma ("endorsed Sanders in the primary, launched a petition"), a
 * result clause (", so they voted …"), the main clause after an object named in a relative clause
 * ("voters who preferred [her] outnumbered …"); and the commas and "but"s that stay inside the
 * content ("a narrow but consistent lead", "the worst year, in 2008, as the base line",
 * "traditionally rural, though diverse, areas").
 *
 * Reads word classes and punctuation only; does not find cues or subjects.
 */

/** What `cutAtTrailer` knows of the content so far. */
export interface ContentSoFar {
  /** the content has a finite verb (or a relative word a finite verb may continue) */
  finite: boolean;
  /** the content has a verb of any kind: finite, modal, infinitive */
  verbal: boolean;
}

/** Whether the narration resumes at word `j` (a comma or a verb) of the content from word `k`. */
export function narrationResumesAt(words: readonly Word[], k: number, j: number, sentenceEnd: number, so: ContentSoFar): boolean {
  const w = words[j];
  if (!w || j <= k) return false;
  if (w.lower === 'and' && j > k + 1 && (secondCueWithThat(words, j) || (!so.finite && pronounClauseAfter(words, j)))) return true;
  if (w.text === ',') return j > k + 1 && words[j - 1]?.lower !== 'that' && commaTail(words, k, j, sentenceEnd, so);
  return !so.finite && !so.verbal && j > k && words[k]?.lower !== 'to' && objectOfRelative(words, k) && isFiniteAt(words, j) && nounPhraseBetween(words, k, j);
}

/**
 * "… heard shots at 9 p.m. and suspected at once that …", "… and added later that …": after "and" a
 * reporting verb whose "that" follows an adverb opens a second claim of the frame's subject.
 */
function secondCueWithThat(words: readonly Word[], j: number): boolean {
  const v = words[j + 1];
  if (!v || v.text !== v.lower || !(CUE_FORMS.has(v.lower) || takesClause(v.lower)) || !/(?:ed|id|ld|ew|ote|ought|ound|aw|old|ank)$/u.test(v.lower)) return false;
  const adverb = words[j + 2]?.lower ?? '';
  return /^(?:\p{Ll}+ly|also|then|later|again|immediately|soon|too)$/u.test(adverb) && words[j + 3]?.lower === 'that';
}

/**
 * "… decided not to run and she won the debate", "… urged him to stay and he agreed": after a
 * content with no finite verb of its own (an infinitive, an object), "and" before a subject pronoun
 * and its finite verb starts the narrator's next clause.
 */
function pronounClauseAfter(words: readonly Word[], j: number): boolean {
  const subject = words[j + 1];
  if (!subject || !/^(?:he|she|they|we)$/u.test(subject.lower)) return false;
  const v = words[j + 2];
  if (!v || v.text !== v.lower) return false;
  return AUX_WORDS.has(v.lower) || (tagsOfLower(v.lower) ?? []).some((t) => t === 'VBD' || t === 'VBZ');
}

/** Verbs whose object may be a clause without "that": "who think [Sanders is honest]" keeps its verb. */
function takesClause(lower: string): boolean {
  return REPORTING_VERB_FORMS.has(lower) || CLAUSE_VERBS.test(lower);
}

const CLAUSE_VERBS = /^(?:think|thinks|thought|believe|believes|believed|expect|expects|expected|hope|hopes|hoped|feel|feels|felt|fear|fears|feared|know|knows|knew|suspect|suspects|suspected|doubt|doubts|doubted|worry|worries|worried|agree|agrees|agreed|assume|assumes|assumed|guess|guessed|predict|predicts|predicted|estimate|estimates|estimated|show|shows|showed|found|find|finds)$/u;

// (not the forms that are also plural nouns: "…, claims were rejected", "…, notes were issued")
const FINITE_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'argued', 'argues', 'insisted', 'insists', 'noted', 'warned', 'warns', 'wrote', 'writes', 'explained', 'explains', 'stated', 'declared', 'declares', 'asserted', 'asserts', 'claimed']);

/** The comma at `j` closes a name set off by commas, e.g. a place's state: "in Worcester, Massachusetts, told". */
function closesPlaceName(words: readonly Word[], j: number): boolean {
  let i = j - 1;
  while (i >= 0 && /^\p{Lu}/u.test(words[i]?.text ?? '')) i--;
  return i < j - 1 && words[i]?.text === ',';
}

function commaTail(words: readonly Word[], k: number, j: number, sentenceEnd: number, so: ContentSoFar): boolean {
  const n1 = words[j + 1];
  if (!n1 || n1.start >= sentenceEnd) return false;
  if (hearingHeard(words, j, sentenceEnd)) return true;
  if (n1.text !== n1.lower) return false;
  // "said the plan would fail, so they voted against it"
  if (n1.lower === 'so' && mainClauseAfter(words, j + 1)) return true;
  // "Mr. Cruz, whose finish was seen as a disappointment, said that …", "…, the race will be tight,
  // said Dan Gerstein": a verb of saying right after a comma is the main clause's, or an inverted
  // attribution's, never more of this content (but "the plan, said to cost $5 billion, …" is a participle)
  // ("after a woman in Worcester, Massachusetts, told him …": a comma that closes a place's state is no clause's edge)
  if (FINITE_SAYING.has(n1.lower) && !/^(?:to|by)$/u.test(words[j + 2]?.lower ?? '') && !AUX_WORDS.has(words[j + 2]?.lower ?? '') && !closesPlaceName(words, j)) return true;
  // "endorsed Sanders in the primary, launched a petition", "suggested her tone was harsh, called
  // her rude and …": a finite verb right after the comma has the frame's subject (no comma inside
  // the content before: "said the town, already short of cash, faces cuts")
  if (!so.finite && finiteVerbPhrase(words, j + 1) && findWithin(words, k - 1, j, (x) => isMark(x.text, ',—–()')) < 0 && !asideBeforeVerb(words, j + 2, sentenceEnd)) return true;
  return false;
}

/**
 * ", a court has heard.", ", the inquest heard.", ", the jury was told.", ", Leeds Crown Court
 * heard on Monday.": after the comma at `j`, the hearing where the statement was made, ending the
 * sentence; the writer's frame, never the content's.
 */
function hearingHeard(words: readonly Word[], j: number, sentenceEnd: number): boolean {
  let n = j + 1;
  if (/^(?:a|an|the)$/iu.test(words[n]?.text ?? '')) n++;
  let head = n;
  while (head < n + 4 && /^\p{Lu}/u.test(words[head]?.text ?? '') && !HEARING_BODIES.has(words[head]?.lower ?? '')) head++;
  if (!HEARING_BODIES.has(words[head]?.lower ?? '')) return false;
  let v = head + 1;
  if (/^(?:has|had|have|was|were|is|are)$/u.test(words[v]?.lower ?? '')) v++;
  if (words[v]?.lower === 'been') v++;
  if (!/^(?:heard|told)$/u.test(words[v]?.lower ?? '')) return false;
  // "heard" alone or with a time: "heard on Monday", "was told yesterday"
  for (let e = v + 1; e < words.length && (words[e] as Word).start < sentenceEnd; e++) if (!HEARING_TIME.test((words[e] as Word).lower)) return false;
  return true;
}

/** Who hears evidence: "a court", "the inquest", "jurors", "magistrates", "the tribunal". */
const HEARING_BODIES: ReadonlySet<string> = new Set(['court', 'jury', 'jurors', 'inquest', 'tribunal', 'hearing', 'trial', 'magistrates', 'inquiry', 'judge']);
const HEARING_TIME = /^(?:on|at|in|this|last|yesterday|today|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|week)$/u;

/** A finite verb at `i`, after at most one adverb, with an object or complement after it: "launched a petition", "then called her". */
function finiteVerbPhrase(words: readonly Word[], i: number): boolean {
  let n = i;
  if (/^(?:also|then|later|soon|still|never|again|suddenly|quickly|finally|instead)$/u.test(words[n]?.lower ?? '') || /^\p{Ll}+ly$/u.test(words[n]?.text ?? '')) n++;
  const v = words[n];
  const after = words[n + 1];
  if (!v || v.text !== v.lower || !after || !/^[\p{L}\p{N}“"']/u.test(after.text) || /^(?:and|or|but|by)$/u.test(after.lower)) return false;
  if (/^(?:has|had|is|was|does|did)$/u.test(v.lower)) return true;
  // "a visa programme, called the EB-5 programme": a name given is a participle's
  if (/^(?:called|named|dubbed|titled|labeled|labelled|known)$/u.test(v.lower)) return false;
  const tags = tagsOfLower(v.lower);
  if (tags === undefined) return false;
  const first = tags[0] ?? '';
  // "cut", "set" may be bare infinitives of a listed verb; a form in -ed ("launched", not "need") is none
  if ((tags.includes('VB') || tags.includes('VBP')) && !/[^e]ed$/u.test(v.lower)) return false;
  // "launched a petition": a form read first as a participle only with its object after it
  if (first === 'VBN') return tags.includes('VBD') && OBJECT_OPENER.test(after.lower);
  return first === 'VBD' || first === 'VBZ';
}

const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|it)$/u;

/** Whether within eight words from `i` a comma closes an aside before the content's verb: "the tax, approved in May, would pay …". */
function asideBeforeVerb(words: readonly Word[], i: number, sentenceEnd: number): boolean {
  for (let n = i; n < Math.min(words.length, i + 8); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || isMark(x.text, ';:—–()')) return false;
    if (x.text !== ',') continue;
    const after = words[n + 1];
    return after !== undefined && after.text === after.lower && (AUX_WORDS.has(after.lower) || /^VB[DZP]$/u.test(tagsOfLower(after.lower)?.[0] ?? ''));
  }
  return false;
}

/**
 * Whether the content starting at `k` is the object of a cue inside a relative clause: "those who
 * preferred [legal status]", "respondents who support [Sanders]": the relative word stands right
 * before the cue (or before an adverb and the cue).
 */
function objectOfRelative(words: readonly Word[], k: number): boolean {
  const rel = (i: number): boolean => /^(?:who|that)$/u.test(words[i]?.lower ?? '');
  if (takesClause(words[k - 1]?.lower ?? '')) return false;
  return rel(k - 2) || (rel(k - 3) && /^\p{Ll}+ly$/u.test(words[k - 2]?.text ?? ''));
}

/** A lower-case auxiliary or a verb read first as past tense: "are", "outnumbered" (not "calls", a noun as often). */
function isFiniteAt(words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  if (w.text !== w.lower) return false;
  if (AUX_WORDS.has(w.lower)) return true;
  return tagsOfLower(w.lower)?.[0] === 'VBD';
}

/** Whether words `k` to `j` (exclusive) are a short noun phrase: no punctuation, subordinator or relative word. */
function nounPhraseBetween(words: readonly Word[], k: number, j: number): boolean {
  if (j - k > 8) return false;
  for (let n = k; n < j; n++) {
    const x = words[n] as Word;
    if (isMark(x.text, ',;:—–()') || /^(?:when|while|as|if|because|after|before|since|that|who|which|where|whether|to)$/u.test(x.lower)) return false;
  }
  return true;
}


/**
 * Whether "but" at `j` joins two words of one phrase rather than two clauses: "a narrow but
 * consistent lead" (an adjective on each side), "impervious to all but the largest shocks", "not
 * only would lose but also would hurt" (the second half of "not only").
 */
export function butInsidePhrase(words: readonly Word[], k: number, j: number): boolean {
  const before = words[j - 1];
  const after = words[j + 1];
  if (!before || !after) return false;
  if (before.lower === 'all' || after.lower === 'also') return true;
  // "the case was a tragedy but not a crime": "but not" and a phrase with no verb of its own
  // contrast two parts of one clause
  if (after.lower === 'not' && verblessUntilClauseEnd(words, j + 2)) return true;
  // "would have no choice but to act", "did nothing but wait": "but" is "except" here
  if (/^(?:choice|option|alternative|nothing|anything)$/u.test(before.lower) && /^(?:to|wait|watch|hope|pray)$/u.test(after.lower)) return true;
  // "had been a demanding supervisor but an extraordinarily generous one": two noun phrases
  // (a short one that ends the sentence: not "had a plan but a spokesman for the mayor disputed that",
  // a clause of its own)
  if ((after.lower === 'a' || after.lower === 'an') && [words[j - 2], words[j - 3], words[j - 4]].some((w) => w !== undefined && isIndefiniteArticle(w.lower)) && words.length - j <= 6) return true;
  for (let n = k; n < j - 1; n++) if (words[n]?.lower === 'not' && words[n + 1]?.lower === 'only') return true;
  return isAdjective(before.lower) && isAdjective(after.lower) && words[j + 2] !== undefined && /^\p{Ll}/u.test((words[j + 2] as Word).text);
}

/** Whether the words from `from` to the next mark or the sentence's end (at most eight) hold no word that may be a verb. */
function verblessUntilClauseEnd(words: readonly Word[], from: number): boolean {
  let n = 0;
  for (let k = from; k < words.length && n < 8; k++, n++) {
    const w = words[k] as Word;
    if (/^[,;:.!?()—–]$/u.test(w.text)) break;
    if (w.text !== w.lower) continue;
    const first = tagsOfLower(w.lower)?.[0] ?? '';
    if (first.startsWith('VB') || first === 'MD') return false;
  }
  return n > 0 && n < 8;
}

/** "a" or "an": the article a coordinated noun phrase repeats. */
const isIndefiniteArticle = (lower: string): boolean => lower === 'a' || lower === 'an';

function isAdjective(lower: string): boolean {
  return tagsOfLower(lower)?.[0] === 'JJ';
}

/**
 * Whether the comma at `j` closes a short prepositional aside opened by a comma inside the content:
 * "to use the worst year, in 2008 and 2009, as the base line" (the "as" after it is the content's).
 */
export function closesInsertedAside(words: readonly Word[], k: number, j: number): boolean {
  let n = j - 1;
  while (n > k && j - n <= 6 && words[n]?.text !== ',') n--;
  if (words[n]?.text !== ',' || n <= k || j - n < 3) return false;
  if (!/^(?:in|on|at|for|by|from|with|during|since|until|like|including)$/u.test(words[n + 1]?.lower ?? '')) return false;
  for (let i = n + 2; i < j; i++) {
    const x = words[i] as Word;
    if (AUX_WORDS.has(x.lower) || isMark(x.text, ';:—–()')) return false;
  }
  return true;
}

/**
 * "could hurt traditionally rural, though culturally diverse, areas": a concessive adjective set off
 * by commas inside a noun phrase; the noun after the closing comma is the content's.
 */
export function concessiveModifier(words: readonly Word[], j: number, sentenceEnd: number): boolean {
  if (!/^(?:though|although|if|yet)$/u.test(words[j + 1]?.lower ?? '') || !isAdjective(words[j - 1]?.lower ?? '')) return false;
  for (let n = j + 2; n < Math.min(words.length, j + 6); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || isMark(x.text, ';:—–()')) return false;
    if (x.text !== ',') continue;
    const after = words[n + 1];
    const tag = tagsOfLower(after?.lower ?? '')?.[0] ?? '';
    return after !== undefined && after.text === after.lower && /^(?:NNS?|JJ)$/u.test(tag);
  }
  return false;
}
