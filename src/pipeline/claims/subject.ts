import { mayBeFiniteVerb, tagsOfLower } from './verbless.js';
import { clauseVerbBefore } from './clause-verb-before.js';
import { coordinatedSubjectStart } from './coordinated-subject.js';
import type { TextRange } from '../segment.js';
import { asksAnonymity, inAnonymityReason } from './anonymity-clause.js';
import { isSpace } from '../tokens.js';
import { MAX_LOOKBACK_CHARS, type ClaimCandidate, type SentenceContext } from './context.js';
import { wordsAreAdjunct } from './adjunct-words.js';
import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS, CLAUSE_OPENERS, DETERMINER, NP_CANNOT_END, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isBlankedWord, isMark, findWithin, quotationEndsInComma, wordAt, type Word } from './words.js';
import { contactRelativeSubject, NAME_PARTICLES, nameAfterDescription, namedBeforeDescription, pastPartyTag, wholeCoordination, withoutTrailingTime } from './subject-hosts.js';
import { dashHost, FRONTED_TIME, opensParticipleClause, isNounBefore, isUnlistedWord, modifiedNounPhraseBefore, npBefore, peopleBefore, relativeHost, relativeSubject, thingBefore } from './noun-hosts.js';
import { townBeforePlace } from './place-apposition.js';
import { speakerProblem } from '../speaker-check.js';
import { headsNounCompound } from './noun-reading.js';
import { isLyAdverb, isPreVerbWord, preVerbStart } from './pre-verb.js';
import { appositionName, datelineEnd, sentenceSubject } from './sentence-subject.js';
import { anonymousRelativeHost, coordinateAdjectives, longRelativeHost, restrictiveRelativeBefore, subjectBeforeShortRelative, subjectFrom, timeBeforeVerb, withPrepositionalPhrases } from './subject-clauses.js';

/**
 * The subject NP of a cue verb, as written: the words right before the verb back to the nearest
 * clause edge, past auxiliaries and adverbs (`Gonzalez has also warned`), a relative clause
 * (`Gonzalez, who …, has warned`, `A senior official who was not authorized to speak said`), a
 * parenthesis (`Sen. Bernie Sanders (I-Vt.) said`) or a leading prepositional phrase (`In an
 * interview Trump said`); and the name or pronoun that opens a sentence, for a verb whose subject
 * is elided (`… and says such techniques are inhumane`).
 *
 * Does not resolve the NP (a pronoun stays `he`), and gives no subject for a clause that only
 * looks like one (`I can't say`, `Maduro’s claim to a third term`).
 */

// ("When told the stage was set …, Abedin …" still reports what she was told)
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Contractions and subject pronouns inside a longer phrase show it is a clause, not a subject NP. */
const CLAUSE_INSIDE = /(?:n[’']t|[’'](?:re|ve|m|ll|d))$/iu;

/**
 * The subject NP ending right before verb `v` (auxiliaries/adverbs skipped), or null. The NP starts
 * after the nearest clause edge: sentence start, a comma/semicolon/colon/dash, or a clause-opening
 * word. `Gonzalez, who …, has warned` skips the relative clause back to `Gonzalez`.
 */
export function subjectBefore(ctx: SentenceContext, v: number): TextRange | null {
  // asked again for the same verb with no claim added since: the same answer (`SentenceContext.lastSubject`)
  const last = ctx.lastSubject;
  if (last.verb === v && last.claims === ctx.claims.length) return last.subject;
  const subject = findSubjectBefore(ctx, v);
  last.verb = v;
  last.claims = ctx.claims.length;
  last.subject = subject;
  return subject;
}

