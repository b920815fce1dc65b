import type { TextRange } from '../segment.js';
import { tagsOf } from './verbless.js';
import { DOCUMENT_NOUNS } from '../source-lexicons.js';
import { bodyHead } from '../body-names.js';
import { AUX_WORDS, CLAUSE_OPENERS, DETERMINER, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, findWithin, wordAt, type Word } from './words.js';

/**
 * The noun phrase a relative clause, an apposition or an aside is about, read back from the
 * punctuation or relative word after it: `Gonzalez, who …` → `Gonzalez`, `met Ben Ruiz, who …` →
 * `Ben Ruiz`, `Other emails from the archive that …` → the phrase with its modifiers, `David Brock —
 * a critic — said` → `David Brock`.
 *
 * Does not decide whether the phrase is a cue's subject (`subject.ts` does).
 */

/** A time that opens a sentence before its subject: "Last week", "On Tuesday", "Earlier this month". */
export const FRONTED_TIME = /^(?:(?:on|in|by|late|early|earlier|later)\s+)?(?:(?:last|this|next|earlier|later|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|earlier|later)(?:\s+(?:this|last)\s+(?:week|month|year))?$/u;

/** The NP ending right before word index `c` (a comma), back to the clause edge; at most 8 words. */
export function npBefore(words: readonly Word[], c: number): TextRange | null {
  const e = c - 1;
  const last = words[e];
  if (!last || isMark(last.text, ',;:—–()')) return null;
  let b = e;
  // "The council hired Dana Whitfield, who …": a name's phrase is its capitalised run (and a
  // determiner), not the clause before it
  const name = /^\p{Lu}/u.test(last.text);
  while (b - 1 >= 0) {
    const x = words[b - 1];
    // "the Institute for Public Policy", "the U.S. Chamber of Commerce": a body's name runs on
    // through its "for" and "of" between capitalised words (not its "and": "the Bank of England and
    // Barclays" are two bodies)
    if (name && x && /^(?:for|of)$/u.test(x.lower) && /^\p{Lu}/u.test(words[b]?.text ?? '') && bodyNameBefore(words, b - 1)) {
      b--;
      continue;
    }
    if (!x || isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower) || PREPOSITIONS.has(x.lower)) break;
    if (name && x.text === x.lower && !DETERMINER.test(x.lower) && (tagsOf(x.lower) ?? []).some((t) => /^VB[DZP]$/u.test(t))) break;
    // "She met a farmer, who …": a common noun's phrase starts after the verb and subject before it
    // ("a retired teacher", "an elected official" keep their participles)
    // ("has angered the party's top figures, who": a participle after its auxiliary is the verb too)
    if (!name && x.text === x.lower && (SUBJECT_PRONOUNS.has(x.lower) || AUX_WORDS.has(x.lower) || /^VB[DZP]$/u.test(tagsOf(x.lower)?.[0] ?? '') || (AUX_WORDS.has(words[b - 2]?.lower ?? '') && /^VB/u.test(tagsOf(x.lower)?.[0] ?? '')))) break;
    b--;
  }
  // "his rivals, particularly Govs. Jeb Bush and Chris Christie": the names, not the adverb
  while (b < e && !/^\p{Lu}/u.test(words[b]?.text ?? '') && (words[b]?.lower ?? '').endsWith('ly')) b++;
  const first = words[b];
  return first && e - b < 8 ? { start: first.start, end: last.end } : null;
}

/** Whether a capitalised run ending right before `words[k]` holds a body's head word ("Institute", "Department"). */
function bodyNameBefore(words: readonly Word[], k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 5; n--) {
    const w = words[n] as Word;
    if (bodyHead(w.text)) return true;
    if (!/^\p{Lu}/u.test(w.text) && !/^(?:and|for|of)$/u.test(w.lower)) return false;
  }
  return false;
}

/**
 * The host of a "which" before the comma at `c`: the noun phrase before it, never the clause it
 * closes (`Ruiz released her records, which showed …` → `her records`); past a time phrase
 * (`released a report on Friday, which found …` → `a report`); and when that phrase is the object
 * of "from" or "by" after a noun and ends in a common noun, the whole phrase (`a letter from her
 * doctor, which showed …`: the letter shows, the doctor would be "who"). Null when no noun phrase
 * ends there.
 */
