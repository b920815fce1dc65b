import { describedGender } from './noun-gender.js';
import { PERSON_NOUNS } from './source-lexicons.js';
import { GIVEN_NAMES, ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * "a spokeswoman for the governor, Tom Reed", "the widow of the man who died, Paul Whitby": a name
 * in apposition after a description whose preposition's object is a person names that person, not
 * the one described, when the text says so: the object has a relative clause of its own, or the
 * description's head is of the other gender than the name (`gender`). Otherwise the name is the
 * speaker's, as news copy mostly means it ("a spokesman for the mayor, Eric Phillips, said"; "the
 * White House chief of staff, Tom Reed").
 */
export function nameOfObject(description: string, gender: Gender | null): boolean {
  const m = /^(.*?)\b(?:for|to|of)\s+(?:(?:the|a|an|his|her|its|their)\s+)?((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)$/u.exec(description);
  if (!m?.[2]) return false;
  const words = m[2].split(/\s+/u);
  if (words.includes('who')) return true;
  const last = words[words.length - 1] ?? '';
  return (ROLE_NOUNS.has(last) || PERSON_NOUNS.has(last)) && genderClash(m[1] ?? '', gender);
}

/** `nameOfObject` for tokens: the description from `toks[from]` to the comma at `comma`, the name after it. */
export function nameBelongsToObject(text: string, toks: readonly Token[], from: number, comma: number): boolean {
  const first = toks[from];
  const last = toks[comma - 1];
  const given = toks[comma + 1];
  if (!first || !last || !given || !isCapitalised(given)) return false;
  return nameOfObject(text.slice(first.start, last.end), GIVEN_NAMES.get(given.text) ?? null);
}

/** A description whose head marks one gender ("spokeswoman", "widow") and a person of the other. */
function genderClash(description: string, gender: Gender | null): boolean {
  const marked = describedGender(description);
  return marked !== null && gender !== null && marked !== gender;
}
