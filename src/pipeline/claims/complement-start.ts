import { STANCE_ADJECTIVES, WH_CLAUSE } from './lexicon.js';
import { mayBeFiniteVerb, tagsOf } from './verbless.js';
import { ADJUNCT_HEAD, AUX_WORDS, CLAUSE_OPENERS, FINITE_START, OBJECT_PRONOUNS, opensQuantity, PREPOSITIONS, SAY_LIKE, SUBJECT_PRONOUNS } from './word-classes.js';
import { isBlankedWord, isMark, findWithin, type Word } from './words.js';
import { thatAfterCommaAside, thatAfterMannerAdverb } from './comma-adverbial.js';

/**
 * Where a cue verb's complement starts: past its addressee (`told reporters that …`), its time and
 * place adjuncts (`said in an annual speech late on Friday that …`, `vowed on Sunday to …`), a
 * relative clause on an adjunct's noun (`said on local radio, where she hosts a show, that …`), or
 * at a clause with no `that` after an adjunct (`said in a statement Thursday night it had …`).
 *
 * Does not decide whether the words found can be content (`subject-verb.ts` does), nor where the
 * content ends (`boundaries.ts`).
 */

const CONTENT_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'won’t', "won't", 'can’t', "can't"]);

/** After `told`/`assured`/`warned`: skip the addressee ("reporters", "the White House", "him"). */
export function skipObject(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w) return k;
  if (w.lower === 'that' || w.text === ':' || w.text === ',') return k;
  // "promise of mass deportations": a preposition right after the verb means no addressee
  if (PREPOSITIONS.has(w.lower) || CLAUSE_OPENERS.has(w.lower)) return k;
  if (OBJECT_PRONOUNS.has(w.lower)) {
    // "told her staff the port was closing": "her" before a common noun is a possessive, and the
    // listener is the noun phrase it opens; "told her the port …" keeps "her" as the listener
    if (w.lower === 'her' && possessiveBeforeNoun(words, k + 1)) {
      const end = skipNounPhrase(words, k, k + 1);
      if (end > k + 1) return end;
    }
    return k + 1;
  }
  // an NP: optional determiner, then words up to a clause-starting word (pronoun, "that", a determiner)
  return skipNounPhrase(words, k, /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|several|fellow)$/iu.test(w.text) ? k + 1 : k);
}

/** A subject pronoun with a contracted auxiliary: "he’s", "they’re", "she’ll", "we’d", "I’ve". */
const PRONOUN_WITH_AUX = /^(?:he|she|it|they|we|you|i)[’'](?:s|re|m|ll|d|ve)$/u;

/**
 * A lower-case word the lexicon reads first as a common noun ("staff", "aides"), or an adjective
 * before one ("new staff"): after "her" it makes "her" a possessive.
 */
function possessiveBeforeNoun(words: readonly Word[], j: number): boolean {
  const isNoun = (x: Word | undefined): boolean => x !== undefined && /^\p{Ll}/u.test(x.text) && /^NNS?$/u.test(tagsOf(x.lower)?.[0] ?? '');
  const x = words[j];
  if (isNoun(x)) return true;
  return x !== undefined && /^\p{Ll}/u.test(x.text) && tagsOf(x.lower)?.[0] === 'JJ' && isNoun(words[j + 1]);
}

/**
 * The end of an addressee noun phrase whose words start at `start` (past any determiner; the phrase
 * starts at `k`), or `k` when the words run into a modal or an auxiliary: then they are the
 * content's subject ("promises the government will help …"), not an addressee.
 */
function skipNounPhrase(words: readonly Word[], k: number, start: number): number {
  let j = start;
  let n = 0;
  while (j < words.length && n < 5) {
    const x = words[j];
    // ("assuring voters he’s tough enough", "told CNN he’d run": a pronoun with its auxiliary contracted opens the clause)
    if (!x || x.lower === 'that' || SUBJECT_PRONOUNS.has(x.lower) || PRONOUN_WITH_AUX.test(x.lower) || isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower)) break;
    if (n > 0 && /^(?:the|a|an|his|her|their|its|this|there)$/iu.test(x.text)) break;
    if (n > 0 && /^(?:to|against|of|about|in|on)$/iu.test(x.text)) break;
    // "promises the government will help …": a noun phrase before a modal or an auxiliary is the
    // subject of the content, not an addressee
    if (n > 0 && CONTENT_AUXILIARIES.has(x.lower)) return k;
    j++;
    n++;
  }
  // "Trump assured voters." — nothing after the object: no content
  return n === 0 ? k : j;
}


