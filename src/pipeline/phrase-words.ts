import { ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';
import { DETERMINERS, isReportingVerb } from './reporting-verb-at.js';
import { readsFirstAsNoun, tagsOfLower } from './claims/verbless.js';

// The word classes a subject phrase is read with (what ends it, what may sit between it and its
// verb), and the runs of lower-case words that go on with a name: its head noun ("Leading
// Democratic strategists") or the roles before a person ("contributor and historian David Marsh").

// Words between a subject and its verb that do not break the link: "Trump later wrote", "he has said"
export const SKIPPABLE = new Set(['also', 'later', 'then', 'once', 'previously', 'recently', 'again', 'simply', 'further', 'quickly', 'flatly', 'bluntly', 'repeatedly', 'often', 'frequently', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'should', 'can', 'must', 'now', 'reportedly', 'publicly', 'privately', 'just', 'already', 'even', 'once', 'still', 'never', 'always', 'angrily', 'calmly', 'loudly', 'softly', 'jokingly', 'sarcastically', 'tearfully', 'proudly', 'firmly', 'emphatically', 'explicitly', 'directly', 'openly', 'clearly', 'specifically', 'earlier', 'first', 'famously']);
// Words that end a subject phrase when walking left from a verb
/** Adverbs and auxiliaries between a subject and its verb: the listed ones and any -ly word ("He memorably promised"). */
export const skippable = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !isCapitalised(t) && (SKIPPABLE.has(t.text.toLowerCase()) || (/ly$/.test(t.text) && t.text.length > 4 && !ROLE_NOUNS.has(t.text) && !lyNoun(t.text)));

/** "a family friend", "a party ally", "the assembly": an -ly word the lexicon reads first as a noun is no adverb. */
function lyNoun(word: string): boolean {
  return readsFirstAsNoun(word.toLowerCase());
}
// Finite verbs that end a subject phrase read forwards ("The president left no doubt …", "he would not …")
export const FINITE_VERBS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'left', 'made', 'took', 'gave', 'sent', 'got', 'went', 'came', 'kept', 'held', 'met', 'ran', 'won', 'lost', 'spent', 'paid', 'brought', 'bought', 'thought', 'felt', 'saw', 'knew', 'found', 'became', 'began', 'seemed', 'appeared']);
export const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'because', 'if', 'as', 'after', 'before', 'since', 'where', 'though', 'although', 'than', 'so', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'of', 'about', 'into', 'was', 'is', 'were', 'are', 'be', 'been']);

// Words that open a clause, not a noun phrase: "While old Iowa political hands …", "why critics …"
export const NOT_A_PHRASE_START = new Set(['while', 'why', 'what', 'whom', 'when', 'where', 'whether', 'how', 'if', 'because', 'as', 'though', 'although']);
/** The function words no head noun can be (the phrase-final list NOT_A_HEAD below, less the verbs and prepositions). */
const NOT_A_HEAD_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'me', 'us', 'not', 'very', 'too']);

/**
 * The end (exclusive) of a run of lower-case words from `toks[j]` that joins two roles with "and"
 * ("contributor and monetary historian") and is followed by a capitalised name; -1 otherwise.
 */
export function coordinatedRolesEnd(toks: readonly Token[], j: number): number {
  let sawAnd = false;
  for (let n = j; n < j + 5; n++) {
    const w = toks[n];
    if (w === undefined || w.kind !== 'word') return -1;
    if (isCapitalised(w)) return sawAnd && n > j && ROLE_NOUNS.has(toks[n - 1]?.text ?? '') && toks[n - 1]?.text !== 'and' ? n : -1;
    if (w.text === 'and') {
      if (n === j) return -1;
      sawAnd = true;
    } else if (CLAUSE_WORDS.has(w.text) || FINITE_VERBS.has(w.text) || isReportingVerb(w) || skippable(w)) return -1;
  }
  return -1;
}

/**
 * Whether the lower-case words from `toks[j]` are the head the names before them modify: "Leading
 * Democratic strategists", "Iowa biofuels advocates", "Forty-one percent of respondents", "Trump
 * supporters". They run (an "of" may join them) to the end of the phrase: the tokens' end (a
 * mention read on its own) or a reporting verb; the last is a noun, no adverb or verb form. The
 * phrase opens with a capital, a determiner or an adjective ("old Iowa political hands");
 * "disproportionately affecting Black voters" is a piece of a clause.
 */
