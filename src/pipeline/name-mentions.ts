import { readsSurnameFirst } from './given-name-gender.js';
import type { TextRange } from './segment.js';
import { CLAIM_VERB_FORMS, GIVEN_NAMES, HONORIFICS, TITLE_ROLES, REPORTING_VERB_FORMS, ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { ANONYMOUS_HEADS, ORGANISATION_WORDS, PERSON_NOUNS } from './source-lexicons.js';
import { isCapitalised, isPossessive, tokenWindow, type Token } from './tokens.js';
import { mayBeFiniteVerb, tagsOfLower } from './claims/verbless.js';
import { bodyNounBefore, calledItAfter, describedAsPerson, personNounBefore, roleHeldAtBefore, spokenOfAsBody } from './name-context.js';
import { describedGender } from './noun-gender.js';
import { bodyHead, joinsBodyField } from './body-names.js';
import { REFLEXIVES } from './phrase-words.js';
import { isPluralInitials, unnamedOffice } from './offices.js';
import { rolesAround } from './name-roles.js';
import { inDateline, isStreetName, placedBefore } from './name-places.js';

/**
 * Names as written: the capitalised runs of an article read one by one, each split into its
 * titles and the name proper, with what the words around it say of it (a person, an organisation,
 * its roles). `entities.ts` groups them into the article's people and bodies.
 */
/** A capitalised name as written in the article, split into its titles and the name proper. */
export interface NameMention extends TextRange {
  /** The whole run as written: "President Donald Trump". */
  text: string;
  /** The name without titles: ["Donald", "Trump"]. */
  name: string[];
  /** Titles and role words written before the name, lower case: ["president"]. */
  titles: string[];
  /** Gender marked by an honorific (Mr., Ms.) or the given name, when any. */
  gender: Gender | null;
  /** Looks like a person: given name, person honorific, or the surname of a known person. */
  person: boolean;
  /** Looks like an organisation or place: an organisation word (Department, Party) or all capitals (CNN). */
  organisation: boolean;
  /** Inside a quotation: counts for names and aliases, never as an antecedent. */
  inQuote: boolean;
  /** Followed by a possessive ’s ("Trump’s envoy"). */
  possessive: boolean;
  /** Role nouns written next to the name: "envoy" in "Trump’s envoy Richard Grenell", "doctor" in "Hugh Hill, a doctor,". */
  roles: string[];
  /** The region of a dateline ("England" in "LEEDS, England —"): a place, no short form of a body named later. */
  datelinePlace?: boolean;
  /** One plural common noun opening a sentence ("Eyebrows raised, …"): a name only when a full name ends in it ("Mills" after "Cheryl Mills"). */
  commonOpening?: boolean;
}

// Body words that are also surnames: "Coach David Street", "Mayor John Street" ("Queen Elizabeth
// Hospital" is a hospital)
const SURNAME_BODY_WORDS: ReadonlySet<string> = new Set(['Street', 'Bank', 'House', 'Court', 'Church', 'Post', 'Press', 'Guard', 'Trust', 'Union', 'Mission', 'Times', 'Park', 'Field', 'Hall']);

// Capitalised words that start sentences or name things but never start a person's name.
const NOT_NAME_WORDS = new Set(
  (
    'The A An In On At By For From With Without Of To And Or But If When While After Before As Since Until Because ' +
    'Although Though It Its He She They We I You His Her Their Our My Your This That These Those There Here What ' +
    'Who Whom Why How Where Which Whether Then So Yet Still Also Even Just Only Not No Yes Now Today Tonight ' +
    'Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Like Unlike Under Over During Despite ' +
    'Among Between Through Against About Into Asked Speaking Meanwhile However Instead Indeed Last Next Both Each ' +
    'Every Many Most Some Several Few All Any One Two Three Four Five Six Seven Eight Nine Ten Such Another Other ' +
    'Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could Should Must Might Let Please Thank ' +
    'Thanks Dear Oh Well Sure OK Maybe Perhaps Absent Amid Amidst Following Given Regarding Concerning Considering ' +
    'Barring Pending Per Via Toward Towards Upon Within Beyond Across Around Behind Below Beside Besides Near Outside ' +
    'Inside Throughout Neither Either Nor'
  ).split(' '),
);


/** Lower-case particles inside a person's name: "Pieter van Dam", "Ana de la Cruz", "Rik van der Berg". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'los', 'las', 'dos', 'das', 'y']);

// Function words that no name holds (months and modals do: Theresa May, Will Smith)
const TITLE_CASE_BREAKS = new Set(
  ('On To In At By For From With Or But If When While After Before As Since Until Because Although He She They We It His ' +
    'Her Their Its Our Is Are Was Were Has Have Had Just Only Not About Against Into Over Under Than That This Who What Why How Says ' +
    'Himself Herself Themselves Must Would Could Should Did Does').split(' '),
);

/** "Secretary of State", "Journal of Commerce", "Bank of England": an honorific or an organisation's head word takes an "of" phrase into its name. */
// ("Bishop of Durham", "Duke of Sussex": a capitalised role noun names an office held of a place)
const ofJoins = (w: string): boolean => isHonorific(w) || ORGANISATION_WORDS.has(w) || isRoleWord(w);

/**
 * Words that are a title only with their "of" phrase and only opening the name: "Dean of Students
 * Margaret Hollis", "Master of the Rolls Geoffrey Vos"; elsewhere they are names ("Dean Baker",
 * "Howard Dean of Vermont", "Tom Master of Leeds").
 */
const OF_TITLES: ReadonlySet<string> = new Set(['Dean', 'Master', 'Keeper', 'Warden']);
const opensOfTitle = (run: readonly Token[]): boolean => run.length === 1 && OF_TITLES.has(run[0]?.text ?? '');

/**
 * An ampersand inside a firm's name, between capitalised words neither of which is a given name:
 * "Procter & Gamble", "Calder Power & Light" (not a couple, "Jim & Mary Hollis").
 */
export function ampersandInName(toks: readonly Token[], j: number): boolean {
  return ampersandBetween(toks[j], toks[j - 1], toks[j + 1]);
}
function ampersandBetween(amp: Token | undefined, before: Token | undefined, after: Token | undefined): boolean {
  return amp?.text === '&' && isCapitalised(before) && isCapitalised(after) && !GIVEN_NAMES.has(before?.text ?? '') && !GIVEN_NAMES.has(after?.text ?? '');
}

/** A capitalised word that cannot continue a name: "On", "To", "Says", "Calls". */
function breaksTitleCaseRun(w: string): boolean {
  if (TITLE_CASE_BREAKS.has(w)) return true;
  // only an -s form breaks a run ("Says", "Calls"): an ASCII last letter other than s answers at once
  const lastCode = w.charCodeAt(w.length - 1);
  if (lastCode < 128 && lastCode !== 115 && lastCode !== 83) return false;
  const lower = w.toLowerCase();
  return lower !== w && REPORTING_VERB_FORMS.has(lower) && !GIVEN_NAMES.has(w) && /s$/u.test(lower);
}

/** A capitalised -s form of a verb of stance ("Hints", "Thinks") followed by another capitalised word that is no body's head. */
function stanceInTitleCase(w: string, next: Token | undefined): boolean {
  const lower = w.toLowerCase();
  return lower !== w && /s$/u.test(lower) && CLAIM_VERB_FORMS.has(lower) && !REPORTING_VERB_FORMS.has(lower) && next !== undefined && isCapitalised(next) && !ORGANISATION_WORDS.has(next.text);
}

/**
 * Is `toks[j]` a lower-case particle inside a name ("Pieter van Dam", "Ana de la Cruz")? One or two
 * particles stand between capitalised words.
 */
export function particleInName(toks: readonly Token[], j: number): boolean {
  if (!NAME_CONNECTORS.has(toks[j]?.text ?? '')) return false;
  let a = j - 1;
  if (NAME_CONNECTORS.has(toks[a]?.text ?? '')) a--;
  let b = j + 1;
  if (b - a <= 2 && NAME_CONNECTORS.has(toks[b]?.text ?? '')) b++;
  const before = toks[a];
  const after = toks[b];
  return b - a <= 3 && before !== undefined && after !== undefined && isCapitalised(before) && isCapitalised(after);
}

// Prepositions that are also surnames ("Al From", "Ann Over"); the other words in TITLE_CASE_BREAKS
// are pronouns, auxiliaries and adverbs, and an adverb opens an imperative ("Just ask him")
const SURNAME_PREPOSITIONS = new Set(['From', 'Before', 'After', 'Over', 'Under']);

/**
 * "Al From said": a preposition that is a surname, right after a given name alone and before a
 * lower-case word or a mark. In Title Case the next word is capitalised ("Joe From Ohio Wins").
 */
function prepositionSurname(run: readonly Token[], u: Token, next: Token | undefined): boolean {
  return run.length === 1 && SURNAME_PREPOSITIONS.has(u.text) && GIVEN_NAMES.has(run[0]?.text ?? '') && (next === undefined || !isCapitalised(next));
}

/** A capitalised verb of saying in -s ("Says", "Warns"): after the first word it is a Title Case headline's verb. */
function startsNoName(w: string): boolean {
  return !TITLE_CASE_BREAKS.has(w) || w === 'Says' ? breaksTitleCaseRun(w) : false;
}

/** `w` without one final full stop ("Sen." -> "Sen"), as `replace(/\.$/, '')` but without a regex per word. */
export const withoutStop = (w: string): string => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
// (a word without a final stop is its own `withoutStop`: one look-up, not the same one twice)
const isHonorific = (w: string): boolean => HONORIFICS.has(w) || (w.charCodeAt(w.length - 1) === 46 && HONORIFICS.has(w.slice(0, -1)));
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase());
/** Bodies whose members are titled so: "Council Member", "Board Member", "Assembly Member". */
const BODY_MEMBER: ReadonlySet<string> = new Set(['Council', 'Board', 'Assembly', 'Committee', 'Commission', 'Parliament', 'Cabinet']);
/** "Officials said …", "Critics argue …": a plural of people opening a sentence is no name. */
const isGroupNoun = (w: string): boolean => {
  const lower = w.toLowerCase();
  return lower.endsWith('s') && (PERSON_NOUNS.has(lower) || ANONYMOUS_HEADS.has(lower) || ROLE_NOUNS.has(lower.slice(0, -1)));
};

