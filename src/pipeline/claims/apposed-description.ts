import { isVerbless } from './verbless.js';
import { CONTRACTED } from './word-classes.js';

/**
 * `The senator's press secretary, Nia Fulton, told reporters …`, `Her longtime pollster, Ana
 * Ruiz, said …`: a description opening the sentence and a name set off by commas after it are one
 * subject, the description an apposition to the name. It reports nothing, so the words before the
 * name are no content of the verb after it, read as a tail (`CONTENT, Ana Ruiz said`) though they
 * look like one. A clause before the name (`Taxes will rise, Ana Ruiz, the treasurer, said`) has a
 * verb, and stays.
 *
 * `content` is the text before the name's opening comma; `closed` says a comma closes the name
 * right before the verb.
 */
export function isApposedDescription(content: string, closed: boolean): boolean {
  if (!closed || content.length > 80) return false;
  // "Okafor's press secretary": a name's 's before a noun is a possessive, not a contracted "is"
  return isVerbless(content.replace(/(\p{L}+)['’]s(?!\p{L})/gu, (w, stem: string) => (CONTRACTED.test(w) ? w : stem)));
}
