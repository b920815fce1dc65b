import { DEMONYMS, HONORIFICS, ROLE_NOUNS } from './speech-lexicons.js';
import { particleInName } from './name-mentions.js';
import { unnamedOffice } from './offices.js';
import { NAME_THEN_WHERE, namesWhere, ofJoinsName } from './name-where.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import type { TextRange } from './segment.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, PERSON_NOUNS } from './source-lexicons.js';
import { DETERMINERS } from './reporting-verb-at.js';
import { bodyLink, forInBodyName } from './body-names.js';
import { REFLEXIVES, plausibleNounPhrase, NOT_A_PHRASE_START, PREPOSITIONS } from './phrase-words.js';

// What kind of phrase does the saying: a name, a pronoun, a role or any other phrase, read off its
// tokens once it has been found (subject-phrase.ts finds it).

/** What kind of phrase a cue's subject is; the sieves resolve each kind differently. */
export type SubjectKind = 'name' | 'pronoun' | 'role' | 'phrase';

/** The phrase that does the saying: "Trump", "he", "The US President", "US officials". */
export interface SubjectPhrase extends TextRange {
  text: string;
  kind: SubjectKind;
  /** Lower-case role noun heading the phrase ("president" in "The US President"), if any. */
  role: string | null;
  /** The phrase carried an apposition that was skipped: "Hugh Hill, a doctor, said". */
  apposition: boolean;
  /** The phrase had titles before the name: "President Donald Trump". */
  titled: boolean;
}


export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

// Sentence connectives that start a clause but are no part of its subject: "But he added", "Then she said"
export const CONNECTIVES = new Set(['but', 'and', 'then', 'so', 'or', 'yet', 'still', 'also', 'however', 'meanwhile', 'instead', 'later', 'now', 'finally', 'again', 'here', 'there']);

/** Last words of the role nouns written with a space ("secretary" of "press secretary"): only they can end a two-word role. */
const TWO_WORD_ROLE_ENDS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) => r.includes(' ')).map((r) => r.slice(r.lastIndexOf(' ') + 1)));