export function thingBefore(words: readonly Word[], c: number): TextRange | null {
  let at = c;
  // "on Friday", "last week": a time phrase between the thing and its relative
  const time = timePhraseBefore(words, at);
  if (time >= 0) at = time;
  const np = nounPhraseBefore(words, at);
  if (!np) return null;
  const b = wordAt(words, np.start);
  const prep = words[b - 1];
  const noun = words[b - 2];
  // ("an award from the National Fund, which …": a named body may be what "which" is about)
  const last = words[at - 1];
  if (last && last.text === last.lower && prep && noun && /^(?:from|by)$/u.test(prep.lower) && noun.text === noun.lower && /^NNS?$/u.test(tagsOf(noun.lower)?.[0] ?? '')) {
    const head = nounPhraseBefore(words, b - 1);
    if (head && b - 1 - wordAt(words, head.start) <= 4) return { start: head.start, end: np.end };
  }
  // "a study by the Institute for Work and Wellbeing, which found …", "Her 2019 paper on the Mekong
  // delta, which found …": what finds or shows is the document, not the body or the topic after its
  // preposition
  if (words[c + 1]?.lower === 'which' && FINDING_VERBS.test(words[c + 2]?.lower ?? '')) {
    for (let k = b - 1; k >= Math.max(0, b - 10); k--) {
      const x = words[k] as Word;
      if (isMark(x.text, ',;:—–()')) break;
      // (its author, topic or outlet: "by", "on", "from", "in", "for"; not who it went to: "a letter to
      // the council, which said it would reply")
      if (x.text === x.lower && (DOCUMENT_NOUNS.has(x.lower) || SCHOLARLY.has(x.lower)) && /^(?:by|on|from|of|about|into|in|for|at)$/u.test(words[k + 1]?.lower ?? '')) {
        const head = nounPhraseBefore(words, k + 1);
        return head ? { start: head.start, end: np.end } : np;
      }
    }
  }
  return np;
}

/** A scholar's writing, which the document nouns leave out ("the paper" is also a newspaper). */
const SCHOLARLY: ReadonlySet<string> = new Set(['paper', 'papers', 'thesis', 'dissertation']);

/** What a document does with its findings: "which found", "which showed", "which concluded". */
const FINDING_VERBS = /^(?:found|finds|showed|shows|shown|concluded|concludes|suggested|suggests|estimated|estimates|predicted|predicts|projected|projects|revealed|reveals|warned|warns|recommended|recommends|argued|argues|said|says|stated|states|noted|notes|reported|reports)$/u;

/**
 * `npBefore`, started after the clause's verb: "Ruiz released her records" → "her records". The
 * verb is a verb form before a determiner ("a report released Friday" keeps its participle).
 */
function nounPhraseBefore(words: readonly Word[], c: number): TextRange | null {
  const np = npBefore(words, c);
  if (!np) return null;
  const b = wordAt(words, np.start);
  for (let k = c - 1; k > b; k--) {
    const x = words[k - 1] as Word;
    const verb = (tagsOf(x.lower) ?? []).some((t) => /^VB[DZP]$/u.test(t)) && DETERMINER.test(words[k]?.lower ?? '');
    if (x.text === x.lower && !DETERMINER.test(x.lower) && (AUX_WORDS.has(x.lower) || verb)) return { start: (words[k] as Word).start, end: np.end };
  }
  return np;
}

/** The index of the first word of a time phrase ("on Friday", "last week") ending right before `c`, or -1. */
function timePhraseBefore(words: readonly Word[], c: number): number {
  for (let b = c - 1; b >= Math.max(0, c - 4); b--) {
    const phrase = words.slice(b, c).map((w) => w.lower).join(' ');
    if (b < c - 1 && FRONTED_TIME.test(phrase) && /^(?:on|in|last|this|earlier|late|early|later)$/u.test(words[b]?.lower ?? '')) return b;
  }
  return -1;
}

/**
 * The host of a "who" before the comma at `c`: the noun phrase before it, and when that phrase is
 * the capitalised object of a preposition after a plural noun ("owners on Mill Street", "residents
 * of Glenford"), the whole phrase from that noun's start.
 */
export function peopleBefore(words: readonly Word[], c: number): TextRange | null {
  const np = npBefore(words, c);
  if (!np) return null;
  const b = wordAt(words, np.start);
  const prep = words[b - 1];
  const noun = words[b - 2];
  // "Tomasz Wierzbicki, a security researcher based in Gdansk, who said": a place after "in"
  // closes the description of the name before it, which the relative clause is about
  if (prep && PLACE_LINKS.has(prep.lower) && /^\p{Lu}/u.test(words[b]?.text ?? '')) {
    const named = namedBeforeDescriptionAt(words, b - 1, np.end);
    if (named) return named;
  }
  if (!prep || !noun || !/^(?:on|in|of|from|at|across|near|around)$/u.test(prep.lower) || !/^\p{Lu}/u.test(words[b]?.text ?? '') || !/^\p{Ll}+s$/u.test(noun.text)) return np;
  const head = npBefore(words, b - 1);
  return head && b - 1 - wordAt(words, head.start) <= 4 ? { start: head.start, end: np.end } : np;
}

