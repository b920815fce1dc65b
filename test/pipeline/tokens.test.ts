import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/pipeline/name-mentions.js';
import { lastTokens, tokenize } from '../../src/pipeline/tokens.js';

// Invented prose with the tokenizer's hard cases: initials and abbreviations glued to their stop,
// possessives, inner hyphens and apostrophes, curly marks, astral characters, odd spaces.
const PARTS = [
  'Sen. Maria O’Neil', 'said', 'U.S.', 'officials’', 'Trump’s envoy', 'George W. Bush', 'can’t', 'Maduro-aligned',
  '“We will win,”', 'the', 'spokesperson', '—', '(AP)', 'Zoë Ñúñez', '😀', '\u00a0', '\n\n', 'a', 'J.R.R.', 'Sanders’ campaign',
  'e-mail', '2026-03-05', '...', 'x', ',', '.', 'Dr.', 'de la Cruz', '\t',
];

function prose(seed: number, length: number): string {
  let a = seed;
  const next = (): number => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    const part = PARTS[Math.floor(next() * PARTS.length)] as string;
    out.push(part, next() < 0.8 ? ' ' : '');
    n += part.length + 1;
  }
  return out.join('');
}

describe('lastTokens', () => {
  it('gives the last tokens of the window, as tokenize does, in short and long texts', () => {
    for (const [seed, length] of [[1, 600], [2, 5000], [3, 12000]] as const) {
      const text = prose(seed, length);
      for (let start = 0; start < text.length; start += 37) {
        for (const width of [3, 20, 60, 200]) {
          const end = Math.min(text.length, start + width);
          for (const count of [1, 5]) {
            expect(lastTokens(text, start, end, count)).toEqual(tokenize(text, start, end).slice(-count));
          }
        }
      }
    }
  });

  it('gives every token of a window holding fewer than asked for', () => {
    expect(lastTokens('envoy Richard', 0, 5, 5).map((t) => t.text)).toEqual(['envoy']);
    expect(lastTokens('   ', 0, 3, 5)).toEqual([]);
  });
});

describe('foldName', () => {
  it('lower-cases ASCII and strips accents from the rest', () => {
    expect(foldName('Grenell')).toBe('grenell');
    expect(foldName('Nicolás')).toBe('nicolas');
    expect(foldName('Zoë')).toBe('zoe');
    expect(foldName('O’Malley')).toBe('o’malley');
    expect(foldName('ﬁsher')).toBe('fisher');
  });
});
