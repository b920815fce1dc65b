import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lexiconLines } from '../../src/lexicon-file.js';

/**
 * `npm run build` writes natural's part-of-speech lexicon as sorted lines (dist/pos-lexicon.tsv),
 * which the built pipeline searches instead of parsing the 4 MB JSON on its first look-up. The
 * built look-up must answer every word as the JSON does, and a word the lexicon lacks as nothing.
 */
const BUILT = new URL('../../dist/pipeline/claims/verbless.js', import.meta.url);
const lexicon = createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, unknown>;

describe('the built part-of-speech lexicon', () => {
  it('is written by the build', () => {
    expect(existsSync(new URL('../../dist/pos-lexicon.tsv', import.meta.url))).toBe(true);
  });

  it('answers every word of the JSON with the same tags, in the same order', async () => {
    const { tagsOfLower } = (await import(BUILT.href)) as { tagsOfLower: (w: string) => readonly string[] | undefined };
    const wrong = Object.keys(lexicon).filter((w) => JSON.stringify(tagsOfLower(w)) !== JSON.stringify(Array.isArray(lexicon[w]) ? lexicon[w] : undefined));
    expect(wrong).toEqual([]);
  });

  it('answers nothing for a word it lacks, and does not read a name a plain object inherits', async () => {
    const { tagsOf } = (await import(BUILT.href)) as { tagsOf: (w: string) => readonly string[] | undefined };
    expect(tagsOf('Qzxvbn')).toBeUndefined();
    // before the first line and after the last of the sorted file
    expect(tagsOf('\u0001')).toBeUndefined();
    expect(tagsOf('\u00ff\u00ff')).toBeUndefined();
    expect(tagsOf('~')).toBeUndefined();
    expect(tagsOf('toString')).toBeUndefined();
    expect(tagsOf('constructor')).toBeUndefined();
    // a capitalised word the lexicon lacks is read in lower case
    expect(tagsOf('Rattled')).toEqual(tagsOf('rattled'));
    expect(tagsOf('rattled')?.length).toBeGreaterThan(0);
  });
});

/**
 * The given-name table is written the same way (dist/given-name-genders.tsv) from the English table
 * of gender-detection-from-name: the built look-up must answer every listed name as the package does.
 */
describe('the built given-name table', () => {
  const BUILT_NAMES = new URL('../../dist/pipeline/given-name-gender.js', import.meta.url);
  const english = createRequire(import.meta.url)('gender-detection-from-name/names/en') as ReadonlyMap<string, string>;
  const others = ['de', 'es', 'it', 'tr'].map((l) => createRequire(import.meta.url)(`gender-detection-from-name/names/${l}`) as ReadonlyMap<string, string>);

  it('answers every name of the package\'s English table with its gender', async () => {
    const { listedGender } = (await import(BUILT_NAMES.href)) as { listedGender: (w: string) => 'm' | 'f' | null };
    // (surnames written first take no gender from the table)
    const familyFirst = new Set(lexiconLines('family-first-surnames.txt').map((w) => w.toLowerCase()));
    const wrong: string[] = [];
    for (const [name, g] of english) {
      if (name.length < 3 || familyFirst.has(name) || !/^[a-z]+$/u.test(name)) continue;
      const asked = name[0]?.toUpperCase() + name.slice(1);
      // (a name the German, Spanish, Italian or Turkish table gives the other sex marks neither)
      const either = others.some((t) => { const h = t.get(name); return (h === 'male' || h === 'female') && h !== g; });
      if (listedGender(asked) !== (either ? null : g === 'male' ? 'm' : 'f')) wrong.push(name);
    }
    expect(wrong).toEqual([]);
    expect(['Milan', 'Andrea', 'Robin'].map(listedGender)).toEqual([null, null, null]);
    expect(['Ingrid', 'Tomas'].map(listedGender)).toEqual(['f', 'm']);
    expect([listedGender('Qzxvbn'), listedGender('Aaaa'), listedGender('Zzzzzz')]).toEqual([null, null, null]);
  });
});
