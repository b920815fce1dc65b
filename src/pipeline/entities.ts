import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import type { SourceType } from '../schema/attribution.js';
import type { TextRange } from './segment.js';
import { GIVEN_NAMES, HONORIFICS, TITLE_ROLES, REPORTING_VERB_FORMS, ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { speaksAround } from './cues.js';
import { ANONYMOUS_HEADS, ORGANISATION_WORDS, PERSON_NOUNS } from './source-lexicons.js';
import { headlineEnd } from './speaker-check.js';
import { isCapitalised, isPossessive, isSpace, lastTokens, tokenize, type Token } from './tokens.js';
import { tagsOf } from './claims/verbless.js';

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
  /** One plural common noun opening a sentence ("Eyebrows raised, …"): a name only when a full name ends in it ("Mills" after "Cheryl Mills"). */
  commonOpening?: boolean;
}

/** One person (or organisation) in the article with every mention of it. */
export interface Entity {
  id: number;
  /** Canonical name: the first full form written in the article ("Richard Grenell"). */
  name: string;
  type: SourceType;
  /** Evidence that this is a person: a given name, a person honorific, or a mention that speaks. */
  known: boolean;
  gender: Gender | null;
  /** Role nouns the article gives this entity ("president", "envoy"), first introduction first. */
  roles: string[];
  mentions: NameMention[];
}

export interface EntityIndex {
  entities: Entity[];
  /** Mentions sorted by start, each with its entity. */
  mentions: { mention: NameMention; entity: Entity }[];
  /** Entities by folded surname ("grenell"), for name look-ups without scanning every entity. */
  bySurname: Map<string, Entity[]>;
  /** Entities by role noun, in order of the mention that introduced them with it. */
  byRole: Map<string, { entity: Entity; at: number }[]>;
}

/** Index of the last value in ascending `values` below `before`, or -1 (binary search). */
export function lastIndexBefore(values: readonly number[], before: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < before) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

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
    'Inside Throughout'
  ).split(' '),
);


const CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'dos', 'das', 'y']);

// Function words that no name holds (months and modals do: Theresa May, Will Smith)
const TITLE_CASE_BREAKS = new Set(
  ('On To In At By For From With Or But If When While After Before As Since Until Because Although He She They We It His ' +
    'Her Their Its Our Is Are Was Were Has Have Had Just Only Not About Against Into Over Under Than That This Who What Why How Says ' +
    'Himself Herself Themselves Must Would Could Should Did Does').split(' '),
);

/** "Secretary of State", "Journal of Commerce", "Bank of England": an honorific or an organisation's head word takes an "of" phrase into its name. */
const ofJoins = (w: string): boolean => isHonorific(w) || ORGANISATION_WORDS.has(w);

/** A capitalised word that cannot continue a name: "On", "To", "Says", "Calls". */
function breaksTitleCaseRun(w: string): boolean {
  if (TITLE_CASE_BREAKS.has(w)) return true;
  // only an -s form breaks a run ("Says", "Calls"): an ASCII last letter other than s answers at once
  const lastCode = w.charCodeAt(w.length - 1);
  if (lastCode < 128 && lastCode !== 115 && lastCode !== 83) return false;
  const lower = w.toLowerCase();
  return lower !== w && REPORTING_VERB_FORMS.has(lower) && !GIVEN_NAMES.has(w) && /s$/u.test(lower);
}

/** `w` without one final full stop ("Sen." -> "Sen"), as `replace(/\.$/, '')` but without a regex per word. */
const withoutStop = (w: string): string => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
const isHonorific = (w: string): boolean => HONORIFICS.has(w) || HONORIFICS.has(withoutStop(w));
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase());
/** "Officials said …", "Critics argue …": a plural of people opening a sentence is no name. */
const isGroupNoun = (w: string): boolean => {
  const lower = w.toLowerCase();
  return lower.endsWith('s') && (PERSON_NOUNS.has(lower) || ANONYMOUS_HEADS.has(lower) || ROLE_NOUNS.has(lower.slice(0, -1)));
};

