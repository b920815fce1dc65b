import { lexiconLines, lexiconSections } from '../lexicon-file.js';

/**
 * The word lists the store needs to tell one person's names apart from another's, read once
 * from `data/lexicons/` (provenance in its README) through the reader the pipeline uses too.
 */

const lines = lexiconLines;
const sections = lexiconSections;

export type Gender = 'm' | 'f';

const genderOf = (g: string | undefined): Gender | null => (g === 'm' || g === 'f' ? g : null);

const titles = sections('titles.txt');

/**
 * Words written before a name, lower case without the period, with the gender they mark:
 * "mr" m, "sen" none, "president" none. Lower case so that "former President" and "Former
 * president" both drop.
 */
export const NAME_TITLES: ReadonlyMap<string, Gender | null> = new Map(
  (titles.get('honorifics') ?? []).map((l) => {
    const [word = '', g] = l.split(/\s*\|\s*/u);
    return [word.replace(/\.$/u, '').toLowerCase(), genderOf(g)] as const;
  }),
);

/** Given names (lower case) and the gender they usually mark; a name listed as either ("Jan | m f") marks none. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map(
  lines('given-names.txt').flatMap((l) => {
    const [name = '', g] = l.split(/\s*\|\s*/u);
    return g === 'f' || g === 'm' || g === undefined ? [[name.toLowerCase(), g === 'f' ? 'f' : 'm'] as const] : [];
  }),
);

const forms = sections('name-forms.txt');

/** Suffixes after a surname ("jr", "iii"), lower case without the period. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(forms.get('suffixes') ?? []);

/** Lower-case words that belong to a surname ("von", "de", "bin"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(forms.get('particles') ?? []);

/** Short given-name form (lower case) -> the formal names it is written for ("ric" -> ["richard"]). */
export const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const l of forms.get('short-forms') ?? []) {
    const [formal = '', shorts = ''] = l.split(/\s*\|\s*/u);
    for (const s of shorts.split(/\s+/u).filter(Boolean)) {
      const key = s.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), formal.toLowerCase()]);
    }
  }
  return out;
})();

/** Formal given name (lower case) -> its short forms ("richard" -> ["rich", "rick", ...]). */
export const FORMAL_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [short, formals] of SHORT_FORMS) {
    for (const f of formals) out.set(f, [...(out.get(f) ?? []), short]);
  }
  return out;
})();

const singleWords = (words: readonly string[]): string[] => words.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase());

/**
 * Head nouns (lower case) of bodies: organisation, government and document heads. A name ending
 * in one is a body even when capitalised: "the Trump Campaign", "Trump Administration".
 */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  singleWords([
    ...lines('organisations.txt'),
    ...(sections('government-bodies.txt').get('heads') ?? []),
    ...lines('document-nouns.txt'),
  ]),
);

/**
 * Head nouns (lower case) of groups of people and bodies: role nouns, unnamed-person nouns and
 * the body heads. A capitalised plural of one ends a group ("Trump Supporters", "Clinton Aides");
 * a capitalised singular role noun does not ("Stephen King", "Elizabeth Bishop" are names).
 */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  ...BODY_HEADS,
  ...singleWords([
    ...(titles.get('roles') ?? []),
    ...lines('person-nouns.txt'),
    ...(sections('anonymity-phrases.txt').get('heads') ?? []),
  ]),
]);
