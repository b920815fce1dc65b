import type { Word } from './words.js';

/**
 * "The mayor made it clear that …", "has made clear that …", "is making clear that …": a stance
 * adjective after the light verb "make" reports what the light verb's subject says. Returns the
 * index of the form of "make" right before the adjective (an "it" may stand between), or -1.
 * The subject is looked up before that verb, as before any other verb.
 */
export function lightVerbBefore(words: readonly Word[], v: number): number {
  const m = words[v - 1]?.lower === 'it' ? v - 2 : v - 1;
  return MAKE_FORMS.test(words[m]?.lower ?? '') ? m : -1;
}

const MAKE_FORMS = /^(?:make|makes|made|making)$/u;
