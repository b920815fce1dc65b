import { isFamilySurnameFirst, listedGender, readsSurnameFirst } from './given-name-gender.js';
import { outsideHeaderLines } from './title-lines.js';
import type { SourceType } from '../schema/attribution.js';
import type { TextRange } from './segment.js';
import { HONORIFICS, type Gender } from './speech-lexicons.js';
import { speaksAround } from './speaks-around.js';
import { headlineEnd } from './speaker-check.js';
import { COUNTRY_NAMES, US_STATE_NAMES } from './source-lexicons.js';
import { findNameMentions, foldName, JOINED_PARTICLE, type NameMention } from './name-mentions.js';
import { spokenOfAsBody } from './name-context.js';
import { opensWithArticle } from './name-places.js';
import { genderSaidOf, givenNameGender } from './entity-gender.js';
import { countBefore, lastIndexBefore } from './sorted-search.js';
import { inCapitals, kinFullName, onLineAlone } from './entity-evidence.js';
import { sameGivenName } from './same-given-name.js';
import { bearerOfArticledName, bodyNamedFirst, CREDIT_BEFORE, KIN_BEFORE, namedFirstInBody, PLACE_PREPOSITION_BEFORE, SAID_IT, withSurnameFirst, type MentionFacts } from './entity-candidates.js';

// (the binary searches the name index was first written with, and the given-name match, for the modules that import them from here)
export { sameGivenName } from './same-given-name.js';
export { countBefore, lastIndexBefore };

/** One person (or organisation) in the article with every mention of it. */
export interface Entity {
  id: number;
  /** Canonical name: the first full form written in the article ("Richard Grenell"). */
  name: string;
  type: SourceType;
  /** Evidence that this is a person: a given name, a person honorific, or a mention that speaks. */
  known: boolean;
  gender: Gender | null;
  /**
   * The gender the package's given-name table gives the first name, when nothing stronger did
   * ("Kamala", "Lindsay"): weaker than `gender`, whose evidence is the text, an honorific or our
   * own list. A pronoun of the other gender leaves its speaker unknown rather than passing this
   * person over for someone further back (the table is wrong for "Lindsay Hoyle").
   */
  listedGender?: Gender | null;
  /** Role nouns the article gives this entity ("president", "envoy"), first introduction first. */
  roles: string[];
  mentions: NameMention[];
  /**
   * A given name written alone ("Karen said") after two or more people named in full with it
   * ("Karen Lindqvist", "Karen Moss"): those people; the name alone could be any of them.
   */
  sharesGivenNameWith?: Entity[];
}

export interface EntityIndex {
  entities: Entity[];
  /** Mentions sorted by start, each with its entity. */
  mentions: { mention: NameMention; entity: Entity }[];
  /** Entities by folded surname ("grenell"), for name look-ups without scanning every entity. */
  bySurname: Map<string, Entity[]>;
  /** Entities by role noun, in order of the mention that introduced them with it. */
  byRole: Map<string, { entity: Entity; at: number }[]>;
  /**
   * A surname after "the elder" or "the younger" where two or more people named in full bear it, by
   * the mention's start ("Richard Pembroke … his son, Daniel Pembroke … The elder Pembroke said"):
   * those people. The mention is given to the one named last, which does not settle who it is.
   */
  sharedSurnames: Map<number, Entity[]>;
  /**
   * A surname alone where two or more people named in full before it bear it and nothing tells
   * them apart, by the mention's start ("Ruth Ellery … Margaret Ellery … Ellery said"): those
   * people. The mention is given to the one named last, as news mostly means it; a guess all the same.
   */
  sharedPicks: Map<number, Entity[]>;
}

const ELDER_OR_YOUNGER = /\b(?:elder|younger|older)\s+$/iu;

/** How many of `entity`'s mentions (sorted by start) start before `before`. */
export function mentionsBefore(entity: Entity, before: number): number {
  return countBefore(entity.mentions, before, (m) => m.start);
}

/** Whether a mention of `entity` starts in `[start, end)`: "Hart", "Mr. Hart" and "Hart’s" alike. */
export function mentionedWithin(entity: Entity, start: number, end: number): boolean {
  return mentionsBefore(entity, end) > mentionsBefore(entity, start);
}