/** A word the lexicon knows only as a plural common noun ("eyebrows", "officials"), never as a name. */
function isPluralNoun(w: string): boolean {
  const tags = tagsOf(w.toLowerCase());
  return tags !== undefined && tags[0] === 'NNS' && !tags.some((t) => t.startsWith('NNP')) && !GIVEN_NAMES.has(w);
}

/** Whether offset `at` starts a sentence: the text's start, a line's, or after a full stop and a space. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0 || text.charCodeAt(i) === 10) return true;
  while (i >= 0 && /["”’'»)]/u.test(text[i] ?? '')) i--;
  return i < at - 1 && /[.!?]/u.test(text[i] ?? '');
}

/** Strip accents for comparison: Nicolás -> nicolas. */
export function foldName(s: string): string {
  // ASCII has nothing to decompose or strip: most names are answered without NFKD
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return s.toLowerCase();
}

/**
 * Capitalised name runs in `[start, end)` of `text`: "President Donald Trump", "Maduro",
 * "Hugh Hill", "the Carter Center" (as "Carter Center"). Titles before the name are split off;
 * a run of only titles ("The US President") is not a name and is skipped here.
 */
export function findNameMentions(text: string, range: TextRange, inQuote = false): NameMention[] {
  const tokens = tokenize(text, range.start, range.end);
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapitalised(t)) {
      i++;
      continue;
    }
    let j = i;
    const run: Token[] = [];
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      // "Obama Calls On Men To Reflect", "Tim Allen Just Got Asked": in Title Case a capitalised
      // function word or reporting verb ends the name; names themselves never hold one
      if (run.length > 0 && isCapitalised(u) && breaksTitleCaseRun(u.text)) break;
      // "… Is Balanced\n\nMayor Helen Cho": a name never runs over a line break
      if (run.length > 0 && hasNewline(text, (run[run.length - 1] as Token).end, u.start)) break;
      if (isCapitalised(u)) run.push(u);
      else if (CONNECTORS.has(u.text) && run.length > 0 && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token)) run.push(u);
      else if (u.text === 'of' && run.length > 0 && ofJoins(run[run.length - 1]?.text ?? '') && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token))
        run.push(u); // "Secretary of State John Kerry", "the Journal of Commerce"
      else break;
      j++;
    }
    const mention = mentionFromRun(text, run, tokens[j], inQuote);
    if (mention) out.push(mention);
    i = Math.max(j, i + 1);
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function mentionFromRun(text: string, run: Token[], next: Token | undefined, inQuote: boolean): NameMention | null {
  let k = 0;
  while (k < run.length && NOT_NAME_WORDS.has(withoutStop(run[k]?.text ?? ''))) k++;
  // the name starts after the last title word: "Former Florida Gov. Jeb Bush" -> Jeb Bush
  let lastTitle = -1;
  for (let m = k; m < run.length - 1; m++) {
    const w = run[m]?.text ?? '';
    // "Secretary of State John Kerry" is titled; "Journal of Commerce" is one name
    if (isHonorific(w) || isRoleWord(w) || (w === 'of' && m > 0 && (isHonorific(run[m - 1]?.text ?? '') || isRoleWord(run[m - 1]?.text ?? '')))) lastTitle = m;
  }
  const titleTokens = run.slice(k, lastTitle + 1);
  let nameTokens = run.slice(Math.max(k, lastTitle + 1));
  // "State John Kerry" (after "Secretary of"), "London Sadiq Khan" (after "Mayor of"): the word
  // after a title's "of" is the title's, when a full name follows it
  const afterOf = titleTokens[titleTokens.length - 1]?.text === 'of';
  if (nameTokens.length >= 3 && ((GIVEN_NAMES.has(nameTokens[1]?.text ?? '') && !GIVEN_NAMES.has(nameTokens[0]?.text ?? '')) || afterOf)) {
    titleTokens.push(nameTokens[0] as Token);
    nameTokens = nameTokens.slice(1);
  }
  // "said Trump Tuesday": a weekday after a name is when, not part of who
  while (nameTokens.length > 1 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(nameTokens[nameTokens.length - 1]?.text ?? '')) nameTokens = nameTokens.slice(0, -1);
  if (nameTokens.length === 0) return null;
  const words = nameTokens.map((t) => t.text);
  if (words.length === 1 && (isHonorific(words[0] ?? '') || isRoleWord(words[0] ?? '') || isGroupNoun(words[0] ?? ''))) return null;
  const first = nameTokens[0] as Token;
  const last = nameTokens[nameTokens.length - 1] as Token;
  const titles = titleTokens.map((t) => withoutStop(t.text.toLowerCase()));
  const honorificGender = titleTokens.map((t) => HONORIFICS.get(t.text) ?? null).find((g) => g !== null) ?? null;
  const givenGender = words.length >= 2 ? (GIVEN_NAMES.get(words[0] ?? '') ?? null) : null;
  // "Harbor Logistics, which runs two terminals": a relative "which" is said of things, not people
  // the three look-aheads below all start at a comma
  const commaAfter = text.charCodeAt(last.end) === 44;
  const whichAfter = commaAfter && /^,\s*which\b/u.test(text.slice(last.end, last.end + 10));
  const organisation = words.some((w) => ORGANISATION_WORDS.has(w)) || words.every((w) => /^\p{Lu}+$/u.test(w) && w.length > 1) || whichAfter;
  const personHonorific = titleTokens.some((t) => isHonorific(t.text));
  // "Woodrow Benford, 58, who lives outside Minneapolis": an age set off by commas after a full
  // name marks a person (places and organisations are not given ages so)
  const agedAfter = commaAfter && words.length >= 2 && /^,\s*(?:[1-9]\d?|1[01]\d),/.test(text.slice(last.end, last.end + 7));
  // "Tomas Reyes, a pharmacist who …", "Lena Park, who chairs …": an apposition or relative clause
  // that only a person takes
  const describedAfter = commaAfter && words.length >= 2 && describedAsPerson(text.slice(last.end, last.end + 60));
  // "A commuter, Jo Hart, said", "One resident, Ella Strand,": a person noun set before the name
  const describedBefore = words.length >= 2 && text.charCodeAt(last.end) === 44 && personBefore(text.slice(Math.max(0, first.start - 60), first.start));
  // "Obama consultant Cornell Belcher", "Hugh Hill, a doctor,": a role noun next to the name marks a person
  const start = (titleTokens[0] ?? first).start;
  const roles = [...titles.map((t) => TITLE_ROLES.get(t) ?? t).filter((t) => ROLE_NOUNS.has(t)), ...rolesAround(text, start, last.end)];
  const person = !organisation && (givenGender !== null || personHonorific || agedAfter || describedAfter || describedBefore || roles.length > 0);
  return {
    start,
    end: last.end,
    text: text.slice(start, last.end),
    name: words,
    titles,
    gender: honorificGender ?? givenGender,
    person,
    organisation,
    inQuote,
    possessive: isPossessive(next),
    roles,
    // "Eyebrows raised, he asked": a plural common noun capitalised only because it opens a sentence
    commonOpening: words.length === 1 && titleTokens.length === 0 && opensSentence(text, first.start) && isPluralNoun(words[0] ?? ''),
  };
}