export function modifiedHead(toks: readonly Token[], j: number, opening: Token | undefined): boolean {
  // ("old Iowa political hands say", "veteran Ohio organisers say": an adjective may open the phrase)
  if (opening === undefined || !(isCapitalised(opening) || DETERMINERS.has(opening.text) || opensAsAdjective(opening.text)) || NOT_A_PHRASE_START.has(opening.text.toLowerCase())) return false;
  for (let n = j; n < j + 5; n++) {
    const w = toks[n];
    if (w === undefined || isReportingVerb(w)) {
      const head = toks[n - 1];
      return n > j && head !== undefined && head.text !== 'of' && /^\p{Ll}[\p{Ll}-]*$/u.test(head.text) && !/(?:ly|ed|ing)$/u.test(head.text);
    }
    if (w.kind !== 'word' || isCapitalised(w) || skippable(w) || FINITE_VERBS.has(w.text) || (CLAUSE_WORDS.has(w.text) && w.text !== 'of') || NOT_A_HEAD_WORDS.has(w.text)) return false;
  }
  return false;
}

/** "old", "veteran", "longtime": a lower-case word the lexicon reads first as an adjective, or as a noun that may modify. */
function opensAsAdjective(word: string): boolean {
  const tags = tagsOfLower(word);
  return tags !== undefined && (tags[0] === 'JJ' || (tags[0] === 'NN' && tags.includes('JJ')));
}

/** Prepositions that link a noun to what it says of it ("a farmer near Ludlow") or end a subject phrase. */
export const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'to', 'for', 'with', 'by', 'on', 'near', 'into', 'across', 'throughout', 'outside', 'inside', 'around', 'about', 'against', 'between', 'among', 'under', 'over']);

/**
 * "another Twitter user, Johanna Bayer", "A Paris commuter stuck in traffic", "A Paris taxi driver
 * caught in the jam": a lower-case head noun at `toks[j]` (or the first of two) closing a
 * determiner phrase (`out`) right after its capitalised modifier, before a comma, the verb, or what
 * modifies the noun after it (a preposition, a participle).
 */
export function headNoun(toks: readonly Token[], j: number, out: readonly Token[]): boolean {
  if (!DETERMINERS.has(out[0]?.text.toLowerCase() ?? '')) return false;
  const t = toks[j];
  if (t === undefined || !mayBeNoun(t)) return false;
  const prev = out[out.length - 1];
  const afterModifier = prev !== undefined && (isCapitalised(prev) || (isCapitalised(out[out.length - 2] as Token) && prev.text === prev.text.toLowerCase() && nounClosed(toks, j)));
  if (!afterModifier) return false;
  if (nounClosed(toks, j)) return true;
  const next = toks[j + 1];
  return next !== undefined && mayBeNoun(next) && !isReportingVerb(next) && nounClosed(toks, j + 1);
}

/** A lower-case word the lexicon reads first as a noun, or does not know ("cabbie"). */
function mayBeNoun(t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  const tag = tagsOfLower(t.text)?.[0];
  return tag === undefined || tag === 'NN' || tag === 'NNS';
}

/** Whether what follows the noun at `toks[j]` ends its phrase: nothing, a comma, a reporting verb, a preposition or a participle. */
function nounClosed(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  if (next === undefined || next.text === ',' || isReportingVerb(next)) return true;
  const lower = next.text.toLowerCase();
  return next.kind === 'word' && next.text === lower && (PREPOSITIONS.has(lower) || (lower.length > 4 && /(?:ing|ed)$/u.test(lower)) || POST_NOUN_PARTICIPLES.has(lower));
}
const POST_NOUN_PARTICIPLES = new Set(['stuck', 'caught', 'trapped', 'left', 'held', 'hit', 'born', 'seen', 'known', 'shown', 'taken', 'brought', 'made']);

/** Relative pronouns that open a clause whose subject follows them: "in what Bay Buchanan called". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['what', 'which']);

/** Conjunctions that open a sentence's adverbial clause, before its subject: "After Justice Scalia said". */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['After', 'Before', 'When', 'While', 'Whenever', 'If', 'Unless', 'Because', 'Although', 'Though', 'Since', 'Once', 'Until', 'As']);