/** For `X — … —` (closing dash at index `c`): the NP X before the opening dash, at most 12 words back (30 for an aside opened by "who" or "which"). */
export function dashHost(words: readonly Word[], c: number): TextRange | null {
  const dash = words[c]?.text;
  // ("Ruiz — who met with her advisers on a long flight home to the capital on Wednesday — has
  // vowed …": a relative aside may run longer than a described one)
  for (let k = c - 1; k >= 0 && c - k <= 30; k--) {
    const w = words[k] as Word;
    if (isMark(w.text, ';:()')) return null;
    if (c - k > 12 && w.text === dash && !/^(?:who|which)$/u.test(words[k + 1]?.lower ?? '')) return null;
    // "David Brock, founder of Correct the Record — a super PAC — was …": the NP before the dash
    // is the object of a preposition inside an apposition, and the subject is further back
    if (w.text === dash) {
      const edge = words[clauseEdgeBefore(words, k)];
      // ("Still, Ruiz — who … — has vowed": the comma closes a fronted adverb, and the NP is the subject)
      return k === c - 1 || (edge && ((isMark(edge.text, ',;:') && !frontedAdverbComma(words, edge)) || PREPOSITIONS.has(edge.lower))) ? null : npBefore(words, k);
    }
  }
  return null;
}

/** Whether `comma` follows a sentence's one opening adverb: "Still,", "Meanwhile,", "Later,". */
function frontedAdverbComma(words: readonly Word[], comma: Word): boolean {
  const first = words[0];
  return first !== undefined && words[1] === comma && (/^\p{Lu}\p{Ll}+ly$/u.test(first.text) || FRONTED_ADVERBS.has(first.lower));
}

const FRONTED_ADVERBS: ReadonlySet<string> = new Set(['still', 'yet', 'however', 'meanwhile', 'instead', 'now', 'then', 'later', 'earlier', 'today', 'indeed', 'nonetheless', 'nevertheless', 'moreover', 'separately', 'also', 'again']);

/** The first word of range `r` among `words`. */
function firstWordText(words: readonly Word[], r: TextRange): string {
  // (a binary search: the words are in order, and a run-on sentence asks once per cue)
  return words[wordAt(words, r.start)]?.text ?? '';
}

/** The index of the punctuation or clause opener before the NP that ends right before word `c`, or -1. */
function clauseEdgeBefore(words: readonly Word[], c: number): number {
  let b = c - 1;
  while (b >= 0) {
    const x = words[b] as Word;
    if (isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower) || PREPOSITIONS.has(x.lower)) return b;
    b--;
  }
  return -1;
}

/**
 * The noun phrase with its prepositional modifiers ending right before word `c` ("Other emails
 * [from the archive]", "polls [by Harbour University]"): back to a clause edge, a pronoun or a
 * lower-case verb, at most ten words; a leading preposition is no part of it.
 */
export function modifiedNounPhraseBefore(words: readonly Word[], c: number): TextRange | null {
  const e = c - 1;
  const last = words[e];
  if (!last || isMark(last.text, ',;:—–()')) return null;
  let b = e;
  while (b - 1 >= 0 && e - b < 9) {
    const x = words[b - 1] as Word;
    if (isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower) || AUX_WORDS.has(x.lower) || SUBJECT_PRONOUNS.has(x.lower) || OBJECT_PRONOUN.test(x.lower)) break;
    if (x.text === x.lower && !PREPOSITIONS.has(x.lower) && !DETERMINER.test(x.lower) && /^(?:VB|MD)/u.test(tagsOf(x.lower)?.[0] ?? '')) break;
    b--;
  }
  while (b < e && PREPOSITIONS.has(words[b]?.lower ?? '')) b++;
  return { start: (words[b] as Word).start, end: last.end };
}

const OBJECT_PRONOUN = /^(?:him|them|us|me)$/u;

/** A lower-case word the tagger's lexicon does not list ("emails"): an open-class word, most likely a noun. */
export function isUnlistedWord(w: Word | undefined): boolean {
  return w !== undefined && /^\p{Ll}+$/u.test(w.text) && tagsOf(w.lower) === undefined;
}

