import { ampersandInName, particleInName } from './name-mentions.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import { DETERMINERS, isReportingVerb } from './reporting-verb-at.js';
import { bodyHead, joinsBodyField } from './body-names.js';
import { CLAUSE_WORDS, coordinatedRolesEnd, FINITE_VERBS, headNoun, modifiedHead, OUTLET_KINDS, PREPOSITIONS, skippable, timeAt } from './phrase-words.js';
import { phrase, PRONOUNS, type SubjectPhrase } from './subject-phrase.js';

/** The noun phrase starting at `toks[k]`: "Maduro", "the envoy", "he", "Hugh Hill" (an apposition after it is left out). */
export function phraseForward(text: string, toks: readonly Token[], k: number): SubjectPhrase | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.text.toLowerCase())) return phrase(text, [t], false);
  if (!isCapitalised(t) && CLAUSE_WORDS.has(t.text)) return null; // "…,” but noted", "…,” and said"
  // "At least half of voters … say": a preposition opens no subject
  if (PREPOSITIONS.has(t.text.toLowerCase())) return null;
  const out: Token[] = [];
  let sawCapital = false;
  for (let j = k; j < toks.length && out.length < 8; j++) {
    const u = toks[j] as Token;
    if (isPossessive(u)) {
      out.push(u);
      sawCapital = false; // "Trump’s envoy": the phrase goes on after the possessor
      continue;
    }
    // ("said Johnson & Johnson")
    if (out.length > 0 && ampersandInName(toks, j)) {
      out.push(u);
      continue;
    }
    if (u.kind !== 'word' || isReportingVerb(u) || (out.length > 0 && timeAt(toks, j))) break;
    // "Pieter van Dam", "Ana de la Cruz": a particle inside a name goes on with it
    if (out.length > 0 && particleInName(toks, j)) {
      out.push(u);
      continue;
    }
    const cap = isCapitalised(u);
    // "USA TODAY contributor and monetary historian David Marsh": coordinated roles between a name
    // and the person they describe go on to that person
    const roles = out.length > 0 && sawCapital && !cap ? coordinatedRolesEnd(toks, j) : -1;
    if (roles > 0) {
      out.push(...toks.slice(j, roles));
      j = roles - 1;
      continue;
    }
    // "the Centers for Disease Control and Prevention said": a body's "for" and "and"
    if ((u.text === 'for' && bodyHead(out[out.length - 1]?.text ?? '') && isCapitalised(toks[j + 1] as Token)) || (u.text === 'and' && joinsBodyField(out, toks[j + 1]))) {
      out.push(u);
      continue;
    }
    if (out.length > 0 && !cap && CLAUSE_WORDS.has(u.text.toLowerCase()) && u.text !== 'of') break;
    // a finite verb, or an -ed word after a noun, ends the phrase: "The retired neurosurgeon addressed …"
    const prevWord = out[out.length - 1];
    if (out.length > 0 && !cap && (FINITE_VERBS.has(u.text) || (/ed$/.test(u.text) && prevWord !== undefined && !DETERMINERS.has(prevWord.text.toLowerCase()) && !isPossessive(prevWord)) || skippable(u))) break;
    // a lower-case word after a name ends it ("Trump wrote", "The State Department advises") unless
    // it is a role before the name, a head noun, or a possessor (see below)
    if (out.length > 0 && !cap && sawCapital && !DETERMINERS.has(out[out.length - 1]?.text.toLowerCase() ?? '') && !roleAhead(toks, j) && !headNoun(toks, j, out) && !possessor(toks, j) && !modifiedHead(toks, j, out[0])) break;
    if (cap && !DETERMINERS.has(u.text.toLowerCase())) sawCapital = true;
    out.push(u);
  }
  while (out.length > 0 && (out[out.length - 1]?.text === 'of' || isPossessive(out[out.length - 1]))) out.pop();
  if (out.length === 0) return null;
  return phrase(text, out, false);
}

/** "CIA spokesman Ryan Trapani", "the presumptive Republican presidential nominee": a role at `toks[j]` or just after it, before a name. */
function roleAhead(toks: readonly Token[], j: number): boolean {
  // "the Czech news agency CTK", "the German magazine Der Spiegel": an outlet's kind before its name
  if (OUTLET_KINDS.has(toks[j]?.text ?? '')) {
    let n = j;
    while (n < j + 3 && OUTLET_KINDS.has(toks[n]?.text ?? '')) n++;
    if (toks[n] !== undefined && isCapitalised(toks[n] as Token)) return true;
  }
  for (let n = 0; n <= 2; n++) {
    const w = toks[j + n];
    if (w !== undefined && w.kind === 'word' && (ROLE_NOUNS.has(w.text.toLowerCase()) || (n > 0 && isCapitalised(w) && !isCapitalised(toks[j + n - 1] as Token) && n === 1))) return true;
    // "City council member Denise Farrow", "School board member Tom Ivers": a member of a body, before a name
    if (n > 0 && w?.text === 'member' && toks[j + n + 1] !== undefined && isCapitalised(toks[j + n + 1] as Token)) return true;
  }
  return false;
}

/** "Harriers supporters' club chairman Dave Moss": a plural possessor at `toks[j]` after the name goes on to what it owns. */
function possessor(toks: readonly Token[], j: number): boolean {
  const u = toks[j] as Token;
  return isPossessive(toks[j + 1]) && toks[j + 1]?.start === u.end && /s$/u.test(u.text);
}