/** `A commuter, ` or `one longtime resident, ` right before a name: a person noun in apposition. */
function personBefore(before: string): boolean {
  const m = /(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+),\s*$/u.exec(before);
  return m?.[1] !== undefined && isPersonNoun(m[1]);
}

/** `, who …` or `, a pharmacist …` right after a name: words said only of a person. */
function describedAsPerson(after: string): boolean {
  if (/^,\s*who\b/u.test(after)) return true;
  const m = /^,\s*(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]+)(?=[\s,]|$)/u.exec(after);
  const noun = m?.[2];
  return noun !== undefined && isPersonNoun(noun);
}

/** A noun for a person: listed, or an agent noun by its ending ("pharmacist", "commuter"; not "border", "letter"). */
function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || (/(?:ist|ian|er|or|ant|man|woman)$/u.test(noun) && !/(?:center|corner|quarter|river|tower|border|order|water|number|manner|matter|letter|sector|color|colour|floor|door|harbor|harbour|theater|theatre)$/u.test(noun));
}

/**
 * Role nouns introducing a name from just before it ("Trump’s envoy for special missions Richard
 * Grenell": lower-case words back to a stop) or in an apposition after it ("Hugh Hill, a doctor,").
 */
function rolesAround(text: string, start: number, end: number): string[] {
  const roles: string[] = [];
  // Every non-space character belongs to a token, so the windows' edge tokens can be told from
  // the characters: the walk back stops at once on a last token that ends in ASCII punctuation
  // (punctuation, or a capitalised "Sen."), and the apposition needs a comma first.
  let b = start - 1;
  while (b >= Math.max(0, start - 60) && isSpace(text.charCodeAt(b))) b--;
  const lastCode = b >= Math.max(0, start - 60) ? text.charCodeAt(b) : -1;
  const walkBack = lastCode >= 128 || (lastCode >= 48 && lastCode <= 57) || (lastCode >= 65 && lastCode <= 90) || (lastCode >= 97 && lastCode <= 122);
  // "The transport minister, Sarah Cole, said": a role phrase set before the name with a comma
  if (lastCode === 44) {
    const role = /(?:^|\s)(?:[Tt]he|[Aa]n?|[\p{L}]+[’']s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+),\s*$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1];
    if (role !== undefined && ROLE_NOUNS.has(role)) roles.push(role);
  }
  const before = walkBack ? lastTokens(text, Math.max(0, start - 60), start, 5) : [];
  for (let k = before.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = before[k] as Token;
    if (t.kind !== 'word' || isCapitalised(t)) break;
    if (ROLE_NOUNS.has(t.text)) {
      roles.push(t.text);
      break;
    }
  }
  let a = end;
  while (a < Math.min(text.length, end + 80) && isSpace(text.charCodeAt(a))) a++;
  const after = a < Math.min(text.length, end + 80) && text.charCodeAt(a) === 44 ? tokenize(text, end, Math.min(text.length, end + 80)) : [];
  if (after[0]?.text === ',' && /^(?:a|an|the|his|her|its|their)$/i.test(after[1]?.text ?? '')) {
    for (let k = 2; k < after.length && k < 9; k++) {
      const t = after[k] as Token;
      if (t.kind !== 'word') break;
      if (ROLE_NOUNS.has(t.text.toLowerCase())) roles.push(t.text.toLowerCase());
    }
  }
  return roles;
}

/** First names that can be one person's: equal, one a short form of the other (Ric/Richard), or close in spelling and sound. */
const metaphone = new DoubleMetaphone();
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = withoutStop(foldName(a));
  const y = withoutStop(foldName(b));
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0]; // initial: "J. Smith"
  if ((x.length >= 3 && y.startsWith(x)) || (y.length >= 3 && x.startsWith(y))) return true;
  if (jaroWinklerDistance(x, y, {}) >= 0.9) return true;
  const [px] = metaphone.process(x);
  const [py] = metaphone.process(y);
  return px !== '' && px === py && x[0] === y[0];
}

