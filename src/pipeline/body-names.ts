import { ORGANISATION_WORDS } from './source-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';
import { tagsOfLower } from './claims/verbless.js';

// The names of bodies whose field is written with "of"/"for" and "and": "Department of Housing and
// Urban Development", "Centers for Disease Control and Prevention". Shared by the name index and the
// subject phrases, so that neither stops at the "and".

/** A body's head word, singular or plural: "Department", "Centers". */
export function bodyHead(w: string): boolean {
  return ORGANISATION_WORDS.has(w) || (w.endsWith('s') && ORGANISATION_WORDS.has(w.slice(0, -1)));
}

/** A capitalised common word ("Housing", "Prevention", "Human"), as a body's field is written. */
function commonWord(t: Token | undefined): boolean {
  if (t === undefined || !isCapitalised(t)) return false;
  const tag = tagsOfLower(t.text.toLowerCase())?.[0];
  return tag === 'NN' || tag === 'NNS' || tag === 'JJ';
}

/** Does an "and" after `run` join two fields of one body's name: a head, "of" or "for", a common word, then another? */
export function joinsBodyField(run: readonly Token[], next: Token | undefined): boolean {
  if (run.length < 3 || !commonWord(run[run.length - 1]) || !commonWord(next)) return false;
  const link = run.findIndex((t) => t.text === 'of' || t.text === 'for');
  return link > 0 && bodyHead(run[link - 1]?.text ?? '');
}

/**
 * Where a body's name starts before the "and" at `toks[and]`, when that "and" joins two fields of
 * it: a capitalised run back to the body's head over its "of"/"for" ("Department of Health" before
 * "and Social Care"). -1 when there is none.
 */
export function bodyNameStartBefore(toks: readonly Token[], and: number, floor: number): number {
  let k = and - 1;
  while (k >= floor && and - k <= 8 && toks[k] !== undefined && (isCapitalised(toks[k] as Token) || toks[k]?.text === 'of' || toks[k]?.text === 'for')) k--;
  // ("The Department of …": the article opens the phrase, not the name)
  if (toks[k + 1]?.text === 'The') k++;
  const run = toks.slice(k + 1, and);
  return joinsBodyField(run, toks[and + 1]) ? k + 1 : -1;
}

/** Is `words[n]` the "for" or "and" inside a body's name ("Centers for Disease Control and Prevention")? */
export function bodyLink(words: readonly Token[], n: number): boolean {
  const w = words[n]?.text;
  if (w === 'for') return bodyHead(words[n - 1]?.text ?? '') && isCapitalised(words[n + 1] as Token);
  return w === 'and' && joinsBodyField(words.slice(0, n), words[n + 1]);
}

/** "The Institute for the Study of War said": the "for" at `toks[j]` is inside a body's name, after its head and before capitalised words (`after`, read back from the verb). */
export function forInBodyName(toks: readonly Token[], j: number, after: readonly Token[]): boolean {
  const head = toks[j - 1];
  return toks[j]?.text === 'for' && after.some((t) => isCapitalised(t)) && head !== undefined && isCapitalised(head) && bodyHead(head.text);
}
