import { REPORTING_VERB_FORMS } from './speech-lexicons.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';

// Whether a reporting-verb form is the verb of its clause, as written: "said" and "told" are, "his
// post" and "a conference call" are not. Shared by the cue search and the subject phrases.

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'both', 'most', 'all']);

/** A reporting verb as written mid-sentence: lower case, so "State" in "State Department" is no verb. */
export const isReportingVerb = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !isCapitalised(t) && REPORTING_VERB_FORMS.has(t.text);

/**
 * Does the word at `v` close a prepositional phrase after its clause's own verb ("told analysts
 * [on a conference call] that …")? Then a bare verb form there ("call") heads a compound noun:
 * "a" and a lower-case noun before it, a preposition before those, and a verb in the past tense
 * further back with no clause edge between ("Residents of a town say …" has none, and keeps its verb).
 * Read on the words' text, so the tokens of the cue search and the words of the claims stage share it.
 */
export function closesPhraseAfterVerb(items: readonly { text: string }[], v: number): boolean {
  if (v < 4 || !/^(?:a|an)$/u.test(items[v - 2]?.text ?? '') || !/^\p{Ll}+$/u.test(items[v - 1]?.text ?? '')) return false;
  if (!/^(?:on|in|during|at|via|over|through|after|before|with|from)$/u.test(items[v - 3]?.text ?? '')) return false;
  for (let j = v - 4; j >= 0 && j >= v - 14; j--) {
    const x = (items[j] as { text: string }).text;
    if (/^[,;:—–()]$/u.test(x) || /^(?:and|but|or|that|who|which|when|while|because|if)$/u.test(x)) return false;
    if (/^\p{Ll}/u.test(x) && (/[^e]ed$/u.test(x) || PAST_SAYING.has(x))) return true;
  }
  return false;
}

/** Past forms with no -ed that end a clause's verb group before its object: "told", "said", "made". */
const PAST_SAYING: ReadonlySet<string> = new Set(['told', 'said', 'wrote', 'spoke', 'gave', 'made', 'took', 'held', 'met', 'sent', 'put', 'set']);

/**
 * A reporting-verb form used as a noun: after a determiner or possessive ("his post", "Editor’s
 * note", "a statement") or right before another verb ("the congressional report said").
 */
export function verbAt(toks: readonly Token[], v: number): boolean {
  const t = toks[v];
  if (!isReportingVerb(t)) return false;
  const prev = toks[v - 1];
  if (prev && (isPossessive(prev) || DETERMINERS.has(prev.text.toLowerCase()) || /^(?:his|her|its|their|my|our|your)$/i.test(prev.text)) && !objectHerBefore(toks, v)) return false;
  // "a Trump-style retort": a capitalised modifier (see isCapitalised) after a determiner makes
  // the word a noun ("The co-founder said" keeps its verb)
  if (prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !isCapitalised(prev) && DETERMINERS.has(toks[v - 2]?.text.toLowerCase() ?? '')) return false;
  const next = toks[v + 1];
  if (next && isReportingVerb(next) && !/ing$/.test(next.text)) return false;
  // "told analysts on a conference call that …": a bare form closing a prepositional phrase after
  // the clause's verb heads a compound noun ("Residents of a town say" keeps its verb)
  const w = t?.text ?? '';
  const bare = REPORTING_VERB_FORMS.get(w) === w && !/(?:s|ed)$/u.test(w);
  if (bare && closesPhraseAfterVerb(toks, v)) return false;
  // "Sanders's clarion call for a revolution": a bare form after a possessor's singular noun, before
  // a preposition, is a noun too ("the party's leaders say", "Ortiz's team say:" keep their verb)
  if (bare && prev && prev.kind === 'word' && /^\p{Ll}+$/u.test(prev.text) && !prev.text.endsWith('s') && isPossessive(toks[v - 2]) && /^(?:for|of|to|from|on)$/u.test(next?.text ?? '')) return false;
  return true;
}

/**
 * "A farmer who met her said …": "her" as the object of the verb before it, and the past form after
 * it the next verb ("her said", "her told" read as a noun after a possessive is no English).
 */
function objectHerBefore(toks: readonly Token[], v: number): boolean {
  const w = toks[v]?.text ?? '';
  if (toks[v - 1]?.text !== 'her' || !PAST_ONLY.has(w)) return false;
  const before = toks[v - 2];
  return before !== undefined && before.kind === 'word' && !isCapitalised(before) && (/[^e]ed$/u.test(before.text) || PAST_SAYING.has(before.text) || /^(?:know|knows|knew|known|met|meet|meets|saw|see|sees|seen|heard|hear|hears|helped|help|helps|told|thanked|visited|called|interviewed|asked)$/u.test(before.text));
}
/** Past forms of saying that are never nouns. */
const PAST_ONLY: ReadonlySet<string> = new Set(['said', 'told', 'wrote', 'added', 'insisted', 'argued', 'claimed', 'warned', 'recalled', 'explained', 'noted', 'replied', 'asked', 'stressed', 'admitted', 'declared', 'complained']);