export function phrase(text: string, input: Token[], apposition: boolean): SubjectPhrase | null {
  let toks = input;
  while (toks.length > 1 && CONNECTIVES.has(toks[0]?.text.toLowerCase() ?? '')) toks = toks.slice(1);
  // "Sen. Sherrod Brown of Ohio", "Representative Raul Grijalva of Arizona": the name ends before "of";
  // "Secretary of State John Kerry", "Mayor of London Sadiq Khan": a title's own "of" does not end it
  // "Anna Bell of the University of Leeds", "Rob Mercer of the group Clean Rivers Now", "Jane Moss
  // from Bristol": a person's name, then where they work or live
  const of = toks.findIndex((t, n) => n > 0 && NAME_THEN_WHERE.has(t.text));
  // ("The Institute for the Study of War": the "of" is inside a body's field after its "for")
  if (of > 0 && isCapitalised(toks[of - 1] as Token) && !(toks[of]?.text === 'of' && ofJoinsName(toks[of - 1] as Token)) && !toks.some((_, n) => n > 0 && n < of && forInBodyName(toks, n, toks.slice(n + 1, of))) && (isCapitalised(toks[of - 2] as Token) || isCapitalised(toks[0] as Token)) && namesWhere(toks, of + 1) && !(of === 1 && speakerHead((toks[0] as Token).text.toLowerCase()))) {
    toks = toks.slice(0, of);
  }
  if (toks.length === 1 && CONNECTIVES.has(toks[0]?.text.toLowerCase() ?? '')) return null;
  // "Podesta himself told reporters": an emphatic reflexive after the subject adds nobody
  if (toks.length > 1 && REFLEXIVES.has(toks[toks.length - 1]?.text ?? '')) toks = toks.slice(0, -1);
  // "including a depot and militants who it said were …": a pronoun after a relative is the
  // relative clause's subject, the one who says; the phrase before it is what is spoken of
  if (toks.length > 2 && PRONOUNS.has(toks[toks.length - 1]?.text.toLowerCase() ?? '') && RELATIVES.has(toks[toks.length - 2]?.text.toLowerCase() ?? '')) toks = toks.slice(-1);
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  const words = toks.filter((t) => t.kind === 'word');
  const lower = words.map((t) => t.text.toLowerCase());
  // the whole phrase as one result, its fields written out (a spread of a shared base object was this function's costliest line)
  const whole = (kind: SubjectKind, role: string | null, titled: boolean): SubjectPhrase => ({ start: first.start, end: last.end, text: text.slice(first.start, last.end), apposition, kind, role, titled });
  if (words.length === 1 && PRONOUNS.has(lower[0] ?? '')) return whole('pronoun', null, false);
  // the head is the last word unless a possessive splits the phrase ("Trump’s spokeswoman Hope Hicks")
  let role: string | null = null;
  // ("a spokeswoman for the governor": the role is the head's, before its preposition)
  const ofAt = lower.findIndex((w, n) => n > 0 && (w === 'for' || w === 'to') && !isCapitalised(words[n - 1] as Token));
  for (let k = (ofAt > 0 ? ofAt : lower.length) - 1; k >= 0 && role === null; k--) {
    const two = k > 0 && TWO_WORD_ROLE_ENDS.has(lower[k] ?? '') ? `${lower[k - 1]} ${lower[k]}` : '';
    if (ROLE_NOUNS.has(two)) role = two;
    else if (ROLE_NOUNS.has(lower[k] ?? '')) role = lower[k] ?? null;
  }
  // A name: the phrase ends in a capitalised word that is not a role ("President Donald Trump", "Maduro")
  const lastWord = words[words.length - 1];
  // ("A senior Labour MP": an office with no name before it names nobody)
  const endsInName = lastWord !== undefined && isCapitalised(lastWord) && !ROLE_NOUNS.has(lastWord.text.toLowerCase()) && !DETERMINERS.has(lastWord.text.toLowerCase()) && !unnamedOffice(words.map((t) => t.text));
  const allCapitalised = words.every((t, n) => isCapitalised(t) || t.text === 'of' || isPossessive(t) || particleInName(words, n) || bodyLink(words, n));
  // "Why not just say: “…”", "Any decision … would involve", "Ever the surrogate, …": one word
  // capitalised only because it opens the sentence is no name
  // (not modals or pronouns: "May said" is Theresa May; not an all-capitals word: WHO, US)
  const only = words[0]?.text ?? '';
  if (words.length === 1 && only !== only.toUpperCase() && (NOT_A_PHRASE_START.has(lower[0] ?? '') || SENTENCE_ADVERBS.has(lower[0] ?? ''))) return null;
  // "Hill and Reyes", "Sen. Hill and Gov. Reyes": two people, neither of them alone
  const and = lower.indexOf('and');
  if (endsInName && and > 0 && and < words.length - 1 && words.every((t, n) => n === and || isCapitalised(t) || isPossessive(t))) return whole('phrase', null, false);
  if (endsInName && allCapitalised && !DETERMINERS.has(lower[0] ?? '')) {
    return whole('name', role, words.length > 1 && (role !== null || HONORIFICS.has(words[0]?.text ?? '')));
  }
  // "the Spaniard", "the Dutchman": a determiner and a demonym are an epithet, not a name
  if (words.length === 2 && lower[0] === 'the' && DEMONYMS.has(words[1]?.text ?? '')) return whole('role', null, false);
  if (endsInName && words.length > 1) {
    // "Trump’s envoy Richard Grenell", "the company's CEO Tim Cook": the name closes the phrase
    let k = words.length - 1;
    // ("the Bank of England": the "of" of an organisation's name is in it)
    // ("Trump’s envoy Pieter van Dam": a particle inside the name is in it)
    // ("the Centers for Disease Control and Prevention": so are a body's "for" and "and")
    while (k > 0 && ((isCapitalised(words[k - 1] as Token) && !isPossessive(words[k - 1])) || particleInName(words, k - 1) || (k > 1 && words[k - 1]?.text === 'of' && ofJoinsName(words[k - 2] as Token)) || bodyLink(words, k - 1))) k--;
    // "A resident of Bridgwater", "The chief executive of Tesco", "a farmer near Ludlow": a name
    // after a preposition is where the speaker lives or works, not the speaker
    // ("a lecturer at the University of Kent": a determiner may open the name's phrase)
    // (not a titled name: "The Council on American-Islamic Relations National Executive Director Nihad Awad")
    const at = DETERMINERS.has(lower[k - 1] ?? '') ? k - 2 : k - 1;
    const linked = words[at];
    // ("a spokesman for Senator Dale Brennan", "a lawyer for Mr Brennan": after a speaker's head noun and its preposition even a titled name is the one spoken for)
    const head = words[at - 1];
    const titledName = !(head !== undefined && !isCapitalised(head) && speakerHead(head.text.toLowerCase())) && lower.slice(k).some((w, n) => ROLE_NOUNS.has(w) || HONORIFICS.has(words[k + n]?.text ?? ''));
    if (linked !== undefined && !isCapitalised(linked) && PREPOSITIONS.has(linked.text) && !titledName) return plausibleNounPhrase(lower) ? whole('phrase', null, false) : null;
    const nameStart = words[k] as Token;
    return { start: nameStart.start, end: lastWord.end, text: text.slice(nameStart.start, lastWord.end), apposition, kind: 'name', role, titled: true };
  }
  if (role !== null) return whole('role', role, false);
  if (!plausibleNounPhrase(lower)) return null;
  return whole('phrase', null, false);
}

/** Relatives a pronoun subject of a relative clause follows: "who it said", "which they called". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that', 'what']);

// Adverbs and quantifiers that open sentences: never a one-word name
const SENTENCE_ADVERBS = new Set(['any', 'every', 'each', 'some', 'all', 'no', 'none', 'ever', 'already', 'also', 'still', 'even', 'just', 'only', 'never', 'now', 'then', 'here', 'there', 'thus', 'indeed', 'perhaps', 'maybe', 'instead', 'meanwhile', 'however', 'yes', 'nobody', 'everyone', 'someone', 'anyone']);

/** A noun that names people: "driver", "officials", "mp", "source". */
export const personHead = (w: string): boolean => PERSON_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w);

/** A head noun that names a speaker with a preposition after it: a person, a group, a document. */
export const speakerHead = (w: string): boolean => personHead(w) || DOCUMENT_NOUNS.has(w);
