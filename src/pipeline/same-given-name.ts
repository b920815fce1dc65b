import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { foldName, withoutStop } from './name-mentions.js';

/** First names that can be one person's: equal, one a short form of the other (Ric/Richard), or close in spelling and sound. */
const metaphone = new DoubleMetaphone();
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = withoutStop(foldName(a));
  const y = withoutStop(foldName(b));
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0]; // initial: "J. Smith"
  if ((x.length >= 3 && y.startsWith(x)) || (y.length >= 3 && x.startsWith(y))) return true;
  if (jaroWinklerDistance(x, y, {}) >= 0.9) return true;
  const px = primaryMetaphone(x);
  return px !== '' && px === primaryMetaphone(y) && x[0] === y[0];
}

/**
 * The Double Metaphone primary code of a folded given name, remembered: the encoder builds some
 * twenty closures per word, and an article compares the same few given names again and again.
 */
function primaryMetaphone(name: string): string {
  let code = METAPHONES.get(name);
  if (code === undefined) {
    // names asked for are bounded by what articles hold; a pathological input cannot grow this without end
    if (METAPHONES.size >= MAX_REMEMBERED_NAMES) METAPHONES.clear();
    METAPHONES.set(name, (code = metaphone.process(name)[0]));
  }
  return code;
}
const METAPHONES = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 20_000;