const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Is `toks[n]` the stop of a month's abbreviation ("Feb.")? */
export function monthStop(toks: readonly Token[], n: number): boolean {
  const t = toks[n];
  const month = toks[n - 1];
  return t !== undefined && t.text === '.' && month !== undefined && MONTH_ABBREVIATIONS.has(month.text) && month.end === t.start;
}

// Words a noun phrase cannot end in: its head is a noun, so a phrase read off the words before a
// verb that stops on one of these is a piece of a clause ("you can’t yell", "what multiple
// lawmakers called", "a friend without", "line by saying"), not a speaker.
const NOT_A_HEAD = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'him', 'them', 'me', 'us', 'who', 'whom', 'which', 'what', 'whose',
  'to', 'of', 'by', 'in', 'on', 'at', 'for', 'with', 'without', 'from', 'into', 'about', 'as', 'after', 'before', 'than', 'like', 'over', 'under',
  'and', 'or', 'but', 'nor', 'if', 'because', 'while', 'when', 'where', 'why', 'how', 'whether', 'though', 'although',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'yet', 'too', 'very',
]);

/**
 * Can `lower` (the phrase's words, lower case) be a noun phrase naming a speaker? Not when it ends
 * in a function word or a contracted verb ("she hadn’t", "he’d"), starts like a clause, or is
 * only a number or a year ("2008", "31 percent").
 */
export function plausibleNounPhrase(lower: readonly string[]): boolean {
  const last = lower[lower.length - 1] ?? '';
  const first = lower[0] ?? '';
  if (NOT_A_HEAD.has(last) || /n[’']t$|[’'](?:d|ll|ve|re|m)$/u.test(last)) return false;
  if (lower.length > 1 && NOT_A_PHRASE_START.has(first)) return false;
  if (lower.every((w) => /^[\d.,%]+$/.test(w) || w === 'percent')) return false;
  return true;
}

// (word lists, read for every word of a subject read forwards: look-ups, not patterns)
/** Emphatic reflexives that may follow a subject ("Podesta himself told"), with the gender they mark. */
export const REFLEXIVES: ReadonlyMap<string, 'm' | 'f' | null> = new Map([['himself', 'm'], ['herself', 'f'], ['themselves', null], ['itself', null]]);

export const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'yesterday', 'today', 'tonight']);
export const MONTHS: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
/** A capitalised word that says when, not who: a day, a month, "Today", "Last", "On" ("a statement Friday said", "a claim Kyiv denied" is who). */
export const WHEN_CAPITALISED = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Earlier|Later|Last|This|On|In)$/u;
const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'summer', 'spring', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const TIME_OPENERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'earlier', 'late', 'early']);

/**
 * A time adverbial starting at `toks[j]`, which ends a subject read forwards: `said Trump Tuesday`,
 * `noted the Milwaukee Journal Sentinel this summer`, `said the senator last week`, `on June 5`.
 * A month needs a day after it, so that `Theresa May` stays a name.
 */
export function timeAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]?.text ?? '';
  const next = toks[j + 1]?.text ?? '';
  if (WEEKDAYS.has(t)) return true;
  if (MONTHS.has(t) && next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57) return true;
  return TIME_OPENERS.has(t) && TIME_NOUNS.has(next);
}

/** Verbs of habit before an infinitive: "her critics like to say", "as he used to say". */
export const HABIT_VERBS = new Set(['like', 'likes', 'liked', 'love', 'loves', 'loved', 'used', 'tend', 'tends', 'tended', 'prefer', 'prefers', 'preferred']);
/** Passive verbs of perceiving and the "be" before them: "one soldier can be heard asking". */
export const PERCEIVED = new Set(['heard', 'seen', 'filmed', 'recorded', 'caught', 'overheard']);
export const PASSIVE_BE = new Set(['be', 'been', 'is', 'was', 'are', 'were']);

/** Words for the kind of outlet written before its name: "the Czech news agency CTK", "the German magazine Der Spiegel". */
export const OUTLET_KINDS: ReadonlySet<string> = new Set(['news', 'agency', 'newspaper', 'magazine', 'broadcaster', 'daily', 'tabloid', 'website', 'channel', 'network', 'station', 'wire', 'service', 'radio', 'television', 'paper', 'state-run', 'state', 'public']);
