import type { Speaker } from '../schema/attribution.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from './source-lexicons.js';
import { trimToLettersAndDigits } from './letters.js';
import { headPhrase } from './sources.js';
import { GIVEN_NAMES, HONORIFICS, ROLE_NOUNS } from './speech-lexicons.js';
import { tagsOfLower } from './claims/verbless.js';
import { NAME_CONNECTORS, PARTICLE_SURNAME } from './name-mentions.js';
import { titleLineEnd } from './title-lines.js';
import { lastArticleMemo } from './article-memo.js';

/** A word the part-of-speech lexicon knows as an adverb ("finally", "separately", "likely"). */
const isAdverb = (lower: string): boolean => tagsOfLower(lower)?.some((t) => t.startsWith('RB')) === true;

/**
 * Why a speaker phrase names nobody, or null when it may name a person or a body. A speaker is a
 * noun phrase: a proper name ("Ana Ortiz", "the State Department") or a common noun phrase whose
 * head is a person, group, body or document ("a nurse at Mercy General", "two analysts", "the
 * report"). Not a speaker: sentence adverbs and participles that open a sentence ("Smiling,",
 * "Earlier,", "Asked whether …"), days and dates, clause fragments ("Trump has", "something he",
 * "swat away"), headline fragments in Title Case, quotations.
 *
 * `inHeadline`: the mention sits in the article's first line, a headline, where every word is
 * capitalised and a run of capitals is no evidence of a name.
 */
