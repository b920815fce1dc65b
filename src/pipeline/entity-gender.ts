import { listedGender } from './given-name-gender.js';
import type { Entity } from './entities.js';
import { GIVEN_NAMES, REPORTING_VERB_FORMS, type Gender } from './speech-lexicons.js';
import { isSpace } from './tokens.js';

// What marks a person's gender when no title or given name of our own list does.

/** The gender the first of a full name's words marks, when it is a given name the package lists. */
export function givenNameGender(e: Entity): Gender | null {
  const words = e.name.split(' ');
  // ("Van der Berg", "De la Cruz": a particle after the first word makes it part of the surname)
  // ("a father who gave only his first name, Luis,": a given name alone marks the gender our own
  // list gives it, as a weak sign a pronoun of the other gender looks past)
  if (words.length === 1) return GIVEN_NAMES.get(words[0] as string) ?? null;
  // (a name our own list gives both sexes, "Jan", marks neither, whatever the package says)
  return !SURNAME_PARTICLES.has(words[1] ?? '') && GIVEN_NAMES.get(words[0] as string) !== null ? listedGender(words[0] as string) : null;
}
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'ter', 'ten']);

/**
 * "Olena Sydorenko, said her government had accepted …", "Reyes said he would appeal": the pronoun
 * that opens what a person says of themselves marks their gender when no given name or title did.
 * Every such mention votes; any disagreement leaves the gender unknown ("Obama said her campaign …"
 * speaks of someone else).
 */
export function genderSaidOf(text: string, e: Entity): Gender | null {
  let vote: Gender | null = null;
  for (const m of e.mentions) {
    if (m.inQuote || m.possessive) continue;
    // the pattern opens with a comma or a space: a name before a stop or a quotation mark needs no slice
    const next = text.charCodeAt(m.end);
    if (next !== 44 && !isSpace(next)) continue;
    const after = SAID_PRONOUN.exec(text.slice(m.end, m.end + 120));
    if (!after || !REPORTING_VERB_FORMS.has(after[1] ?? '')) continue;
    const g: Gender = /^(?:he|his|him)$/u.test(after[2] ?? '') ? 'm' : 'f';
    if (vote !== null && vote !== g) return null;
    vote = g;
  }
  return vote;
}

// after the name, an optional aside set off by commas (or the comma closing the name's own
// apposition), the reporting verb and a pronoun opening its content: ", the foreign minister, said
// she", ", said her", " said that his"
const SAID_PRONOUN = /^(?:,[^,.;:"“”]{1,70},|,)?\s+(\p{Ll}+)\s+(?:that\s+)?(he|she|his|her)\b/u;
