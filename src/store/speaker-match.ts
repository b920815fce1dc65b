import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';

const metaphone = new DoubleMetaphone();

/**
 * The identity key of a speaker name: lower case, diacritics and punctuation gone, single
 * spaces. "Nicolás Maduro", "Nicolas  Maduro" and "nicolas maduro." share one key.
 */
export function speakerKey(name: string): string {
  return nameTokens(name).join(' ');
}

export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A speaker as the matcher sees it: tokens and their phonetic codes, computed once. */
export interface SpeakerCandidate {
  id: number;
  name: string;
  tokens: string[];
  codes: string[][];
}

export function toCandidate(id: number, name: string): SpeakerCandidate {
  const tokens = nameTokens(name);
  return { id, name, tokens, codes: tokens.map(phoneticCodes) };
}

function phoneticCodes(token: string): string[] {
  // Short tokens collide too easily ("Lau" and "Lee" are both L): no phonetic match for them.
  if (token.length < 4) return [];
  const [primary, secondary] = metaphone.process(token);
  return primary === secondary ? [primary] : [primary, secondary];
}

const SPELLING_THRESHOLD = 0.9;

/** Letters NFKD leaves as they are, and their plain forms. */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const UNFOLDED = /[łøæœßđðþıħ]/u;
const UNFOLDED_ALL = /[łøæœßđðþıħ]/gu;

function foldLetters(token: string): string {
  return token.replace(UNFOLDED_ALL, (c) => PLAIN_LETTERS[c] ?? c);
}

/**
 * How well one query token matches one name token, 0 (not at all) to 1 (same).
 * - same spelling: 1
 * - a short form: "Ric" for "Richard", "Rich" for "Richard" (either side a 3+ letter prefix): 0.9
 * - a misspelling: Jaro-Winkler >= 0.9 ("grenel" / "grenell" = 0.97)
 * - the same sound: Double Metaphone codes meet ("Grenel" / "Grennell" are both KRNL): 0.85
 */
function tokenScore(query: string, queryCodes: string[], name: string, nameCodes: string[]): number {
  if (query === name) return 1;
  // "lukasz" for "Łukasz", "odegard" for "Ødegård": letters that lose no mark under NFKD are
  // compared by the plain letters typed on an English keyboard. The stored keys keep them.
  if (UNFOLDED.test(query) || UNFOLDED.test(name)) {
    query = foldLetters(query);
    name = foldLetters(name);
    if (query === name) return 1;
  }
  // "Person7" and "Person3", "G7" and "G20": a differing digit is a different name.
  if (/\d/.test(query) || /\d/.test(name)) return 0;
  if (query.length >= 3 && name.length >= 3 && (name.startsWith(query) || query.startsWith(name))) return 0.9;
  if (query.length >= 4 && name.length >= 4) {
    const jw = jaroWinkler(query, name);
    if (jw >= SPELLING_THRESHOLD) return jw;
    if (queryCodes.some((c) => nameCodes.includes(c))) return 0.85;
  }
  // An initial: "R. Grenell" for "Richard Grenell".
  if (query.length === 1 && name.startsWith(query)) return 0.8;
  return 0;
}

/** How a typed name lines up with one speaker name: the score and which name tokens it used. */
export interface SpeakerAlignment {
  score: number;
  /** Indexes into the candidate's tokens that a query token matched. */
  used: ReadonlySet<number>;
}

/**
 * How a speaker name lines up with a typed name, null when it does not match. Every query token
 * must match a different token of the name, and at least one of them must be a real word match
 * (not an initial or a 3-letter prefix alone): "Ric Grenell", "grenel" and "Richard Grenell"
 * all find Richard Grenell; "Maduro" does not; "Ric" alone does not find every Richard.
 */
export function alignSpeaker(
  queryTokens: readonly string[],
  candidate: SpeakerCandidate,
  queryCodes: readonly string[][] = queryTokens.map(phoneticCodes),
): SpeakerAlignment | null {
  if (queryTokens.length === 0 || queryTokens.length > candidate.tokens.length) return null;
  const used = new Set<number>();
  let total = 0;
  let strong = false;
  for (const [qi, q] of queryTokens.entries()) {
    const qCodes = queryCodes[qi] ?? [];
    let best = 0;
    let bestIndex = -1;
    candidate.tokens.forEach((t, i) => {
      if (used.has(i)) return;
      const s = tokenScore(q, qCodes, t, candidate.codes[i] ?? []);
      if (s > best) {
        best = s;
        bestIndex = i;
      }
    });
    if (best === 0) return null;
    used.add(bestIndex);
    total += best;
    if (q.length >= 4 && best >= 0.85) strong = true;
    if (best === 1 && q.length >= 3) strong = true;
  }
  return strong ? { score: total / queryTokens.length, used } : null;
}

/** The score of a speaker for a typed name (see alignSpeaker), 0 when it does not match. */
export function speakerScore(queryTokens: string[], candidate: SpeakerCandidate, queryCodes = queryTokens.map(phoneticCodes)): number {
  return alignSpeaker(queryTokens, candidate, queryCodes)?.score ?? 0;
}

/** A candidate that matched a typed name, with how it lined up. */
export interface SpeakerMatch<C extends SpeakerCandidate> extends SpeakerAlignment {
  candidate: C;
}

/**
 * The speakers a typed name may mean, best first, each with how it lined up. An empty name
 * matches nobody. Among equal scores the name with fewer words beyond the query comes first:
 * "trump" finds "Trump", then "Donald Trump", "Eric Trump", and only then "a Trump ally who" or
 * "Trump’s visit to Des Moines" (names read from a headline or a clause), so a short list of
 * the best matches holds the people.
 */
export function alignSpeakers<C extends SpeakerCandidate>(query: string, candidates: readonly C[]): SpeakerMatch<C>[] {
  const queryTokens = nameTokens(query);
  const queryCodes = queryTokens.map(phoneticCodes);
  const out: SpeakerMatch<C>[] = [];
  for (const candidate of candidates) {
    const aligned = alignSpeaker(queryTokens, candidate, queryCodes);
    if (aligned) out.push({ candidate, ...aligned });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      a.candidate.tokens.length - b.candidate.tokens.length ||
      a.candidate.name.localeCompare(b.candidate.name),
  );
}

/** The speakers a typed name may mean, best first (see alignSpeakers). */
export function matchSpeakers<C extends SpeakerCandidate>(query: string, candidates: readonly C[]): C[] {
  return alignSpeakers(query, candidates).map((m) => m.candidate);
}