/** A noun ending the phrase before a relative "that" ("the chairs that …"), not a verb ("said that"). */
export function isNounBefore(w: Word | undefined): boolean {
  if (!w || isMark(w.text, ',;:—–()')) return false;
  if (/^\p{Lu}/u.test(w.text)) return true;
  return /^NNS?$/u.test(tagsOf(w.lower)?.[0] ?? '');
}

/**
 * Whether the words from `b` open a participle clause before the sentence's subject: "Responding to
 * Reid, …", "Speaking after Tom Hale, …", "After meeting Councillor Reid, …" (a preposition and a
 * participle). Not a name in -ing ("Sterling, the club owner, said"), nor a prepositional phrase
 * with no verb ("Since 2010 Mayor Tom Reed, a Democrat, has said": its name is the subject).
 */
export function opensParticipleClause(words: readonly Word[], b: number): boolean {
  const first = words[b];
  if (!first) return false;
  if (first.lower.endsWith('ing') && tagsOf(first.lower)?.[0] === 'VBG') return words[b + 1] !== undefined && !isMark(words[b + 1]?.text ?? '', ',;:—–()');
  // ("After meeting …": "meeting" is read first as a noun, but after the preposition it is the participle)
  const next = words[b + 1];
  return PARTICIPLE_PREPOSITIONS.has(first.text) && next !== undefined && next.text === next.lower && next.lower.endsWith('ing') && (tagsOf(next.lower) ?? []).includes('VBG');
}
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['After', 'Before', 'Since', 'While', 'When', 'Upon', 'On', 'Despite', 'Without', 'Following']);

