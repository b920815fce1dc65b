/**
 * Whether two wordings are one statement. Does not look at dates or outlets: which appearance
 * came first is the store's question.
 */
import { SHINGLE, shingleHashes, type ClusterGroup } from './fingerprints.js';

/** Fewer words than this are never clustered: "Thank you", "We'll see" are everybody's. */
export const MIN_WORDS = 3;
/**
 * A wording shorter than this joins another only when the same speaker said it: six words or
 * fewer ("we are monitoring the situation", "this is a very serious matter") are said by many
 * people about many things, and across speakers they would make one giant cluster.
 */
export const MIN_WORDS_ACROSS_SPEAKERS = 8;
/** Share of the shorter wording's 3-word shingles the longer must hold. */
export const MIN_CONTAINMENT = 0.5;
/**
 * Paraphrased claims are reworded, not cut: the shorter must have at least this share of the
 * longer's words. Otherwise "temporarily banning Muslims from entering the United States" would
 * join every long claim that mentions the ban.
 */
export const MIN_CLAIM_LENGTH_RATIO = 0.5;

/** One side of a comparison. */
export interface Wording {
  words: readonly string[];
  /** The stored speaker (null: unknown). */
  speakerId: number | null;
}

/**
 * How much of the shorter wording's shingles the longer holds, 0..1 (shingle containment, Broder
 * 1997): 1 for a partial quotation cut from the other, about 0.7 for twelve words with one changed.
 */
export function containment(a: readonly string[], b: readonly string[], group: ClusterGroup = 'quote'): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < SHINGLE) return isRunOf(short, long) ? 1 : 0;
  const shortSet = new Set(shingleHashes(short, group));
  const longSet = new Set(shingleHashes(long, group));
  let shared = 0;
  for (const h of shortSet) if (longSet.has(h)) shared++;
  return shared / shortSet.size;
}

/** Whether `short` appears word for word, in one run, inside `long`. */
export function isRunOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * sameStatement of two wordings with the same `words` words: long enough, and past a short one,
 * given to the same known speaker.
 */
export function sameWordsSameStatement(words: number, a: number | null, b: number | null): boolean {
  return words >= MIN_WORDS && (words >= MIN_WORDS_ACROSS_SPEAKERS || (a !== null && a === b));
}

/**
 * Whether a wording belongs with another: both long enough, the shorter held by the longer
 * (shingle containment at least MIN_CONTAINMENT; for claims, of comparable length too), and, for a short wording, the same known
 * speaker and the words in one run ("a disgrace" said by Ana is not Ben's "a disgrace").
 */
export function sameStatement(a: Wording, b: Wording, group: ClusterGroup = 'quote'): boolean {
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter < MIN_WORDS) return false;
  const sameSpeaker = a.speakerId !== null && a.speakerId === b.speakerId;
  // The same words (the common case: one quotation carried by many outlets) need no shingles.
  if (a.words.length === b.words.length && a.words.every((word, i) => word === b.words[i])) {
    return sameWordsSameStatement(shorter, a.speakerId, b.speakerId);
  }
  if (shorter < MIN_WORDS_ACROSS_SPEAKERS) {
    if (!sameSpeaker) return false;
    const [s, l] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
    return isRunOf(s, l);
  }
  if (group === 'claim' && shorter < MIN_CLAIM_LENGTH_RATIO * Math.max(a.words.length, b.words.length)) return false;
  return containment(a.words, b.words, group) >= MIN_CONTAINMENT;
}
