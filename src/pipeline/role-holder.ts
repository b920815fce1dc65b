import { entityAt, type Entity, type EntityIndex } from './entities.js';
import { ROLE_NOUNS } from './speech-lexicons.js';

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
  // "The Florida senator" after "Florida Sen. Marco Rubio" and "Texas Sen. Ted Cruz": of the holders
  // with every modifier written near them, the one it is written nearest to
  let best: Entity | null = null;
  let bestGap = Infinity;
  const holders: Entity[] = [];
  for (const { entity, at } of introduced) {
    if (at >= before) break;
    // a body, or a name with no given name and no title to show it is a person's: "in Onawa, Iowa,
    // the Republican candidate" reads like an apposition, but a place holds no role
    if (entity.type !== 'person' || !entity.known || (entity.gender === null && !entity.mentions.some((m) => m.titles.length > 0))) continue;
    if (modifiers.length === 0) {
      holders.push(entity);
      continue;
    }
    const gap = modifiers.reduce((sum, m) => sum + writtenNear(text, entity, m, before), 0);
    if (gap < bestGap) {
      best = entity;
      bestGap = gap;
    }
  }
  return modifiers.length === 0 ? mostSalient(holders, before) : best;
}

/**
 * Of several holders of a role, the one the article has named at least twice as often as any
 * other before `before` ("President Obama … World Bank President Jim Yong Kim … Obama said … the
 * president"); null when none stands out ("Sen. Ann Cole … Sen. Mark Diaz … the senator said"):
 * the reader must decide.
 */
function mostSalient(holders: readonly Entity[], before: number): Entity | null {
  if (holders.length <= 1) return holders[0] ?? null;
  const named = holders.map((entity) => ({ entity, n: entity.mentions.filter((m) => m.start < before).length })).sort((a, b) => b.n - a.n);
  const [top, next] = named as [{ entity: Entity; n: number }, { entity: Entity; n: number }];
  return top.n >= 2 * next.n ? top.entity : null;
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
  // most descriptions were never given in apposition: look for "lawyer," before building a pattern
  const first = text.indexOf(`${last},`);
  if (first < 0 || first >= before) return null;
  const found = appositionsOf(text, index, words, before);
  let holder: Entity | null = null;
  for (const { at, entity } of found) {
    if (at >= before) break;
    if (!entity || entity.type !== 'person') continue;
    if (holder && holder !== entity) return null;
    holder = entity;
  }
  return holder;
}

/** Where the article set a description before a capitalised word (`their lawyer, Grace`), read so far, with the entity named there. */
interface Appositions {
  pattern: RegExp;
  found: { at: number; entity: Entity | undefined }[];
  done: boolean;
}
const appositionsCache = new WeakMap<EntityIndex, { text: string; byWords: Map<string, Appositions> }>();

/**
 * The appositions of the description `words` in the article, read at least up to `before`: each
 * quotation or claim that asks of one description ("the president said") reads on from where the
 * last one stopped, not the whole article again.
 */
function appositionsOf(text: string, index: EntityIndex, words: readonly string[], before: number): Appositions['found'] {
  let cached = appositionsCache.get(index);
  if (cached?.text !== text) appositionsCache.set(index, (cached = { text, byWords: new Map() }));
  const { byWords } = cached;
  const key = words.join(' ');
  let known = byWords.get(key);
  if (!known) {
    const pattern = new RegExp(`(?:^|[^\\p{L}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[’']/gu, "[’']")).join('\\s+')},\\s*(?=\\p{Lu})`, 'giu');
    byWords.set(key, (known = { pattern, found: [], done: false }));
  }
  // (every match holds the comma: none is empty, so each exec moves on)
  while (!known.done && (known.found.length === 0 || (known.found[known.found.length - 1]?.at ?? 0) < before)) {
    const m = known.pattern.exec(text);
    if (!m) known.done = true;
    else {
      const at = m.index + m[0].length;
      known.found.push({ at, entity: entityAt(index, at) });
    }
  }
  return known.found;
}

/** How far `word` is written from the nearest mention of `entity` before offset `before` (within 100 characters), or Infinity. */
function writtenNear(text: string, entity: Entity, word: string, before: number): number {
  const pattern = new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[^\\p{L}]|$)`, 'giu');
  let gap = Infinity;
  for (const m of entity.mentions) {
    if (m.start >= before) continue;
    const from = Math.max(0, m.start - 100);
    for (const hit of text.slice(from, m.end + 100).matchAll(pattern)) {
      const at = from + (hit.index ?? 0);
      const end = at + hit[0].length;
      gap = Math.min(gap, end <= m.start ? m.start - end : at >= m.end ? at - m.end : 0);
    }
  }
  return gap;
}

/** Where the article's first line ends when it stands alone as a title (a blank line after it), else 0. */
export function titleLineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end > 0 && end <= 200 && /^\n[ \t]*\n/u.test(text.slice(end, end + 8)) ? end : 0;
}

/**
 * `“We will fight on,” says mayor ¶ Mayor Helen Ward vowed …`: a role a title line names stands for
 * the person the body first introduces with it, or null when the body introduces nobody so.
 */
export function titleRoleHolder(text: string, index: EntityIndex, role: string): Entity | null {
  const body = titleLineEnd(text);
  if (body === 0) return null;
  return index.byRole.get(role)?.find((r) => r.at >= body && r.entity.type === 'person')?.entity ?? null;
}
