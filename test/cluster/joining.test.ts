import { describe, expect, it } from 'vitest';
import { clusterGroupOf, rankedCandidates, wordingToCluster } from '../../src/cluster/joining.js';

describe('the clustering decisions, apart from a store', () => {
  const statement = { kind: 'direct', text: 'We will not raise the water tax by 40 percent this year', speakerId: 1 };

  it('too short to cluster: nobody owns "Thank you"', () => {
    expect(wordingToCluster({ kind: 'direct', text: 'Thank you', speakerId: 1 })).toBeNull();
    expect(wordingToCluster(statement)).not.toBeNull();
  });

  it('a claim and a quotation are never one statement, whatever their words', () => {
    expect(clusterGroupOf('indirect')).toBe('claim');
    expect(clusterGroupOf('mixed')).toBe('quote');
    const w = wordingToCluster(statement)!;
    expect(w.matches({ ...statement, speakerId: 2 })).toBe(true);
    expect(w.matches({ ...statement, kind: 'indirect' })).toBe(false);
    expect(w.matches({ kind: 'direct', text: 'The bridge on Mill Street will close for repairs in June', speakerId: 1 })).toBe(false);
    // a verbatim copy and its keys: the exact key is the same, the fingerprints too
    const copy = wordingToCluster({ ...statement, speakerId: 7 })!;
    expect(copy.exact).toBe(w.exact);
    expect(copy.fingerprints()).toEqual(w.fingerprints());
  });

  it('a short wording said by nobody known joins none and none joins it; given a speaker, or long, it can', () => {
    const short = { kind: 'direct', text: 'we are monitoring the situation closely', speakerId: null };
    const alone = wordingToCluster(short)!;
    expect(alone.joinsNone).toBe(true);
    for (const other of [short, { ...short, speakerId: 1 }]) {
      expect(alone.matches(other)).toBe(false);
      expect(wordingToCluster(other)!.matches(short)).toBe(false);
    }
    const said = wordingToCluster({ ...short, speakerId: 1 })!;
    expect(said.joinsNone).toBe(false);
    expect(said.matches({ ...short, speakerId: 1 })).toBe(true);
    const long = wordingToCluster({ ...statement, speakerId: null })!;
    expect(long.joinsNone).toBe(false);
    expect(long.matches({ ...statement, speakerId: 2 })).toBe(true);
  });

  it('candidates with most shared keys first, the newest first among equals, at most the limit', () => {
    const shared = new Map([[3, 1], [9, 2], [5, 2], [12, 1], [1, 4]]);
    expect(rankedCandidates(shared, 4)).toEqual([1, 9, 5, 12]);
  });
});