/**
 * The first of `entity`'s mentions (in order of start) ending at `end`: a map from end to mention
 * built once per entity, so a label asked at every quotation does not read every mention again.
 */
export function firstMentionEndingAt(entity: Entity, end: number): NameMention | undefined {
  let byEnd = mentionsByEnd.get(entity);
  if (!byEnd) {
    mentionsByEnd.set(entity, (byEnd = new Map()));
    for (const m of entity.mentions) if (!byEnd.has(m.end)) byEnd.set(m.end, m);
  }
  return byEnd.get(end);
}
const mentionsByEnd = new WeakMap<Entity, Map<number, NameMention>>();

/**
 * The two lists as one, sorted by start: `[...a, ...b]` sorted stably, merged without a sort when
 * each list is in order already (as it is unless quotation spans nest).
 */
function mergedByStart(a: NameMention[], b: NameMention[]): NameMention[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  if (b.length === 0) return a;
  const out = new Array<NameMention>(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = (b[j] as NameMention).start < (a[i] as NameMention).start ? (b[j++] as NameMention) : (a[i++] as NameMention);
  while (i < a.length) out[n++] = a[i++] as NameMention;
  while (j < b.length) out[n++] = b[j++] as NameMention;
  return out;
}

function inOrder(list: readonly NameMention[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i] as NameMention).start < (list[i - 1] as NameMention).start) return false;
  return true;
}

/**
 * Every name mention in the article grouped into entities, so that each mention of one person
 * maps to one canonical name: "Trump" -> "Donald Trump"; "Ric Grenell" and "Richard Grenell" are
 * one person (surname equal, given names compatible by prefix, Jaro-Winkler or Double Metaphone).
 * Canonical name = the first full (two-word or longer) form written outside a quotation.
 *
 * `outside` are the ranges outside quotations; `quoted` the quotation spans (their names are
 * counted as aliases only). Does not decide whether a phrase such as "the envoy" is a person:
 * see `roleHolder` (role-holder.ts) for role nouns.
 */
