/**
 * Fingerprints of a wording, for finding near-identical wordings across articles without
 * comparing every pair: word 3-shingles (three words in a row), hashed, and winnowed (Schleimer,
 * Wilkerson & Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003):
 * from every window of WINDOW consecutive shingle hashes the smallest is kept. Two wordings that
 * share a run of GUARANTEED_RUN words share at least one fingerprint, whatever surrounds the run,
 * so a partial quotation of six words or more finds the longer quotation it was cut from.
 */

export const SHINGLE = 3;
export const WINDOW = 4;
/** Shared run of words that is sure to share a fingerprint. */
export const GUARANTEED_RUN = WINDOW + SHINGLE - 1;

/** Quotations and paraphrased claims are clustered apart: their keys never meet. */
export type ClusterGroup = 'quote' | 'claim';

/**
 * A 53-bit hash (a safe integer: SQLite stores it as an INTEGER, JavaScript reads it back
 * exactly): FNV-1a and a second multiplicative hash of the same UTF-16 units, combined.
 */
export function hash53(text: string): number {
  return hashRun(text, [], 0, 0);
}

/** hash53's two hashes before any unit, each fed one UTF-16 unit, and combined at the end. */
export const H1_START = 0x811c9dc5;
export const H2_START = 0x9e3779b9;
export function feed1(h1: number, unit: number): number {
  return Math.imul(h1 ^ unit, 0x01000193);
}
export function feed2(h2: number, unit: number): number {
  const h = Math.imul(h2 ^ unit, 0x5bd1e995);
  return h ^ (h >>> 15);
}
export function combined(h1: number, h2: number): number {
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * hash53 of `prefix` followed by words[from..to) joined by single spaces, without building that
 * string: an exact key or a shingle is hashed for nearly every record stored, and the joined
 * string cost more than the hashing.
 */
function hashRun(prefix: string, words: readonly string[], from: number, to: number): number {
  let h1 = H1_START;
  let h2 = H2_START;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    h1 = feed1(h1, c);
    h2 = feed2(h2, c);
  }
  for (let w = from; w < to; w++) {
    if (w > from) {
      h1 = feed1(h1, 0x20);
      h2 = feed2(h2, 0x20);
    }
    const word = words[w] as string;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h1 = feed1(h1, c);
      h2 = feed2(h2, c);
    }
  }
  return combined(h1, h2);
}

/** What a shingle's and an exact key's words are hashed after: "q a b c" and "q= a b c d" (quotations), "c …" (claims). */
const SHINGLE_PREFIX: Record<ClusterGroup, string> = { quote: 'q ', claim: 'c ' };
export const EXACT_PREFIX: Record<ClusterGroup, string> = { quote: 'q= ', claim: 'c= ' };

/** The hash of each run of SHINGLE words, in order (none when there are fewer words). */
export function shingleHashes(words: readonly string[], group: ClusterGroup): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    hashes.push(hashRun(SHINGLE_PREFIX[group], words, i, i + SHINGLE));
  }
  return hashes;
}

/** The whole wording as one key: the same words in the same order, whatever the punctuation. */
export function exactKey(words: readonly string[], group: ClusterGroup): number {
  return hashRun(EXACT_PREFIX[group], words, 0, words.length);
}

/**
 * The winnowed fingerprints of a sequence of hashes: in every window of WINDOW hashes the
 * smallest (the rightmost of equals), each position taken once. A sequence shorter than a window
 * keeps every hash: a short wording has too few to sample.
 */
export function winnow(hashes: readonly number[], window = WINDOW): number[] {
  if (hashes.length <= window) return [...new Set(hashes)];
  const picked: number[] = [];
  let last = -1;
  for (let start = 0; start + window <= hashes.length; start++) {
    let min = start;
    for (let i = start + 1; i < start + window; i++) if ((hashes[i] as number) <= (hashes[min] as number)) min = i;
    if (min !== last) {
      picked.push(hashes[min] as number);
      last = min;
    }
  }
  return [...new Set(picked)];
}