// "on Sunday", "last week", "late on Friday night", "earlier this month": a time phrase, nothing else
const TIME_PHRASE = /^(?:(?:on|late|early|earlier|later|last|this|next|in|at)\s+){0,3}(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|day|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/iu;

/** What follows "early", "late", "last", "this" or "next" in a time phrase: "early on", "late Friday", "last week". */
const TIME_FOLLOWER = /^(?:on|in|this|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|day|days|weeks|months|years|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|season|quarter|time|decade|century|\d{4})$/u;

/** Skip time/place adjuncts ("Friday", "on Friday", "in an annual speech …") up to a `that` within reach. */
export function skipAdjuncts(words: readonly Word[], k: number, base: string): number {
  const w = words[k];
  if (!w || w.lower === 'that' || opensQuantity(words, k)) return k;
  // "said, however, that …", "testified, for example, that …"
  // ("said flatly that …")
  const aside = Math.max(thatAfterCommaAside(words, k), thatAfterMannerAdverb(words, k));
  if (aside >= 0) return aside;
  // "pledged to stay in the primary through that contest": after a verb that takes an infinitive,
  // "to" opens the content, and a later "that" is a determiner inside it
  if (w.lower === 'to' && !SAY_LIKE.has(base)) {
    // "admitted to the newspaper that he …", "confirmed to CNN that …": an addressee before the clause
    const that = addresseeBeforeThat(words, k);
    return that >= 0 ? that : k;
  }
  // "vowed on Sunday to block the reform", "pledged last week to stay": a time phrase between a
  // verb of intention and its infinitive
  if (!SAY_LIKE.has(base)) {
    // (the first "to" among the five words from k, found in place: no copy of them)
    let to = -1;
    for (let j = k; j < Math.min(words.length, k + 5) && to < 0; j++) if ((words[j] as Word).lower === 'to') to = j - k;
    if (to > 0 && TIME_PHRASE.test(words.slice(k, k + to).map((x) => x.text).join(' '))) return k + to;
  }
  // "dismayed by a political system that does not work": a stance adjective's by phrase names
  // its cause, and the "that" after it opens a relative on that cause
  if (w.lower === 'by' && STANCE_ADJECTIVES.has(base)) return k;
  // "said early adopters had shown …", "said this plan would fail": a time word that modifies the
  // content's subject, not a time phrase ("said early on Friday that …", "said last week that …")
  if (/^(?:early|late|last|this|next)$/u.test(w.lower) && !TIME_FOLLOWER.test(words[k + 1]?.lower ?? '')) return k;
  // "told reporters in Canberra the government was …", "at the White House the tariffs would …": a
  // named place before a clause with no "that", opened by a determiner or a pronoun
  // (the listener's noun phrase may have taken the preposition in: "reporters at | the White House")
  const prep = w.lower === 'in' || w.lower === 'at' ? k : k > 0 && /^(?:in|at)$/u.test(words[k - 1]?.lower ?? '') ? k - 1 : -1;
  if (prep >= 0) {
    let j = words[prep + 1]?.lower === 'the' ? prep + 2 : prep + 1;
    const from = j;
    while (j < words.length && j - from < 5 && /^\p{Lu}/u.test((words[j] as Word).text) && !isBlankedWord((words[j] as Word).text)) j++;
    if (j > from && CLAUSE_AFTER_PLACE.test(words[j]?.lower ?? '')) return j;
  }
  // "said in an annual speech to the judiciary late on Friday evening that the meeting …"
  if (ADJUNCT_HEAD.test(w.text) && !/^[,;:(—–-]$/u.test(w.text)) {
    for (let j = k; j < Math.min(words.length, k + 16); j++) {
      const x = words[j];
      if (!x || isMark(x.text, ';:()—–')) break;
      // "has questioned in recent days whether Trump has the temperament": "whether" is a complementizer too
      // "explained to reporters why the plant closed": so is "why"/"how" after a verb of explaining
      if (x.lower === 'that' || x.lower === 'whether' || (WH_CLAUSE.has(base) && /^(?:why|how)$/u.test(x.lower))) return j;
      // ("said on Tuesday there was no evidence that …": an existential clause opens before any
      // "that", which is then inside the content)
      if (x.lower === 'there' && EXISTENTIAL_BE.has(words[j + 1]?.lower ?? '')) break;
      if (x.text !== ',') continue;
      // "said on local radio, where she now hosts a show, that …", "said in an interview, which
      // aired Sunday, that …": a relative clause on the adjunct's noun, closed by a comma before "that"
      const aside = Math.max(relativeAsideEnd(words, j), thatAfterCommaAside(words, j));
      if (aside > 0) return aside;
      // "says at a campaign stop in Toledo, Ohio, that …": a comma inside a place name, or before "that";
      // "say by a 7-point margin, 49 percent to 42 percent, that …": before figures
      if (!/^(?:that|\p{Lu}|\d)/u.test(words[j + 1]?.text ?? '')) break;
    }
    const clause = clauseAfterAdjunct(words, k);
    if (clause > 0) return clause;
  }
  // a bare day name or time word right after the verb: "announced Friday the release …"
  let j = k;
  while (j < words.length && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|repeatedly|publicly|privately|separately|recently|also|too)$/iu.test(words[j]?.text ?? '')) j++;
  // "made clear Tuesday night that …": a part of the day after the day's name
  if (j > k && /^(?:morning|afternoon|evening|night)$/u.test(words[j]?.lower ?? '')) j++;
  // ("reported Monday, citing two officials", "said Tuesday, adding that …": a participle after the
  // comma is an adjunct of the frame, and the verb took its content before it)
  if (j > k && words[j]?.text === ',' && !isParticipleAfterComma(words[j + 1])) j++;
  return j;
}

/** The verb of an existential "there": "there was no evidence", "there had been". */
const EXISTENTIAL_BE: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could']);

/** A lower-case -ing form that opens a participle clause: "citing", "adding", "saying". */
function isParticipleAfterComma(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && /^\p{Ll}{3,}ing$/u.test(w.text) && tagsOf(w.lower)?.includes('VBG') === true;
}

/**
 * The index of "that" after a relative clause set off by commas from the comma at `c` (", where she
 * now hosts a show, that …"), or -1: the clause opens with a relative word, holds no other
 * punctuation, and its closing comma stands right before "that".
 */
function relativeAsideEnd(words: readonly Word[], c: number): number {
  if (!/^(?:where|which|who|when)$/u.test(words[c + 1]?.lower ?? '')) return -1;
  const close = findWithin(words, c + 1, c + 20, (w) => isMark(w.text, ',;:()—–'));
  return close > 0 && words[close]?.text === ',' && words[close + 1]?.lower === 'that' ? close + 1 : -1;
}

/** Modals: after a pronoun they open a clause, not a relative on the noun before ("an interview he gave"). */
const MODALS = /^(?:would|will|could|can|should|might|may|must|shall)$/u;

/**
 * "said in a statement Thursday night they had pulled the listing", "told Fox News on Sunday he
 * would run": a clause with no "that" after a time or place adjunct, from the subject pronoun
 * within eight words of `k`, or -1. The pronoun follows a time word or a name, or takes a modal: after
 * a common noun it may open a relative clause on it ("said in a statement he released").
 */
function clauseAfterAdjunct(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < Math.min(words.length, k + 9); j++) {
    const x = words[j] as Word;
    if (isMark(x.text, ',;:()—–') || x.lower === 'that' || CLAUSE_OPENERS.has(x.lower)) return -1;
    // "said on Friday its forces had captured …", "said on Monday the plan would fail": after a time
    // phrase, a noun phrase and its tensed verb open the clause too
    if (TIME_WORD.test((words[j - 1] as Word).lower) && (NP_OPENERS.test(x.lower) || (/^\p{Lu}/u.test(x.text) && !TIME_WORD.test(x.lower)))) return tensedVerbWithin(words, j + 1, 5) ? j : -1;
    if (!/^(?:he|she|they|we|i|it)$/u.test(x.lower)) continue;
    const next = words[j + 1]?.lower ?? '';
    const prev = words[j - 1] as Word;
    if (MODALS.test(next)) return j;
    const verb = AUX_WORDS.has(next) || (mayBeFiniteVerb(next) && next.endsWith('ed'));
    const afterTimeOrName = TIME_WORD.test(prev.lower) || (/^\p{Lu}/u.test(prev.text) && prev.lower !== 'i');
    return verb && afterTimeOrName ? j : -1;
  }
  return -1;
}

