import type { Word } from './words.js';

/**
 * Discourse idioms built on a verb of saying, before the comma that closes them: "All told, 5
 * million people could qualify" (in all), "That said, the plan has merit" (even so), "Truth be
 * told, …", "Needless to say, …", "That being said, …". They report nothing anyone said: the
 * clause after them is the writer's own.
 */
const IDIOMS: readonly (readonly string[])[] = [
  ['all', 'told'],
  ['that', 'said'],
  ['truth', 'be', 'told'],
  ['needless', 'to', 'say'],
  ['that', 'being', 'said'],
  ['having', 'said', 'that'],
  ['with', 'that', 'said'],
];

/** Every word of the idioms: a cue that is none of them ("says", "warned": most) is in no idiom. */
const IDIOM_WORDS: ReadonlySet<string> = new Set(IDIOMS.flat());

/** Is the cue word at `i` part of a discourse idiom that opens its clause and closes at a comma ("All told, …")? */
export function inDiscourseIdiom(words: readonly Word[], i: number): boolean {
  if (!IDIOM_WORDS.has(words[i]?.lower ?? '')) return false;
  for (const idiom of IDIOMS) {
    for (let k = 0; k < idiom.length; k++) {
      const start = i - k;
      // the cue word itself first: most cues are in no idiom at this place
      if (start < 0 || idiom[k] !== words[i]?.lower || !wordsAre(words, start, idiom)) continue;
      // the idiom opens its clause ("But all told, …") and a comma closes it
      const before = words[start - 1];
      const opens = before === undefined || /^(?:[,;:—–(]|and|but|so|yet|still)$/u.test(before.lower);
      if (opens && words[start + idiom.length]?.text === ',') return true;
    }
  }
  return false;
}

/** Whether the words from `start` on are `forms`, in order. */
function wordsAre(words: readonly Word[], start: number, forms: readonly string[]): boolean {
  for (let n = 0; n < forms.length; n++) if (words[start + n]?.lower !== forms[n]) return false;
  return true;
}
