import type { Entity } from './entities.js';
import { foldName, type NameMention } from './name-mentions.js';

/**
 * What an entity's mentions show beyond each mention alone: a name in capitals on a line of its
 * own (a heading over someone's answers), and the full name of kin the text first names by the
 * given name alone.
 */

/**
 * The full name of kin first named by the given name alone (`kin`): the one person of `namesakes`
 * (people named in full with that given name) named after the kin, whose surname another person named before the kin bears (the
 * family's); null when there is none, or more than one.
 */
export function kinFullName(kin: Entity, namesakes: readonly Entity[], bySurname: ReadonlyMap<string, Entity[]>): string | null {
  const first = kin.mentions[0];
  if (!first || kin.name.includes(' ')) return null;
  const full = namesakes.filter((f) => (f.mentions[0]?.start ?? 0) > first.start);
  if (full.length !== 1) return null;
  const named = full[0] as Entity;
  const family = bySurname.get(foldName(named.name.slice(named.name.lastIndexOf(' ') + 1))) ?? [];
  return family.some((f) => f !== named && f !== kin && f.type === 'person' && (f.mentions[0]?.start ?? Infinity) < first.start) ? named.name : null;
}

/** Whether a mention is all its line holds (a colon after it aside): a heading, not a dateline ("WASHINGTON —"). */
export function onLineAlone(text: string, m: NameMention): boolean {
  // (read a few characters each way, not to the line's ends: a megabyte line of names stays linear)
  let a = m.start;
  while (a > 0 && m.start - a < 8 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 9)) a--;
  if (a > 0 && text.charCodeAt(a - 1) !== 10) return false;
  let b = m.end;
  while (b < text.length && b - m.end < 8 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 13)) b++;
  return b === text.length || text.charCodeAt(b) === 10;
}

/** Whether every word of a mention's name is in capitals: "ELSA LINDQVIST", "NATO". */
export function inCapitals(m: NameMention): boolean {
  return m.name.every((w) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w));
}
