import { describe, expect, it } from 'vitest';
import { quoteShare, type SentenceContext } from '../../src/pipeline/claims/context.js';

/** The share of a range's non-space characters that are quotation blanks, counted one by one. */
function counted(masked: string, from: number, to: number): number {
  let kept = 0;
  let quoted = 0;
  for (const c of masked.slice(from, to)) {
    if (/\s/u.test(c)) continue;
    kept++;
    if (c === 'Q') quoted++;
  }
  return kept === 0 ? 0 : quoted / kept;
}

describe('quoteShare', () => {
  it('gives the same share for short ranges and for long ones read off running totals', () => {
    // a long run-on sentence: words, spaces, tabs and blanked quotations, offset in the article
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces: string[] = [];
    for (let i = 0; i < 3000; i++) pieces.push(next() < 0.3 ? 'Q'.repeat(1 + Math.floor(next() * 9)) : next() < 0.5 ? 'said' : 'the\tcouncil');
    const masked = pieces.join(' ');
    const start = 1234;
    const ctx = { masked, sentence: { start, end: start + masked.length } } as unknown as SentenceContext;
    for (let k = 0; k < 2000; k++) {
      const a = Math.floor(next() * masked.length);
      const b = Math.min(masked.length, a + Math.floor(next() * (next() < 0.5 ? 300 : 5000)));
      expect(quoteShare(ctx, { start: start + a, end: start + b })).toBeCloseTo(counted(masked, a, b), 12);
    }
    // a range running past the sentence's end is cut at it
    expect(quoteShare(ctx, { start: start + 10, end: start + masked.length + 50 })).toBeCloseTo(counted(masked, 10, masked.length), 12);
  });
});