function findSubjectBefore(ctx: SentenceContext, v: number): TextRange | null {
  const { text, sentence: s, words } = ctx;
  const verb = words[v];
  if (!verb) return null;
  const windowStart = Math.max(s.start, verb.start - MAX_LOOKBACK_CHARS);
  const pre = text.slice(windowStart, verb.start);
  // "his critics hysterically denounced him": any -ly adverb may sit before the verb
  let trimmed = pre.length;
  while (trimmed > 0 && isSpace(pre.charCodeAt(trimmed - 1))) trimmed--;
  const aux = preVerbStart(pre, trimmed, isPreVerbWord);
  const ly = aux >= 0 ? -1 : preVerbStart(pre, trimmed, isLyAdverb);
  const npEnd = windowStart + (aux >= 0 ? aux : ly >= 0 ? ly : trimmed);
  // last word index before npEnd
  let e = v - 1;
  while (e >= 0 && (words[e]?.end ?? 0) > npEnd) e--;
  // "The defence minister, Tomas Rieger, on Thursday said": a time phrase between the subject's
  // closing comma and the verb
  const timed = timeBeforeVerb(words, e);
  if (timed >= 0) e = timed;
  const found = longRelativeHost(words, e) ?? anonymousRelativeHost(text, words, e) ?? contactRelativeSubject(text, words, e) ?? subjectEndingAt(ctx, e);
  const town = found ? townBeforePlace(text, words, found) : -1;
  const subject = town >= 0 ? (subjectEndingAt(ctx, town) ?? found) : found;
  return subject && withoutTrailingTime(words, subject);
}


/** Nouns of a stretch of time that "that" may determine: "that night", "that week". */
const DAY_PARTS: ReadonlySet<string> = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'month', 'year', 'time']);