/**
 * Every name mention in the article grouped into entities, so that each mention of one person
 * maps to one canonical name: "Trump" -> "Donald Trump"; "Ric Grenell" and "Richard Grenell" are
 * one person (surname equal, given names compatible by prefix, Jaro-Winkler or Double Metaphone).
 * Canonical name = the first full (two-word or longer) form written outside a quotation.
 *
 * `outside` are the ranges outside quotations; `quoted` the quotation spans (their names are
 * counted as aliases only). Does not decide whether a phrase such as "the envoy" is a person:
 * see `roleEntity` for role nouns.
 */
export function buildEntityIndex(text: string, outside: readonly TextRange[], quoted: readonly TextRange[]): EntityIndex {
  const all = [
    ...outside.flatMap((r) => findNameMentions(text, r, false)),
    ...quoted.flatMap((r) => findNameMentions(text, r, true)),
  ].sort((a, b) => a.start - b.start);
  const entities: Entity[] = [];
  const mentions: { mention: NameMention; entity: Entity }[] = [];
  const bySurname = new Map<string, Entity[]>();
  const surnameOf = (m: NameMention): string => foldName(m.name[m.name.length - 1] ?? '');
  const newEntity = (m: NameMention): Entity => {
    const e: Entity = { id: entities.length, name: m.name.join(' '), type: 'person', known: false, gender: m.gender, roles: [], mentions: [] };
    entities.push(e);
    const key = surnameOf(m);
    bySurname.set(key, [...(bySurname.get(key) ?? []), e]);
    return e;
  };
  // full names first (outside quotes first), so short mentions anywhere can find them
  const full = all.filter((m) => m.name.length >= 2).sort((a, b) => Number(a.inQuote) - Number(b.inQuote) || a.start - b.start);
  const entityOf = new Map<NameMention, Entity>();
  for (const m of full) {
    const same = (bySurname.get(surnameOf(m)) ?? []).find((e) => {
      const first = e.mentions.find((x) => x.name.length >= 2)?.name[0] ?? '';
      return sameGivenName(first, m.name[0] ?? '');
    });
    const e = same ?? newEntity(m);
    if (!e.gender && m.gender) e.gender = m.gender;
    if (m.person) e.type = 'person';
    e.mentions.push(m);
    entityOf.set(m, e);
  }
  // where each entity was last mentioned, kept up to date as short mentions are read in order
  const fullStarts = new Map<Entity, number[]>(entities.map((e) => [e, e.mentions.map((x) => x.start).sort((a, b) => a - b)]));
  const lastShort = new Map<Entity, number>();
  const lastAt = (e: Entity, before: number): number => {
    const starts = fullStarts.get(e) ?? [];
    const k = lastIndexBefore(starts, before);
    return Math.max(k >= 0 ? (starts[k] ?? -1) : -1, lastShort.get(e) ?? -1);
  };
  // "Mr. Lou" after "Lou Jiwei": family name first (Chinese, Korean, Hungarian order)
  const byFirst = new Map<string, Entity[]>();
  for (const e of entities) {
    const first = foldName(e.mentions[0]?.name[0] ?? '');
    if (first.length > 1) byFirst.set(first, [...(byFirst.get(first) ?? []), e]);
  }
  for (const m of all) {
    if (m.name.length >= 2) continue;
    const key = surnameOf(m);
    const bySur = bySurname.get(key) ?? [];
    const candidates = bySur.length > 0 || !m.titles.some((t) => HONORIFICS.has(t) || HONORIFICS.has(`${t[0]?.toUpperCase()}${t.slice(1)}.`)) ? bySur : (byFirst.get(key) ?? []);
    // Clinton after both Bill and Hillary: the gender of "Mrs." decides, else the latest mentioned
    const fits = candidates.filter((e) => !m.gender || !e.gender || e.gender === m.gender);
    let e = fits[0];
    for (const f of fits) if (e && lastAt(f, m.start) > lastAt(e, m.start)) e = f;
    if (!e && m.commonOpening) continue;
    e ??= newEntity(m);
    e.mentions.push(m);
    lastShort.set(e, m.start);
    entityOf.set(m, e);
  }
  const headline = headlineEnd(text);
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    // a Title Case headline runs words into names ("Ben Carson Defends Himself"): the body names people
    const canonical =
      e.mentions.find((m) => m.name.length >= 2 && !m.inQuote && m.start >= headline) ??
      e.mentions.find((m) => m.name.length >= 2 && m.start >= headline) ??
      e.mentions.find((m) => m.name.length >= 2);
    if (canonical) e.name = canonical.name.join(' ');
    e.known = e.mentions.some((m) => m.person || (!m.inQuote && speaksAround(text, m.start, m.end)));
    if (e.mentions.some((m) => m.organisation) && !e.mentions.some((m) => m.person)) e.type = 'organization';
    if (e.type !== 'person') e.known = false;
    for (const m of e.mentions) {
      // "Governor Signs Water Bill": in a Title Case headline a role word runs into the words after it
      if (m.inQuote || m.start < headline) continue;
      for (const t of m.roles) if (!e.roles.includes(t)) e.roles.push(t);
      if (m.titles.includes('president-elect') && !e.roles.includes('president')) e.roles.push('president');
    }
  }
  for (const m of all) {
    const entity = entityOf.get(m);
    if (entity) mentions.push({ mention: m, entity });
  }
  mentions.sort((a, b) => a.mention.start - b.mention.start);
  const byRole = new Map<string, { entity: Entity; at: number }[]>();
  for (const { mention, entity } of mentions) {
    if (mention.inQuote || mention.start < headline) continue;
    for (const role of mention.roles) {
      const list = byRole.get(role) ?? [];
      if (!list.some((x) => x.entity === entity)) list.push({ entity, at: mention.start });
      byRole.set(role, list);
    }
  }
  return { entities, mentions, bySurname, byRole };
}