/** Words that open a clause's subject: "its forces", "the plan", and the "there" of "there was no date". */
const NP_OPENERS = /^(?:the|a|an|its|his|her|their|our|this|these|those|there)$/u;

/** Whether an auxiliary or a past or present tense verb stands among the `n` words from `from`, before any mark. */
function tensedVerbWithin(words: readonly Word[], from: number, n: number): boolean {
  for (let j = from; j < Math.min(words.length, from + n); j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:()—–') || isBlankedWord(w.text)) return false;
    const first = tagsOf(w.lower)?.[0];
    if (w.text === w.lower && (AUX_WORDS.has(w.lower) || first === 'VBD' || first === 'VBZ')) return true;
  }
  return false;
}

/** Words that end a time phrase: "Thursday night", "last week", "on Sunday". */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|earlier|later|recently)$/u;

/**
 * `to` + an addressee + `that` + a clause: the index of `that`, else -1. The addressee is a noun
 * phrase, not a verb ("vowed to block …" is an infinitive), and the word after `that` opens a clause
 * with its own subject: in "agreed to a plan that would cut taxes" the `that` is a relative pronoun.
 */
function addresseeBeforeThat(words: readonly Word[], k: number): number {
  const next = words[k + 1];
  if (!next || !(/^\p{Lu}/u.test(next.text) || OBJECT_PRONOUNS.has(next.lower) || /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|reporters|journalists)$/u.test(next.lower))) return -1;
  for (let j = k + 2; j < Math.min(words.length, k + 10); j++) {
    const x = words[j] as Word;
    if (isMark(x.text, ',;:()—–')) return -1;
    if (x.lower !== 'that') continue;
    const after = words[j + 1];
    if (!after || FINITE_START.test(after.lower) || AUX_WORDS.has(after.lower) || /^(?:VB|MD)/u.test(tagsOf(after.lower)?.[0] ?? '')) return -1;
    return j;
  }
  return -1;
}

/** Words that open the clause after a named place: "… in Canberra [the] government was …". */
const CLAUSE_AFTER_PLACE = /^(?:the|a|an|he|she|they|it|we|his|her|their|its|this|these|those)$/u;