/** The subject NP whose last word (or the comma, parenthesis or conjunction after it) is word `e`, or null. */
function subjectEndingAt(ctx: SentenceContext, e: number): TextRange | null {
  const { words } = ctx;
  const last = words[e];
  if (!last) return null;
  // "He’s predicting …", "They're now planning …": the pronoun of a contracted auxiliary
  const contracted = /^(he|she|it|they|we|you|i)[’'](?:s|re|m)$/iu.exec(last.text);
  if (contracted?.[1]) return { start: last.start, end: last.start + contracted[1].length };
  // "held up a petition she said carried 1,100 signatures": a subject pronoun right before the verb
  // is the whole subject (no noun phrase ends in one); the words before it are another clause's
  if (e > 0 && /^(?:he|she|they|we|i)$/u.test(last.lower) && /^\p{Ll}/u.test(words[e - 1]?.text ?? '') && /^NNS?$/u.test(tagsOfLower(words[e - 1]?.lower ?? '')?.[0] ?? '')) return { start: last.start, end: last.end };
  // "Santiago Basabe of the Latin American Faculty of Social Sciences (FLACSO) said": an acronym in
  // parentheses after a name is the name's; the subject ends before it
  if (last.text === ')' && e >= 3 && words[e - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\d&.]+$/u.test(words[e - 1]?.text ?? '') && /^\p{Lu}/u.test(words[e - 3]?.text ?? '')) return subjectEndingAt(ctx, e - 3);
  if (last.text === ',' || last.text === ')') {
    // "Gonzalez, who the US recognizes …, has warned": back to the NP before ", who"
    // "Polk County GOP Chairman Will Rogers, for example, said …", "Clinton, speaking in Ohio, talked …":
    // the sentence's first phrase, set off by commas, is the subject
    // "Some residents who have followed her career, in print or at town meetings, said …": past a
    // prepositional aside
    return (last.text === ',' ? nameAfterDescription(words, e) : null) ?? whoseHolderName(words, e) ?? namedBeforeDescription(ctx, pastPartyTag(ctx, wholeCoordination(ctx, relativeHost(words, e)))) ?? (last.text === ',' ? (openingSubject(words, e) ?? subjectBeforeAside(ctx, e)) : null);
  }
  // "… survived 5 ½ years in a Vietnamese prison and says such techniques are inhumane": the
  // coordinated verb shares the sentence's subject
  // "The mayor announced that … and vowed to …": the coordinated cue shares the subject of the
  // claim whose content ends at the conjunction
  // "The appeals court overruled and said …", "Some senators vented about the delay and said …": the
  // subject of the sentence's first verb, when no punctuation comes before it
  if (/^(?:and|but|then)$/u.test(last.lower) && e > 0) return coordinatedSource(ctx, last.start) ?? firstVerbSubject(ctx, e, true) ?? relativeSubject(words, e) ?? sentenceSubject(words, e);
  // "Mr. Ruiz, citing “the risks of the season,” said …": a participle's quoted object closes the
  // aside on its comma; the subject is before the aside
  if (quotationEndsInComma(ctx.text, last)) return subjectBeforeQuotingAside(ctx, e);
  if (isBlankedWord(last.text)) return null;
  // "Residents who gathered outside said …": a short relative clause ending in an adverb or a
  // particle, between the subject and its verb
  if (NP_CANNOT_END.has(last.lower)) return PARTICLES.has(last.lower) ? subjectBeforeShortRelative(words, e) : null;
  // "Democrats — and some Republicans — say …", "The senator — a critic of the deal — said …": a
  // dash-bounded aside closes right before the verb; the subject is the NP before it
  if (last.text === '—' || last.text === '–') return dashHost(words, e);
  if (last.text === ';' || last.text === ':' || last.text === '(') return null;
  // walk back to the clause edge
  let b = e;
  while (b - 1 >= 0 && e - b < 24) {
    const x = words[b - 1];
    // "Hill and Reyes said", "Clinton and her husband said": a subject of two, when the first
    // opens the clause
    if (x?.lower === 'and' && coordinatedSubjectStart(words, b - 1, e) >= 0) {
      b = coordinatedSubjectStart(words, b - 1, e);
      break;
    }
    // ("the European Centre for Disease Prevention and Control said": "and" inside a capitalised name)
    const inName = x?.lower === 'and' && /^\p{Lu}/u.test(words[b]?.text ?? '') && /^\p{Lu}/u.test(words[b - 2]?.text ?? '') && b - 2 > 0 && /^(?:for|of)$/u.test(nameRunOpener(words, b - 2));
    // ("any fair, honest reader would see": a comma between two adjectives of one noun phrase)
    if (x?.text === ',' && coordinateAdjectives(words, b - 1)) {
      b--;
      continue;
    }
    // ("staff members who were on duty that night described": "that" before a time noun is its determiner)
    const opener = CLAUSE_OPENERS.has(x?.lower ?? '') && !inName && !(x?.lower === 'that' && b === e && DAY_PARTS.has(words[b]?.lower ?? ''));
    if (!x || isMark(x.text, ',;:—–()') || opener || isBlankedWord(x.text)) break;
    // a verb form between: "…, which had been expected to cover …" — stop at another cue verb;
    // not at a participle after its noun ("A report released on Wednesday found …")
    // ("A report", "the claim", "A 2024 report by the state auditor", "the latest federal review":
    // a cue form after a determiner and its modifiers is a noun)
    // ("A transit advocate said", "a lawyer who asked not to be named said": a compound's head
    // noun right before the verb, and the idiom of an anonymous source's relative clause, are no
    // verb of the clause)
    if (CUE_FORMS.has(x.lower) && x.text === x.lower && !x.lower.endsWith('ing') && !reducedRelative(words, b - 1) && !afterDeterminer(words, b - 1) && !(b - 1 === e && headsNounCompound(words, b - 1)) && !asksAnonymity(ctx.text, words, b - 1) && !inAnonymityReason(ctx.text, words, b - 1)) break;
    // "The court hears the warden begged …": the clause's own verb; the cue's subject starts after it
    if (clauseVerbBefore(words, b - 1)) break;
    b--;
  }
  // "Voters who backed the mayor said …": the walk stopped at a relative clause's verb of saying or
  // thinking; its object is no subject, the noun phrase before "who" is
  const relative = b <= e && b >= 3 ? restrictiveRelativeBefore(words, b) : -1;
  // ("Those who know her say …": a pronoun names nobody without its relative clause)
  if (relative === 1 && /^(?:those|some|many|others|most|few|all|anyone|everyone)$/iu.test(words[0]?.text ?? '')) return { start: (words[0] as Word).start, end: (words[e] as Word).end };
  if (relative >= 0) return withPrepositionalPhrases(words, npBefore(words, relative), relative - 1);
  // "Govs. Jeb Bush and Chris Christie, who say …" → the host NP before ", who"
  // ("a coalition of civil rights groups, which argued …": a body's relative "which" too)
  // ("Shop owners on Mill Street, who said …": a "who" is about the people, not the street)
  if (b === e && (words[b]?.lower === 'who' || words[b]?.lower === 'which')) return words[b - 1]?.text === ',' ? (words[b]?.lower === 'who' ? peopleBefore(words, b - 1) : thingBefore(words, b - 1)) : null;
  // "A senior official who was not authorized to speak publicly said …": a restrictive relative
  // clause sits between the subject and its verb; the subject is the NP before "who"
  // "Residents who spoke said …", "Those who left early said …": a relative clause of one verb (and
  // its adverbs) between the subject and its verb; that verb is no subject
  if (b === e && /^(?:who|that)$/u.test(words[b - 1]?.lower ?? '') && b >= 2 && words[b]?.text === words[b]?.lower && mayBeFiniteVerb(words[b]?.lower ?? '') && !isMark(words[b - 2]?.text ?? '', ',;:—–()')) {
    // ("Those who stayed said …": a pronoun names nobody without its relative clause)
    if (b === 2 && /^(?:those|some|many|others|most|few|all|anyone|everyone)$/iu.test(words[0]?.text ?? '')) return { start: (words[0] as Word).start, end: (words[e] as Word).end };
    return withPrepositionalPhrases(words, npBefore(words, b - 1), b - 2);
  }
  // ("Officials from the ministry who spoke on Monday said …": the whole noun phrase with its
  // prepositional phrases is the subject, whichever noun the relative hangs on)
  // ("A man whose car was stolen last week told police …": likewise after "whose" and its noun)
  if (b < e && words[b - 1]?.lower === 'who' && b >= 2 && !isMark(words[b - 2]?.text ?? '', ',;:—–()')) return withPrepositionalPhrases(words, npBefore(words, b - 1), b - 2);
  const whose = words[b - 1]?.lower === 'whose' ? b - 1 : words[b - 2]?.lower === 'whose' ? b - 2 : -1;
  if (whose >= 1 && b < e && !isMark(words[whose - 1]?.text ?? '', ',;:—–()')) {
    // the source as written keeps its clause ("The state officials whose laws have been invalidated")
    const np = withPrepositionalPhrases(words, npBefore(words, whose), whose - 1);
    const whole = np && { start: np.start, end: (words[e] as Word).end };
    return whole && speakerProblem(ctx.text.slice(whole.start, whole.end)) === null ? whole : np;
  }
  // "Other emails from the archive that have since been released show …", "The headline figure that
  // caught the eye of analysts shows …": a restrictive relative clause whose subject is its gap
  if (b < e && /^(?:that|which)$/u.test(words[b - 1]?.lower ?? '') && b >= 2 && (isNounBefore(words[b - 2]) || isUnlistedWord(words[b - 2])) && opensWithVerb(words, b)) return modifiedNounPhraseBefore(words, b - 1);
  // "the Democratic chairs that POLITICO interviewed predicted …": an object relative between the
  // subject and its verb (its own subject, then a past-tense verb, then the cue)
  if (b < e && words[b - 1]?.lower === 'that' && b >= 2 && isNounBefore(words[b - 2]) && (words[e]?.lower ?? '').endsWith('ed') && words[e]?.text === words[e]?.lower) return npBefore(words, b - 1);
  // strip leading prepositional phrases: "In an interview Trump said" → Trump
  // "About 9 percent said", "Over half said", "about two-thirds said": a preposition before a number or share is a quantifier
  while (b <= e && PREPOSITIONS.has(words[b]?.lower ?? '') && !(/^(?:about|around|over|under|nearly|almost|roughly)$/u.test(words[b]?.lower ?? '') && /^(?:\d[\d.,%]*|half|one|two|three|four|five|six|seven|eight|nine|ten|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?))$/u.test(words[b + 1]?.lower ?? ''))) {
    let j = b + 1;
    while (j <= e && !/^\p{Lu}/u.test(words[j]?.text ?? '') && !SUBJECT_PRONOUNS.has(words[j]?.lower ?? '')) j++;
    // skip the capitalised object of the preposition itself ("In September the US")
    if (j <= e && j === b + 1) {
      j++;
      while (j <= e && !/^\p{Lu}/u.test(words[j]?.text ?? '') && !SUBJECT_PRONOUNS.has(words[j]?.lower ?? '') && !/^(?:the|a|an)$/u.test(words[j]?.text ?? '')) j++;
    }
    b = j;
  }
  if (b > e) return null;
  const first = words[b];
  if (!first) return null;
  // "sweets and, if asked, a prayer": a condition with its subject left out reports nothing
  if (b === e && SUBORDINATORS.has(first.lower)) return null;
  // a subject that opens the sentence may be long ("The GOP’s complaint to the D.C. Court of
  // Appeals’ Board on Professional Responsibility says"); one inside it is a clause, not an NP
  if (e - b + 1 > (b === 0 ? 18 : 12)) return null;
  // "has published thousands of voting tallies that suggested": the NP starts after the verb group
  for (let k = e - 1; k >= b; k--) {
    // ("May Scott of Reuters asked", "Will Thornton said": a capitalised modal before a capitalised
    // word is a given name, in the subject of a verb that follows)
    if (AUX_WORDS.has(words[k]?.lower ?? '') && !(words[k]?.text !== words[k]?.lower && /^\p{Lu}/u.test(words[k + 1]?.text ?? ''))) {
      const from = k + 2 <= e ? k + 2 : k + 1;
      const end = /^(?:who|that|which)$/u.test(last.lower) ? e - 1 : e;
      return subjectFrom(words, from, end);
    }
  }
  // "the four women who have accused": the subject is the NP before the relative pronoun
  if (/^(?:who|that|which)$/u.test(last.lower)) {
    if (e === b) return relativeHost(words, e - 1);
    const host = words[e - 1];
    // "He released tax returns that showed …": the clause's object, not its subject, is the host
    let from = b;
    if (SUBJECT_PRONOUNS.has(first.lower) && e - 1 > b + 1) {
      from = b + 1;
      while (from < e - 1 && AUX_WORDS.has(words[from]?.lower ?? '')) from++;
      from++;
    }
    // "an article cited by her campaign quoted a few experts who have found …": the host is the
    // noun phrase right before the relative, from its determiner
    for (let d = e - 1; d > from && d >= e - 4; d--) {
      if (!DETERMINER.test(words[d]?.lower ?? '')) continue;
      if (d - 1 > from && /^\p{Ll}/u.test(words[d - 1]?.text ?? '') && !PREPOSITIONS.has(words[d - 1]?.lower ?? '')) from = d;
      break;
    }
    // "…, included messages that showed …": the verb whose object the host is stays out
    while (from < e - 1 && words[from]?.text === words[from]?.lower && /^VB[DN]?$/u.test(tagsOfLower(words[from]?.lower ?? '')?.[0] ?? '')) from++;
    // "The judge sided with preservationists who argued …", "siding with residents who say …": the
    // host is the object of the preposition after a verb, not the clause up to it
    from = afterVerbAndPreposition(words, from, e - 1);
    const start = words[from];
    if (!host || !start) return null;
    // "John Podesta, a former adviser who supported the policy, said …": the description's name
    return last.lower === 'who' ? namedBeforeDescription(ctx, { start: start.start, end: host.end }) : { start: start.start, end: host.end };
  }
  // "Maduro’s claim to a third term": a noun, not a verb
  if (/[’']s$/u.test(last.text)) return null;
  // "I can't say", "They’re now planning", "He scrapped plans": a clause, not a subject NP
  for (let k = b; k <= e; k++) {
    const w = words[k];
    if (!w) continue;
    if (CLAUSE_INSIDE.test(w.text)) return null;
    if (k < e && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it') return null;
  }
  // a subject needs a noun-ish word: a name, a pronoun, or a lower-case content word
  // ("said said said …": a verb of saying the lexicon reads first as a verb is no subject)
  if (b === e && first.text === first.lower && CUE_FORMS.has(first.lower) && /^VB[DZPN]?$/u.test(tagsOfLower(first.lower)?.[0] ?? '')) return null;
  return { start: first.start, end: last.end };
}

/** The phrase from the sentence start (after But/And) to its first comma, when that comma chain runs to `e`. */

function openingSubject(words: readonly Word[], e: number): TextRange | null {
  // "PARIS (AFP) — France's main opposition leader, Claire Dubois, vowed …": past a dateline
  let b = datelineEnd(words);
  // "Q: Some economists, including …, argue": an interview's label and its colon
  if (/^(?:Q|A|Question|Answer)$/u.test(words[b]?.text ?? '') && words[b + 1]?.text === ':') b += 2;
  const connective = /^(?:but|and|yet|so)$/iu.test(words[b]?.text ?? '');
  if (connective) b++;
  // "Last week, the F.B.I. director, James B. Comey, said": past a fronted time
  const time = findWithin(words, b, b + 5, (w) => w.text === ',');
  if (time > b && FRONTED_TIME.test(words.slice(b, time).map((w) => w.lower).join(' '))) b = time + 1;
  // "Responding to Reid, the mayor, Sandra Bell, said …", "After meeting Reid, …": past a fronted
  // participle or prepositional phrase, whose names are never the subject
  const adjunct = opensParticipleClause(words, b) ? findWithin(words, b, b + 10, (w) => w.text === ',') : -1;
  if (adjunct > b && adjunct < e) b = adjunct + 1;
  const comma = findWithin(words, b, b + 12, (w) => w.text === ',');
  if (comma < 0 || comma >= e || comma - b < 1) return null;
  // "A nurse who worked on the trial, speaking on condition of anonymity, said …": a restrictive
  // relative on the opening noun, then the aside; the subject is the noun phrase before "who"
  const who = comma - b > 2 ? findWithin(words, b + 1, comma, (w) => w.lower === 'who') : -1;
  if (who > b && who < comma - 1 && /^\p{Lu}/u.test(words[b]?.text ?? '') && !words.slice(b, who).some((w) => CLAUSE_OPENERS.has(w.lower) || AUX_WORDS.has(w.lower) || PREPOSITIONS.has(w.lower))) return subjectFrom(words, b, who - 1);
  if (comma - b > 8) return null;
  // ("Rep. Tom Iverson said he shared the concerns, while others, including …, said": a clause with
  // its own verb or pronoun subject is no opening noun phrase)
  if (words.slice(b, comma).some((w) => CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) && w === words[b] || AUX_WORDS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || (w.text === w.lower && /^VB[DZ]$/u.test(tagsOfLower(w.lower)?.[0] ?? '')))) return null;
  // ("But residents of the estate, where …, said": after a connective a common noun or a
  // determiner opens the subject in lower case)
  if (!/^\p{Lu}/u.test(words[b]?.text ?? '') && !(((connective && b === 1) || adjunct > 0) && lowerSubjectStart(words[b]))) return null;
  // "Her Republican opponent, businessman Greg Tanner, accused …": a description and then the
  // name of the person it describes; the name is the subject
  const named = appositionName(words, comma + 1, e - 1);
  if (named >= 0 && !/^\p{Lu}/u.test(words[comma - 1]?.text ?? '')) return subjectFrom(words, named, e - 1);
  return subjectFrom(words, b, comma - 1);
}

/** A lower-case word that can open a noun phrase: a determiner or a word the lexicon reads first as a noun. */
function lowerSubjectStart(w: Word | undefined): boolean {
  if (!w) return false;
  return DETERMINER.test(w.lower) || /^NNS?$/u.test(tagsOfLower(w.lower)?.[0] ?? '');
}

/**
 * "…, whose chairman, Owen Hale, said …": the name set off after a possessive relative's noun
 * (ending at the comma `e`) is the verb's subject.
 */
function whoseHolderName(words: readonly Word[], e: number): TextRange | null {
  if (words[e]?.text !== ',') return null;
  let n = e - 1;
  while (n >= 0 && e - n <= 5 && words[n]?.text !== ',') n--;
  if (words[n]?.text !== ',' || n < 2 || e - n < 3) return null;
  // "whose chairman", "whose new chief executive": the relative's noun right before the name
  let w = n - 1;
  while (w >= 0 && n - w <= 4 && words[w]?.lower !== 'whose' && /^\p{Ll}[\p{Ll}-]*$/u.test(words[w]?.text ?? '')) w--;
  if (words[w]?.lower !== 'whose' || w === n - 1) return null;
  if (!words.slice(n + 1, e).every((x) => /^\p{Lu}[\p{L}.’'-]*$/u.test(x.text) || NAME_PARTICLES.has(x.text))) return null;
  return { start: (words[n + 1] as Word).start, end: (words[e - 1] as Word).end };
}


/**
 * Word `k` closes a determiner and at most three modifiers before it, adjectives or numbers ("the
 * report", "A 2024 report", "a new federal review"; not a capitalised word: "SAVE A QUARTER Let's
 * say" is a heading run into the sentence).
 */
function afterDeterminer(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = words[j] as Word;
    if (DETERMINER.test(w.lower)) return true;
    const modifier = /^\d[\d,.]*$/u.test(w.text) || (w.text === w.lower && /^JJ/u.test(tagsOfLower(w.lower)?.[0] ?? ''));
    if (!modifier) return false;
  }
  return false;
}

/** "report released" in "A report released on Wednesday": an -ed form right after a determiner and its noun, or a participle with its agent ("memo seen by"). */
function reducedRelative(words: readonly Word[], k: number): boolean {
  const lower = words[k]?.lower ?? '';
  const afterNoun = /^NNS?$/u.test(tagsOfLower(words[k - 1]?.lower ?? '')?.[0] ?? '');
  // "a copy of the memo seen by Reuters said …": a participle with its agent after a noun
  if (afterNoun && words[k + 1]?.lower === 'by' && tagsOfLower(lower)?.includes('VBN')) return true;
  return lower.endsWith('ed') && afterNoun && (DETERMINER.test(words[k - 2]?.lower ?? '') || words[k - 2]?.lower === 'new');
}

/**
 * For `X, in print or at town meetings, said` (the closing comma at `c`): the subject X before an
 * aside that opens with a preposition and holds no verb group, or that restates a share in figures;
 * null for any other aside.
 */
function subjectBeforeAside(ctx: SentenceContext, c: number): TextRange | null {
  const { words } = ctx;
  for (let j = c - 1; j > 0 && c - j <= 10; j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ';:—–()') || AUX_WORDS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower)) return null;
    if (w.text !== ',') continue;
    // "about two-thirds, 67 percent, say …": a share restated in figures is an aside too
    const figures = words.slice(j + 1, c).every((x) => /^(?:\d[\d.,]*%?|percent)$/u.test(x.lower));
    // ("others, including Rep. Ana Beltran of Florida, said …": "including" opens an aside as a preposition does)
    if (j === c - 1 || !(PREPOSITIONS.has(words[j + 1]?.lower ?? '') || words[j + 1]?.lower === 'including' || figures) || isMark(words[j - 1]?.text ?? '', ',;:—–()')) return null;
    return subjectEndingAt(ctx, j - 1);
  }
  return null;
}

/**
 * For `X, citing “…,” said` (the quotation's last word at `q`): the subject X before a comma and an
 * -ing word at most four words before the quotation; null otherwise.
 */
function subjectBeforeQuotingAside(ctx: SentenceContext, q: number): TextRange | null {
  const { words } = ctx;
  // each quoted word is a word of Q's: back to the word before the quotation
  let open = q;
  while (open > 0 && isBlankedWord(words[open - 1]?.text ?? '')) open--;
  for (let j = open - 1; j > 1 && open - j <= 4; j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–()') || isBlankedWord(w.text)) return null;
    if (w.lower.endsWith('ing') && words[j - 1]?.text === ',') return isMark(words[j - 2]?.text ?? ',', ',;:—–()') ? null : subjectEndingAt(ctx, j - 2);
  }
  return null;
}

/** Whether the clause at word `b` opens with its verb (adverbs allowed before it): "that [have] been released", "that [caught] the eye". */
function opensWithVerb(words: readonly Word[], b: number): boolean {
  let j = b;
  while (j < words.length && isLyAdverb(words[j]?.text ?? '')) j++;
  const w = words[j];
  return w !== undefined && w.text === w.lower && (AUX_WORDS.has(w.lower) || mayBeFiniteVerb(w.lower));
}

/** The lower-case word before the run of capitalised words ending at `k` ("for" in "for Disease Prevention"). */
function nameRunOpener(words: readonly Word[], k: number): string {
  let j = k;
  while (j >= 0 && /^\p{Lu}/u.test(words[j]?.text ?? '')) j--;
  if (words[j]?.lower === 'the') j--;
  return words[j]?.lower ?? '';
}

/**
 * The subject of the sentence's first finite verb (a lower-case auxiliary or a verb form the lexicon
 * reads as finite) before word `limit`, or null when punctuation comes first: "The appeals court
 * [overruled] and said …", "A federal judge [blocked] the law on Tuesday, ruling that …". For a verb
 * `coordinated` with that first one, nothing may separate them but the first verb's object and
 * adjuncts: no punctuation and no clause opener.
 */
export function firstVerbSubject(ctx: SentenceContext, limit: number, coordinated: boolean): TextRange | null {
  const { words } = ctx;
  // "At a meeting on Tuesday, some senators vented … and said …": past an opening adjunct
  // ("LAKESIDE — A state judge blocked …": past a dateline)
  const dateline = datelineEnd(words);
  const opening = findWithin(words, dateline, Math.min(limit, dateline + 16), (x) => x.text === ',');
  const from = opening > dateline + 1 && wordsAreAdjunct(words, dateline, opening - 1) ? opening + 2 : dateline + 1;
  for (let j = from; j < limit; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–()')) return null;
    if (w.text !== w.lower) continue;
    if (!AUX_WORDS.has(w.lower) && !mayBeFiniteVerb(w.lower)) continue;
    // "Tom told Ana, who answered the door and said …": the verb of another clause
    if (coordinated && findWithin(words, j, limit, (x) => isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower)) >= 0) return null;
    // "A few minutes later they reversed themselves": a fronted time before the pronoun
    const pronoun = words[j - 1] as Word;
    return SUBJECT_PRONOUNS.has(pronoun.lower) ? { start: pronoun.start, end: pronoun.end } : subjectBefore(ctx, j);
  }
  return null;
}

