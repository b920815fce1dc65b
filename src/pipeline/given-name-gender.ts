import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lexiconLines } from '../lexicon-file.js';
import { sortedTableValue } from './sorted-table.js';
import { withoutAccents, type Gender } from './speech-lexicons.js';

/**
 * The English given-name table of `gender-detection-from-name` (MIT; about 32,000 names with the
 * gender each marks), lower case, sorted by UTF-8 bytes. Only the English table gives genders (its
 * French one gives "Florent" as a woman's name); a name its German, Spanish, Italian or Turkish
 * table gives the other gender is left out. Parsing the package's table takes tens of milliseconds, so
 * `npm run build` writes this list once (`scripts/given-name-genders.mjs`) and articles search the
 * written file.
 */
export function englishGivenNames(): [name: string, gender: Gender][] {
  const load = (lang: string): ReadonlyMap<string, string> => createRequire(import.meta.url)(`gender-detection-from-name/names/${lang}`) as ReadonlyMap<string, string>;
  const table = load('en');
  const others = OTHER_TABLES.map(load);
  const out: [string, Gender][] = [];
  for (const [name, g] of table) {
    if ((g !== 'male' && g !== 'female') || /[\t\n]/u.test(name)) continue;
    // a name both sexes bear marks neither: "Milan" and "Andrea" are men's names in Prague and
    // Rome and women's in the English table, "Jean" the other way round
    if (others.some((t) => { const h = t.get(name); return (h === 'male' || h === 'female') && h !== g; })) continue;
    out.push([name, g === 'male' ? 'm' : 'f']);
  }
  return out.sort((a, b) => Buffer.compare(Buffer.from(a[0], 'utf8'), Buffer.from(b[0], 'utf8')));
}

/**
 * The package's other tables, read only to find the names whose gender differs between languages;
 * not the French one, which gives men's names as women's ("Florent", "Antonin").
 */
const OTHER_TABLES = ['de', 'es', 'it', 'tr'];

/** The look-up, made on first use: the file `npm run build` wrote, or else (runs from src/) the package's table. */
let lookUp: ((lower: string) => Gender | null) | null = null;
function genderTable(): (lower: string) => Gender | null {
  if (lookUp) return lookUp;
  try {
    const bytes = readFileSync(new URL('../given-name-genders.tsv', import.meta.url));
    lookUp = (lower) => {
      const g = sortedTableValue(bytes, lower);
      return g === 'm' || g === 'f' ? g : null;
    };
  } catch {
    const table = new Map(englishGivenNames());
    lookUp = (lower) => table.get(lower) ?? null;
  }
  return lookUp;
}

let familyFirst: ReadonlySet<string> | null = null;

/**
 * The gender a given name marks in the package's English table, for a name our own list
 * (`given-names.txt`) lacks: "Kamala", "Yvette", "Siobhan", "Kwasi". Null for a name the table
 * lacks, for a word of fewer than three letters, and for a surname that opens Chinese, Korean and
 * Vietnamese names ("Lu Kang", "Park Geun-hye": the table lists "Lu" as a woman's given name). For
 * gender only, never as evidence that a word names a person ("Georgia Tech", "Austin Energy").
 */
export function listedGender(given: string): Gender | null {
  // a capitalised word of letters, possibly hyphenated ("Jean-Pierre"); initials and capitals are not read
  if (given.length < 3 || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given)) return null;
  if (isFamilySurnameFirst(given)) return null;
  const lower = given.toLowerCase();
  const table = genderTable();
  // ("Andrés", "Zoë": the table lists the name without its accents)
  return table(lower) ?? (withoutAccents(lower) === lower ? null : table(withoutAccents(lower)));
}

/** Whether `word` is a surname that opens Chinese, Korean and Vietnamese names ("Xi" in "Xi Jinping"): no given name. */
export function isFamilySurnameFirst(word: string): boolean {
  familyFirst ??= new Set(lexiconLines('family-first-surnames.txt'));
  return familyFirst.has(word);
}

/**
 * Whether a name is written surname first, as Korean names are: a surname of that kind, then a
 * given name of two syllables joined by a hyphen ("Kim Jong-hyun", "Lee Soo-min"). Its first word
 * then marks no gender, whatever a list of given names says of it ("Kim" and "Lee" are also English
 * given names: "Kim Clijsters").
 */
export function readsSurnameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !isFamilySurnameFirst(words[0] ?? '')) return false;
  // (a given name of two short words, "Kim Jong Un", is not told apart from a Western middle name,
  // "Kim Sue Baker", "Lee Roy Ward")
  return words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? '');
}