export function buildEntityIndex(text: string, outside: readonly TextRange[], quoted: readonly TextRange[]): EntityIndex {
  const found: NameMention[] = [];
  for (const r of outside) findNameMentions(text, r, false, found);
  // (a byline's author and a dateline's place are nobody the article quotes, and no antecedent)
  const outsideMentions = outsideHeaderLines(text, found);
  const quotedMentions: NameMention[] = [];
  for (const r of quoted) findNameMentions(text, r, true, quotedMentions);
  const all = mergedByStart(outsideMentions, quotedMentions);
  const entities: Entity[] = [];
  const mentions: { mention: NameMention; entity: Entity }[] = [];
  const bySurname = new Map<string, Entity[]>();
  const sharedSurnames = new Map<number, Entity[]>();
  const sharedPicks = new Map<number, Entity[]>();
  const surnameOf = (m: NameMention): string => foldName(m.name[m.name.length - 1] ?? '');
  // "Park Ji-won", "Kim Jong-hyun": people named surname first, by that first word (folded)
  const bySurnameFirst = new Map<string, Entity[]>();
  const newEntity = (m: NameMention, bearsSurname = true): Entity => {
    const e: Entity = { id: entities.length, name: m.name.join(' '), type: 'person', known: false, gender: m.gender, roles: [], mentions: [] };
    entities.push(e);
    if (!bearsSurname) return e;
    if (readsSurnameFirst(m.name)) {
      const first = foldName(m.name[0] ?? '');
      bySurnameFirst.set(first, [...(bySurnameFirst.get(first) ?? []), e]);
    }
    const key = surnameOf(m);
    const same = bySurname.get(key);
    if (same) same.push(e);
    else bySurname.set(key, [e]);
    // "Burhan said" after "Abdel Fattah al-Burhan": a surname's joined particle may be left off
    const bare = key.replace(JOINED_PARTICLE, '');
    if (bare !== key && bare !== '') bySurname.set(bare, [...(bySurname.get(bare) ?? []), e]);
    return e;
  };
  // full names first (outside quotes first), so short mentions anywhere can find them; mentions are
  // told by their place in `all`, and entities by id, in arrays rather than maps keyed by object
  const full: number[] = [];
  // ("Le Pen", "Los Ríos": an article and one word, read after the names written in full)
  const articled: number[] = [];
  for (let i = 0; i < all.length; i++) if ((all[i] as NameMention).name.length >= 2) (opensWithArticle((all[i] as NameMention).name) ? articled : full).push(i);
  full.sort((a, b) => {
    const x = all[a] as NameMention;
    const y = all[b] as NameMention;
    return Number(x.inQuote) - Number(y.inQuote) || x.start - y.start;
  });
  const entityOf = new Array<Entity | undefined>(all.length);
  // per entity, kept as mentions are added: whether a full name of it opens the text, and whether
  // any mention marks a person or is a full name elsewhere (asked at every later short mention, so
  // read from here rather than from all its mentions each time)
  const facts: MentionFacts = { full: [], person: [], fullAtStart: [], fullElsewhere: [] };
  const addMention = (e: Entity, m: NameMention): void => {
    e.mentions.push(m);
    if (m.person) facts.person[e.id] = true;
    if (m.name.length < 2) return;
    (facts.full[e.id] ??= []).push(m);
    if (m.start === 0) facts.fullAtStart[e.id] = true;
    else facts.fullElsewhere[e.id] = true;
  };
  // "Hillary Clinton" written twenty times after "Bill Clinton": the two given names are compared
  // (folded, Jaro-Winkler, Double Metaphone) once, not for every repeat
  const compared = new Map<string, boolean>();
  const sameGiven = (a: string, b: string): boolean => {
    if (a === b) return true;
    const key = `${a}\n${b}`;
    let same = compared.get(key);
    if (same === undefined) compared.set(key, (same = sameGivenName(a, b)));
    return same;
  };
  for (const i of full) {
    const m = all[i] as NameMention;
    const same = (bySurname.get(surnameOf(m)) ?? []).find((e) => {
      const first = e.mentions.find((x) => x.name.length >= 2)?.name[0] ?? '';
      return sameGiven(first, m.name[0] ?? '');
    });
    const e = same ?? newEntity(m);
    if (!e.gender && m.gender) e.gender = m.gender;
    if (m.person) e.type = 'person';
    addMention(e, m);
    entityOf[i] = e;
  }
  // "Le Pen" after "Marine Le Pen" is her surname with its article; "Los Ríos" (a province) is no
  // "Daniela Ríos", and no later "Ríos" alone is the province's
  const byArticledName = new Map<string, Entity>();
  for (const i of articled) {
    const m = all[i] as NameMention;
    const key = foldName(m.name.join(' '));
    const e = byArticledName.get(key) ?? bearerOfArticledName(bySurname.get(surnameOf(m)) ?? [], key) ?? newEntity(m, false);
    byArticledName.set(key, e);
    if (!e.gender && m.gender) e.gender = m.gender;
    addMention(e, m);
    entityOf[i] = e;
  }
  // where each entity was last mentioned, kept up to date as short mentions are read in order
  const fullStarts = entities.map((e) => e.mentions.map((x) => x.start).sort((a, b) => a - b));
  const lastShort: number[] = [];
  const lastAt = (e: Entity, before: number): number => {
    const starts = fullStarts[e.id] ?? [];
    const k = lastIndexBefore(starts, before);
    return Math.max(k >= 0 ? (starts[k] ?? -1) : -1, lastShort[e.id] ?? -1);
  };
  // "Mr. Lou" after "Lou Jiwei": family name first (Chinese, Korean, Hungarian order)
  const byFirst = new Map<string, Entity[]>();
  for (const e of entities) {
    const first = foldName(e.mentions[0]?.name[0] ?? '');
    if (first.length <= 1) continue;
    const same = byFirst.get(first);
    if (same) same.push(e);
    else byFirst.set(first, [e]);
  }
  // "Sir Keir" after "Sir Keir Starmer": a knight or a dame is named by the given name, the one
  // person the article titled so with it (not "Keir Bristow", a councillor; two Sir Johns are
  // neither); undefined for a mention with no such title
  const knightedFirst = (m: NameMention): Entity[] | undefined => {
    const title = m.titles.find((t) => t === 'sir' || t === 'dame');
    if (!title) return undefined;
    const titled = (byFirst.get(foldName(m.name[0] ?? '')) ?? []).filter((e) => e.mentions.some((x) => x.name.length >= 2 && x.titles.includes(title)));
    return titled.length === 1 ? titled : [];
  };
  // "Xi" after "Xi Jinping", "Park" after "Park Ji-won": a surname written first stands alone for
  // the one person the article named in full with it first, no title needed
  const surnameFirstAlone = (m: NameMention): Entity[] | undefined => {
    const word = m.name[0] ?? '';
    if (m.name.length !== 1 || m.titles.length > 0 || m.organisation || !isFamilySurnameFirst(word)) return undefined;
    const named = (byFirst.get(foldName(word)) ?? []).filter((e) => {
      const full = facts.full[e.id]?.find((x) => !x.inQuote);
      return full !== undefined && full.start < m.start && full.name.length >= 2 && !e.mentions.some((x) => x.organisation);
    });
    return named.length === 1 ? named : undefined;
  };
  const kinNamedAlone = new Set<string>();
  // given names alone that two or more people named in full share ("Karen" after two Karens)
  const sharedGiven = new Map<string, Entity[]>();
  // "Kevin Duggan moved to the island in 2019. Kevin says …": a feature calls a person again by the
  // given name alone, and it stands for the one person the article named in full with it before
  // (two Toms are neither). Not a state or country ("Virginia", "Jordan"), nor a word after a
  // preposition of place ("in Austin", "from Charlotte"), nor a surname written first ("Xi" after
  // "Xi Jinping" is his surname); undefined when nobody fits
  const givenNameAlone = (m: NameMention): Entity[] | undefined => {
    const word = m.name[0] ?? '';
    if (m.name.length !== 1 || m.titles.length > 0 || m.organisation || COUNTRY_NAMES.has(word) || US_STATE_NAMES.has(word) || isFamilySurnameFirst(word)) return undefined;
    if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return undefined;
    // "Tom Baker and his wife, Mary, lost everything": someone's kin named by the given name alone is
    // someone new, and the name alone stands for no one after that; "Charlotte said it would …" is a body
    const key = foldName(word);
    if (kinNamedAlone.has(key)) return undefined;
    if (KIN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) {
      kinNamedAlone.add(key);
      return undefined;
    }
    // ("Chelsea said in a statement that it would appeal": a club; the person's name alone stays apart)
    if (spokenOfAsBody(text, m.end) || SAID_IT.test(text.slice(m.end, m.end + 40))) return undefined;
    const named = (byFirst.get(key) ?? []).filter((e) => {
      const full = facts.full[e.id]?.find((x) => !x.inQuote);
      return full !== undefined && full.start < m.start && !e.mentions.some((x) => x.organisation) && (facts.person[e.id] === true || listedGender(full.name[0] ?? '') !== null);
    });
    if (named.length > 1) sharedGiven.set(key, named);
    return named.length === 1 ? named : undefined;
  };
  // the article's first line when a blank line sets it apart as a title, Title Case or not
  const firstBreak = text.indexOf('\n');
  const titleLine = firstBreak > 0 && firstBreak <= 200 && /^\n[ \t]*\n/u.test(text.slice(firstBreak, firstBreak + 8)) ? firstBreak : 0;
  // whether an entity's full names outside quotations all follow a kin word: read once per entity,
  // not for every later mention of a shared surname (its full names are all known by now)
  const asKin = new Map<Entity, boolean>();
  const introducedAsKin = (f: Entity): boolean => {
    let kin = asKin.get(f);
    if (kin === undefined) asKin.set(f, (kin = f.mentions.filter((x) => x.name.length >= 2 && !x.inQuote).every((x) => KIN_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)))));
    return kin;
  };
  const credited = new Map<Entity, boolean>();
  const creditedOnly = (e: Entity): boolean => {
    let only = credited.get(e);
    if (only === undefined) {
      const full = facts.full[e.id] ?? [];
      credited.set(e, (only = full.length > 0 && full.every((x) => CREDIT_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start)))));
    }
    return only;
  };
  for (let i = 0; i < all.length; i++) {
    const m = all[i] as NameMention;
    if (m.name.length >= 2) continue;
    const key = surnameOf(m);
    // ("Park said" after "Park Ji-won" and before "Reporting by Ju-min Park": both bear the surname,
    // and the one named before it is the one it stands for)
    // (only one named in full before it: "Kim said" after "Kim Jong Un" is not the "Kim Dong-yup" named later)
    const bySur = withSurnameFirst(bySurname.get(key) ?? [], m.titles.length === 0 ? bySurnameFirst.get(key)?.filter((b) => (fullStarts[b.id]?.[0] ?? Infinity) < m.start) : undefined);
    // ("LEEDS, England —" before "NHS England said": a dateline's region is a place of its own)
    const candidates = m.datelinePlace ? [] : bySur.length > 0 ? bySur : (knightedFirst(m) ?? (m.titles.some((t) => HONORIFICS.has(t) || HONORIFICS.has(`${t[0]?.toUpperCase()}${t.slice(1)}.`)) ? (byFirst.get(key) ?? []) : (surnameFirstAlone(m) ?? givenNameAlone(m) ?? bySur)));
    // Clinton after both Bill and Hillary: the gender of "Mrs." decides, else the latest mentioned
    // ("Park said … (Reporting by Ju-min Park)": a reporter named only in the credit line is no one the story quotes)
    const fits = candidates.filter((e) => (!m.gender || !e.gender || e.gender === m.gender) && !creditedOnly(e));
    let e = fits[0];
    for (const f of fits) if (e && lastAt(f, m.start) > lastAt(e, m.start)) e = f;
    // "Marco Bellini … His daughter, Sofia Bellini, said … Bellini said": a relative the article
    // introduces only through someone's kin ("her son, Robert Grant") is not who the surname
    // alone stands for when one other bearer of it is left, whether or not a title gives a gender
    // ("Walter Brandt … His father, Friedrich Brandt, … Mr. Brandt later worked …")
    // (with a title, only when the one left is known to be of its gender: "J.R. Brandt … Her husband,
    // Tom Brandt … Mr. Brandt said" is the husband)
    if (fits.length > 1) {
      // ("The elder Pembroke said", "the younger Bush": the article itself marks that two bear the
      // name, and which one the epithet means takes their ages, which it may not give; the one
      // named last is only a guess, and so is the one not introduced as kin: "his son, Martin
      // Quennell … the younger Quennell said" is the son)
      // (a surname alone is left to the one named last: news writes it so)
      // (a bearer's first full name, kept as mentions are added: a run of a megabyte of "Lee" stays linear)
      const people = fits.filter((f) => f.type === 'person' && (facts.full[f.id]?.[0]?.start ?? Infinity) < m.start);
      const main = fits.filter((f) => !introducedAsKin(f));
      if (people.length > 1 && ELDER_OR_YOUNGER.test(text.slice(Math.max(0, m.start - 12), m.start))) sharedSurnames.set(m.start, people);
      else if (main.length === 1 && (!m.gender || main[0]?.gender === m.gender)) e = main[0];
      else if (people.length > 1) sharedPicks.set(m.start, people);
    }
    // "Fenwick" after "Fenwick Brands": a body's short name is its first word, when no person has it
    // ("Skyline beats forecasts" over "Skyline Systems reported …": a headline names the body the
    // body text names in full)
    e ??= m.titles.length === 0 ? bodyNamedFirst(facts, byFirst.get(key) ?? [], m.start < titleLine ? text.length : m.start) : undefined;
    // "Chipmaker Halvorsen cuts forecast" over "Halvorsen Semiconductors lowered …": a surname
    // only the headline's opening run gave (its first word capitalised because it opens the line),
    // with nothing marking a person, yields to the body that the text names in full with that word first
    if (e && titleLine > 0 && m.titles.length === 0 && m.start > titleLine && facts.fullAtStart[e.id] === true && facts.fullElsewhere[e.id] !== true && facts.person[e.id] !== true) e = namedFirstInBody(facts, byFirst.get(key) ?? [], titleLine, m.start) ?? e;
    if (!e && m.commonOpening) continue;
    e ??= newEntity(m);
    addMention(e, m);
    lastShort[e.id] = m.start;
    entityOf[i] = e;
    const shared = bySur.length === 0 ? sharedGiven.get(key) : undefined;
    if (shared && e.mentions.every((x) => x.name.length === 1)) e.sharesGivenNameWith = shared;
  }
  const headline = headlineEnd(text);
  for (const e of entities) {
    // (most entities are mentioned once, or in order already)
    if (!inOrder(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
    // a Title Case headline runs words into names ("Ben Carson Defends Himself"): the body names people
    const canonical =
      e.mentions.find((m) => m.name.length >= 2 && !m.inQuote && m.start >= headline) ??
      e.mentions.find((m) => m.name.length >= 2 && m.start >= headline) ??
      e.mentions.find((m) => m.name.length >= 2);
    if (canonical) e.name = canonical.name.join(' ');
    const person = e.mentions.some((m) => m.person);
    // ("France", "Russia": a state is a body, whose pronoun is "it", never "he" or "she")
    // ("the South Carolina congressman": a role word beside a state's name is the person's, not the state's)
    // ("ELSA LINDQVIST" over her answers, "Elsa Lindqvist" in the text: a name in capitals is an
    // initialism's evidence only when the text never writes it otherwise)
    const written = e.mentions.some((m) => !inCapitals(m));
    if ((!person && (e.mentions.some((m) => m.organisation && !(written && inCapitals(m) && onLineAlone(text, m))) || COUNTRY_NAMES.has(e.name))) || (US_STATE_NAMES.has(e.name) && e.mentions.every((m) => m.titles.length === 0))) e.type = 'organization';
    // a named person is known without reading the words around each mention (speaksAround
    // tokenizes 160 characters after every one): an organisation is never known
    e.known = e.type === 'person' && (person || e.mentions.some((m) => !m.inQuote && speaksAround(text, m.start, m.end)));
    if (e.type === 'person' && e.gender === null) e.gender = genderSaidOf(text, e);
    if (e.type === 'person' && e.gender === null) e.listedGender = givenNameGender(e);
    for (const m of e.mentions) {
      // "Governor Signs Water Bill": in a Title Case headline a role word runs into the words after it
      if (m.inQuote || m.start < headline) continue;
      for (const t of m.roles) if (!e.roles.includes(t)) e.roles.push(t);
      if (m.titles.includes('president-elect') && !e.roles.includes('president')) e.roles.push('president');
    }
  }
  for (let i = 0; i < all.length; i++) {
    const entity = entityOf[i];
    if (entity) mentions.push({ mention: all[i] as NameMention, entity });
  }
  // "Ainsworth's elder brother, Colin … His younger brother, Neil, then spoke … Neil Ainsworth said":
  // kin named by the given name alone, then in full, is one person under one name
  if (kinNamedAlone.size > 0) {
    // (full names by their first word, made once: the kin named alone are looked up in it)
    const byGivenName = new Map<string, Entity[]>();
    for (const f of entities) {
      if (f.type !== 'person' || !f.name.includes(' ')) continue;
      const given = f.name.slice(0, f.name.indexOf(' '));
      const list = byGivenName.get(given);
      if (list) list.push(f);
      else byGivenName.set(given, [f]);
    }
    for (const e of entities) if (e.type === 'person' && kinNamedAlone.has(foldName(e.name))) e.name = kinFullName(e, byGivenName.get(e.name) ?? [], bySurname) ?? e.name;
  }
  // (in order of start with no sort: `all` is)
  const byRole = new Map<string, { entity: Entity; at: number }[]>();
  for (const { mention, entity } of mentions) {
    if (mention.inQuote || mention.start < headline) continue;
    for (const role of mention.roles) {
      const list = byRole.get(role) ?? [];
      if (!list.some((x) => x.entity === entity)) list.push({ entity, at: mention.start });
      byRole.set(role, list);
    }
  }
  return { entities, mentions, bySurname, byRole, sharedSurnames, sharedPicks };
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
    (e) => m.name.length < 2 || mayBeNamed(e, m.name[0] ?? ''),
  );
  const fits = candidates.filter((e) => !m.gender || !e.gender || e.gender === m.gender);
  return latestMentioned(fits, at) ?? null;
}

/**
 * Whether a mention of `e` is a surname alone or has a given name that may be `given`: remembered
 * per entity and given name, so that asking at every record does not compare every mention again.
 */
function mayBeNamed(e: Entity, given: string): boolean {
  let byGiven = givenNamesOf.get(e);
  if (!byGiven) givenNamesOf.set(e, (byGiven = new Map()));
  let may = byGiven.get(given);
  if (may === undefined) byGiven.set(given, (may = e.mentions.some((x) => x.name.length < 2 || sameGivenName(x.name[0] ?? '', given))));
  return may;
}
const givenNamesOf = new WeakMap<Entity, Map<string, boolean>>();
