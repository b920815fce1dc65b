import { lexiconLines, lexiconSections } from '../lexicon-file.js';

/**
 * The quotation-attribution word lists under `data/lexicons/` (provenance in its README): reporting
 * verbs and phrases, titles and role nouns, given names. Read once when the module loads; this
 * module only parses them, every fact lives in its file.
 */

const lines = lexiconLines;
const sections = lexiconSections;

export type Gender = 'm' | 'f';

/** Every inflected form of every reporting verb, lower case, mapped to its base form: said -> say. */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  lines('reporting-verbs.txt').flatMap((l) => {
    const forms = l.split(/\s+/u);
    return forms.map((f) => [f.toLowerCase(), forms[0] ?? f] as const);
  }),
);

/**
 * Every inflected form of the verbs of belief, intention and finding (`claim-verbs.txt`,
 * `[verbs]`), lower case, mapped to its base form: found -> find.
 */
/** Verbs of telling, as the reporting-verb lexicon's base forms: they take a listener, and a passive of them names it ("was told by Lutz that …"). */
export const TELLING_BASES: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn']);

/**
 * Nouns for a claim as a thing said ("a claim", "an account", "a figure"): a relative clause after
 * one ("…, a claim Israel rejected", "…, a figure the ministry disputes") weighs what was said, and its
 * subject is not who said it.
 */
export const SAYING_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'assertions', 'account', 'accounts', 'version', 'contention', 'suggestion', 'characterisation', 'characterization', 'description', 'figure', 'figures', 'estimate', 'estimates', 'narrative', 'story', 'report', 'reports', 'statement', 'statements', 'assessment', 'premise', 'notion', 'idea', 'view', 'theory', 'argument', 'position', 'stance', 'phrase', 'phrases', 'term', 'terms', 'word', 'words', 'wording', 'label', 'expression', 'remark', 'remarks', 'comment', 'comments', 'slogan']);

export const CLAIM_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  (sections('claim-verbs.txt').get('verbs') ?? []).flatMap((l) => {
    const forms = l.toLowerCase().split(/\s+/u);
    return forms.map((f) => [f, forms[0] ?? f] as const);
  }),
);

/** Multi-word cues ("according to", "in a statement"), lower case, each split into words. */
export const REPORTING_PHRASES: readonly (readonly string[])[] = lines('reporting-phrases.txt').map((l) =>
  l.toLowerCase().split(/\s+/u),
);

const titleSections = sections('titles.txt');

/** Honorifics written before a name ("Sen.", "Mr.", "President"), with the gender they mark. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map(
  (titleSections.get('honorifics') ?? []).map((l) => {
    const [word = '', g = '-'] = l.split(/\s*\|\s*/u);
    return [word, g === 'm' || g === 'f' ? g : null] as const;
  }),
);

/** The role an abbreviated title stands for, keyed by the title as `entities` folds it: gov -> governor. */
export const TITLE_ROLES: ReadonlyMap<string, string> = new Map(
  (titleSections.get('honorifics') ?? []).flatMap((l) => {
    const [word = '', , role] = l.split(/\s*\|\s*/u);
    return role ? [[word.toLowerCase().replace(/\.$/u, ''), role] as const] : [];
  }),
);

/** Role nouns, lower case; multi-word roles ("press secretary") keep their space. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(titleSections.get('roles') ?? []);

/** Nouns for a person of a nation or region ("Spaniard", "Dutchman"), used as epithets for someone named. */
export const DEMONYMS: ReadonlySet<string> = new Set(lines('demonyms.txt'));

/** `name` without its accents, case kept: "Andrés" -> "Andres", "João" -> "Joao"; ASCII as it is. */
export function withoutAccents(name: string): string {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 128) return name.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '');
  return name;
}

/**
 * A table of names that finds a name written with accents under its letters alone: "Andrés" is
 * "Andres", "José" is "Jose", "Joao" is "João" (the list is written as one form or the other).
 */
class AccentFoldedNames extends Map<string, Gender | null> {
  override get(name: string): Gender | null | undefined {
    const found = super.get(name);
    if (found !== undefined) return found;
    const bare = withoutAccents(name);
    return bare === name ? undefined : super.get(bare);
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/**
 * Given names and the gender they usually mark, found with or without accents; null for a name
 * listed as either ("Jan | m f": Jan Brewer and Jan Mraz), a name and no more.
 */
export const GIVEN_NAMES: ReadonlyMap<string, Gender | null> = (() => {
  const names = new AccentFoldedNames();
  for (const l of lines('given-names.txt')) {
    const [name = '', g = 'm'] = l.split(/\s*\|\s*/u);
    const gender: Gender | null = g === 'f' ? 'f' : g === 'm' ? 'm' : null;
    names.set(name, gender);
    // ("João" listed: "Joao" written without its tilde is the same name)
    const bare = withoutAccents(name);
    if (bare !== name && !names.has(bare)) names.set(bare, gender);
  }
  return names;
})();
