import type { SourceType } from '../schema/attribution.js';
import {
  BODY_HEADS,
  FORMAL_FORMS,
  GIVEN_NAME_GENDER,
  GROUP_HEADS,
  NAME_SUFFIXES,
  NAME_TITLES,
  SHORT_FORMS,
  SURNAME_PARTICLES,
  type Gender,
} from './name-lexicons.js';
import { speakerKey } from './speaker-match.js';

/**
 * Who a stored speaker name is: one identity per person across articles. "Donald J. Trump",
 * "Donald Trump" and "President Trump" are one speaker; "Bill Clinton" and "Hillary Clinton" are
 * two; "Trump supporters" and "the Trump campaign" are speakers of their own. Only names typed
 * `person` are compared as people; every other name is one speaker per written form (its key).
 * A wrong merge is worse than a duplicate: where two people could be meant, a name stays apart.
 */

/** A person's name taken apart, every part lower case without diacritics or periods. */
export interface PersonName {
  /** "donald"; null when only a surname is written ("Trump", "President Trump"). */
  given: string | null;
  /** Middle names and initials: ["j"] in "Donald J. Trump", ["john"] in "Donald John Trump". */
  middles: string[];
  /** "trump"; particles stay with it: "von der leyen". */
  surname: string;
  /** The surname's words as written: ["O’Brien"], ["von", "der", "Leyen"]. */
  surnameWords: string[];
  /**
   * A generation suffix ("jr", "iii"), null when none. It is part of who the person is: "Donald
   * Trump Jr." is not "Donald Trump".
   */
  suffix: string | null;
  /** A title was written before the name ("President Trump", "Mr. Clinton"). */
  titled: boolean;
  /** The gender the title marks ("Mr." m, "Mrs." f), null when it marks none. */
  titleGender: Gender | null;
}

const ARTICLES = new Set(['the', 'a', 'an']);
// Letters, then letters, apostrophes, hyphens and periods: "O’Brien", "Ocasio-Cortez", "J.".
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** A word as compared: no diacritics, periods or apostrophes, lower case ("O’Brien" -> "obrien"). */
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[.'’]/gu, '')
    .toLowerCase();
}

/** "Supporters", "Aides", "Officials": a capitalised plural of a group noun ends a group. */
function isGroupPlural(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  return GROUP_HEADS.has(lower) || GROUP_HEADS.has(lower.slice(0, -1)) || (lower.endsWith('es') && GROUP_HEADS.has(lower.slice(0, -2)));
}

/**
 * A person's name taken apart, or null when the words are not one person's name: a group or a
 * body that contains a name ("Trump supporters", "the Trump campaign", "Clinton aides", "Trump
 * Administration"), a possessive ("Trump's team"), digits or markup. Titles before the name are
 * dropped and a suffix is set apart: "Former President Donald J. Trump Jr." -> donald [j] trump jr.
 * Does not know which of several last words are the surname ("Gabriel García Márquez" reads as
 * given gabriel, middle garcia, surname marquez): such names only ever join their own forms.
 */
export function parsePersonName(name: string): PersonName | null {
  const words = name.trim().split(/\s+/u).map((w) => w.replace(/,$/u, '')).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  if (ARTICLES.has(words[0]!.toLowerCase())) return null;
  let titled = false;
  let titleGender: Gender | null = null;
  while (words.length > 0 && NAME_TITLES.has(fold(words[0]!))) {
    titled = true;
    // shift before ??=: it skips its right side once a gender is known ("Mr. King")
    const title = fold(words.shift()!);
    titleGender ??= NAME_TITLES.get(title) ?? null;
  }
  let suffix: string | null = null;
  while (words.length > 1 && NAME_SUFFIXES.has(fold(words[words.length - 1]!))) {
    const s = fold(words.pop()!);
    // "Jr." and "Jr" are one suffix; "Ph.D." and "Esq." say nothing about who it is.
    if (['jr', 'sr', 'ii', 'iii', 'iv', 'v'].includes(s)) suffix = s;
  }
  if (words.length === 0) return null;
  for (const word of words) {
    if (!NAME_WORD.test(word)) return null;
    // "Trump’s team": a possessive is something of the person's, not the person.
    if (/['’]s$/u.test(word)) return null;
    // "Trump supporters", "Clinton aides": a lower-case word that is no surname particle is a noun.
    if (word[0] !== word[0]!.toUpperCase() && !SURNAME_PARTICLES.has(word.toLowerCase())) return null;
  }
  const last = fold(words[words.length - 1]!);
  if (BODY_HEADS.has(last) || isGroupPlural(last)) return null;
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && SURNAME_PARTICLES.has(words[surnameStart - 1]!)) surnameStart--;
  const folded = words.map(fold);
  const surname = folded.slice(surnameStart).join(' ');
  const surnameWords = words.slice(surnameStart);
  if (surnameStart === 0) return { given: null, middles: [], surname, surnameWords, suffix, titled, titleGender };
  return { given: folded[0]!, middles: folded.slice(1, surnameStart), surname, surnameWords, suffix, titled, titleGender };
}

/** "donald trump", "donald trump jr": given name, surname and suffix, what two forms of one full name share. */
export function personKey(p: PersonName): string | null {
  return p.given === null ? null : [p.given, p.surname, ...(p.suffix ? [p.suffix] : [])].join(' ');
}

/**
 * The given names that may stand for `given` in one person's name: itself, and through
 * `name-forms.txt` the formal name of a short form and the formal name's other short forms
 * ("bill" -> bill, william, billy, will, willie, liam). A short form written for two formal
 * names ("chris": Christopher, Christine) stands only for itself.
 */
export function givenNameForms(given: string): string[] {
  const out = new Set([given]);
  const unambiguous = (short: string): boolean => (SHORT_FORMS.get(short) ?? []).length === 1;
  const formals = SHORT_FORMS.get(given) ?? [];
  const formal = FORMAL_FORMS.has(given) ? given : formals.length === 1 && unambiguous(given) ? formals[0]! : null;
  if (formal !== null) {
    out.add(formal);
    for (const short of FORMAL_FORMS.get(formal) ?? []) if (unambiguous(short)) out.add(short);
  }
  return [...out];
}

/**
 * Whether two lists of middle names can be one person's: either has none ("Donald Trump",
 * "Donald J. Trump"), or they agree in order, an initial standing for a name ("J." = "John").
 * "George H. W. Bush" and "George W. Bush" do not agree (h against w).
 */
export function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((m, i) => sameMiddle(m, long[i]!));
}