/** The source of the latest claim of this sentence whose content ends right before `at` (a conjunction). */
function coordinatedSource(ctx: SentenceContext, at: number): TextRange | null {
  for (let i = ctx.claims.length - 1; i >= 0; i--) {
    const c = ctx.claims[i] as ClaimCandidate;
    if (c.source && c.end <= at && at - c.end <= 3) return c.source;
  }
  return null;
}

/**
 * The first word after the last verb-and-preposition pair in words `from`…`host` ("sided with",
 * "siding with", "spoke to"), or `from` when there is none: the noun phrase a relative pronoun
 * after `host` hangs on starts there.
 */
function afterVerbAndPreposition(words: readonly Word[], from: number, host: number): number {
  for (let k = host - 1; k > from - 1; k--) {
    const p = words[k] as Word;
    if (!PREPOSITIONS.has(p.lower)) continue;
    const v = words[k - 1];
    if (!v || v.text !== v.lower) return from;
    const verb = mayBeFiniteVerb(v.lower) || (v.lower.endsWith('ing') && (tagsOfLower(v.lower)?.[0] ?? 'VBG') === 'VBG');
    return verb ? k + 1 : from;
  }
  return from;
}

// words that may end a relative clause as an adverb or a particle: "who gathered outside", "who walked out"
const PARTICLES: ReadonlySet<string> = new Set(['outside', 'inside', 'out', 'in', 'up', 'down', 'off', 'on', 'over', 'back', 'around', 'nearby', 'along', 'by']);