const mentionStartsOf = new WeakMap<Entity, number[]>();

/** Of `entities` (mentions sorted), the one mentioned last before `before`; the first when none was. */
function latestMentioned(entities: Entity[], before: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    let starts = mentionStartsOf.get(e);
    if (!starts) mentionStartsOf.set(e, (starts = e.mentions.map((m) => m.start)));
    const k = lastIndexBefore(starts, before);
    const at = k >= 0 ? (e.mentions[k]?.start ?? -1) : -1;
    if (at > bestAt) {
      bestAt = at;
      best = e;
    }
  }
  return best ?? entities[0];
}

/** The entity a name mention covering offset `start` belongs to, if indexed (binary search). */
export function entityAt(index: EntityIndex, start: number): Entity | undefined {
  let lo = 0;
  let hi = index.mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = index.mentions[mid];
    if (!x) break;
    if (start < x.mention.start) hi = mid - 1;
    else if (start >= x.mention.end) lo = mid + 1;
    else return x.entity;
  }
  return undefined;
}

const formsCache = new WeakMap<EntityIndex, Map<string, Entity[]>>();
/** Each name form written in the article (titles left out, folded) with the entities it named. */
function writtenForms(index: EntityIndex): Map<string, Entity[]> {
  let forms = formsCache.get(index);
  if (!forms) {
    forms = new Map();
    for (const { mention, entity } of index.mentions) {
      const key = foldName(mention.name.join(' '));
      const list = forms.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      forms.set(key, list);
    }
    formsCache.set(index, forms);
  }
  return forms;
}

