import { countBefore, entityAt, mentionsBefore, type Entity, type EntityIndex } from './entities.js';
import { titleLineEnd } from './title-lines.js';
import type { NameMention } from './name-mentions.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { FRONTING_WORDS } from './name-roles.js';
import { phraseForward } from './phrase-forward.js';
import { tokenize } from './tokens.js';

/**
 * The person a definite role phrase stands for: of the people the article introduced with that
 * role before it, the one whose mentions are written nearest every capitalised modifier of the
 * phrase ("the CNN host" needs CNN near the host's name; "The US President" needs US near the
 * President's); with no such modifier, the only holder or the one named far more often than the
 * others. A body is never the holder of a person's role. Null when nobody fits: the phrase then
 * stays as written, which is better than the wrong name.
 */
export function roleHolder(text: string, index: EntityIndex, phrase: string, role: string, before: number): Entity | null {
  const introduced = index.byRole.get(role);
  if (!introduced || (introduced[0]?.at ?? before) >= before) return null;
  const roleWords = new Set(role.split(' '));
  const modifiers = phrase
    .split(/\s+/u)
    .slice(1)
    .map((w) => w.replace(/[’']s$/u, '').replace(/[^\p{L}\p{N}.]/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !roleWords.has(w.toLowerCase()));
  if (modifiers.length === 0) return mostSalient(index, role, introduced, before);
  // "The Florida senator" after "Florida Sen. Marco Rubio" and "Texas Sen. Ted Cruz": of the holders
  // with every modifier written near them, the one it is written nearest to
  let best: Entity | null = null;
  let bestGap = Infinity;
  for (const { entity, at } of introduced) {
    if (at >= before) break;
    if (!mayHoldRole(entity)) continue;
    const gap = modifiers.reduce((sum, m) => sum + writtenNear(text, entity, m, before), 0);
    if (gap < bestGap) {
      best = entity;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Not a body, nor a name with no given name and no title to show it is a person's: "in Onawa,
 * Iowa, the Republican candidate" reads like an apposition, but a place holds no role.
 */
function mayHoldRole(entity: Entity): boolean {
  return entity.type === 'person' && entity.known && (entity.gender !== null || hasTitle(entity));
}

/** Whether any mention of `entity` has a title, remembered per entity (asked of every holder at every role phrase). */
function hasTitle(entity: Entity): boolean {
  let titled = titledEntities.get(entity);
  if (titled === undefined) titledEntities.set(entity, (titled = entity.mentions.some((m) => m.titles.length > 0)));
  return titled;
}
const titledEntities = new WeakMap<Entity, boolean>();

/**
 * Of the holders of a role introduced before `before`, the one the article has named at least
 * twice as often as any other before `before` ("President Obama … World Bank President Jim Yong
 * Kim … Obama said … the president"); null when none stands out ("Sen. Ann Cole … Sen. Mark Diaz …
 * the senator said"): the reader must decide. The only holder stands out however often named.
 */
function mostSalient(index: EntityIndex, role: string, introduced: readonly { entity: Entity; at: number }[], before: number): Entity | null {
  const s = salienceOf(index, role, introduced);
  // the counts are read on from the last offset asked (quotations and claims ask in order of the
  // text), not counted again over every holder's mentions at every "the senator said"
  if (before < s.before) resetSalience(s);
  s.before = before;
  while (s.event < s.events.length && (s.events[s.event] as { start: number; entity: Entity }).start < before) {
    const { entity } = s.events[s.event++] as { start: number; entity: Entity };
    s.counts[entity.id] = (s.counts[entity.id] ?? 0) + 1;
    if (s.active[entity.id] === true) raise(s, entity);
  }
  while (s.introduced < s.holders.length && (s.holders[s.introduced] as { at: number }).at < before) {
    const { entity } = s.holders[s.introduced++] as { entity: Entity };
    s.active[entity.id] = true;
    raise(s, entity);
  }
  if (s.introduced <= 1 || !s.top || !s.next) return s.introduced === 1 ? s.top : null;
  return (s.counts[s.top.id] ?? 0) >= 2 * (s.counts[s.next.id] ?? 0) ? s.top : null;
}

/**
 * A role's holders who may hold it (in order of introduction) and all their mentions (in order of
 * start), swept up to `before`: how often each is named so far, and the two named most often
 * among those introduced so far.
 */
interface Salience {
  holders: { entity: Entity; at: number }[];
  events: { start: number; entity: Entity }[];
  before: number;
  event: number;
  introduced: number;
  counts: number[];
  active: boolean[];
  top: Entity | null;
  next: Entity | null;
}
const salienceCache = new WeakMap<EntityIndex, Map<string, Salience>>();

function salienceOf(index: EntityIndex, role: string, introduced: readonly { entity: Entity; at: number }[]): Salience {
  let byRole = salienceCache.get(index);
  if (!byRole) salienceCache.set(index, (byRole = new Map()));
  let s = byRole.get(role);
  if (!s) {
    const holders = introduced.filter((x) => mayHoldRole(x.entity));
    const events = holders.flatMap(({ entity }) => entity.mentions.map((m) => ({ start: m.start, entity }))).sort((a, b) => a.start - b.start);
    byRole.set(role, (s = { holders, events, before: -Infinity, event: 0, introduced: 0, counts: [], active: [], top: null, next: null }));
  }
  return s;
}

function resetSalience(s: Salience): void {
  s.event = 0;
  s.introduced = 0;
  s.counts = [];
  s.active = [];
  s.top = null;
  s.next = null;
}

/** `entity`'s count rose (or it was just introduced): keep `top` and `next` the two named most often, the earlier one first on a tie. */
function raise(s: Salience, entity: Entity): void {
  if (s.top === entity) return;
  const n = s.counts[entity.id] ?? 0;
  if (s.next !== entity) {
    if (s.next !== null && n <= (s.counts[s.next.id] ?? 0)) return;
    s.next = entity;
  }
  if (s.top === null || n > (s.counts[s.top.id] ?? 0)) {
    s.next = s.top;
    s.top = entity;
  }
}

/**
 * The person an earlier apposition gave this same description: "Their lawyer, Grace Lindqvist,
 * called …" and later "…, their lawyer said"; "The city's attorney, Tom Hale, said …" and later
 * "The city's attorney added …". Only a description of two words or more, written before
 * `before`, and only when every such apposition names the same person; null otherwise.
 */
export function sameDescriptionHolder(text: string, index: EntityIndex, phrase: string, before: number): Entity | null {
  const words = phrase.trim().split(/\s+/u);
  // a description of a person ends in a role noun ("their lawyer", not "the statement")
  const last = words[words.length - 1] as string;
  if (words.length < 2 || words.length > 6 || !ROLE_NOUNS.has(last.toLowerCase())) return null;
  const cached = articleAppositions(text, index);
  // most descriptions were never given in apposition: look for "lawyer," before building a pattern
  // (once per article: a text without "president," is not searched again for every "the president said")
  let first = cached.firstWithComma.get(last);
  if (first === undefined) cached.firstWithComma.set(last, (first = text.indexOf(`${last},`)));
  if (first < 0 || first >= before) return null;
  const { found, holders } = appositionsOf(text, index, cached, words, before);
  // the appositions before `before`, found in order of `at`: the holder of the last of them
  const n = countBefore(found, before, (a) => a.at);
  const holder = n > 0 ? holders[n - 1] : null;
  return holder === undefined || holder === CONFLICT ? null : holder;
}

const FRONTED_BEFORE = new RegExp(String.raw`\b${FRONTING_WORDS}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?$`, 'u');

/** Where the article set a description before a capitalised word (`their lawyer, Grace`), with the entity named there. */
interface Apposition {
  at: number;
  entity: Entity | undefined;
}

/** Two appositions of one description naming different people: the description names nobody. */
const CONFLICT = 'conflict';

/**
 * The appositions of one description read so far, and after each the one person every person
 * among them so far names (null when none is a person yet): each of a thousand "the lawyer said"
 * reads its answer there instead of going over every earlier apposition again.
 */
interface Appositions {
  /** The description before a comma (`their lawyer,`), tested at each comma that may close it. */
  pattern: RegExp;
  /** The commas it may close, in order, and the next to test. */
  commas: readonly number[];
  next: number;
  /** Where the last apposition found ends: the next one starts at or after it. */
  end: number;
  found: Apposition[];
  holders: (Entity | null | typeof CONFLICT)[];
  done: boolean;
}
interface ArticleAppositions {
  text: string;
  byWords: Map<string, Appositions>;
  /** Where `${roleNoun},` is first written, or -1. */
  firstWithComma: Map<string, number>;
  /** The commas an apposition may follow (before a cased letter), by the letters before them; read once an article, when first asked. */
  commas: Map<string, number[]> | null;
}
const appositionsCache = new WeakMap<EntityIndex, ArticleAppositions>();

function articleAppositions(text: string, index: EntityIndex): ArticleAppositions {
  let cached = appositionsCache.get(index);
  if (cached?.text !== text) appositionsCache.set(index, (cached = { text, byWords: new Map(), firstWithComma: new Map(), commas: null }));
  return cached;
}

/**
 * The appositions of the description `words` in the article, read at least up to `before`: each
 * quotation or claim that asks of one description ("the president said") reads on from where the
 * last one stopped, not the whole article again. Only the commas written after the description's
 * last letters are tested, so a long article with hundreds of descriptions is not read once for
 * each of them.
 */
function appositionsOf(text: string, index: EntityIndex, cached: ArticleAppositions, words: readonly string[], before: number): Appositions {
  const { byWords } = cached;
  const key = words.join(' ');
  let known = byWords.get(key);
  if (!known) {
    // the description right before the comma, and where it opens (group 1: the start of the text or the character before it)
    const pattern = new RegExp(`(?<=(^|[^\\p{L}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[’']/gu, "[’']")).join('\\s+')}),\\s*(?=\\p{Lu})`, 'iuyd');
    byWords.set(key, (known = { pattern, commas: commasAfter(text, cached, words[words.length - 1] as string), next: 0, end: 0, found: [], holders: [], done: false }));
  }
  while (!known.done && (known.found.length === 0 || (known.found[known.found.length - 1]?.at ?? 0) < before)) {
    if (known.next >= known.commas.length) {
      known.done = true;
      break;
    }
    known.pattern.lastIndex = known.commas[known.next++] as number;
    const m = known.pattern.exec(text);
    // appositions do not overlap: one that opens inside the last one found is none
    // ("the lawyer, The lawyer, Grace": the second opens on the first one's space)
    if (!m || (m.indices?.[1]?.[0] ?? 0) < known.end) continue;
    // ("According to the diplomat, Varnia wants …": the description closes a fronted phrase; the
    // name after the comma opens the clause, no apposition)
    if (FRONTED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const at = m.index + m[0].length;
    known.end = at;
    const entity = appositionEntity(text, index, at);
    const last = known.holders.length > 0 ? (known.holders[known.holders.length - 1] as Entity | null | typeof CONFLICT) : null;
    known.found.push({ at, entity });
    known.holders.push(!entity || entity.type !== 'person' || last === CONFLICT ? last : last && last !== entity ? CONFLICT : entity);
  }
  return known;
}

/**
 * The person an apposition starting at `at` names: the head of its noun phrase, after any words that
 * describe them ("The moderator, Channel 6 anchor Lisa Tran, …" names Lisa Tran, not "Channel").
 */
function appositionEntity(text: string, index: EntityIndex, at: number): Entity | undefined {
  const first = entityAt(index, at);
  const named = phraseForward(text, tokenize(text, at, Math.min(text.length, at + 80)), 0);
  return named?.kind === 'name' && named.end > at ? (entityAt(index, named.end - 1) ?? first) : first;
}

/**
 * The commas a description ending in `last` may close, in order: those after the same last three
 * letters (case aside), and those whose letters before are not all plain ASCII, which case folding
 * may still match ("K", the kelvin sign, is a "k"); every comma when `last` does not end in three
 * ASCII letters (or is a shorter word of them).
 */
function commasAfter(text: string, cached: ArticleAppositions, last: string): readonly number[] {
  const byKey = (cached.commas ??= appositionCommas(text));
  const key = /^[A-Za-z]{1,2}$|[A-Za-z]{3}$/u.exec(last)?.[0].toLowerCase();
  if (key === undefined) return byKey.get(ALL_COMMAS) ?? [];
  const same = byKey.get(key) ?? [];
  const folded = byKey.get(FOLDED) ?? [];
  if (folded.length === 0) return same;
  return [...same, ...folded].sort((a, b) => a - b);
}

const ALL_COMMAS = ' all';
const FOLDED = ' folded';
/** A comma before a cased letter, as an apposition's pattern reads one (`\p{Lu}` under the `i` flag is any cased letter). */
const APPOSITION_COMMA = /,\s*(?=\p{Lu})/giu;

/** The article's commas an apposition may follow, by the (up to three) ASCII letters before each, lower case. */
function appositionCommas(text: string): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const all: number[] = [];
  APPOSITION_COMMA.lastIndex = 0;
  for (let m = APPOSITION_COMMA.exec(text); m; m = APPOSITION_COMMA.exec(text)) {
    const comma = m.index;
    all.push(comma);
    let i = comma;
    while (i > 0 && i > comma - 3 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
    // fewer than three plain letters after a character beyond ASCII, which may fold to one
    const key = comma - i < 3 && i > 0 && text.charCodeAt(i - 1) >= 0x80 ? FOLDED : text.slice(i, comma).toLowerCase();
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(comma);
  }
  byKey.set(ALL_COMMAS, all);
  return byKey;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * How far `word` is written from the nearest mention of `entity` before offset `before` (within
 * 100 characters), or Infinity. The distance at each mention does not depend on `before`: it is
 * measured once per entity and word, and the nearest over the first mentions kept as a running
 * minimum, so a role phrase asked at every one of a thousand quotations does not read every
 * earlier mention again.
 */
function writtenNear(text: string, entity: Entity, word: string, before: number): number {
  let byWord = nearestGaps.get(entity);
  if (!byWord) nearestGaps.set(entity, (byWord = new Map()));
  let gaps = byWord.get(word);
  if (!gaps) byWord.set(word, (gaps = []));
  const count = mentionsBefore(entity, before);
  if (count === 0) return Infinity;
  if (gaps.length < count) {
    const pattern = new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[^\\p{L}]|$)`, 'giu');
    let gap = gaps.length > 0 ? (gaps[gaps.length - 1] as number) : Infinity;
    for (let i = gaps.length; i < count; i++) {
      const m = entity.mentions[i] as NameMention;
      const from = Math.max(0, m.start - 100);
      for (const hit of text.slice(from, m.end + 100).matchAll(pattern)) {
        const at = from + (hit.index ?? 0);
        const end = at + hit[0].length;
        gap = Math.min(gap, end <= m.start ? m.start - end : at >= m.end ? at - m.end : 0);
      }
      gaps.push(gap);
    }
  }
  return gaps[count - 1] as number;
}
/** Per entity and word, the nearest distance over its first 1, 2, … mentions (entities are per article). */
const nearestGaps = new WeakMap<Entity, Map<string, number[]>>();

/**
 * `“We will fight on,” says mayor ¶ Mayor Helen Ward vowed …`: a role a title line names stands for
 * the person the body first introduces with it, or null when the body introduces nobody so.
 */
export function titleRoleHolder(text: string, index: EntityIndex, role: string): Entity | null {
  const body = titleLineEnd(text);
  if (body === 0) return null;
  // ("… as prosecutor admits conviction was wrong" over "The original trial prosecutor, Dennis
  // Harlow, declined to comment": one who said nothing is not whom the headline quotes)
  return index.byRole.get(role)?.find((r) => r.at >= body && r.entity.type === 'person' && !SAID_NOTHING.test(text.slice(r.at, r.at + 120)))?.entity ?? null;
}

/**
 * A holder introduced as saying nothing, as the subject of the refusal: "Dennis Harlow, declined
 * to comment", "Dennis Harlow, the trial prosecutor, could not be reached" (not "Harlow said the
 * officer had refused to speak").
 */
const SAID_NOTHING = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,[^,.;:!?"“”]{1,60})?,?\s+(?:who\s+)?(?:(?:declined|refused)\s+to\s+(?:comment|be\s+interviewed|speak)|(?:could\s+not|couldn['’]t)\s+be\s+reached|did\s+not\s+(?:respond|return))/u;
