import { describe, expect, it } from 'vitest';
import { exactKey, GUARANTEED_RUN, hash53, shingleHashes, winnow } from '../../src/cluster/fingerprints.js';
import { containment, isRunOf, sameStatement } from '../../src/cluster/match.js';
import { comparedText, normalizedWords, wordsOf } from '../../src/cluster/wording.js';
import { scanExactKey } from '../../src/cluster/exact-scan.js';
import { diffWording, significanceOf } from '../../src/cluster/variants.js';
import { rememberedDiff } from '../../src/cluster/provenance.js';

const w = normalizedWords;

describe('the words compared', () => {
  it.each([
    ['“We will NOT pay,” she said.', ['we', 'will', 'not', 'pay', 'she', 'said']],
    ['"we   will not pay"', ['we', 'will', 'not', 'pay']],
    ['It’s 3,000 euros — not 4.5 million!', ["it's", '3,000', 'euros', 'not', '4.5', 'million']],
    ['Nicolás  MADURO', ['nicolas', 'maduro']],
    ['?!', []],
    // plain ASCII (read by a pattern of its own) and the same words beside a character beyond it
    ["\"It's 3,000.50 euros, DON'T pay 4.5.\"", ["it's", '3,000.50', 'euros', "don't", 'pay', '4.5']],
    ["\"It's 3,000.50 euros, DON'T pay 4.5.\" – Ana", ["it's", '3,000.50', 'euros', "don't", 'pay', '4.5', 'ana']],
    // a number starts a word of its own: "2x" is 2 and x, "x2" one word
    ["rock'n'roll, 'quoted' x2 and 2x", ["rock'n'roll", 'quoted', 'x2', 'and', '2', 'x']],
    ["rock'n'roll, 'quoted' x2 and 2x —", ["rock'n'roll", 'quoted', 'x2', 'and', '2', 'x']],
  ])('%s', (text, words) => {
    expect(w(text)).toEqual(words);
  });

  // ASCII with curly marks, dashes and the like is split by the ASCII pattern: the same words
  // as the Unicode one (wordsOf) gives, a curly apostrophe inside a word made straight.
  it.each([
    '“We won’t pay,” she said — not now… ‘never’.',
    'rock ’n’ roll in the ’90s, the 1990’s – and 2,500.75 people―all of them',
    '’Tis the city’s “plan”, not Ana’s\u00a0one.',
    'Ana’ said’ “x2’s” ’ ‘’ “”',
    '“Nicolás MADURO’s” plan', // a letter beyond ASCII: read by the Unicode pattern
  ])('%s', (text) => {
    expect(w(text)).toEqual(wordsOf(text).map((word) => word.norm));
  });

  it.each([
    ['mixed', 'the city would “not raise the tax” under any plan', 'not raise the tax'],
    ['mixed', 'everyone’s plan is “a good one” for everyone\'s sake', 'a good one'],
    ['direct', '“We will not raise the tax,”', '“We will not raise the tax,”'],
    ['mixed', 'no marks at all', 'no marks at all'],
  ])('a %s record compares %s as %s', (kind, text, expected) => {
    expect(comparedText(kind, text)).toBe(expected);
  });
});

describe('the exact key read off the text in one pass', () => {
  it.each([
    '“We won’t pay,” she said — not now… ‘never’.',
    "It's 3,000.50 euros, DON'T pay 4.5. 3,,000 and 2x, x2's, don't2, 1990's",
    "rock'n'roll ’90s ’Tis ''a'' '' 7.a 8,9, .5 x.5 Ana’ said’",
    '   ',
    '',
  ])('%s: the key and word count of its split words', (text) => {
    for (const group of ['quote', 'claim'] as const) {
      const words = normalizedWords(text);
      expect(scanExactKey(text, group)).toEqual({ key: exactKey(words, group), words: words.length });
    }
  });

  it('leaves a text with a letter beyond ASCII to the split words', () => {
    expect(scanExactKey('Nicolás Maduro said it', 'quote')).toBeNull();
  });
});

