import { DETERMINERS } from './reporting-verb-at.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import { PERSON_NOUNS } from './source-lexicons.js';
import { GIVEN_NAMES, HONORIFICS, ROLE_NOUNS } from './speech-lexicons.js';
import { PREPOSITIONS } from './phrase-words.js';
import { tagsOfLower } from './claims/verbless.js';

/**
 * Appositions around a subject, read from tokens: a title's lower-case modifiers before a name
 * ("state Sen. Victor Nguyen"), the name before a description ("Alan Berg, a doctor from
 * Englewood,"), and an apposition between dashes ("— a teacher from Mount Pleasant —").
 */

/** Lower-case words that open a title before a name: "state Sen.", "former Gov.", "then-Secretary". */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['state', 'former', 'then', 'acting', 'interim', 'retired', 'federal', 'county', 'city', 'district', 'deputy']);

/**
 * Where the name starts in an apposition of title modifiers and a capitalised title and name
 * ("state Sen. Victor Nguyen" → 1), or of a lower-case role and a name ("council member Victor
 * Seale" → 2), or -1: it must have at least one such word and two capitalised words after it.
 */
export function namedApposition(words: readonly Token[]): number {
  let m = 0;
  while (m < words.length && TITLE_MODIFIERS.has(words[m]?.text ?? '')) m++;
  // ("council member Victor Seale", "campaign manager Jo Hart": a lower-case role before the name)
  if (m === 0) m = lowerRoleBefore(words);
  const rest = words.slice(m);
  return m > 0 && rest.length >= 2 && rest.every((t) => isCapitalised(t) || t.text === '.') ? m : -1;
}

/** The length of a lower-case role of at most three words opening `words` ("council member"), or 0. */
function lowerRoleBefore(words: readonly Token[]): number {
  // ("City boss Steve Lindqvist", "Labour leader Ann Bell": a capitalised club, place or party may
  // modify the role)
  let c = 0;
  while (c < 2 && c < words.length && words[c]?.kind === 'word' && isCapitalised(words[c] as Token)) c++;
  const owner = /^\p{Ll}/u.test(words[c]?.text ?? '') ? c : 0;
  let m = owner;
  // (nouns and adjectives only: "not council member X", "including lawyer X", "unlike lawyer X" are no role of X's)
  while (m < words.length && m < owner + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[m]?.text ?? '') && /^(?:NN|NNS|JJ)$/u.test(tagsOfLower(words[m]?.text ?? '')?.[0] ?? 'NN')) m++;
  if (m < words.length && /^\p{Ll}/u.test(words[m]?.text ?? '')) return 0;
  const head = words[m - 1]?.text ?? '';
  return m > owner && (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head)) ? m : 0;
}

/**
 * The name before a description that runs back from `toks[k]` to its opening comma ("Alan Berg, a
 * doctor from Englewood,"): the capitalised words before that comma, or none when the description
 * opens with no determiner or lower-case word, or no name stands before it.
 */
export function nameBeforeDescription(toks: readonly Token[], k: number, floor: number): Token[] {
  let c = toks[k]?.text === ',' ? k - 1 : k;
  const stop = c - 20;
  while (c >= floor && c > stop && toks[c]?.text !== ',' && (toks[c]?.kind === 'word' || isPossessive(toks[c]))) c--;
  const opener = toks[c + 1];
  if (toks[c]?.text !== ',' || !opener || (isCapitalised(opener) && !DETERMINERS.has(opener.text.toLowerCase()))) return [];
  let n = c - 1;
  while (n >= floor && toks[n] !== undefined && (isCapitalised(toks[n] as Token) || toks[n]?.text === '.')) n--;
  return toks.slice(n + 1, c).filter((t) => t.kind === 'word');
}

const isDash = (t: Token | undefined): boolean => t !== undefined && (t.text === '—' || t.text === '–');
const isDoubleHyphen = (toks: readonly Token[], k: number): boolean => toks[k]?.text === '-' && toks[k - 1]?.text === '-' && toks[k - 1]?.end === toks[k]?.start;

/**
 * The dashes around an apposition ending at `toks[j]` ("— a teacher from Mount Pleasant —", "-- Ann
 * Bell, who lost in 2008 --"): the indexes of the opening and closing dash and of the last token
 * before the opening one, or null when `toks[j]` closes no such pair within a short reach.
 */