export function speakerProblem(phrase: string, inHeadline = false): string | null {
  // "above the two-patient ratio the hospital's own policy" (recommends), "about the findings" (in
  // "X, asked about the findings, said"): a phrase opening with a preposition is no subject
  // ("about 40 percent of voters", "over half": a preposition before a number counts)
  if (opensWithPreposition(phrase)) return 'a prepositional phrase, not a name';
  // "Just 30 percent of voters", "Even an anti-Trump PAC": a focus adverb before the phrase
  let text = phrase.trim();
  for (let n = 0; n < 3 && FOCUS_ADVERB.test(text); n++) text = text.replace(FOCUS_ADVERB, '');
  if (text === '') return 'nothing is written';
  if (/["“”«»]|''/u.test(text)) return 'a quotation, not a name';
  const words = text.split(/\s+/u);
  if (words.length > 20 || text.length > 160) return 'a clause, not a name';
  // ("9:52PMBush Says …": a live blog's time stamp printed against the next word)
  if (words.some(isCamelRun) || words.some((w) => TIME_RUN_INTO_NAME.test(w))) return 'page furniture run into a name';
  // ("The WHO": the acronym in capitals is no relative pronoun)
  const lower = words.map((w) => (w === 'WHO' ? 'w.h.o' : stripPunct(w).toLowerCase()));
  const first = words[0] as string;
  const firstLower = lower[0] as string;
  if (words.length === 1 && PRONOUNS.has(firstLower)) return 'a pronoun';
  // "I remember" (saying …), "We hope": a subject pronoun and its verb
  if (words.length > 1 && /^(?:i|we|he|she|they)$/u.test(firstLower) && /^\p{Ll}/u.test(words[1] as string)) return 'a clause fragment, not a name';
  // "Brandt, whose own government supports the deal": "own" with its owner cut off names nobody
  if (firstLower === 'own' && words.length > 1) return 'a possession with its owner cut off';
  // "Several accused the minister …", "Many said …": a quantity of people whose noun the sentence
  // leaves out; who they are is for the reader to find
  if (words.length === 1 && (QUANTIFIERS.has(firstLower) || firstLower === 'others')) return 'a number of people, not a name';
  // "I'm old enough to remember …": a pronoun run into its verb
  if (words.length === 1 && /^(?:i|we|you|he|she|they|it)[’'](?:m|re|ve|ll|d|s)$/iu.test(text)) return 'a pronoun and its verb, not a name';
  if (SUBJECT_PRONOUNS.has(lower[lower.length - 1] as string) && words.length > 1) return 'a clause fragment, not a name';
  // "Dock workers … stayed off the job on Monday as": a phrase never ends in a conjunction or preposition
  // ("Al From": a given name and a capitalised preposition is a surname)
  if (words.length > 1 && TRAILING_FUNCTION_WORDS.has(lower[lower.length - 1] as string) && !(words.length === 2 && GIVEN_NAMES.has(first) && isCapital(words[1] as string))) return 'a clause fragment, not a name';
  if (lower.some((w, i) => i > 0 && VERB_WORDS.has(w) && !isCapital(words[i] as string) && !participlePhrase(lower, i))) return 'a clause fragment, not a name';
  if (inHeadline && words.length >= 4) return 'a headline fragment';
  // "CLEVELAND —", "BUENA PARK (AP)": a dateline in capitals; acronyms (CNN, NATO, UNICEF) are short
  if (/^\p{Lu}{7,}$/u.test(text) && !GIVEN_NAMES.has(text)) return 'a dateline, not a speaker';
  if (/^(?:a|an)\s+\d[\d,.%]*$/iu.test(text)) return 'a number, not a speaker';
  // "Economists polled by Reuters in May 2025 had expected …": a year or a number alone names nobody
  if (/^[\d,.%]+$/u.test(text)) return 'a number or a year, not a speaker';
  // "Another featured five vintage photos": a past-tense verb and a counted object after the opening word
  // (not how often a post was seen: "A post shared thousands of times on Facebook")
  for (let i = 1; i + 1 < lower.length; i++) if (/^\p{Ll}{3,}ed$/u.test(words[i] as string) && COUNTS.test(lower[i + 1] as string) && !lower.slice(i + 1, i + 4).includes('times')) return 'a clause fragment, not a name';
  // "Sanders frames his tax", "Carson shared a syllabus": a verb and its object after the name
  for (let i = 1; i + 1 < lower.length; i++) {
    if (isCapital(words[i] as string) || !isCapital(words[i - 1] as string)) continue;
    // ("the officer in charge of the Navy base that night": a time phrase, not an object)
    if (/^(?:that|this)$/u.test(lower[i + 1] as string) && TIME_NOUNS.has(lower[i + 2] ?? '')) continue;
    if (OBJECT_DETERMINERS.has(lower[i + 1] as string) && !PREPOSITIONS.has(lower[i] as string)) return 'a clause fragment, not a name';
  }
  if (isCapital(first)) {
    const bare = stripPunct(first);
    // "Last year’s FBI statistics": a time phrase that owns the head describes it
    if (TIME_WORDS.has(firstLower) && !(words.length > 2 && /^\p{L}+[’']s$/u.test(words[1] as string))) return 'a date or time, not a name';
    // "March 3", "June 2016"; a month alone is as often a surname ("May said")
    if (MONTHS.has(firstLower) && /^\d/u.test(words[1] ?? '')) return 'a date or time, not a name';
    if (ADVERBIALS.has(firstLower)) return 'a sentence adverb, not a name';
    if (DETERMINERS.has(firstLower) && words.length === 1) return 'a determiner, not a name';
    // "Smiling,", "Holding signs", "Asked whether": a participle opening the sentence. A name that
    // ends so ("Manning", "Sterling") is followed by nothing lower case, or has a given name before it.
    // ("Polling by YouGov found": a noun in -ing that heads a source is no participle)
    // ("Majed al-Ansari", "Hamed bin Zayed": a surname's lower-case particle goes on with the name)
    if (words.length > 1 && /^\p{L}{3,}(?:ing|ed)$/u.test(bare) && !isCapital(words[1] as string) && !particleGoesOn(words) && !GIVEN_NAMES.has(bare) && !isSpeakerHead(firstLower)) {
      // "Hacked emails of the campaign" is a document; "Holding signs" names nobody
      return speakerProblem(words.slice(1).join(' ')) === null ? null : 'a participle, not a name';
    }
    // ("Grammarly", "Calendly", "Italy": a word in -ly the lexicon does not know as an adverb is a name)
    if (words.length === 1 && /ly$/u.test(firstLower) && !GIVEN_NAMES.has(bare) && isAdverb(firstLower)) return 'an adverb, not a name';
    // "Republican", "Egyptian", "British", "Leaked", "Local" alone: a word describing someone unnamed
    if (words.length === 1 && !GIVEN_NAMES.has(bare) && (ADJECTIVES.has(firstLower) || /^\p{Lu}\p{Ll}{3,}(?:ican|ian|ic|ish|ese|ed)$/u.test(bare))) return 'a description, not a name';
  }
  // "squarely directed at Mr. Trump's …", "family Wednesday aboard a flight to Vermont": a phrase
  // opening with a lower-case word that is no determiner must end in a speaker's head noun
  // "by 6 in 10 voters who say": an agent's "by" opens no subject
  if (words.length > 1 && first === 'by') return 'a preposition’s object, not a speaker';
  const opensLower = !isCapital(first) && !DETERMINERS.has(firstLower) && !QUANTIFIERS.has(firstLower) && !POSSESSIVE_DETERMINERS.has(firstLower) && !/^\d/u.test(firstLower);
  if (hasProperName(words) && !opensLower) {
    // "O’Malley’s move", "Mr. Obama's diagnosis of the nation's failings": a name owns the head
    // noun, and the head names no speaker
    const head = headWords(text);
    const last = head[head.length - 1] ?? '';
    const possessed = head.length > 1 && /[’']s$/u.test(head[head.length - 2] ?? '') && !isCapital(last);
    if (possessed && !isSpeakerHead(last.toLowerCase())) return 'a thing, not a speaker';
    return null;
  }
  // no proper name: the head noun must be a person, group, body or document
  const head = headWords(text).map((w) => stripPunct(w).toLowerCase());
  const noun = head[head.length - 1] ?? '';
  if (isSpeakerHead(noun) || isQuantity(head)) return null;
  // "emails unearthed in the inquiry", "results tallied through Friday": a participle after the head
  if (lower.some((_, i) => i > 0 && participlePhrase(lower, i))) return null;
  // "those surveyed", "those polled": the people a poll asked
  if (lower.length === 2 && lower[0] === 'those' && RESPONDENT_PARTICIPLES.has(lower[1] as string)) return null;
  // "a wide array of economists", "a host of critics": the head is a measure of what follows
  if (QUANTITY_NOUNS.has(noun) && isSpeakerHead(lower[lower.length - 1] ?? '')) return null;
  if (QUANTIFIERS.has(head[0] ?? '') && isSpeakerHead(lower[lower.length - 1] ?? '')) return null;
  return 'no person or body named';
}

/**
 * The speaker as an unknown one when `speakerProblem` finds its phrase names nobody: the words as
 * written are kept, so the review desk can show what the text said.
 */
export function checkedSpeaker(written: Speaker | null, text: string): { speaker: Speaker | null; problem: string | null } {
  if (!written || written.name === null) return { speaker: written, problem: null };
  let speaker = afterCuePhrase(afterQuotation({ ...written, name: written.name }));
  const inHeadline = speaker.start < headlineEnd(text);
  // "Ben Carson" in "Ben Carson Defends Himself Against …" resolved to the whole Title Case run:
  // the words of the mention are the better name
  if (inHeadline && speaker.name !== speaker.mention && speaker.name.split(/\s+/u).length >= 4) speaker = { ...speaker, name: speaker.mention };
  // a resolved name ("Donald Trump" for "the president") was checked as a name already
  const phrase = speaker.name === speaker.mention || inHeadline || speaker.name === null ? speaker.mention : speaker.name;
  const memo = articleMemo(text);
  const problem = memoProblem(memo, phrase, inHeadline && speaker.name === speaker.mention) ?? (inHeadline ? memoHeadlineName(memo, text, speaker.name) : null) ?? participleOpening(text, speaker) ?? headlineClause(text, speaker);
  // "General Electric" read as the title "General" before the name "Electric": the resolved name is
  // the mention's last word and names nobody alone, while the mention as written is a name
  if (problem && !inHeadline && phrase !== speaker.mention && titleBefore(speaker.mention, phrase) && memoProblem(memo, speaker.mention, false) === null) {
    return { speaker: { ...speaker, name: speaker.mention }, problem: null };
  }
  const subject = problem && !inHeadline && phrase === speaker.mention ? (subjectBeforeVerb(speaker) ?? afterOpening(speaker)) : null;
  if (subject && memoProblem(memo, subject.mention, false) === null) return { speaker: subject, problem: null };
  return problem ? { speaker: { ...speaker, name: null }, problem } : { speaker, problem: null };
}

/**
 * "Rubio has", "CNN barely", "The email goes": a mention run on into its clause's verb or an adverb
 * before it. A subject never holds its own verb: the words before it are the speaker, when they
 * are more than a pronoun or a determiner (checked by the caller).
 */
function subjectBeforeVerb(speaker: Speaker & { name: string }): (Speaker & { name: string }) | null {
  const words = speaker.mention.split(/\s+/u);
  const v = words.findIndex((w, i) => i > 0 && !isCapital(w) && FINITE_WORDS.has(stripPunct(w).toLowerCase()));
  // ("His behavior has angered the party's top figures": a whole clause taken for the subject, whose
  // speaker is elsewhere; "a survey conducted after a tape … was": a verb inside a modifier)
  if (v <= 0 || v > 4 || words.length - v > 3) return null;
  const mention = words.slice(0, v).join(' ');
  const first = stripPunct(words[0] as string).toLowerCase();
  if (v === 1 && (PRONOUNS.has(first) || DETERMINERS.has(first) || QUANTIFIERS.has(first) || first === 'others')) return null;
  // "There’s also", "It’s never": an expletive, not a name
  if (/^(?:there|it|that|here|what|who)[’']s$/u.test(first)) return null;
  // the mention's own spacing is kept: it is the start of the written phrase
  if (!speaker.mention.startsWith(mention)) return null;
  return { ...speaker, name: mention, mention, end: speaker.start + mention.length };
}
/**
 * "Last year only 32 percent of voters", "interviews with a dozen party leaders": a time phrase
 * before the subject, or the conversations through which people spoke; the people are the speaker.
 */
function afterOpening(speaker: Speaker & { name: string }): (Speaker & { name: string }) | null {
  const m = /^(?:(?:last|this|next|that)\s+(?:week|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?|(?:interviews|conversations)\s+with)\s+(?=\S)/iu.exec(speaker.mention);
  if (!m) return null;
  const mention = speaker.mention.slice(m[0].length);
  const start = speaker.start + m[0].length;
  return { ...speaker, name: mention, mention, start, end: start + mention.length };
}

/**
 * "Foreign minister rejects sanctions" before "call: “…”" in a headline written in sentence case:
 * a mention of three words or more in the first line that holds a verb after its first word is a
 * piece of the headline's clause, whatever name it was resolved to.
 */
function headlineClause(text: string, speaker: Speaker): string | null {
  if (speaker.start >= titleLineEnd(text)) return null;
  const words = speaker.mention.split(/\s+/u);
  if (words.length < 3) return null;
  return words.some((w, i) => i > 0 && /^\p{Ll}+$/u.test(w) && /^VB[DZP]$/u.test(tagsOfLower(w)?.[0] ?? '')) ? 'a headline fragment' : null;
}

/** "above the ratio the policy", "about the findings": a phrase that opens with a preposition, not a number's ("about 40 percent"). */
export function opensWithPreposition(phrase: string): boolean {
  const trimmed = phrase.trim();
  // ("Within an hour of the speech, the campaign issued a statement calling …": a preposition
  // opening a sentence is capitalised, and alone it is no more a name)
  if (OPENING_PREPOSITIONS.has(trimmed.toLowerCase())) return true;
  const opening = /^(\p{Ll}+)\s+(\S+)/u.exec(trimmed);
  return opening !== null && OPENING_PREPOSITIONS.has(opening[1] as string) && !/^(?:\d|half$|an?$|some$|nearly$|almost$|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:$|-))/u.test(opening[2] as string);
}

const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'above', 'below', 'beneath', 'against', 'among', 'amid', 'between', 'beyond', 'despite', 'during', 'into', 'onto', 'over', 'through', 'toward', 'towards', 'under', 'upon', 'with', 'without', 'within', 'than', 'from', 'of', 'in', 'on', 'at', 'by']);

/** Finite verbs and the adverbs that stand between a subject and its verb. */
const FINITE_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'goes', 'went', 'made', 'makes', 'barely', 'also', 'never']);

/** Is `mention` `name` after capitalised words that are no determiner ("General" in "General Electric", not "The" or "An")? */
function titleBefore(mention: string, name: string): boolean {
  if (!mention.endsWith(` ${name}`)) return false;
  const before = mention.slice(0, -name.length).trim().split(/\s+/u);
  return before.every((w) => isCapital(w) && !DETERMINERS.has(stripPunct(w).toLowerCase()) && !POSSESSIVE_DETERMINERS.has(stripPunct(w).toLowerCase()));
}

// An article names its speakers again and again ("Trump" for a dozen quotations): the answers for
// the article's phrases are kept while its records are checked, a memo of pure functions (the last
// article's only, so what is kept stays one article's worth).
interface ArticleMemo {
  /** By phrase, for the body and for the headline (two maps: no key string built per look-up). */
  problems: Map<string, string | null>;
  headlineProblems: Map<string, string | null>;
  headlineNames: Map<string, string | null>;
}
const articleMemo = lastArticleMemo((): ArticleMemo => ({ problems: new Map(), headlineProblems: new Map(), headlineNames: new Map() }));

function memoProblem(memo: ArticleMemo, phrase: string, inHeadline: boolean): string | null {
  const problems = inHeadline ? memo.headlineProblems : memo.problems;
  let problem = problems.get(phrase);
  if (problem === undefined) problems.set(phrase, (problem = speakerProblem(phrase, inHeadline)));
  return problem;
}

function memoHeadlineName(memo: ArticleMemo, text: string, name: string): string | null {
  let problem = memo.headlineNames.get(name);
  if (problem === undefined) memo.headlineNames.set(name, (problem = unconfirmedHeadlineName(text, name)));
  return problem;
}

/**
 * "half", "a third", "Six in 10", "74 percent", "majorities", "most": a share of people polled or
 * counted, which speaks for them ("Six in 10 said they …").
 */
function isQuantity(head: readonly string[]): boolean {
  const h = head.filter((w) => w !== 'a' && w !== 'an' && w !== 'the' && w !== 'about' && w !== 'nearly' && w !== 'roughly' && w !== 'almost');
  if (h.length === 0 || h.length > 4) return false;
  const last = h[h.length - 1] as string;
  if (h.length === 1 && (QUANTIFIERS.has(last) || FRACTIONS.has(last) || /^\d+$/u.test(last) || last === 'majorities')) return true;
  if (last === 'percent' || last === '%') return true;
  // "six in 10", "4 in 10"
  return h.length === 3 && h[1] === 'in' && isNumberWord(h[0] as string) && isNumberWord(last);
}

function isNumberWord(w: string): boolean {
  return /^\d+$/u.test(w) || NUMBER_WORDS.has(w);
}

/**
 * `“We show anger,” said Harvey` taken whole as a mention: the speaker is what follows the
 * quotation's closing mark and its reporting verb ("Harvey").
 */
function afterQuotation(speaker: Speaker & { name: string }): Speaker & { name: string } {
  const m = /^(.*(?:["”»]|''))[\s,]*(?:(?:said|says|added|adds|told|wrote|asked|continued|explained)\s+)?/su.exec(speaker.mention);
  if (!m) return speaker;
  const rest = speaker.mention.slice(m[0].length).replace(/[\s,.;:]+$/u, '');
  if (rest === '' || /["“”«»]/u.test(rest)) return speaker;
  const start = speaker.start + m[0].length;
  return { ...speaker, name: speaker.name === speaker.mention ? rest : speaker.name, mention: rest, start, end: start + rest.length };
}

/**
 * "according to staff" taken whole as a mention: the cue is no part of who spoke ("staff").
 */
function afterCuePhrase(speaker: Speaker & { name: string }): Speaker & { name: string } {
  const m = /^according\s+to\s+(?=\S)/iu.exec(speaker.mention);
  if (!m) return speaker;
  const rest = speaker.mention.slice(m[0].length);
  const start = speaker.start + m[0].length;
  return { ...speaker, name: speaker.name === speaker.mention ? rest : speaker.name, mention: rest, start, end: start + rest.length };
}

/**
 * "Governor Signs Water Bill, Says Rates Will Not Rise" gives "Rise": in a Title Case headline any
 * run of capitals looks like a name, so a speaker named there must be written capitalised in the
 * body too ("Moreno" in "Gov. Rachel Moreno signed …").
 */
function unconfirmedHeadlineName(text: string, name: string): string | null {
  const bodyStart = headlineEnd(text);
  const last = name.split(/\s+/u).filter((w) => isCapital(w)).pop();
  if (!last) return null;
  const bare = stripPunct(last);
  // "Study Finds …" and "The study ran …": a common noun the headline capitalised is confirmed in
  // lower case too
  const common = name.split(/\s+/u).length === 1 && isSpeakerHead(bare.toLowerCase());
  if (!common && bare !== '') return writtenAsWord(text, bodyStart, bare) ? null : UNCONFIRMED;
  const written = new RegExp(`(?:^|[^\\p{L}])${bare.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[^\\p{L}]|$)`, common ? 'iu' : 'u');
  return written.test(text.slice(bodyStart)) ? null : UNCONFIRMED;
}

const UNCONFIRMED = 'a headline fragment the article never names';

/**
 * Whether `word` is written in `text` from `from` on with no letter on either side (the start of
 * the stretch counts as a side with none), as `/(?:^|[^\p{L}])word(?:[^\p{L}]|$)/u` on
 * `text.slice(from)` tells; by indexOf, not by a regex compiled for each name.
 */
function writtenAsWord(text: string, from: number, word: string): boolean {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === from ? -1 : codePointBefore(text, i, from);
    const j = i + word.length;
    const after = j >= text.length ? -1 : (text.codePointAt(j) as number);
    if ((before < 0 || !isLetterCode(before)) && (after < 0 || !isLetterCode(after))) return true;
  }
  return false;
}

/** The code point ending at `i` (a surrogate pair read whole when both halves lie at or after `floor`). */
function codePointBefore(text: string, i: number, floor: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= floor) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

function isLetterCode(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}
const LETTER = /^\p{L}$/u;

/**
 * Where the article's headline ends: a first line of at most 200 characters standing alone before
 * a blank line with most of its words capitalised ("Obama Calls On Men To Reflect On Sexism"); 0
 * when the article opens otherwise.
 */
export const headlineEnd: (text: string) => number = lastArticleMemo(findHeadlineEnd);

function findHeadlineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end <= 0 || end > 200 || !/^\n[ \t]*\n/u.test(text.slice(end, end + 8))) return 0;
  const words = text.slice(0, end).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => isCapital(w)).length;
  return words.length >= 3 && capitals / words.length >= 0.6 ? end : 0;
}

function headWords(text: string): string[] {
  return headPhrase(text).split(/\s+/u).filter((w) => w !== '');
}

const PUBLIC_SERVICES: ReadonlySet<string> = new Set(['service', 'services', 'brigade']);

function isSpeakerHead(noun: string): boolean {
  if (noun === '') return false;
  return (
    PERSON_NOUNS.has(noun) ||
    ROLE_NOUNS.has(noun) ||
    ANONYMOUS_HEADS.has(noun) ||
    DOCUMENT_NOUNS.has(noun) ||
    GOVERNMENT_HEADS.has(noun) ||
    ORGANISATION_HEADS.has(noun) ||
    ORGANISATION_HEADS.has(noun.replace(/s$/u, '')) ||
    // "appeals courts", "state agencies"
    GOVERNMENT_HEADS.has(noun.replace(/ies$/u, 'y').replace(/s$/u, '')) ||
    // "the fire service", "the ambulance service", "the fire brigade": public services (not an
    // organisation head of the lexicon, where it would take "the" into "the Forest Service")
    PUBLIC_SERVICES.has(noun) ||
    // agent nouns: "a spokesperson", "the organizers", "two economists" (not a noun in -ment:
    // "The tensest moment", "the statement" and "the agreement" name nobody by their ending)
    (/(?:er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|men|person|people|official|officials)$/u.test(noun) && !/ments?$/u.test(noun))
  );
}

/**
 * Is word `i` a past participle that opens a post-modifier of the noun before it ("documents made
 * public in a lawsuit", "emails unearthed in the inquiry", "figures released Friday")? The noun
 * before it must be a document's head, and the participle must be followed by its complement.
 */
function participlePhrase(lower: readonly string[], i: number): boolean {
  const w = lower[i] as string;
  const before = lower[i - 1] ?? '';
  // ("A person involved in the negotiations", "an official briefed on the talks": a person's participle too)
  const one = before.endsWith('s') ? before.slice(0, -1) : before;
  if (i + 1 >= lower.length || !(DOCUMENT_NOUNS.has(before) || PERSON_NOUNS.has(before) || ROLE_NOUNS.has(before) || PERSON_NOUNS.has(one) || ROLE_NOUNS.has(one))) return false;
  if (w === 'made') return /^(?:public|available)$/u.test(lower[i + 1] as string);
  return /^\p{Ll}{3,}ed$/u.test(w) && PARTICIPLE_FOLLOWERS.has(lower[i + 1] as string);
}
// ("A post shared thousands of times on Facebook", "a video viewed millions of times", "a post shared widely")
const PARTICIPLE_FOLLOWERS = new Set(['in', 'by', 'from', 'through', 'during', 'on', 'at', 'last', 'this', 'earlier', 'as', 'after', 'before', 'to', 'with', 'under', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'thousands', 'millions', 'hundreds', 'more', 'over', 'widely', 'online']);
const RESPONDENT_PARTICIPLES = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled']);
const TIME_NOUNS = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'week', 'month', 'year', 'weekend', 'time']);

/** A capitalised word that is not a determiner or sentence opener: a name is in the phrase. */
function hasProperName(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!isCapital(w)) return false;
    const l = stripPunct(w).toLowerCase();
    if (i === 0 && (DETERMINERS.has(l) || QUANTIFIERS.has(l) || POSSESSIVE_DETERMINERS.has(l))) return false;
    return !HONORIFICS.has(w) || i < words.length - 1;
  });
}

/** `/^[^\p{L}]*\p{Lu}/u`: the first letter is a capital (ASCII read by code: this runs on every word of a phrase). */
/** A name's lower-case particle after its first word: "al-Ansari" joined to its surname, or "bin" before a capitalised one. */
function particleGoesOn(words: readonly string[]): boolean {
  const w = words[1] ?? '';
  return PARTICLE_SURNAME.test(w) || (NAME_CONNECTORS.has(w) && isCapital(words[2] ?? ''));
}

function isCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return FIRST_LETTER_CAPITAL.test(w.slice(i));
    if (c >= 65 && c <= 90) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return false;
}
const FIRST_LETTER_CAPITAL = /^[^\p{L}]*\p{Lu}/u;

function stripPunct(w: string): string {
  return trimToLettersAndDigits(w);
}

/** "BobicFlagShareLikeReplySara": three or more capitals inside one word, each after a lower-case letter. */
function isCamelRun(w: string): boolean {
  let humps = 0;
  for (let i = 1; i < w.length; i++) if (isLowerUnit(w.charCodeAt(i - 1)) && isUpperUnit(w.charCodeAt(i))) humps++;
  return humps >= 3;
}

// One UTF-16 unit as \p{Ll} / \p{Lu} reads it: ASCII by code (every speaker phrase is run through
// isCamelRun, character by character), the rest by the property.
const LOWER_UNIT = /^\p{Ll}$/u;
const UPPER_UNIT = /^\p{Lu}$/u;
function isLowerUnit(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : LOWER_UNIT.test(String.fromCharCode(c));
}
function isUpperUnit(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : UPPER_UNIT.test(String.fromCharCode(c));
}

const TIME_RUN_INTO_NAME = /^\d+(?::\d\d)?(?:[AaPp]\.?[Mm]\.?)\p{Lu}/u;
const FOCUS_ADVERB = /^(?:just|only|even|nearly|almost|roughly|about|some|more than|fewer than|less than|at least)\s+(?=\S)/iu;
const QUANTITY_NOUNS = new Set(['array', 'range', 'number', 'host', 'lot', 'lots', 'couple', 'pair', 'handful', 'dozen', 'series', 'slew', 'group', 'set', 'variety', 'majority', 'minority', 'half', 'third', 'share', 'bunch', 'crowd', 'chorus']);
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'plurality']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const TRAILING_FUNCTION_WORDS = new Set(['as', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'that', 'which', 'who', 'when', 'while', 'if', 'because', 'the', 'a', 'an']);
const COUNTS = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)$/u;
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on', 'to', 'by', 'about', 'and', 'or', 'who', 'which', 'that', 'near', 'inside', 'outside']);
const ADJECTIVES = new Set(['local', 'national', 'federal', 'former', 'other', 'new', 'between', 'top', 'senior', 'conservative', 'liberal', 'progressive', 'democratic', 'republican']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'hers', 'their', 'its', 'one', 'who', 'whom', 'this', 'that', 'these', 'those', 'there', 'here']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Finite verbs and auxiliaries that end a subject: "Trump has", "The email goes", "CNN barely". */
const VERB_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do', 'goes', 'went', 'says', 'said', 'meant', 'made', 'makes', 'barely', 'also', 'then', 'now', 'not', 'never']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'another', 'other', 'such', 'no']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'several', 'few', 'both', 'half', 'none', 'more', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'majority']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow',
  'last', 'next', 'earlier', 'later', 'recently', 'week', 'weekend', 'morning', 'evening', 'night',
]);
/** Words that open a sentence as an adverbial or a clause, never a name. */
const ADVERBIALS = new Set([
  'however', 'nevertheless', 'nonetheless', 'meanwhile', 'instead', 'indeed', 'still', 'also', 'then', 'now', 'yet',
  'when', 'whenever', 'while', 'if', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'unless', 'once', 'as', 'so',
  'along', 'asked', 'speaking', 'smiling', 'laughing', 'noting', 'adding', 'citing', 'there', 'here', 'thus', 'hence', 'otherwise',
  'afterward', 'afterwards', 'finally', 'separately', 'subsequent', 'like', 'unlike', 'despite', 'during', 'without', 'with',
  'in', 'on', 'at', 'by', 'for', 'from', 'of', 'to', 'into', 'about', 'over', 'under', 'and', 'or', 'but', 'not', 'what', 'why', 'how', 'where', 'which', 'whether',
  // "Just", "Even", "Only" alone: a focus adverb whose phrase was lost
  'just', 'even', 'only', 'again', 'perhaps', 'maybe', 'certainly', 'clearly', 'already', 'soon',
]);

// "Walking into the office …, the senator said", "Reprising one of her lines, …", "Continuing to
// explain …, Carson rejected": a participle opening the sentence, taken for the subject when the
// phrase after it was lost. Its object or preposition follows it; a surname so spelled is followed
// by its verb ("Manning said").
const PARTICIPLE_OBJECT = /^\s+(?:into|to|on|at|in|about|from|with|for|over|through|across|after|one|the|a|an|his|her|their|its|our|some)\b/u;

/** Why a one-word mention is a sentence-opening participle, or null. */
function participleOpening(text: string, speaker: Speaker): string | null {
  if (speaker.name !== speaker.mention || !/^\p{Lu}\p{Ll}{3,}ing$/u.test(speaker.mention) || GIVEN_NAMES.has(speaker.mention)) return null;
  return PARTICIPLE_OBJECT.test(text.slice(speaker.end, speaker.end + 12)) ? 'a participle, not a name' : null;
}