/** A word the lexicon knows only as a plural common noun ("eyebrows", "officials"), never as a name. */
function isPluralNoun(w: string): boolean {
  const tags = tagsOfLower(w.toLowerCase());
  return tags !== undefined && tags[0] === 'NNS' && !tags.some((t) => t.startsWith('NNP')) && !GIVEN_NAMES.has(w);
}

/** "CNN", "NATO": two or more capitals and nothing else (`/^\p{Lu}+$/u`, ASCII read by code). */
function isAllCapitals(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}+$/u.test(w);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * "NHS England", "BBC Scotland", "CNN International": a name opening with an acronym of three or
 * more capitals and going on in lower case is a body's (a person's initials take stops or two
 * letters: "J.R. Ewing", "TJ Miller").
 */
function opensWithInitials(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return words.length >= 2 && first.length >= 3 && isAllCapitals(first) && !GIVEN_NAMES.has(first) && !words.every(isAllCapitals);
}

/** "U.N.", "F.B.I.": capitals each with a stop, as a body's initials are written (`/^(?:\p{Lu}\.){2,}$/u` on ASCII). */
function isDottedInitials(w: string): boolean {
  if (w.length < 4 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90 || w.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/** Whether offset `at` starts a sentence: the text's start, a line's, or after a full stop and a space. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0 || text.charCodeAt(i) === 10) return true;
  // the closing marks `["”’'»)]` and the stops `[.!?]`, by code
  while (i >= 0 && CLOSING_MARKS.has(text.charCodeAt(i))) i--;
  const stop = text.charCodeAt(i);
  return i < at - 1 && (stop === 46 || stop === 33 || stop === 63);
}
const CLOSING_MARKS: ReadonlySet<number> = new Set([0x22, 0x201d, 0x2019, 0x27, 0xbb, 0x29]);

/** Strip accents for comparison: Nicolás -> nicolas. */
export function foldName(s: string): string {
  // ASCII has nothing to decompose or strip: most names are answered without NFKD
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return s.toLowerCase();
}

/**
 * Capitalised name runs in `[start, end)` of `text`: "President Donald Trump", "Maduro",
 * "Hugh Hill", "the Carter Center" (as "Carter Center"). Titles before the name are split off;
 * a run of only titles ("The US President") is not a name and is skipped here. They are pushed
 * onto `out` (returned), so that the mentions of many ranges are gathered in one array.
 */
export function findNameMentions(text: string, range: TextRange, inQuote = false, out: NameMention[] = []): NameMention[] {
  // most tokens are lower-case words or marks: they are skipped without being made
  const tokens = tokenWindow(text, range.start, range.end);
  // a token is asked for again right after (the run's first word, a connector's next word, the
  // word after the run): the last one made is kept
  let lastAt = -1;
  let lastToken: Token | undefined;
  const at = (k: number): Token | undefined => {
    if (k !== lastAt) {
      lastAt = k;
      lastToken = tokens.at(k);
    }
    return lastToken;
  };
  let i = 0;
  while (i < tokens.length) {
    i = tokens.nextMayBeCapitalised(i);
    if (i >= tokens.length) break;
    if (!isCapitalised(at(i))) {
      i++;
      continue;
    }
    // "Newspaper Says Trump Should Resign": in a Title Case line the verb after its subject opens
    // no name ("Says Trump"); the name starts after it
    if (i > 0 && startsNoName(at(i)?.text ?? '')) {
      i++;
      continue;
    }
    let j = i;
    const run: Token[] = [];
    while (j < tokens.length) {
      const u = at(j);
      if (!u) break;
      // "Obama Calls On Men To Reflect", "Tim Allen Just Got Asked": in Title Case a capitalised
      // function word or reporting verb ends the name; names themselves never hold one
      if (run.length > 0 && isCapitalised(u) && breaksTitleCaseRun(u.text) && !prepositionSurname(run, u, at(j + 1))) break;
      // ("Ted Cruz Hints Trump Would …": a verb of stance only where Title Case goes on after it;
      // "Ohio Health Advocates said" keeps its name)
      if (run.length > 0 && isCapitalised(u) && stanceInTitleCase(u.text, at(j + 1))) break;
      // "… Is Balanced\n\nMayor Helen Cho": a name never runs over a line break
      if (run.length > 0 && hasNewline(text, (run[run.length - 1] as Token).end, u.start)) break;
      if (isCapitalised(u)) run.push(u);
      // "Dr. Ahmed al-Farra", "Abdel Fattah el-Sisi": a surname whose lower-case particle is joined to it
      else if (run.length > 0 && PARTICLE_SURNAME.test(u.text)) run.push(u);
      // "Pieter van Dam"; two in a row: "Ana de la Cruz", "Rik van der Berg"
      else if (NAME_CONNECTORS.has(u.text) && run.length > 0 && (isCapitalised(at(j + 1)) || (NAME_CONNECTORS.has(at(j + 1)?.text ?? '') && isCapitalised(at(j + 2))))) run.push(u);
      else if (u.text === 'of' && run.length > 0 && (ofJoins(run[run.length - 1]?.text ?? '') || opensOfTitle(run)) && isCapitalised(at(j + 1)))
        run.push(u); // "Secretary of State John Kerry", "the Journal of Commerce"
      // "Centers for Disease Control", "Institute for Justice": a body's "for"
      else if (u.text === 'for' && run.length > 0 && bodyHead(run[run.length - 1]?.text ?? '') && isCapitalised(at(j + 1))) run.push(u);
      // "Department of Housing and Urban Development", "Centers for Disease Control and Prevention":
      // an "and" between the common nouns of a body's field ("Bank of America and Wells Fargo" are two)
      else if (u.text === 'and' && joinsBodyField(run, at(j + 1))) run.push(u);
      // "Calder Power & Light", "Procter & Gamble": an ampersand between capitalised words joins a firm's name
      else if (run.length > 0 && ampersandBetween(u, run[run.length - 1], at(j + 1))) run.push(u);
      else break;
      j++;
    }
    const mention = mentionFromRun(text, run, at(j), inQuote);
    if (mention) out.push(mention);
    i = Math.max(j, i + 1);
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

// the lower-case particles an Arabic or Berber surname joins with a hyphen
const PARTICLES = 'al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould';
/** A surname with its particle joined by a hyphen, the particle in lower case: "al-Farra", "el-Sisi", "bin-Salman". */
export const PARTICLE_SURNAME = new RegExp(`^(?:${PARTICLES})-\\p{Lu}\\p{Ll}`, 'u');
/** The lower-case particle joined to a surname, folded, as a prefix to strip: "al-" of "al-burhan". */
export const JOINED_PARTICLE = new RegExp(`^(?:${PARTICLES})-`, 'u');

const MONTH_NAMES: ReadonlySet<string> = new Set(['April', 'May', 'June', 'August']);

/** After a name, words that describe a person: an apposition, a relative clause, an age, an employer. */
const DESCRIBED_AFTER = /^(?:,\s+(?:a|an|the|who|whose|\d{1,3},)\s|of\s+(?:the\s+)?\p{Lu})/u;

const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

const POST_NOMINALS = /^(?:KC|QC|MP|MSP|MEP|AM|OBE|MBE|CBE|KBE|DBE|PhD|FRS)$/u;

/** An "of" phrase closed by the comma before a name: "the mother of the injured boy, Ada". */
const OF_PHRASE_BEFORE = /\bof\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;


/** Words after "General" that name a body, not a general's surname. */
const GENERAL_BODIES: ReadonlySet<string> = new Set(['Staff', 'Assembly', 'Secretariat', 'Directorate', 'Council', 'Synod', 'Conference', 'Command', 'Headquarters', 'Prosecutor']);

function mentionFromRun(text: string, run: Token[], next: Token | undefined, inQuote: boolean): NameMention | null {
  let k = 0;
  // "“…,” From said": a preposition right before a verb of saying is a surname; it governs nothing
  const surnameAlone = run.length === 1 && SURNAME_PREPOSITIONS.has(run[0]?.text ?? '') && next !== undefined && REPORTING_VERB_FORMS.has(next.text);
  while (!surnameAlone && k < run.length && NOT_NAME_WORDS.has(withoutStop(run[k]?.text ?? ''))) k++;
  // "Will Thornton said", "May Ross scored twice": a given name that is also a modal or a month
  // opens the name when only a surname and a finite verb follow it (not "Will Trump win?")
  // (nor when what follows describes a person: "April Ryan, a radio reporter, asked", "June Scott
  // of Reuters asked")
  // ("Will Trump, the nominee, accept …?" is a question: only a month is so read)
  if (k === 1 && run.length === 2 && GIVEN_NAMES.has(run[0]?.text ?? '') && next !== undefined && ((next.text === next.text.toLowerCase() && mayBeFiniteVerb(next.text)) || (MONTH_NAMES.has(run[0]?.text ?? '') && DESCRIBED_AFTER.test(text.slice(next.start, next.start + 40))))) k = 0;
  // "The", "In January": a run of sentence openers alone names nobody
  if (k >= run.length) return null;
  // the name starts after the last title word: "Former Florida Gov. Jeb Bush" -> Jeb Bush
  let lastTitle = -1;
  for (let m = k; m < run.length - 1; m++) {
    const w = run[m]?.text ?? '';
    // "Secretary of State John Kerry" is titled; "Journal of Commerce" is one name
    // ("Bureau of Justice Statistics": a title word after a body's "of" is its field)
    if (run[m - 1]?.text === 'of' && bodyHead(run[m - 2]?.text ?? '')) continue;
    if (w === 'Premier' && run.length - m < 3) continue; // ("Premier Inn": a full name must follow)
    // ("the General Staff", "Ukraine's General Staff", "the General Assembly": a body, not a general)
    if (w === 'General' && m === run.length - 2 && GENERAL_BODIES.has(run[m + 1]?.text ?? '')) continue;
    // "Council Member Rosa Delgado", "Board Member James Ortiz": a body's member is a title, when a
    // full name follows it
    if (w === 'Member' && m > k && run.length - m >= 3 && BODY_MEMBER.has(run[m - 1]?.text ?? '')) {
      lastTitle = m;
      continue;
    }
    if (isHonorific(w) || isRoleWord(w) || (m === k && OF_TITLES.has(w) && run[m + 1]?.text === 'of') || (w === 'of' && m > 0 && (isHonorific(run[m - 1]?.text ?? '') || isRoleWord(run[m - 1]?.text ?? '') || (m - 1 === k && OF_TITLES.has(run[m - 1]?.text ?? ''))))) lastTitle = m;
  }
  const titleTokens = run.slice(k, lastTitle + 1);
  let nameTokens = run.slice(Math.max(k, lastTitle + 1));
  // "State John Kerry" (after "Secretary of"), "London Sadiq Khan" (after "Mayor of"): the word
  // after a title's "of" is the title's, when a full name follows it
  // (an empty list's index -1 would be a property look-up, not an element read)
  const afterOf = titleTokens.length > 0 && titleTokens[titleTokens.length - 1]?.text === 'of';
  // "The Bishop of Durham said", "the Prince of Wales", "the Mayor of London": a title held of a
  // place, with no personal name after it, is how its holder is named (the place is not their name)
  if (afterOf && nameTokens.length === 1 && !GIVEN_NAMES.has(nameTokens[0]?.text ?? '') && !isCapitalised(next)) nameTokens = [...titleTokens, ...nameTokens];
  else if (nameTokens.length >= 3 && ((GIVEN_NAMES.has(nameTokens[1]?.text ?? '') && !GIVEN_NAMES.has(nameTokens[0]?.text ?? '')) || afterOf)) {
    titleTokens.push(nameTokens[0] as Token);
    nameTokens = nameTokens.slice(1);
    // ("Director of National Intelligence James Clapper": the office's field runs to the given name)
    while (afterOf && nameTokens.length >= 3 && GIVEN_NAMES.has(nameTokens[1]?.text ?? '') && !GIVEN_NAMES.has(nameTokens[0]?.text ?? '')) {
      titleTokens.push(nameTokens[0] as Token);
      nameTokens = nameTokens.slice(1);
    }
  }
  // "said Trump Tuesday": a weekday after a name is when, not part of who
  while (nameTokens.length > 1 && WEEKDAYS.has(nameTokens[nameTokens.length - 1]?.text ?? '')) nameTokens = nameTokens.slice(0, -1);
  // "Mark Bryce KC", "Jane Roe MP", "Sir Tom Hale OBE": letters after a full name are an honour or
  // an office, and "Mr Bryce" is the same person
  while (nameTokens.length > 2 && POST_NOMINALS.test(nameTokens[nameTokens.length - 1]?.text ?? '')) nameTokens = nameTokens.slice(0, -1);
  if (nameTokens.length === 0) return null;
  const words = nameTokens.map((t) => t.text);
  if (words.length === 1 && (isHonorific(words[0] ?? '') || isRoleWord(words[0] ?? '') || isGroupNoun(words[0] ?? ''))) return null;
  // "Several MPs said", "two GPs", "A senior Labour MP said": a plural of initials is a group, and an
  // office in initials with no name before it a role ("Labour MP Jane Hill" runs on to her name)
  if (isPluralInitials(words[words.length - 1] ?? '') || unnamedOffice(words)) return null;
  const first = nameTokens[0] as Token;
  const last = nameTokens[nameTokens.length - 1] as Token;
  const titles = titleTokens.map((t) => withoutStop(t.text.toLowerCase()));
  let honorificGender: Gender | null = null;
  for (const t of titleTokens) if ((honorificGender = HONORIFICS.get(t.text) ?? null) !== null) break;
  const givenGender = words.length >= 2 && !readsSurnameFirst(words) ? (GIVEN_NAMES.get(words[0] ?? '') ?? null) : null;
  // "Harbor Logistics, which runs two terminals": a relative "which" is said of things, not people
  // the three look-aheads below all start at a comma
  const commaAfter = text.charCodeAt(last.end) === 44;
  const whichAfter = commaAfter && /^,\s*which\b/u.test(text.slice(last.end, last.end + 10));
  // "The chief executive of Northern Ferries", "a spokesman for Harlan Grain": what a role is held
  // at is a body (a person's name has no given name here: "the wife of John Smith" stays a person)
  const roleHeldAt = titleTokens.length === 0 && givenGender === null && roleHeldAtBefore(text, Math.max(0, first.start - 40), first.start);
  // "Coach David Street", "Mayor John Street": a person's title and given name before a surname that
  // is also a body's word
  const titledSurname = words.length === 2 && givenGender !== null && titleTokens.length > 0 && SURNAME_BODY_WORDS.has(words[1] ?? '');
  // "Mercer Road", "the provinces of Guayas and Los Ríos", "lives on Elm Park": a place, never a person
  const datelinePlace = titleTokens.length === 0 && inDateline(text, first.start, last.end);
  const place = datelinePlace || (titleTokens.length === 0 && (isStreetName(words) || placedBefore(text, Math.max(0, first.start - 80), first.start)));
  const organisation =
    place ||
    opensWithInitials(words) ||
    // ("The U.N. said", "the F.B.I."; "Severnmouth said it would appeal. It said …": a name alone that the text goes on to call "it")
    (words.length === 1 && titleTokens.length === 0 && (isDottedInitials(words[0] ?? '') || (!GIVEN_NAMES.has(words[0] ?? '') && calledItAfter(text, last.end)))) ||
    (words.some((w) => ORGANISATION_WORDS.has(w)) && !titledSurname) || words.includes('&') || (words.includes('for') && words.some(bodyHead)) || words.every(isAllCapitals) || whichAfter || roleHeldAt || (givenGender === null && titleTokens.length === 0 && (spokenOfAsBody(text, last.end) || bodyNounBefore(text, Math.max(0, first.start - 60), first.start, last.end)));
  const personHonorific = titleTokens.some((t) => isHonorific(t.text));
  // "Woodrow Benford, 58, who lives outside Minneapolis", "Her father, Brad, 39, worried": an age
  // set off by commas after a name marks a person (places and organisations are not given ages so)
  // (a lone word only when it is a given name: "Worcestershire, 87," is a score, "Galopin, 6," a horse)
  const agedAfter = commaAfter && (words.length >= 2 || GIVEN_NAMES.has(words[0] ?? '')) && /^,\s*(?:[1-9]\d?|1[01]\d),/.test(text.slice(last.end, last.end + 7));
  // "Tomas Reyes, a pharmacist who …", "Lena Park, who chairs …": an apposition or relative clause
  // that only a person takes
  const describedAfter = commaAfter && words.length >= 2 && describedAsPerson(text.slice(last.end, last.end + 60));
  // "A commuter, Jo Hart, said", "One resident, Ella Strand,", "Her father, Brad,": a person noun
  // set before the name (a lone word only when it is a given name)
  const nounBefore = (words.length >= 2 || GIVEN_NAMES.has(words[0] ?? '')) && text.charCodeAt(last.end) === 44 ? personNounBefore(text, Math.max(0, first.start - 60), first.start) : null;
  const describedBefore = nounBefore !== null;
  // "Obama consultant Cornell Belcher", "Hugh Hill, a doctor,": a role noun next to the name marks a person
  const start = (titleTokens[0] ?? first).start;
  const roles: string[] = [];
  for (let k = 0; k < titles.length; k++) {
    // "Vice President Joe Biden" holds the role "vice president", not "president"
    const two = k + 1 < titles.length ? `${titles[k]} ${titles[k + 1]}` : '';
    if (two !== '' && ROLE_NOUNS.has(two)) {
      roles.push(two);
      k++;
      continue;
    }
    const role = TITLE_ROLES.get(titles[k] as string) ?? (titles[k] as string);
    if (ROLE_NOUNS.has(role)) roles.push(role);
  }
  rolesAround(text, start, last.end, roles);
  const person = !organisation && (givenGender !== null || personHonorific || agedAfter || describedAfter || describedBefore || roles.length > 0);
  // "Her husband, Carlos, 41,": a lone given name set off as a person takes the gender the noun
  // before it marks, or else the name ("Her husband, Andrea," is a man); not a noun inside an "of"
  // phrase ("the mother of the injured boy, Ada,")
  const nounGender = nounBefore && !OF_PHRASE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start)) ? describedGender(nounBefore) : null;
  const loneGender = words.length === 1 && (agedAfter || describedBefore) ? (nounGender ?? GIVEN_NAMES.get(words[0] ?? '') ?? null) : null;
  return {
    start,
    end: last.end,
    text: text.slice(start, last.end),
    name: words,
    titles,
    // ("Clinton herself said": an emphatic reflexive right after the name marks its gender)
    gender: honorificGender ?? givenGender ?? loneGender ?? REFLEXIVES.get(next?.text ?? '') ?? null,
    person,
    organisation,
    inQuote,
    possessive: isPossessive(next),
    roles,
    // "Eyebrows raised, he asked": a plural common noun capitalised only because it opens a sentence
    commonOpening: words.length === 1 && titleTokens.length === 0 && opensSentence(text, first.start) && isPluralNoun(words[0] ?? ''),
    ...(datelinePlace ? { datelinePlace } : {}),
  };
}
