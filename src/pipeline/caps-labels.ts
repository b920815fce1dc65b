import { GIVEN_NAMES } from './speech-lexicons.js';

/**
 * Broadcast transcripts label turns with the speaker's name in capitals, the full name at the
 * first turn and the surname after it (`DANA REYES: …`, `REYES: …`), and the article may never
 * name the host in running text. From the labels alone: each full-name label whose first word is
 * a given name ("DANA REYES") is that person ("Dana Reyes"), and so is a one-word label that is
 * the surname of exactly one of them ("REYES"). Keys are the labels in lower case, one space
 * between words.
 *
 * Does not read a label in mixed case (the article's own names resolve those), nor a one-word
 * label with no full form among the labels ("CLINTON": left to the article's names).
 */
export function capsLabelPeople(labels: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const bySurname = new Map<string, Set<string>>();
  for (const label of labels) {
    const words = label.split(/\s+/u);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w))) continue;
    if (!GIVEN_NAMES.has(titleCase(words[0] as string))) continue;
    const name = words.map(titleCase).join(' ');
    out.set(words.join(' ').toLowerCase(), name);
    const surname = (words[words.length - 1] as string).toLowerCase();
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(name));
  }
  for (const [surname, names] of bySurname) if (names.size === 1) out.set(surname, [...names][0] as string);
  return out;
}

/** "BOULDUAN" → "Boulduan", "O’NEILL" → "O’Neill", "SMITH-JONES" → "Smith-Jones". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[’'-])(\p{Ll})/gu, (_m, mark: string, letter: string) => mark + letter.toUpperCase());
}
