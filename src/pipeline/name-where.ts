import { HONORIFICS, ROLE_NOUNS } from './speech-lexicons.js';
import { ORGANISATION_HEADS, ORGANISATION_WORDS } from './source-lexicons.js';
import { isCapitalised, type Token } from './tokens.js';

/** A title or an organisation's head word, whose "of" phrase belongs to the name: "Secretary of State", "Bank of England". */
export function ofJoinsName(t: Token): boolean {
  return isCapitalised(t) && (ROLE_NOUNS.has(t.text.toLowerCase()) || HONORIFICS.has(t.text) || ORGANISATION_WORDS.has(t.text));
}

/** Prepositions after a person's name that say where they work or live. */
export const NAME_THEN_WHERE: ReadonlySet<string> = new Set(['of', 'from', 'at', 'in', 'near', 'with']);

/**
 * Whether `toks[from..]` name a place or a body: capitalised words, the function words inside such
 * names ("the University of Leeds"), and a body's common noun before its name ("the group Clean
 * Rivers Now"), ending in a capitalised word.
 */
export function namesWhere(toks: readonly Token[], from: number): boolean {
  const last = toks[toks.length - 1];
  if (from >= toks.length || last === undefined || !isCapitalised(last)) return false;
  for (let n = from; n < toks.length; n++) {
    const t = toks[n] as Token;
    if (!(isCapitalised(t) || t.kind === 'punct' || /^(?:the|of|and|for|&)$/u.test(t.text) || ORGANISATION_HEADS.has(t.text))) return false;
  }
  return true;
}