export function dashAppositionBefore(toks: readonly Token[], j: number, floor: number): { open: number; close: number; before: number } | null {
  const double = isDoubleHyphen(toks, j);
  if (!isDash(toks[j]) && !double) return null;
  const close = double ? j - 1 : j;
  for (let k = close - 1; k > floor && k > close - 20; k--) {
    const t = toks[k] as Token;
    if (/^[.!?;:"“”]$/u.test(t.text)) return null;
    if (double ? isDoubleHyphen(toks, k) : isDash(t)) {
      const open = double ? k - 1 : k;
      return close - k > 1 ? { open: k, close, before: open - 1 } : null;
    }
  }
  return null;
}

/** "her husband", "his son", "the family's lawyer" ending before the comma at `k`: a possessive and a lower-case noun. */
export function kinBefore(toks: readonly Token[], k: number): boolean {
  const noun = toks[k - 1];
  const owner = toks[k - 2];
  if (!noun || !owner || noun.kind !== 'word' || isCapitalised(noun)) return false;
  return /^(?:his|her|their|my|our)$/iu.test(owner.text) || isPossessive(owner);
}

/**
 * The words a relative "who" after a comma at `j` stands for: the name just before the comma
 * ("Attorney General Loretta E. Lynch, who told Congress"); not a name after a preposition, which
 * is a place or an object ("the voters of Iowa, who told her", "veterans in Ohio, who"), but the
 * name before that description ("Alan Berg, a doctor from Englewood, New Jersey, who said").
 */
export function whoAntecedent(toks: readonly Token[], j: number, floor: number): Token[] {
  let k = j - 2;
  while (k >= floor && toks[k] !== undefined && (isCapitalised(toks[k] as Token) || toks[k]?.text === '.')) k--;
  // (a comma before the run ends a place, "Englewood, New Jersey", only after a capitalised word;
  // "Trump's running mate, Indiana Gov. Mike Pence, who" is a name in apposition)
  const prevWord = toks[k - 1];
  // ("one made by Rep. Lisa Tran, who said": a name after the agent's "by" is the one who acts)
  // ("hit back at Mr Hunt, who had said": after a verb's preposition (at, with, to, from, against)
  // a person marked by an honorific or a given name is who "who" stands for; not after "of" or
  // "under", which make a description: "the widow of Mr Navalny, who", "the Tories under Mr Hunt, who")
  const personNamed = HONORIFICS.has(toks[k + 1]?.text ?? '') || (GIVEN_NAMES.has(toks[k + 1]?.text ?? '') && k + 2 < j - 1);
  // ("mentioned it to Lambert, who told him", "spoke with Ortiz, who said": a preposition right after
  // a verb or its object pronoun is the verb's, whoever the name is; "an adviser to Clinton, who" is
  // a description)
  const verbs = /^(?:at|with|against|to|from|toward|towards)$/u.test(toks[k]?.text.toLowerCase() ?? '');
  const honoured = verbs && (personNamed || afterVerb(toks[k - 1]) || (PARTICLES.has(toks[k - 1]?.text ?? '') && afterVerb(toks[k - 2])));
  const inDescription = (PREPOSITIONS.has(toks[k]?.text.toLowerCase() ?? '') && toks[k]?.text !== 'by' && !honoured) || (toks[k]?.text === ',' && prevWord !== undefined && isCapitalised(prevWord));
  return inDescription ? nameBeforeDescription(toks, k, floor) : toks.slice(k + 1, j - 1).filter((t) => t.kind === 'word');
}

/** A verb's particle before its preposition: "hit back at", "lashed out at", "caught up with". */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'up', 'down', 'off', 'over']);

/** A finite verb or an object pronoun: "spoke", "mentioned it", "told them". */
function afterVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCapitalised(t)) return false;
  const lower = t.text.toLowerCase();
  if (/^(?:it|him|her|them|us|me)$/u.test(lower)) return true;
  // (a finite verb only: "a commander allied with Haftar, who" is a participle describing the commander)
  const first = tagsOfLower(lower)?.[0] ?? '';
  return first === 'VBD' || first === 'VBZ' || first === 'VBP';
}

/** `toks[from..to)` is a capitalised title and a full name: "Lieutenant General Apti Alaudinov" (three words or more, all capitalised). */
export function titledFullName(toks: readonly Token[], from: number, to: number): boolean {
  return to - from >= 3 && toks.slice(from, to).every((t) => isCapitalised(t));
}
