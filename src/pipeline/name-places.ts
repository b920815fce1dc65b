import { GIVEN_NAMES } from './speech-lexicons.js';

/**
 * Names that are places by their form or by the words before them: a street ("Mercer Road"), a
 * division of a country named after its common noun ("the provinces of Guayas and Los Ríos"), where
 * someone lives ("lives on Mercer Road"). Read by `name-mentions.ts`: such a name is never a person.
 */

// The head words of a street's or a public place's name ("Mercer Road", "Tahrir Square", "Tower
// Bridge"); "Street" and "Avenue" are also a body's words (ORGANISATION_WORDS)
const STREET_WORDS: ReadonlySet<string> = new Set(
  'Road Rd Street St Avenue Ave Lane Drive Boulevard Blvd Square Bridge Highway Parkway Plaza Terrace Crescent Alley Expressway Freeway Turnpike'.split(' '),
);

/**
 * Whether a name ends in a street's head word: "Mercer Road", "Old Kent Road", "Tahrir Square". A
 * given name and one such word is a person ("Nathan Lane", "Penny Lane", "Jeff Bridge") unless the
 * words before it place it (`placedBefore`).
 */
export function isStreetName(words: readonly string[]): boolean {
  if (words.length < 2 || !STREET_WORDS.has(words[words.length - 1] ?? '')) return false;
  return words.length > 2 || !GIVEN_NAMES.has(words[0] ?? '');
}

// "the provinces of Guayas and Los Ríos", "the state of Bahia", "in the district of Kandahar, Helmand
// or Kunar": a common noun for a country's division, "of", and the name (or a list of such names)
// (a list closes with "and" or "or": "the state of Bahia, Ana Costa, said" sets a person in apposition)
const DIVISION_OF = /\b(?:provinces?|states?|regions?|districts?|city|cities|county|counties|towns?|villages?|prefectures?|municipalit(?:y|ies)|governorates?|oblasts?|cantons?|parish(?:es)?|islands?|neighbou?rhoods?|suburbs?)\s+of\s+(?:(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+){0,8}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},?\s+(?:and|or)\s+)?$/u;

// "a witness who lives on Mercer Road", "she grew up in Elm Park", "residents living near Harlow
// Green": where someone lives is a place
const LIVES_AT = /\b(?:lives?|lived|living|resides?|resided|residing|grew\s+up|raised|born)\s+(?:on|in|near|at|off|along)\s+(?:the\s+)?$/u;

const LAST_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'near', 'at', 'off', 'along', 'the', 'of', 'and', 'or']);

/** Whether the words in `[floor, start)` right before a name make it a place: a division's "of", or where someone lives. */
export function placedBefore(text: string, floor: number, start: number): boolean {
  // both patterns end in a space after a lower-case word or a name list: most names follow neither
  if (start === 0 || text.charCodeAt(start - 1) !== 32) return false;
  // the word before the name ends either pattern: a preposition, "the", "and", "or", or a list's comma
  let w = start - 1;
  while (w > floor && text.charCodeAt(w - 1) === 32) w--;
  if (text.charCodeAt(w - 1) !== 44 && !LAST_WORDS.has(text.slice(Math.max(floor, w - 5), w).split(' ').pop() ?? '')) return false;
  const before = text.slice(floor, start);
  return LIVES_AT.test(before) || (before.includes(' of ') && DIVISION_OF.test(before));
}

// The articles of Spanish, French, Italian and Portuguese that open names of places and surnames:
// "Los Ríos", "La Paz", "Le Pen", "El Paso", "Las Vegas"
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['Los', 'Las', 'La', 'El', 'Le', 'Les', 'Il', 'Lo', 'Gli', 'Os', 'As']);

/**
 * "Los Ríos", "Le Pen", "La Paz": an article and one capitalised word is a place or a surname that
 * keeps its article, never a given name and a surname, so no person named "… Ríos" is this name
 * ("Marine Le Pen" is, written in full).
 */
export function opensWithArticle(words: readonly string[]): boolean {
  return words.length === 2 && ROMANCE_ARTICLES.has(words[0] ?? '');
}

// "LEEDS, England — …", "PORTLAND, Ore. (AP) — …": the region after a dateline's place in capitals
const DATELINE_PLACE_BEFORE = /(?:^|\n)[^\S\n]*\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*\.?,\s*$/u;
const DATELINE_DASH_AFTER = /^\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–]|--?\s)/u;

/** Whether the name in `[start, end)` is the region of a dateline ("LEEDS, England —"): a place, and no short form of a body named later ("NHS England"). */
export function inDateline(text: string, start: number, end: number): boolean {
  // a dateline's region follows a comma: most names do not
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0 || text.charCodeAt(i) !== 44) return false;
  return DATELINE_DASH_AFTER.test(text.slice(end, end + 40)) && DATELINE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