function sameMiddle(x: string, y: string): boolean {
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** Whether two full names are one person's: same surname, a given name that may stand for the other, middles that agree. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.given === null || b.given === null || a.surname !== b.surname || a.suffix !== b.suffix) return false;
  return givenNameForms(a.given).includes(b.given) && middlesAgree(a.middles, b.middles);
}

const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'hers', 'its', 'their',
  'theirs', 'himself', 'herself', 'themselves', 'itself', 'one', 'who',
]);

/** "he", "She", "they": a pronoun names nobody by itself, so it is an unknown speaker, not a person called he. */
export function isPronounName(name: string): boolean {
  return PRONOUNS.has(speakerKey(name));
}

/** A stored written form of a speaker: which speaker, and the name as written. */
export interface AliasEntry {
  speakerId: number;
  name: string;
}

/** What the resolver may ask about the speakers already stored (the store answers from SQLite). */
export interface SpeakerDirectory {
  /** The speaker one of whose written forms has this key (speakerKey), if any. */
  byKey(key: string): number | null;
  /** Written full names of people whose person key ("donald trump") is one of these. */
  byPersonKeys(keys: readonly string[]): AliasEntry[];
  /** Written full names of people with this surname. */
  bySurname(surname: string): AliasEntry[];
  /** Every written full name of one speaker. */
  fullNamesOf(speakerId: number): string[];
}

/**
 * Which stored speaker a name is: `{ id }` an existing speaker, `{ create }` a new speaker to
 * be stored under that name (the name itself, or the article's full name for a bare surname),
 * null for a pronoun (an unknown speaker, no speaker row). `exact` says whether the written
 * form means this speaker wherever it is written again: true for a full name and for a form
 * seen before, false for a surname joined through its article or as the only candidate ("Trump"
 * in one article is Donald Trump; in another it may not be, so it is resolved afresh each time).
 * `seen`: the written form is stored for that speaker already.
 */
export type Resolution = { id: number; exact: boolean; seen?: true } | { create: string; key?: string } | null;

/**
 * Resolves a speaker name as the pipeline gave it for one article to a stored speaker.
 * `articleNames` are the other speaker names (typed person) of the same article.
 * - any type: a written form stored before as exact (by key) is the speaker it was before (a
 *   surname looks at its own article first);
 * - a person's full name joins the one stored person it is the same person as (samePerson:
 *   "Donald J. Trump" finds "Donald Trump", "Bill Clinton" finds "William Clinton", never
 *   "Hillary Clinton"); with two candidates it stays apart;
 * - a bare surname ("Clinton") joins the full name its own article gives, when the article
 *   gives exactly one person with that surname; otherwise it is a speaker of its own. It never
 *   joins a person stored from other articles: "Clinton" in an article naming neither Clinton
 *   could be either, and a wrong merge is worse than a duplicate;
 * - a titled surname ("President Trump", "Mr. Clinton") joins its article's full name the same
 *   way, else the one stored person with that surname when exactly one exists and the title's
 *   gender does not contradict the given name ("Mrs. Clinton" never finds "Bill Clinton").
 */