describe('fingerprints', () => {
  it('hashes are safe integers and differ for different shingles', () => {
    const hashes = [hash53('q a b c'), hash53('q a b d'), hash53('c a b c')];
    for (const h of hashes) expect(Number.isSafeInteger(h)).toBe(true);
    expect(new Set(hashes).size).toBe(3);
  });

  it('quotations and claims with the same words get different keys', () => {
    const words = w('we will not raise the water tax');
    expect(exactKey(words, 'quote')).not.toBe(exactKey(words, 'claim'));
    expect(shingleHashes(words, 'quote')).not.toEqual(shingleHashes(words, 'claim'));
  });

  it('punctuation, case and quote marks do not change the exact key', () => {
    expect(exactKey(w('“We will NOT pay,”'), 'quote')).toBe(exactKey(w('we will not pay'), 'quote'));
    expect(exactKey(w('we will pay'), 'quote')).not.toBe(exactKey(w('we will not pay'), 'quote'));
  });

  it('winnowing keeps the minimum of every window, and every hash of a short sequence', () => {
    expect(winnow([5, 3, 8, 9, 1, 7, 2], 3)).toEqual([3, 1]);
    expect(winnow([4, 2, 9], 4)).toEqual([4, 2, 9]);
  });

  it(`a run of ${GUARANTEED_RUN} shared words shares a fingerprint, whatever surrounds it`, () => {
    const run = 'not raise the water tax by';
    const a = winnow(shingleHashes(w(`we will ${run} forty percent this year whatever the council decides`), 'quote'));
    const b = winnow(shingleHashes(w(`the mayor said she would ${run} any amount at all`), 'quote'));
    expect(a.some((f) => b.includes(f))).toBe(true);
  });
});

const STATEMENT = w('We will not raise the water tax by 40 percent this year, whatever the council decides in March.');

