import { describedGender } from './noun-gender.js';
import { GIVEN_NAMES, type Gender } from './speech-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * "a spokeswoman for the governor, Tom Reed", "the widow of the man who died, Paul Whitby": a name
 * in apposition after a description whose preposition's object is a person names that person, not
 * the one described, when the text says so: the description's head is of the other gender than the
 * name, or the object has a relative clause of its own. Otherwise the name is the speaker's, as news
 * copy mostly means it ("a spokesman for the mayor, Eric Phillips, said"; "the White House chief of
 * staff, Tom Reed"). `from` is the description's first token, `comma` the comma before the name.
 */
export function nameBelongsToObject(toks: readonly Token[], from: number, comma: number): boolean {
  let preposition = -1;
  for (let n = from + 1; n < comma; n++) if (/^(?:for|to|of)$/u.test(toks[n]?.text ?? '')) preposition = n;
  if (preposition < 0) return false;
  for (let n = preposition + 1; n < comma; n++) if (toks[n]?.text === 'who') return true;
  const head = toks.slice(from, preposition).map((t) => t.text).join(' ');
  const given = toks[comma + 1];
  return given !== undefined && isCapitalised(given) && genderClash(head, GIVEN_NAMES.get(given.text) ?? null);
}

/** A description whose head marks one gender ("spokeswoman", "widow") and a person of the other. */
export function genderClash(description: string, gender: Gender | null): boolean {
  const marked = describedGender(description);
  return marked !== null && gender !== null && marked !== gender;
}