export function resolveSpeaker(name: string, type: SourceType, articleNames: readonly string[], dir: SpeakerDirectory, articleId?: number): Resolution {
  if (isPronounName(name)) return null;
  // "the company", "The minister", "opposition leaders in Venezuela": a description names
  // someone in its own article only; the same words in another article are another speaker
  if (articleId !== undefined && isDescription(name)) {
    const key = `${aliasKey(name)} @${articleId}`;
    const known = dir.byKey(key);
    return known !== null ? { id: known, exact: true, seen: true } : { create: name.trim(), key };
  }
  const person = type === 'person' ? parsePersonName(name) : null;
  // The article first: "Trump" stored on its own from one article is not who "Trump" is in an
  // article that names Donald Trump.
  if (person !== null && person.given === null) {
    const inArticle = articleFullName(person, articleNames);
    const full = inArticle === null ? null : resolveSpeaker(inArticle, 'person', [], dir);
    if (full) return 'id' in full ? { id: full.id, exact: false } : full;
  }
  const known = dir.byKey(aliasKey(name));
  if (known !== null) return { id: known, exact: true, seen: true };
  if (person === null) return { create: name.trim() };
  if (person.given !== null) return resolveFullName(person, dir) ?? { create: name.trim() };
  if (person.titled) {
    const stored = onlyPersonWithSurname(person, dir);
    if (stored !== null) return { id: stored, exact: false };
  }
  return { create: name.trim() };
}

/**
 * A phrase that describes its speaker instead of naming them: its head word (after a determiner
 * or a number) is written in lower case ("the company", "The minister", "two officials",
 * "opposition leaders in Venezuela"); "The State Department" and "the Trump campaign" are names.
 */
export function isDescription(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|two|three|four|five|several|some|many|most|both|all|other|another)$/iu.test(words[i] ?? '')) i++;
  return /^\p{Ll}/u.test(words[i] ?? '');
}

/** The key a written form is stored under: speakerKey, or the trimmed lower case when that is empty. */
export function aliasKey(name: string): string {
  return speakerKey(name) || name.trim().toLowerCase();
}

/** The one stored person a full name is, or null when none or more than one fits. */
function resolveFullName(person: PersonName, dir: SpeakerDirectory): { id: number; exact: true } | null {
  const keys = givenNameForms(person.given!).map((given) => personKey({ ...person, given })!);
  const ids = new Set(dir.byPersonKeys(keys).map((a) => a.speakerId));
  const fitting = [...ids].filter((id) =>
    dir.fullNamesOf(id).every((written) => {
      const other = parsePersonName(written);
      // Every full name the speaker was written as must agree: "George Bush" stored with
      // "George H. W. Bush" is not "George W. Bush".
      return other === null || other.surname !== person.surname || samePerson(person, other);
    }),
  );
  return fitting.length === 1 ? { id: fitting[0]!, exact: true } : null;
}

/** The full name the article gives for a surname, when all its full names with it are one person. */
function articleFullName(person: PersonName, articleNames: readonly string[]): string | null {
  const full: { name: string; parsed: PersonName }[] = [];
  for (const name of articleNames) {
    const parsed = parsePersonName(name);
    if (parsed?.given != null && parsed.surname === person.surname) full.push({ name, parsed });
  }
  const [first] = full;
  if (!first || !full.every((f) => samePerson(f.parsed, first.parsed))) return null;
  if (contradicts(person.titleGender, first.parsed.given)) return null;
  return first.name;
}

/** The only stored person with this surname whose given name the title's gender fits, or null. */
function onlyPersonWithSurname(person: PersonName, dir: SpeakerDirectory): number | null {
  const ids = new Set<number>();
  for (const alias of dir.bySurname(person.surname)) {
    const given = parsePersonName(alias.name)?.given ?? null;
    if (!contradicts(person.titleGender, given)) ids.add(alias.speakerId);
    else return null; // "Mrs. Clinton" when Bill is stored: another Clinton exists, so it stays apart
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/** "Mr." before a woman's given name, "Mrs." before a man's. */
function contradicts(titleGender: Gender | null, given: string | null): boolean {
  if (titleGender === null || given === null) return false;
  const g = GIVEN_NAME_GENDER.get(given);
  return g !== undefined && g !== titleGender;
}

/**
 * What the store records for a written form of a person: the person key and the surname of a
 * full name, null for anything else (a surname alone, a group, a body). Only full names are
 * looked up by person key or surname, so a bare "Clinton" never becomes anyone's candidate.
 */
export function aliasPersonFields(name: string, type: SourceType): { personKey: string | null; surname: string | null } {
  const person = type === 'person' ? parsePersonName(name) : null;
  if (person === null || person.given === null) return { personKey: null, surname: null };
  return { personKey: personKey(person), surname: person.surname };
}
