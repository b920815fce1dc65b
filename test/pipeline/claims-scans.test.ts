import { describe, expect, it } from 'vitest';
import { endsInPassiveAux } from '../../src/pipeline/claims/clause-edges.js';
import { isVerbless, verblessWords } from '../../src/pipeline/claims/verbless.js';

/** The pattern `verblessWords` replaces: letters and digits, with inner apostrophes and hyphens. */
const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** A small deterministic generator (mulberry32), so a failing string can be found again. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the words isVerbless reads', () => {
  it.each([
    ['the concerns', ['the', 'concerns']],
    ["he's at least somewhat decisive", ["he's", 'at', 'least', 'somewhat', 'decisive']],
    ['2 million chargers after fires', ['2', 'million', 'chargers', 'after', 'fires']],
    ['a self-described – socialist', ['a', 'self-described', 'socialist']],
    ['-leading ’quote’ marks', ['leading', 'quote’', 'marks']],
    ['𝐀𝐁 and 😀 café', ['𝐀𝐁', 'and', 'café']],
    ['', []],
  ])('%j is cut into %j', (content, words) => {
    expect(verblessWords(content)).toEqual(words);
  });

  it('are the words of its pattern, on fuzzed strings (astral, lone surrogates, both apostrophes)', () => {
    const alphabet = ['a', 'Z', 'é', '9', '-', "'", '’', ' ', '.', ',', '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', 'ſ', '\u212a', '٣', '_', '—', '\n'];
    const next = generator(16);
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = Math.floor(next() * 16);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(verblessWords(s), JSON.stringify(s)).toEqual(s.match(WORD_PATTERN) ?? []);
    }
  });

  it('leave the verbless check as it was: a noun phrase is verbless, a clause is not', () => {
    expect(isVerbless('the concerns')).toBe(true);
    expect(isVerbless('taxes rise')).toBe(false);
    expect(isVerbless("he's at least somewhat decisive")).toBe(false);
  });
});

/** The pattern `endsInPassiveAux` replaces. */
const PASSIVE_PATTERN = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|also\s+)*$/iu;

describe('a passive auxiliary before a verb', () => {
  it.each([
    ['Trump was ', true],
    ['she is not widely ', true],
    ['It IS also ', true],
    ['It iſ ', true],
    ['The mayor ', false],
    ['this ', false],
    ['was', false],
    ['(were ', true],
    ['is (widely ', false],
    ['is ly ', false],
    ['had been quickly ', true],
  ])('%j ends in one: %s', (before, expected) => {
    expect(endsInPassiveAux(before, 0, before.length)).toBe(expected);
  });

  it('is found where its pattern finds it, on fuzzed stretches', () => {
    const pieces = ['is', 'IS', 'iſ', 'Was', 'were', 'be', 'been', 'being', 'are', 'not', 'NOT', 'also', 'widely', 'ly', 'xly', 'fully', 'thIS', 'a', ' ', '  ', '\u00a0', '\n', '(', '-', ',', '’', '_ly', 'ély', '\u212a', '\ud835', 'said'];
    const next = generator(60);
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = Math.floor(next() * 9);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(next() * pieces.length)];
      const from = Math.min(s.length, Math.floor(next() * 3));
      expect(endsInPassiveAux(s, from, s.length), JSON.stringify([s, from])).toBe(PASSIVE_PATTERN.test(s.slice(from)));
    }
  });
});
