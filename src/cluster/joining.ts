/**
 * The decisions of putting one stored wording into a cluster, apart from any store: which group
 * it belongs to, its words and exact key, whether a candidate read back is the same statement,
 * and which candidates to compare first. SQLite's Clusterer and PostgreSQL's PgClusterer both
 * make them; each supplies only its statements.
 */
import { exactKey, shingleHashes, winnow, type ClusterGroup } from './fingerprints.js';
import { scanExactKey } from './exact-scan.js';
import { MIN_WORDS, MIN_WORDS_ACROSS_SPEAKERS, sameStatement, sameWordsSameStatement } from './match.js';
import { comparedText, normalizedWords } from './wording.js';

/** Paraphrased claims cluster apart from quotations (direct and partial). */
export function clusterGroupOf(kind: string): ClusterGroup {
  return kind === 'indirect' ? 'claim' : 'quote';
}

/** A stored wording as the clusterer reads it: its kind, words and stored speaker. */
export interface StoredWording {
  kind: string;
  text: string;
  speakerId: number | null;
}

/** A wording to cluster: its group, exact key, and the test a candidate must pass. */
export interface WordingToCluster {
  group: ClusterGroup;
  exact: number;
  /**
   * Whether it can join no wording and no wording can join it: too short to cross speakers and
   * said by nobody known ("we are monitoring the situation" from "he" with nobody to refer to),
   * so no candidate passes `matches` (sameStatement) either way. Its candidates need not be read;
   * its keys are stored all the same, as every other wording's.
   */
  joinsNone: boolean;
  /** Its winnowed fingerprints (computed when asked: a verbatim copy needs none). */
  fingerprints(): number[];
  matches(candidate: StoredWording): boolean;
}

/** The wording's keys and test, or null when it is too short to cluster ("Thank you"). */
export function wordingToCluster(input: StoredWording): WordingToCluster | null {
  const group = clusterGroupOf(input.kind);
  const mine = comparedText(input.kind, input.text);
  // Its exact key and word count read off the text; its words split only when a candidate
  // has other words or the fingerprints are asked for (scanExactKey: the same key).
  const scanned = scanExactKey(mine, group);
  let split: string[] | null = scanned ? null : normalizedWords(mine);
  const words = (): string[] => (split ??= normalizedWords(mine));
  const count = scanned ? scanned.words : words().length;
  if (count < MIN_WORDS) return null;
  return {
    group,
    exact: scanned ? scanned.key : exactKey(words(), group),
    joinsNone: count < MIN_WORDS_ACROSS_SPEAKERS && input.speakerId === null,
    fingerprints: () => winnow(shingleHashes(words(), group)),
    matches(c) {
      if (clusterGroupOf(c.kind) !== group) return false;
      const theirs = comparedText(c.kind, c.text);
      // A verbatim copy (the common case) has our words: no need to split either text.
      if (theirs === mine) return sameWordsSameStatement(count, input.speakerId, c.speakerId);
      return sameStatement({ words: words(), speakerId: input.speakerId }, { words: normalizedWords(theirs), speakerId: c.speakerId }, group);
    },
  };
}

/** The candidates to compare, most shared keys first (newest first among equals), at most `limit`. */
export function rankedCandidates(shared: ReadonlyMap<number, number>, limit: number): number[] {
  return [...shared]
    .sort((x, y) => y[1] - x[1] || y[0] - x[0])
    .slice(0, limit)
    .map(([id]) => id);
}