/**
 * Canonical name for a name as written ("Trump", "Mr. Grenell", "Ric Grenell") in this article,
 * or null when the article names nobody that way. Titles are ignored; the surname must match.
 */
export function canonicalName(index: EntityIndex, written: string, at = Number.MAX_SAFE_INTEGER): Entity | null {
  const mentions = findNameMentions(written, { start: 0, end: written.length });
  const m = mentions[mentions.length - 1];
  if (!m) return null;
  // the article wrote exactly this name somewhere: its entity (covers "Mr. Lou" -> "Lou Jiwei")
  const same = writtenForms(index).get(foldName(m.name.join(' ')));
  if (same && same.length > 0) return latestMentioned(same, at) ?? null;
  const surname = foldName(m.name[m.name.length - 1] ?? '');
  const candidates = (index.bySurname.get(surname) ?? []).filter(
    (e) => m.name.length < 2 || e.mentions.some((x) => x.name.length < 2 || sameGivenName(x.name[0] ?? '', m.name[0] ?? '')),
  );
  const fits = candidates.filter((e) => !m.gender || !e.gender || e.gender === m.gender);
  return latestMentioned(fits, at) ?? null;
}

/**
 * The entity an article introduced with role noun `role` ("president", "envoy"): "The US
 * President told reporters" -> the person written "President Donald Trump" or "Trump’s envoy ...
 * Richard Grenell". When several share a role the first introduced wins: the article's main actor
 * is usually introduced first. Null when no entity carries the role.
 */
export function roleEntity(index: EntityIndex, role: string, before: number): Entity | null {
  const first = index.byRole.get(role)?.[0];
  return first && first.at < before ? first.entity : null;
}