/** For `X, who …,` (comma at index `c` or the word before "who"): the NP X. */
export function relativeHost(words: readonly Word[], c: number): TextRange | null {
  // "Sen. Bernie Sanders (I-Vt.) said": the parenthesis closes right before the verb
  if (words[c]?.text === ')') {
    let k = c - 1;
    while (k >= 0 && words[k]?.text !== '(' && c - k < 12) k--;
    if (words[k]?.text !== '(') return null;
    const last = words[k - 1];
    if (!last || isMark(last.text, ',;:—–()')) return null;
    return npBefore(words, k);
  }
  // "Marcel Lehel Lazar, 44, said …": an age set off by commas
  if (/^\d{1,3}$/u.test(words[c - 1]?.text ?? '') && words[c - 2]?.text === ',') return npBefore(words, c - 2);
  // find ", who" / ", a … ," opening the parenthetical, across commas inside it ("Christopher
  // Harvey, an African-American delegate from Houston, Texas, said"): at most 24 words back
  let k = c - 1;
  let sawRelative = false;
  let isAppositive = false;
  while (k >= 0 && c - k < 24) {
    const w = words[k];
    if (!w || isMark(w.text, ';:()')) return null;
    if (/^(?:who|which|whose|whom)$/iu.test(w.text)) sawRelative = true;
    if (w.text === ',') {
      const opener = words[k + 1];
      if (opener && /^(?:who|which|a|an|the|whose|whom)$/iu.test(opener.text)) {
        isAppositive = true;
        break;
      }
      if (sawRelative) break;
    }
    k--;
  }
  if (k < 0 || (!sawRelative && !isAppositive) || words[k]?.text !== ',') return null;
  // the host NP ends at the comma at k; it starts at the clause edge before it
  const e = k - 1;
  const last = words[e];
  if (!last || isMark(last.text, ',;:—–()')) return null;
  let b = e;
  while (b - 1 >= 0) {
    const x = words[b - 1];
    if (!x || isMark(x.text, ',;:—–()') || CLAUSE_OPENERS.has(x.lower)) break;
    b--;
  }
  if (e - b + 1 > 8) return null;
  const first2 = words[b];
  // "Willie Minor, an actor in Dallas, who runs a theater, recalled": the host is itself an
  // apposition; the subject is the name before it
  if (first2 && /^(?:a|an)$/iu.test(first2.text) && words[b - 1]?.text === ',') {
    const name = npBefore(words, b - 1);
    if (name && /^\p{Lu}/u.test(firstWordText(words, name))) return name;
  }
  // "Last week, the F.B.I. director, James B. Comey, said": the "host" is a fronted time; the
  // subject is the description after it (its name in apposition is read by the claims stage)
  // ("Responding to Reid, the mayor, Sandra Bell, said": so is a fronted participle or prepositional phrase)
  // ("In Baku, a senior official, speaking on condition of anonymity, said": a fronted place)
  // (not a name that opens with a preposition: "Inside Higher Ed, a trade publication, reported")
  const frontedPlace = first2 !== undefined && b === 0 && e > b && e - b <= 3 && /^(?:in|at|from|near)$/u.test(first2.lower) && words.slice(b + 1, e + 1).every((w) => /^(?:\p{Lu}|the$)/u.test(w.text));
  if (first2 && (frontedPlace || FRONTED_TIME.test(words.slice(b, e + 1).map((w) => w.lower).join(' ')) || (opensParticipleClause(words, 0) && findWithin(words, -1, b, (w) => isMark(w.text, ',;:—–()')) < 0))) {
    const close = findWithin(words, k, c, (w) => w.text === ',');
    const d = words[k + 1];
    const dEnd = words[close - 1];
    return close > k + 1 && d && dEnd ? { start: d.start, end: dEnd.end } : null;
  }
  // "Woodrow Benford, 58, who lives outside Minneapolis, says": the host is an age; the name stands before it
  if (first2 && b === e && /^\d{1,3}$/u.test(first2.text) && words[b - 1]?.text === ',') {
    const name = npBefore(words, b - 1);
    if (name && /^\p{Lu}/u.test(firstWordText(words, name))) return name;
  }
  // "It's grimly funny to watch Mitt Romney, who …, insist": a name after a verb is the object of
  // that clause; the host is the name alone
  if (/^\p{Lu}/u.test(last.text) && words.slice(b, e).some((w) => w.lower === 'to' || /[’']s$/u.test(w.lower) && SUBJECT_PRONOUNS.has(w.lower.slice(0, -2)))) return hostBefore(words, e);
  return first2 ? { start: first2.start, end: last.end } : null;
}

/**
 * "Ortiz told the porter, who opened the gate and said …": a verb coordinated inside a relative
 * clause shares its subject, the noun phrase before ", who" (the conjunction at `a`); null when
 * another clause edge comes first.
 */
export function relativeSubject(words: readonly Word[], a: number): TextRange | null {
  for (let j = a - 1; j > 0 && a - j <= 20; j--) {
    const w = words[j] as Word;
    if (w.lower === 'who' && words[j - 1]?.text === ',') return hostBefore(words, j - 2);
    if (isMark(w.text, ',;:—–()') || CLAUSE_OPENERS.has(w.lower)) return null;
  }
  return null;
}

const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside']);

/**
 * The name before ", a … in" ending at word `p` (the place's preposition); the description up to
 * the place's end (`placeEnd`) when that comma closes an opening phrase instead; null otherwise.
 */
function namedBeforeDescriptionAt(words: readonly Word[], p: number, placeEnd: number): TextRange | null {
  let c = p - 1;
  while (c > 0 && p - c < 10 && words[c]?.text !== ',' && !CLAUSE_OPENERS.has(words[c]?.lower ?? '')) c--;
  if (words[c]?.text !== ',' || !/^(?:a|an|the)$/u.test(words[c + 1]?.lower ?? '')) return null;
  const e = c - 1;
  let b = e;
  while (b - 1 >= 0 && e - b < 4 && /^\p{Lu}/u.test(words[b - 1]?.text ?? '') && !CLAUSE_OPENERS.has(words[b - 1]?.lower ?? '')) b--;
  // ("After talks with Biden, an official in Kyiv, who said", "In March, a nurse from Ohio, who
  // said": a name closing an opening phrase is no apposition's host; the description is)
  const before = words[b - 1]?.lower ?? '';
  if ((PREPOSITIONS.has(before) && before !== 'by') || PREPOSITIONS.has(words[b]?.lower ?? '')) return { start: (words[c + 1] as Word).start, end: placeEnd };
  return e >= 0 && /^\p{Lu}/u.test(words[e]?.text ?? '') ? { start: (words[b] as Word).start, end: (words[e] as Word).end } : null;
}

/**
 * The noun phrase ending at word `e` that a relative clause after it is about: a name's capitalised
 * run ("met [Ben Ruiz], who …"), or a common noun back to its determiner within four words ("told
 * [the porter], who …"); null otherwise.
 */
export function hostBefore(words: readonly Word[], e: number): TextRange | null {
  const last = words[e];
  if (!last) return null;
  let b = e;
  if (/^\p{Lu}/u.test(last.text)) {
    while (b - 1 >= 0 && e - b < 5 && /^\p{Lu}/u.test(words[b - 1]?.text ?? '') && !CLAUSE_OPENERS.has(words[b - 1]?.lower ?? '')) b--;
    if (DETERMINER.test(words[b - 1]?.lower ?? '')) b--;
  } else {
    while (b >= 0 && e - b < 5 && !DETERMINER.test(words[b]?.lower ?? '')) b--;
    if (b < 0 || e - b >= 5) return null;
  }
  return { start: (words[b] as Word).start, end: last.end };
}