describe('one statement or two', () => {
  const ruiz = (text: string) => ({ words: w(text), speakerId: 1 });
  const berg = (text: string) => ({ words: w(text), speakerId: 2 });
  it.each([
    ['verbatim, other punctuation', ruiz('“we will not raise the water tax by 40 percent this year — whatever the council decides in March”'), true],
    ['a changed number', ruiz('We will not raise the water tax by 14 percent this year, whatever the council decides in March.'), true],
    ['a dropped "not"', ruiz('We will raise the water tax by 40 percent this year, whatever the council decides in March.'), true],
    ['a partial quotation of ten words', ruiz('not raise the water tax by 40 percent this year'), true],
    ['the same words from another person', berg('We will not raise the water tax by 40 percent this year, whatever the council decides in March.'), true],
    ['another statement on the same subject', ruiz('The water tax will go up by 40 percent next year unless the state helps us.'), false],
    ['a short partial from another person', berg('raise the water tax'), false],
    ['a short partial from the same person', ruiz('raise the water tax'), true],
    ['a short partial, reworded', ruiz('raise the sewer tax'), false],
    ['two words', ruiz('water tax'), false],
  ])('%s', (_, other, expected) => {
    expect(sameStatement({ words: STATEMENT, speakerId: 1 }, other)).toBe(expected);
  });

  it('a common phrase from different people stays apart, even word for word', () => {
    expect(sameStatement(ruiz('We are monitoring the situation closely.'), berg('We are monitoring the situation closely.'))).toBe(false);
    expect(
      sameStatement(ruiz('We are monitoring the situation closely.'), berg('We are monitoring the situation closely and will decide on the bridge repairs next week.')),
    ).toBe(false);
  });

  it('a paraphrased claim joins a rewording of about its length, not a long claim that contains it', () => {
    const ban = { words: w('temporarily banning non-citizen Muslims from entering the United States'), speakerId: 1 };
    const long = {
      words: w('Trump generated the most interactions across the network the week after his proposal of temporarily banning non-citizen Muslims from entering the United States'),
      speakerId: 2,
    };
    const reworded = { words: w('a proposal of temporarily banning non-citizen Muslims from entering the United States'), speakerId: 3 };
    expect(sameStatement(ban, long, 'claim')).toBe(false);
    expect(sameStatement(ban, reworded, 'claim')).toBe(true);
    // the same words as a quotation: a partial quotation of the longer one
    expect(sameStatement(ban, long, 'quote')).toBe(true);
  });

  it('containment is 1 for a part and falls with each changed word', () => {
    expect(containment(w('not raise the water tax'), STATEMENT)).toBe(1);
    const changed = containment(w('We will not raise the water tax by 14 percent this year, whatever the council decides in March.'), STATEMENT);
    expect(changed).toBeGreaterThan(0.5);
    expect(changed).toBeLessThan(1);
  });

  it('a run is words in order, together', () => {
    expect(isRunOf(['b', 'c'], ['a', 'b', 'c'])).toBe(true);
    expect(isRunOf(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(isRunOf([], ['a'])).toBe(false);
  });
});

describe('word-level diff against the earliest', () => {
  const earliest = '“We will not raise the water tax by 40 percent this year, whatever the council decides in March,”';
  it('verbatim: no change', () => {
    const d = diffWording(earliest, '"we will not raise the water tax by 40 percent this year whatever the council decides in March"');
    expect(d.changed).toBe(false);
    expect(d.significant).toEqual([]);
    expect(d.parts.map((p) => p.kind)).toEqual(['same']);
  });

  it.each([
    ['a changed number', 'We will not raise the water tax by 14 percent this year, whatever the council decides in March.', ['number']],
    ['a dropped "not"', 'We will raise the water tax by 40 percent this year, whatever the council decides in March.', ['negation']],
    ['"won\'t" for "will not"', 'We won\'t raise the water tax by 40 percent this year, whatever the council decides in March.', ['negation']],
    ['a changed name', 'We will not raise the water tax by 40 percent this year, whatever Governor Hale decides in March.', ['name']],
    ['a changed plain word', 'We will not raise the sewer tax by 40 percent this year, whatever the council decides in March.', []],
  ])('%s is a change, significant: %j', (_, text, significant) => {
    const d = diffWording(earliest, text);
    expect(d.changed).toBe(true);
    expect(d.significant).toEqual(significant);
  });

  it('a partial quotation is shorter, not changed', () => {
    const d = diffWording(earliest, 'not raise the water tax by 40 percent this year');
    expect(d).toMatchObject({ changed: false, shorter: true, longer: false, significant: [] });
    expect(d.parts.filter((p) => p.edge).map((p) => p.kind)).toEqual(['removed', 'removed']);
  });

  it('the first word is not taken for a name, "I" is no name', () => {
    expect(significanceOf({ text: 'We', norm: 'we' }, true)).toEqual([]);
    expect(significanceOf({ text: 'I', norm: 'i' }, false)).toEqual([]);
    expect(significanceOf({ text: 'Ruiz', norm: 'ruiz' }, false)).toEqual(['name']);
    expect(significanceOf({ text: 'never', norm: 'never' }, false)).toEqual(['negation']);
    expect(significanceOf({ text: 'forty', norm: 'forty' }, false)).toEqual(['number']);
  });
});

describe('remembered diffs', () => {
  it('answers the same as diffWording, the same object when asked again, and forgets the least recently used', () => {
    const diff = rememberedDiff(2);
    const a = diff('we will not pay', 'we will pay');
    expect(a).toEqual(diffWording('we will not pay', 'we will pay'));
    expect(diff('we will not pay', 'we will pay')).toBe(a);
    diff('x y z', 'x y');
    diff('p q r', 'p q');
    expect(diff('we will not pay', 'we will pay')).not.toBe(a);
  });
});
