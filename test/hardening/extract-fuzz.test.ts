import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, ExtractInputError } from '../../src/pipeline/index.js';
import { QUOTE_MARK_PAIRS } from '../../src/pipeline/quote-marks.js';
import { Attribution, Diagnostic } from '../../src/schema/attribution.js';

// Fuzzing extract(): thousands of generated articles, the same ones on every run (seeded PRNG),
// each checked against the output contract. Timing is not asserted here (see `npm run bench`
// for time per MB on adversarial input); this file is about never crashing and never lying
// about offsets.

const SAMPLE = readFileSync(
  fileURLToPath(new URL('../../data/samples/cnn-2025-02-01-venezuela-detainees.txt', import.meta.url)),
  'utf8',
);

/** mulberry32: a small seeded PRNG, so a failing input can be rebuilt from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

// Every mark the quote-mark table knows, openers, closers and the careless closers.
const MARKS = [...new Set(QUOTE_MARK_PAIRS.flatMap((p) => [p.open, p.close, ...(p.alsoClosedBy ?? [])]))];
const WORDS = ['said', 'says', 'told', 'wrote', 'added', 'according to', 'he', 'she', 'they', 'the', 'president', 'envoy', 'a', 'deal', 'no', 'Mr.', 'Dr.', 'U.S.', 'of', 'and', 'Sen.', '’s', 'Jr.'];
const NAMES = ['Donald Trump', 'Trump', 'Ric Grenell', 'Richard Grenell', 'Nicolás Maduro', 'Hugh Hill', 'The State Department', 'O’Malley', 'de la Cruz', 'Ñoño SStraße', 'Zoë', '李明'];
const PUNCT = ['.', ',', ':', ';', '—', '–', '-', '(', ')', '!', '?', '…', ' ', ' ', ' ', '\n', '\n\n', '\t', '\u00A0', '\u2028'];

/** A code point from a mix of ranges: ASCII, Latin, CJK, emoji (astral), controls and lone surrogates. */
function randomChar(r: Rand): string {
  const k = int(r, 10);
  if (k === 0) return String.fromCharCode(int(r, 32)); // C0 controls, NUL included
  if (k === 1) return String.fromCharCode(0xd800 + int(r, 0x800)); // a lone surrogate, high or low
  if (k === 2) return String.fromCodePoint(0x1f300 + int(r, 0x300)); // emoji: two UTF-16 units
  if (k === 3) return String.fromCodePoint(0x10000 + int(r, 0xfffff)); // any astral plane
  if (k === 4) return String.fromCharCode(0x80 + int(r, 0x780)); // Latin-1 and extended, combining marks
  if (k === 5) return String.fromCharCode(0x4e00 + int(r, 0x5000)); // CJK
  if (k === 6) return pick(r, MARKS);
  return String.fromCharCode(0x20 + int(r, 0x5f));
}

/** Tokens of news-like text: words, names, marks and punctuation in random order. */
function quoteSoup(r: Rand, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = int(r, 6);
    out.push(k === 0 ? pick(r, MARKS) : k === 1 ? pick(r, NAMES) : k === 2 ? pick(r, PUNCT) : k === 3 ? randomChar(r) : pick(r, WORDS));
    if (r() < 0.6) out.push(' ');
  }
  return out.join('');
}

/** Marks opened `depth` deep, some text, then closed in a shuffled order (or not at all). */
function nested(r: Rand, depth: number): string {
  const pairs = Array.from({ length: depth }, () => pick(r, QUOTE_MARK_PAIRS));
  const open = pairs.map((p) => `${p.open}${pick(r, WORDS)} `).join('');
  const closers = pairs.map((p) => p.close).filter(() => r() < 0.8);
  for (let i = closers.length - 1; i > 0; i--) {
    const j = int(r, i + 1);
    [closers[i], closers[j]] = [closers[j] as string, closers[i] as string];
  }
  return `${pick(r, NAMES)} said ${open}${closers.join(' ')}, ${pick(r, NAMES)} said.`;
}

/** The sample article cut, spliced and sprinkled with stray marks and control characters. */
function mutatedSample(r: Rand): string {
  let text = SAMPLE.slice(int(r, SAMPLE.length / 2), SAMPLE.length - int(r, SAMPLE.length / 2));
  for (let m = int(r, 12); m > 0; m--) {
    const at = int(r, text.length + 1);
    const insert = r() < 0.5 ? pick(r, MARKS) : r() < 0.5 ? randomChar(r) : pick(r, PUNCT);
    text = r() < 0.2 ? text.slice(0, at) + text.slice(at + int(r, 40)) : text.slice(0, at) + insert + text.slice(at);
  }
  return text;
}

const repeatTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** One generated input per seed; the kind rotates so every family gets its share. */
function generate(seed: number): string {
  const r = prng(seed);
  switch (seed % 9) {
    case 0: return Array.from({ length: int(r, 400) }, () => randomChar(r)).join('');
    case 1: return quoteSoup(r, 20 + int(r, 300));
    case 2: return nested(r, 1 + int(r, 60));
    case 3: return mutatedSample(r);
    case 4: return repeatTo(pick(r, MARKS), 1 + int(r, 3000)); // a long run of one mark
    case 5: return repeatTo(`${pick(r, ['Alpha', 'Beta', 'Ricardo', 'Mr.', 'President', 'O’Neil', 'US'])} `, 10 + int(r, 4000)); // capitalised words
    case 6: return repeatTo(pick(r, ['said ', 'said, ', '“said” ', 'he said ', 'told ', 'according to ']), 10 + int(r, 4000));
    case 7: return `${pick(r, MARKS)}${quoteSoup(r, 50)}${'\n'.repeat(int(r, 5))}${pick(r, MARKS)}${quoteSoup(r, 50)}`;
    default: return Array.from({ length: int(r, 200) }, () => String.fromCharCode(int(r, 0x10000))).join(''); // any UTF-16 unit
  }
}

/** Every contract extract() promises about its output for `text`; returns the first broken one. */
function contractProblem(text: string, result: ReturnType<typeof extract>): string | null {
  const inside = (s: number, e: number): boolean => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
  for (const a of result.quotes) {
    const parsed = Attribution.safeParse(a);
    if (!parsed.success) return `${a.id}: not a valid Attribution: ${parsed.error.issues[0]?.message}`;
    if (!inside(a.start, a.end)) return `${a.id}: span ${a.start}..${a.end} outside 0..${text.length}`;
    if (text.slice(a.start, a.end) !== a.text) return `${a.id}: text.slice(${a.start}, ${a.end}) is not a.text`;
    if (a.speaker && !inside(a.speaker.start, a.speaker.end)) return `${a.id}: speaker offsets ${a.speaker.start}..${a.speaker.end} outside the text`;
    if (a.speaker && text.slice(a.speaker.start, a.speaker.end) !== a.speaker.mention) return `${a.id}: speaker.mention is not text.slice(speaker.start, speaker.end)`;
    if (a.cue && !inside(a.cue.start, a.cue.end)) return `${a.id}: cue offsets ${a.cue.start}..${a.cue.end} outside the text`;
    if (a.cue && text.slice(a.cue.start, a.cue.end) !== a.cue.text) return `${a.id}: cue text is not text.slice(cue.start, cue.end)`;
  }
  for (const d of result.diagnostics) {
    if (!Diagnostic.safeParse(d).success) return `diagnostic ${d.code} is not a valid Diagnostic`;
    if (!inside(d.start, d.end)) return `diagnostic ${d.code} at ${d.start}..${d.end} outside the text`;
  }
  if (new Set(result.quotes.map((a) => a.id)).size !== result.quotes.length) return 'two attributions share an id';
  return null;
}

const INPUTS = 3000;

describe('extract() under fuzzing', () => {
  it(`${INPUTS} generated inputs: no throw, every offset slices the input, every record validates`, () => {
    const failures: string[] = [];
    let attributions = 0;
    for (let seed = 1; seed <= INPUTS && failures.length < 5; seed++) {
      const text = generate(seed);
      try {
        const result = extract(text);
        attributions += result.quotes.length;
        const problem = contractProblem(text, result);
        if (problem) failures.push(`seed ${seed}: ${problem}`);
      } catch (err) {
        failures.push(`seed ${seed}: threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
      }
    }
    expect(failures).toEqual([]);
    // the generators must reach the attribution code, not only the "nothing here" path
    expect(attributions).toBeGreaterThan(100);
  }, 180_000);

  it('a 1 MB article on a single line keeps the contract', () => {
    const r = prng(7);
    const line = Array.from({ length: 6000 }, () => quoteSoup(r, 30).replace(/\n/g, ' ')).join(' ');
    const text = repeatTo(`${SAMPLE.replace(/\s+/g, ' ')} ${line}`, 1_000_000);
    expect(text.length).toBe(1_000_000);
    const result = extract(text);
    expect(contractProblem(text, result)).toBeNull();
    expect(result.quotes.length).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    ['a million straight quotation marks', '"'.repeat(1_000_000)],
    ['a million lone surrogates', '\uD800'.repeat(500_000) + '\uDC00'.repeat(500_000)],
    ['200,000 capitalised words', repeatTo('Alpha Beta Gamma ', 1_000_000)],
    // 40,000 rather than 200,000: every "said" becomes a claim, at about 30 s per MB (see npm run bench)
    ['"said" 40,000 times', repeatTo('said ', 200_000)],
    ['quotations nested 2,000 deep', nested(prng(3), 2000)],
  ])('%s: keeps the contract', (_name, text) => {
    expect(contractProblem(text, extract(text))).toBeNull();
  }, 120_000);

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a Buffer', Buffer.from('“Hi,” he said.')],
    ['an object', { text: '“Hi,” he said.' }],
  ])('%s is refused with ExtractInputError, the only error extract() throws', (_name, input) => {
    expect(() => extract(input as unknown as string)).toThrow(ExtractInputError);
  });

  it('the empty text gives an empty list', () => {
    expect(extract('').quotes).toEqual([]);
  });
});
