import { lexiconSections } from '../../lexicon-file.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { CONTENT_PREPOSITIONS, SAY_LIKE } from './word-classes.js';

/**
 * The cue words of the claims stage and their classes: every form of a reporting verb (the shared
 * table, `reporting-verbs.txt`), verbs of belief and intention and stance adjectives
 * (`claim-verbs.txt`, read here by section), and `baseOf`, which maps a form to the base form
 * the word classes use.
 *
 * Does not hold closed-class words (pronouns, prepositions, auxiliaries): see `word-classes.ts`.
 */

const claimSections = lexiconSections('claim-verbs.txt');

/** Forms of disagreeing, debating and being undecided (section `wh-stance`). */
export const WH_STANCE_FORMS: ReadonlySet<string> = new Set(claimSections.get('wh-stance') ?? []);

/** Predicate adjectives that report a stance before "that": "Clinton is confident that …". */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(claimSections.get('adjectives') ?? []);

/** Every cue verb form (shared reporting verbs + claim verbs + stance adjectives) → its base form. */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map([
  ...REPORTING_VERB_FORMS,
  ...[...STANCE_ADJECTIVES].map((a) => [a, a] as const),
  ...[...(claimSections.get('verbs') ?? []), ...(claimSections.get('verb-after-subject') ?? [])].flatMap((l) => {
    const forms = l.split(/\s+/u);
    return forms.map((f) => [f.toLowerCase(), forms[0] ?? f] as const);
  }),
]);

/**
 * Forms that are mostly nouns in news copy ("his claims", "Asian states"): a cue only right after a
 * name or a subject pronoun ("Trump claims he is worth …", "They claim it will …").
 */
export const VERB_AFTER_SUBJECT: ReadonlySet<string> = new Set((claimSections.get('verb-after-subject') ?? []).flatMap((l) => l.toLowerCase().split(/\s+/u)));
export const NEEDS_THAT: ReadonlySet<string> = new Set(claimSections.get('needs-that') ?? []);
export const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set(claimSections.get('needs-complement') ?? []);
export const NEEDS_AS: ReadonlySet<string> = new Set(claimSections.get('needs-as') ?? []);
/** Verbs of knowing and explaining whose content may be a wh-clause: "explained why …", "learned how …". */
export const WH_CLAUSE: ReadonlySet<string> = new Set(claimSections.get('wh-clause') ?? []);

/**
 * The base form of a cue word, spelled as the word classes of the claims stage spell it ("posted" → "post"),
 * whatever the shared table lists as the line's first form; null when the word is no cue.
 */
export function baseOf(form: string): string | null {
  const known = BASE_OF.get(form);
  if (known !== undefined) return known;
  const listed = CUE_FORMS.get(form);
  if (listed === undefined) return null;
  const guesses = [listed, form, form.replace(/ed$/u, ''), form.replace(/d$/u, ''), form.replace(/e?s$/u, ''), form.replace(/ing$/u, ''), form.replace(/ing$/u, 'e'), form.replace(/ied$/u, 'y'), form.replace(/ies$/u, 'y')];
  const base = guesses.find((g) => KNOWN_BASES.has(g)) ?? listed;
  // every cue word of every sentence asks again: remembered per cue form (bounded by the lexicon)
  BASE_OF.set(form, base);
  return base;
}
const BASE_OF = new Map<string, string>();
export const EVIDENTIAL: ReadonlySet<string> = new Set((claimSections.get('evidential') ?? []).map((l) => l.split(/\s+/u)[0] ?? l));
export const OBJECT_FIRST: ReadonlySet<string> = new Set(claimSections.get('object-first') ?? []);

/** Every base form some word class (here or in `word-classes.ts`) names: lets `baseOf` pick "post" for "posted". */
const KNOWN_BASES: ReadonlySet<string> = new Set([
  ...NEEDS_THAT,
  ...NEEDS_COMPLEMENT,
  ...NEEDS_AS,
  ...WH_CLAUSE,
  ...STANCE_ADJECTIVES,
  ...OBJECT_FIRST,
  ...EVIDENTIAL,
  ...SAY_LIKE,
  ...[...CONTENT_PREPOSITIONS.values()].flatMap((v) => (v === 'any' ? [] : [...v])),
  ...(claimSections.get('verbs') ?? []).map((l) => l.split(/\s+/u)[0] ?? l),
  'say', 'tell', 'show', 'call', 'point', 'fire', 'shoot', 'sum', 'speak', 'push', 'lash',
]);
