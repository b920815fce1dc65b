import { DEMONYMS } from './speech-lexicons.js';

/**
 * Offices written as initials ("MP", "CEO") and plurals of initials ("MPs", "GPs"): a group, or an
 * office whose holder the phrase does not name ("a senior Labour MP"), never a person's name.
 */

/** Offices written as initials: "MP", "CEO". */
const INITIALS_OFFICES: ReadonlySet<string> = new Set(['MP', 'MSP', 'MEP', 'MLA', 'TD', 'GP', 'CEO', 'CFO', 'COO', 'CTO']);

/** Parties and sides an office holder is described by: "a Labour MP", "Tory MPs", "a Democratic senator". */
const AFFILIATIONS: ReadonlySet<string> = new Set(['Labour', 'Labor', 'Tory', 'Conservative', 'Liberal', 'Lib', 'Dem', 'Democrat', 'Democratic', 'Republican', 'GOP', 'Green', 'Greens', 'SNP', 'Plaid', 'Reform', 'Unionist', 'DUP', 'Independent', 'Opposition', 'Government', 'Backbench', 'Senior', 'Former', 'Veteran']);

/**
 * Whether `words` (a phrase's words as written) name an office in initials and no one who holds it:
 * "A senior Labour MP", "one Tory MP", "the Apple CEO", "Labour MP"; not "Jane Hill MP" or "Hill MP",
 * where the words before the office are a name.
 */
export function unnamedOffice(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || !INITIALS_OFFICES.has(words[n - 1] ?? '')) return false;
  if (/^(?:a|an|the|one|another|some|several|two|three|many|his|her|their|its)$/iu.test(words[0] ?? '')) return true;
  return words.slice(0, -1).every((w) => AFFILIATIONS.has(w) || DEMONYMS.has(w) || !/^\p{Lu}/u.test(w));
}

/** Initials with a plural "s": "MPs", "GPs", "CEOs", "NGOs". */
export const isPluralInitials = (w: string): boolean => /^\p{Lu}{2,}s$/u.test(w);
