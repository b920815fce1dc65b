import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/pipeline/name-mentions.js';
import { isCapitalised, lastTokens, tokenize, tokenWindow } from '../../src/pipeline/tokens.js';

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

/** Every window of `text` the checks below read: starts every 37 characters, four widths. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < text.length; start += 37) for (const width of [3, 20, 60, 200]) out.push([start, Math.min(text.length, start + width)]);
  return out;
}

describe('tokenize', () => {
  it("reads a window of a long (indexed) text as the window's own text would be read", () => {
    for (const [seed, length] of [[4, 5000], [5, 12000]] as const) {
      const text = prose(seed, length);
      for (const [start, end] of windows(text)) {
        const alone = tokenize(text.slice(start, end), 0, end - start).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
        expect(tokenize(text, start, end)).toEqual(alone);
      }
    }
  });
});

describe('tokenWindow', () => {
  it("gives tokenize's tokens one at a time, and rules out only tokens that are not capitalised", () => {
    for (const [seed, length] of [[6, 600], [7, 5000]] as const) {
      const text = prose(seed, length);
      for (const [start, end] of [...windows(text), [0, text.length] as [number, number]]) {
        const all = tokenize(text, start, end);
        const win = tokenWindow(text, start, end);
        expect(win.length).toBe(all.length);
        for (let i = -1; i <= all.length; i++) expect(win.at(i)).toEqual(all[i]);
        for (let i = 0; i <= all.length; i++) {
          const next = win.nextMayBeCapitalised(i);
          expect(next).toBeGreaterThanOrEqual(i);
          expect(next).toBeLessThanOrEqual(all.length);
          for (let k = i; k < next; k++) expect(isCapitalised(all[k])).toBe(false);
        }
      }
    }
  });

  it('rules out punctuation and lower-case words without making them', () => {
    const text = `${'the envoy said, '.repeat(200)}Richard Grenell`;
    const win = tokenWindow(text, 0, text.length);
    expect(win.nextMayBeCapitalised(3)).toBe(win.length - 2); // from "," past every "the envoy said," to Richard
    expect(win.nextMayBeCapitalised(win.length - 2)).toBe(win.length - 2); // Richard
  });
});

describe('tokenize between whitespaces', () => {
  it('reads a window set off by whitespace (a sentence, a name) off an indexed text as the window alone is read', () => {
    for (const [seed, length] of [[10, 5000], [11, 12000]] as const) {
      const text = prose(seed, length);
      tokenize(text, 0, text.length);
      const edges = [0, text.length];
      for (let i = 0; i < text.length; i++) if (/\s/u.test(text[i] ?? '')) edges.push(i, i + 1);
      let checked = 0;
      for (let k = 0; k + 7 < edges.length; k += 3) {
        for (const [start, end] of [[edges[k], edges[k + 2]], [edges[k], edges[k + 7]], [edges[k + 1], edges[k + 4]]] as [number, number][]) {
          if (end < start) continue;
          const alone = tokenize(text.slice(start, end), 0, end - start).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
          expect(tokenize(text, start, end)).toEqual(alone);
          const win = tokenWindow(text, start, end);
          expect(win.length).toBe(alone.length);
          for (let i = 0; i < alone.length; i++) expect(win.at(i)).toEqual(alone[i]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    }
  });
});

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

  it('reads a look-back ending in whitespace (the words before a name) off an indexed text as the window alone is read', () => {
    for (const [seed, length] of [[8, 5000], [9, 12000]] as const) {
      const text = prose(seed, length);
      tokenize(text, 0, text.length);
      let checked = 0;
      for (let end = 1; end < text.length; end++) {
        if (!/\s/u.test(text[end - 1] ?? '')) continue;
        const start = Math.max(0, end - 60);
        const alone = tokenize(text.slice(start, end), 0, end - start).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
        for (const count of [1, 2, 5]) expect(lastTokens(text, start, end, count)).toEqual(alone.slice(-count));
        checked++;
      }
      expect(checked).toBeGreaterThan(500);
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

describe('an article extracted again from another copy of its string', () => {
  it('gives the same records as the first time, before and after another article', async () => {
    const { extract } = await import('../../src/pipeline/index.js');
    const body = Array.from({ length: 60 }, (_, i) => `Councillor Ann Reece said the budget for ward ${i} was “not enough,” and Tom Hale disagreed.`).join('\n\n');
    const first = `Budget\n\n${body}`;
    const copy = ['Budget', body].join('\n\n');
    const other = `Other\n\n${body.replace(/Reece/g, 'Ortiz')}`;
    const a = extract(first);
    const b = extract(copy);
    extract(other);
    const c = extract(copy);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});
