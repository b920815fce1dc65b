import { PERSON_NOUNS } from '../source-lexicons.js';
import { GIVEN_NAMES, ROLE_NOUNS } from '../speech-lexicons.js';
import type { ClaimCandidate } from './context.js';
import { baseOf } from './lexicon.js';

/*
 * A verb of saying with a sense that acts on a person: "dismissed the report" judges a claim, but
 * "dismissed manager Colin Hart on Sunday" or "dismissed 40 workers" ends their jobs, and nothing
 * is reported.
 */

/** Base forms whose person object means the act, not a judgement of what someone said. */
const ACTS_ON_PERSON: ReadonlySet<string> = new Set(['dismiss']);

/**
 * Whether the claim's cue is such a verb and its content opens with the person acted on: an object
 * pronoun, role or person nouns (with a number or determiner before them) and an optional name, or
 * a name that opens with a given name. "dismissed him as a crank" judges him, and stays a claim.
 */
export function actsOnPerson(text: string, c: ClaimCandidate): boolean {
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase();
  if (!ACTS_ON_PERSON.has(baseOf(cue) ?? cue)) return false;
  const content = text.slice(c.start, c.end);
  if (/(?:^|\s)as\s/u.test(content)) return false;
  const words = content.split(/\s+/u).map((w) => w.replace(/[,.;:]+$/u, ''));
  if (/^(?:him|her|them)$/iu.test(words[0] ?? '')) return true;
  let k = 0;
  if (/^(?:the|its|his|her|their|a|an|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/iu.test(words[k] ?? '')) k++;
  let people = 0;
  while (k < words.length && people < 3 && isPersonNoun(words[k] ?? '')) {
    k++;
    people++;
  }
  if (people > 0) return true;
  return GIVEN_NAMES.has(words[k] ?? '') && /^\p{Lu}/u.test(words[k + 1] ?? '');
}

function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower) return false;
  return ROLE_NOUNS.has(lower) || PERSON_NOUNS.has(lower) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)));
}
