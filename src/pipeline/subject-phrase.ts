import { ROLE_NOUNS } from './speech-lexicons.js';
import { relativeBefore } from './relative-object.js';
import { tagsOfLower } from './claims/verbless.js';
import { appositionRenamesBody } from './body-apposition.js';
import { dashAppositionBefore, kinBefore, namedApposition, titledFullName, whoAntecedent } from './apposition-tokens.js';
import { FRONTED_AT, frontedAdjunctWords } from './fronted-adjunct.js';
import { ofJoinsName } from './name-where.js';
import { nameBelongsToObject } from './name-of-object.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import { ampersandInName } from './name-mentions.js';
import { DETERMINERS, isReportingVerb } from './reporting-verb-at.js';

import { bodyNameStartBefore, forInBodyName } from './body-names.js';
import { CLAUSE_WORDS, HABIT_VERBS, PASSIVE_BE, PERCEIVED, monthStop, MONTHS, OPENING_CONJUNCTIONS, OUTLET_KINDS, plausibleNounPhrase, RELATIVE_OPENERS, timeAt, WEEKDAYS, FINITE_VERBS, NOT_A_PHRASE_START, PREPOSITIONS, skippable } from './phrase-words.js';
import { ORGANISATION_HEADS } from './source-lexicons.js';

import { CONNECTIVES, personHead, phrase, PRONOUNS, speakerHead, type SubjectPhrase } from './phrase-kind.js';
export { CONNECTIVES, phrase, PRONOUNS, type SubjectKind, type SubjectPhrase } from './phrase-kind.js';
export { closesPhraseAfterVerb, DETERMINERS, isReportingVerb, verbAt } from './reporting-verb-at.js';
export { CLAUSE_WORDS, FINITE_VERBS, plausibleNounPhrase, SKIPPABLE, skippable } from './phrase-words.js';

// The phrase that does the saying, read off the tokens around a reporting verb: forwards from a
// word ("said Maduro", "according to the envoy"), backwards from a verb ("the US President told"),
// and the appositions beside it ("Hugh Hill, a doctor,"; "his friend, Bruce Turry").

/** A word that cannot be part of a subject phrase: a verb we know, a clause word. */
const endsPhrase = (t: Token): boolean =>
  t.kind !== 'word' || isReportingVerb(t) || (!isCapitalised(t) && CLAUSE_WORDS.has(t.text.toLowerCase()));



/**
 * The subject of the verb at `toks[v]`, walking left: skips adverbs and auxiliaries ("Trump later
 * wrote") and an apposition between commas ("Hugh Hill, a doctor, said"). Null when the verb has no
 * subject of its own ("… but noted that", "…, warning that").
 */
export function phraseBackward(text: string, toks: readonly Token[], v: number, floor = 0): SubjectPhrase | null {
  let j = v - 1;
  while (j >= floor && skippable(toks[j])) j--;
  // "one soldier can be heard asking", "he was filmed saying": a passive verb of perceiving belongs
  // to the verb group, not to the subject
  if (PERCEIVED.has(toks[j]?.text ?? '') && PASSIVE_BE.has(toks[j - 1]?.text ?? '')) {
    j -= 2;
    while (j >= floor && skippable(toks[j])) j--;
  }
  // "her critics like to say", "as her husband used to say": a verb of habit before the infinitive
  // belongs to the verb group; its subject is the speaker's
  if (toks[j]?.text === 'to' && HABIT_VERBS.has(toks[j - 1]?.text ?? '')) {
    j -= 2;
    while (j >= floor && skippable(toks[j])) j--;
  }
  // "Attorney General Loretta E. Lynch, who told Congress: “…”": a relative "who" after a comma
  // stands for the name just before the comma (see `whoAntecedent`)
  if (toks[j]?.text.toLowerCase() === 'who' && toks[j - 1]?.text === ',') {
    const named = whoAntecedent(toks, j, floor);
    const antecedent = named.length > 0 ? phrase(text, named, true) : null;
    if (antecedent?.kind === 'name') return antecedent;
  }
  // "She recalled a bus driver who had told her, “…”", "The award went to Maria Lopez, a nurse, who
  // said …": "who" is the verb's subject and stands for the person named or described before it,
  // wherever in its own clause that phrase stands (here an object)
  if (toks[j]?.text.toLowerCase() === 'who') {
    const described = personBeforeWho(text, toks, j, floor);
    if (described) return described;
  }
  let apposition = false;
  // "Jo Hart — a nurse from Leeds — says", "A former senator -- Ann Bell, who lost in 2008 -- said":
  // an apposition between dashes; a name inside them is the speaker, a description is skipped
  const dashed = dashAppositionBefore(toks, j, floor);
  if (dashed) {
    const inner = toks.slice(dashed.open + 1, dashed.close);
    let n = 0;
    while (n < inner.length && isCapitalised(inner[n] as Token) && inner[n]?.kind === 'word') n++;
    if (n >= 2 && (n === inner.length || inner[n]?.text === ',')) return phrase(text, inner.slice(0, n), true);
    const opener = inner[0];
    if (!opener || !(DETERMINERS.has(opener.text.toLowerCase()) || ROLE_NOUNS.has(opener.text.toLowerCase()))) return null;
    apposition = true;
    j = dashed.before;
  }
  if (toks[j]?.text === ',') {
    // "Hugh Hill, a doctor, said": find the comma opening the apposition
    let k = j - 1;
    while (k >= floor && k > j - 14 && toks[k]?.text !== ',' && (toks[k]?.kind === 'word' || isPossessive(toks[k]))) k--;
    const opener = toks[k + 1];
    // ("Jo Baker, national treasurer for the campaign, called": a role after its adjective)
    // ("a senior Russian commander, Lieutenant General Apti Alaudinov, said": a titled name is the speaker)
    if (toks[k]?.text === ',' && opener && (DETERMINERS.has(opener.text.toLowerCase()) || (ROLE_NOUNS.has(opener.text.toLowerCase()) && !titledFullName(toks, k + 1, j)) || /^(?:who|which)$/u.test(opener.text.toLowerCase()) || /^\d+$/.test(opener.text) || (!isCapitalised(opener) && ROLE_NOUNS.has(toks[k + 2]?.text.toLowerCase() ?? '') && namedApposition(toks.slice(k + 1, j)) < 0))) {
      apposition = true;
      j = k - 1;
      // "Jo Hart, a nurse from Leeds, who works nights, said", "Ann Bell, 58, a retiree, said",
      // "Al Lapp, executive director of the House Majority PAC, a super PAC, said": a second
      // description before the first; the name stands before both
      let k2 = j;
      while (k2 >= floor && k2 > j - 20 && toks[k2]?.text !== ',' && (toks[k2]?.kind === 'word' || isPossessive(toks[k2]))) k2--;
      const opener2 = toks[k2 + 1];
      const named = toks[k2 - 1];
      if (toks[k2]?.text === ',' && k2 < j && opener2 && named && isCapitalised(named) && (DETERMINERS.has(opener2.text.toLowerCase()) || !isCapitalised(opener2))) j = k2 - 1;
    } else if (toks[k]?.text === ',' && namedApposition(toks.slice(k + 1, j)) >= 0) {
      // "The bill's author, state Sen. Victor Nguyen, wrote": lower-case words of a title before the name
      return phrase(text, toks.slice(k + 1 + namedApposition(toks.slice(k + 1, j)), j), true);
    } else if (toks[k]?.text === ',' && toks.slice(k + 1, j).every((t) => isCapitalised(t)) && (j - k > 2 || (j - k === 2 && kinBefore(toks, k)))) {
      // "Ferrante, who co-founded the firm with her roommate, Julia Stram, acknowledged …": a name
      // closing a relative clause is its object's; the subject is the one "who" stands for
      const relative = relativeOpenedBefore(toks, k, floor);
      if (relative >= 0) {
        const antecedent = whoAntecedent(toks, relative, floor);
        return antecedent.length > 0 ? phrase(text, antecedent, true) : null;
      }
      // the apposition is the name itself ("Her husband, Jorge, said": a given name alone, after a
      // possessive description)
      return phrase(text, toks.slice(k + 1, j), true);
    } else return null;
  }
  const out: Token[] = [];
  // (the phrase read below ends at `toks[endAt]`: the walk adds its tokens from there leftwards)
  const endAt = j;
  for (; j >= floor && out.length < 8; j--) {
    const u = toks[j] as Token;
    if (isPossessive(u)) {
      out.unshift(u);
      continue;
    }
    // "“…,” Hill and Reyes said": a subject of two names, the first opening the clause
    if (u.text === 'and' && out.length > 0 && isCapitalised(out[0] as Token)) {
      let k = j - 1;
      while (k >= floor && j - k <= 3 && toks[k] !== undefined && isCapitalised(toks[k] as Token) && toks[k]?.kind === 'word') k--;
      // ("after Russia and China accused …": a subordinator opens the clause too)
      if (k < j - 1 && (k < floor || toks[k]?.kind !== 'word' || CLAUSE_OPENING.has(toks[k]?.text ?? ''))) {
        const first = toks[k + 1] as Token;
        const last = out[out.length - 1] as Token;
        return { start: first.start, end: last.end, text: text.slice(first.start, last.end), apposition, kind: 'phrase', role: null, titled: false };
      }
    }
    // "The Department of Health and Social Care said": an "and" inside a body's name
    if (u.text === 'and' && out.length > 0 && out.every((t) => isCapitalised(t))) {
      const body = bodyNameStartBefore(toks, j, floor);
      if (body >= 0) {
        out.unshift(...toks.slice(body, j + 1));
        j = body;
        continue;
      }
    }
    // "A spokesperson for Devon and Cornwall Police said", "Sources close to the police and crime
    // commissioner said": an "and" inside the object of a speaker's preposition
    if (u.text === 'and' && out.length > 0) {
      for (let q = j - 1; q >= floor && q >= j - 5 && toks[q]?.kind === 'word'; q--) {
        if (!HEAD_LINKS.has(toks[q]?.text ?? '')) continue;
        const described = describedHead(text, toks, q, floor, out[out.length - 1] as Token, apposition);
        if (described) return described;
        break;
      }
    }
    // "A spokesperson for Calder Power & Light said": an ampersand inside a firm's name
    if (out.length > 0 && ampersandInName(toks, j)) {
      out.unshift(u);
      continue;
    }
    // "the Bank of England said", "Secretary of State John Kerry said": an "of" inside a name
    // "The former secretary of state mocked …": a role's own "of" phrase
    const roleOf = u.text === 'of' && toks[j - 1] !== undefined && ROLE_NOUNS.has(toks[j - 1]?.text.toLowerCase() ?? '');
    if (endsPhrase(u) && !roleOf && !(u.text === 'of' && out.length > 0 && isCapitalised(out[0] as Token) && toks[j - 1] !== undefined && ofJoinsName(toks[j - 1] as Token))) {
      // "A spokesman for Harbor Lines said", "Attorneys for Ortiz said", "an adviser to the mayor
      // said": the body or person after the preposition is the speaker's, not the speaker
      if (forInBodyName(toks, j, out)) {
        out.unshift(u);
        continue;
      }
      const described = out.length > 0 ? describedHead(text, toks, j, floor, out[out.length - 1] as Token, apposition) : null;
      if (described) return described;
      // "Sen. Sherrod Brown of Ohio said": a place after a name; `phrase` cuts the name before "of"
      const prevName = toks[j - 1];
      if (u.text === 'of' && out.length > 0 && out.every((t) => isCapitalised(t)) && prevName !== undefined && isCapitalised(prevName) && !ofJoinsName(prevName)) {
        out.unshift(u);
        continue;
      }
      // "voters in each state say": a common noun phrase after a preposition is its object, and
      // the subject lies further back
      if (PREPOSITIONS.has(u.text.toLowerCase()) && out.length > 0 && !out.some((t) => isCapitalised(t))) return null;
      // "A paramedic who waited with a patient on Saturday said": a day or a month after a
      // preposition is when, never who; the subject lies further back
      if (/^(?:on|in|at|by|since|until|from)$/u.test(u.text) && out.length > 0 && out.every((t) => WEEKDAYS.has(t.text) || MONTHS.has(t.text) || /^\d+(?:st|nd|rd|th)?$/u.test(t.text))) return null;
      // "said that in 2021 Brannigan told her", "at one meeting Ruiz said": a fronted time or
      // occasion ends before the name that is the clause's subject
      if (FRONTED_AT.has(u.text)) j += frontedAdjunctWords(out);
      break;
    }
    // "A Feb. 1 letter from the Legion warns": a month's abbreviation keeps its stop
    if (out.length > 0 && monthStop(toks, j)) {
      out.unshift(u);
      continue;
    }
    // "in what Bay Buchanan called", "in which the mayor said": the relative pronoun opens a clause
    // whose subject is the words after it; so does a conjunction opening the sentence ("After
    // Justice Scalia said")
    if (out.length > 0 && (RELATIVE_OPENERS.has(u.text) || OPENING_CONJUNCTIONS.has(u.text))) break;
    // "at the mention of email she laughed": a pronoun is the whole subject
    if (out.length === 0 && PRONOUNS.has(u.text.toLowerCase())) return phrase(text, [u], apposition);
    if (out.length > 0 && DETERMINERS.has(out[0]?.text.toLowerCase() ?? '') && !isPossessive(toks[j + 1])) {
      // "A neighbour of the murdered pharmacist Denise Marlowe told": the name with its determiner
      // is the object of a person noun's preposition; that person speaks
      const described = HEAD_LINKS.has(u.text) ? describedHead(text, toks, j, floor, out[out.length - 1] as Token, apposition) : null;
      if (described) return described;
      break;
    }
    out.unshift(u);
  }
  let first = j + 1;
  while (out.length > 0 && isPossessive(out[0])) {
    out.shift();
    first++;
  }
  if (out.length === 0) return null;
  // "Voters who backed the mayor told pollsters: “…”": the phrase is the object of a restrictive
  // relative clause's verb; the subject is the phrase before "who"
  // (the walk may have taken the verb into the phrase: "who backed Trump" stops at "who")
  const direct = relativeBefore(toks, first, floor);
  const relative = direct >= 0 || out.length < 2 ? direct : relativeBefore(toks, first + 1, floor);
  if (relative >= 0) return phraseBackward(text, toks, relative, floor);
  const p = phrase(text, out, apposition);
  // "A spokesman for the fire service in Exeter said", "Anna Bell of the University of Leeds said":
  // a name after a preposition is its object, a place or a body; the subject is the noun phrase
  // that holds it
  // (not before a participle, whose subject the name is: "reminds me of Abraham Lincoln saying")
  // "Priya Nandakumar of the online magazine Frame Rate described": the name after the kind of body
  // a person is of names the body; the person named before "of" speaks
  if (p?.kind === 'name') {
    const member = memberOfNamedBody(text, toks, toks.findIndex((t, n) => n >= first && t.start === p.start), floor);
    if (member) return member;
  }
  // ("An aide in Greaves's office wrote": so is a name's possession)
  if (p && (p.kind === 'name' || POSSESSED_BY_NAME.test(p.text)) && !/ing$/u.test(toks[v]?.text ?? '')) {
    const holder = phraseHolding(text, toks, first, endAt, floor, apposition);
    if (holder !== undefined) return holder;
  }
  return p;
}


/**
 * The person a subject "who" at `toks[w]` stands for: a name before an apposition ("Maria Lopez, a
 * nurse, who"), a noun phrase whose head names people or is a plural noun ("a bus driver who", "her
 * uncle, who", "fans who"), or a pronoun such as "those"; null for anything else (a capitalised word
 * that is no office, a noun after a preposition whose phrase has no person for its head).
 */
function personBeforeWho(text: string, toks: readonly Token[], w: number, floor: number): SubjectPhrase | null {
  let end = w - 1;
  if (toks[end]?.text === ',') {
    end--;
    // "Choe Myong-sun, a vice foreign minister, who": the description is set off after the name
    let k = end;
    while (k >= floor && k > end - 10 && toks[k]?.kind === 'word' && toks[k]?.text !== ',') k--;
    const opener = toks[k + 1];
    if (toks[k]?.text === ',' && opener && !isCapitalised(opener) && (DETERMINERS.has(opener.text) || ROLE_NOUNS.has(opener.text) || ROLE_NOUNS.has(toks[k + 2]?.text ?? ''))) {
      let n = k - 1;
      while (n >= floor && n > k - 5 && toks[n]?.kind === 'word' && isCapitalised(toks[n] as Token)) n--;
      const named = n < k - 1 ? phrase(text, toks.slice(n + 1, k), true) : null;
      if (named?.kind === 'name') return named;
    }
  }
  const head = toks[end];
  if (!head || head.kind !== 'word') return null;
  // ("those who said", "fans who chanted": whoever they are, they are the speakers, not the subject
  // of the clause the relative sits in; "a Labour MP who": an office in capitals is a role too)
  const headLower = head.text.toLowerCase();
  const office = /^\p{Lu}{2,4}$/u.test(head.text) && personHead(headLower);
  if (isCapitalised(head) && !office) return null;
  const personal = office || personHead(head.text) || WHO_PRONOUNS.has(head.text);
  if (!personal && !/^NNS?$/u.test(tagsOfLower(head.text)?.[0] ?? '')) return null;
  // the noun phrase ends at the head: read back over its modifiers to its determiner or possessor
  let b = end;
  while (b > floor && b > end - 5) {
    const t = toks[b - 1] as Token;
    if (isPossessive(t)) {
      b--;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower)) {
      b--;
      break;
    }
    // (a verb ends the phrase: "Ann Lee thanked | those who"; "The president addressed | families
    // who": a past form not after a determiner is a verb, "a retired | Labour MP" an adjective)
    const tags = tagsOfLower(lower);
    if (t.kind !== 'word' || CLAUSE_WORDS.has(lower) || PREPOSITIONS.has(lower) || FINITE_VERBS.has(t.text) || PRONOUNS.has(lower) || /^VB[DPZ]?$/u.test(tags?.[0] ?? '') || (tags?.includes('VBD') === true && !DETERMINERS.has(toks[b - 2]?.text.toLowerCase() ?? ''))) break;
    b--;
  }
  // "one Democrat familiar with the discussion, who added": a noun after a preposition is the
  // object inside the phrase "who" stands for; that phrase's own head is a person noun before it
  if (!personal && PREPOSITIONS.has(toks[b - 1]?.text ?? '')) {
    for (let q = b - 2; q >= floor && q >= b - 5 && toks[q]?.kind === 'word'; q--) {
      if (!personHead((toks[q] as Token).text.toLowerCase())) continue;
      let d = q;
      while (d > floor && d > q - 3 && toks[d - 1]?.kind === 'word' && !CLAUSE_WORDS.has(toks[d - 1]?.text.toLowerCase() ?? '') && !/^VB[DPZ]?$/u.test(tagsOfLower(toks[d - 1]?.text.toLowerCase() ?? '')?.[0] ?? '')) d--;
      const opener = toks[d] as Token;
      return DETERMINERS.has(opener.text.toLowerCase()) ? describedSpan(text, opener, head) : null;
    }
    return null;
  }
  const first = toks[b] as Token;
  return phrase(text, toks.slice(b, end + 1), false) ?? describedSpan(text, first, head);
}

/** The words from `first` to `last` as a phrase of no name or role: "one Democrat familiar with the talks". */
function describedSpan(text: string, first: Token, last: Token): SubjectPhrase {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), apposition: false, kind: 'phrase', role: null, titled: false };
}

/** Lower-case words that open a clause whose subject follows them: "after Russia and China accused …". */
const CLAUSE_OPENING: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'as', 'if', 'until', 'although', 'though', 'once']);

/** Pronouns a relative "who" follows: "those who", "anyone who". */
const WHO_PRONOUNS: ReadonlySet<string> = new Set(['those', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'others', 'many', 'some', 'few', 'all']);

/**
 * The noun phrase that holds the name starting at `toks[first]` as the object of a preposition
 * ("a farmer near | Ludlow", "Anna Bell of the | University of Leeds"), read back to the clause's
 * start and up to `toks[last]`; null when a verb stands in the way (the name's phrase is no subject);
 * undefined when no preposition comes before the name.
 */
function phraseHolding(text: string, toks: readonly Token[], first: number, last: number, floor: number, apposition: boolean): SubjectPhrase | null | undefined {
  let b = first - 1;
  // "in what Bay Buchanan called", "in which Trump said": a relative pronoun, not a determiner; the
  // name after it is the relative clause's subject
  if (RELATIVE_OPENERS.has(toks[b]?.text ?? '')) return undefined;
  if (b > floor && DETERMINERS.has(toks[b]?.text.toLowerCase() ?? '')) b--;
  const prep = toks[b];
  if (b < floor || !prep || prep.kind !== 'word' || isCapitalised(prep) || !PREPOSITIONS.has(prep.text)) return undefined;
  // the tokens may skip a quotation left out of them: the preposition must stand right before the name
  if (!/^\s+(?:\p{L}+\s+)?$/u.test(text.slice(prep.end, toks[first]?.start ?? prep.end))) return undefined;
  let k = b - 1;
  for (; k >= floor && b - k <= 12; k--) {
    const t = toks[k] as Token;
    if (t.kind !== 'word' && !isPossessive(t) && !monthStop(toks, k)) break;
    const lower = t.text.toLowerCase();
    if (!isCapitalised(t) && CLAUSE_WORDS.has(lower) && !PREPOSITIONS.has(lower)) break;
    if (isReportingVerb(t) || FINITE_VERBS.has(t.text) || (!isCapitalised(t) && NOT_A_PHRASE_START.has(lower))) return null;
  }
  if (k === b - 1) return null;
  const inner = toks.slice(k + 1, last + 1);
  return phrase(text, inner, apposition);
}


/**
 * The person named before "of the [kind of body]" that ends right before the name at `toks[first]`
 * ("Priya Nandakumar of the online magazine | Frame Rate", "Tom Hale of the think tank | Arbor"), or null.
 */
function memberOfNamedBody(text: string, toks: readonly Token[], first: number, floor: number): SubjectPhrase | null {
  if (first <= floor) return null;
  let k = first - 1;
  // the kind of body: lower-case words back to "the" (at most three: "online magazine", "think tank")
  while (k > floor && first - k <= 3 && toks[k]?.kind === 'word' && !isCapitalised(toks[k] as Token) && toks[k]?.text !== 'the') k--;
  if (k === first - 1 || toks[k]?.text !== 'the' || !/^(?:of|from|at|with)$/u.test(toks[k - 1]?.text ?? '')) return null;
  const kind = toks[first - 1]?.text.toLowerCase() ?? '';
  if (!ORGANISATION_HEADS.has(kind) && !OUTLET_KINDS.has(kind) && !OTHER_BODY_KINDS.has(kind)) return null;
  let b = k - 2;
  const e = b;
  while (b - 1 >= floor && e - b < 3 && isCapitalised(toks[b - 1] as Token)) b--;
  if (b > e || !isCapitalised(toks[e] as Token) || !isCapitalised(toks[b] as Token)) return null;
  const named = phrase(text, toks.slice(b, e + 1), false);
  return named?.kind === 'name' ? named : null;
}
/** Kinds of body written before the body's name that the organisation and outlet lexicons lack ("the think tank Arbor"). */
const OTHER_BODY_KINDS: ReadonlySet<string> = new Set(['site', 'blog', 'podcast', 'tank', 'band']);

/** A name's possession in lower case: "Greaves's office", "the Smiths' lawyer" is not one (a determiner opens it). */
const POSSESSED_BY_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:[’']s|(?<=s)[’'])\s+\p{Ll}[\p{Ll}-]*$/u;

// Prepositions that attach a body or person to a speaker's head noun: "a lawyer for", "an adviser
// to", "leaders of", "a spokeswoman at", "a report from", "an analyst with". Not "in" ("voters in
// each state say": the subject may lie further back, "Majorities of voters in each state").
const HEAD_LINKS = new Set(['for', 'of', 'to', 'at', 'from', 'with', 'by']);


/**
 * The noun phrase ending with the preposition at `toks[p]` and its object up to `last`, when the
 * word before the preposition heads a speaker ("A spokesman for Harbor Lines"), walking left over
 * its modifiers to a determiner or the clause start. Null when the head is anything else.
 */
/** Adjectives written after a speaker's head noun with their own preposition: "a source close to", "people familiar with". */
const POSTPOSED_ADJECTIVES: ReadonlySet<string> = new Set(['close', 'closest', 'familiar', 'loyal', 'allied', 'aligned']);

function describedHead(text: string, toks: readonly Token[], p: number, floor: number, last: Token, apposition: boolean): SubjectPhrase | null {
  const prep = toks[p];
  // "a person close to the player", "officials familiar with the talks": an adjective after the
  // head carries the preposition
  const h = POSTPOSED_ADJECTIVES.has(toks[p - 1]?.text ?? '') && toks[p - 2]?.kind === 'word' ? p - 2 : p - 1;
  const head = toks[h];
  if (!prep || !head || !HEAD_LINKS.has(prep.text) || head.kind !== 'word' || !speakerHead(head.text.toLowerCase())) return null;
  // a capitalised head is a name ("Sen. Brown of Ohio") unless it opens the clause ("Attorneys for …")
  let k = h;
  const opensClause = (n: number): boolean => n <= floor || (toks[n - 1]?.kind !== 'word' && !isPossessive(toks[n - 1]) && !monthStop(toks, n - 1));
  if (isCapitalised(head) && !opensClause(k)) return null;
  while (k > floor && k > p - 5 && !opensClause(k) && !DETERMINERS.has(toks[k]?.text.toLowerCase() ?? '')) {
    // "A Feb. 1 letter from the Legion": a date before the head
    if (monthStop(toks, k - 1)) {
      k -= 2;
      continue;
    }
    const w = toks[k - 1] as Token;
    // "The mayor's lawyer for the case": an owner before the head; the phrase is read as before
    if (isPossessive(w)) return null;
    if (DETERMINERS.has(w.text.toLowerCase())) {
      k--;
      break;
    }
    if (w.kind !== 'word' || isCapitalised(w) || CLAUSE_WORDS.has(w.text) || FINITE_VERBS.has(w.text) || isReportingVerb(w) || skippable(w)) break;
    k--;
  }
  const first = toks[k] as Token;
  // the walk must end at the clause start, or at a determiner that opens it: "told a lawyer for the
  // city", "sent a flattering email to him", "in his memo to employees" are objects
  const before = k > floor ? toks[k - 1] : undefined;
  if (before?.kind === 'word' && !CONNECTIVES.has(before.text.toLowerCase())) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), apposition, kind: 'phrase', role: null, titled: false };
}

/**
 * A name in apposition right after a role phrase: `his best friend at Lehigh, Bruce Turry` ->
 * Bruce Turry; `Carson’s business manager, Armstrong Williams,` -> Armstrong Williams.
 */
export function appositiveName(text: string, toks: readonly Token[], after: SubjectPhrase): SubjectPhrase | null {
  let j = toks.findIndex((t) => t.start >= after.end);
  // "a spokeswoman for Trump hotels, Jennifer Rodstrom": the description may run on before the comma
  const limit = j + 8;
  while (j >= 0 && j < toks.length && j < limit && (toks[j]?.kind === 'word' || isPossessive(toks[j]))) j++;
  if (j < 0 || toks[j]?.text !== ',') return null;
  const from = toks.findIndex((t) => t.start >= after.start);
  if (from >= 0 && nameBelongsToObject(text, toks, from, j)) return null;
  const run: Token[] = [];
  let n = j + 1;
  // "Clinton's introducer, actress Jamie Lee Curtis": a role noun may open the name's apposition
  while (n < j + 3 && toks[n]?.kind === 'word' && !isCapitalised(toks[n]) && ROLE_NOUNS.has(toks[n]?.text ?? '')) n++;
  for (; n < toks.length && isCapitalised(toks[n] as Token); n++) run.push(toks[n] as Token);
  // "another leading advocate, Andrew J. Pincus of the law firm Mayer Brown": an affiliation may follow the name
  if (run.length < 2 || (n < toks.length && toks[n]?.kind === 'word' && !/^(?:of|at)$/u.test(toks[n]?.text ?? ''))) return null;
  if (appositionRenamesBody(text.slice(after.start, toks[j]?.start ?? after.end), text.slice((run[0] as Token).start, (run[run.length - 1] as Token).end))) return null;
  return phrase(text, run, true);
}

/** The words from `toks[k]` to the next punctuation (at most 12), as one phrase. */
export function wholePhrase(text: string, toks: readonly Token[], k: number): SubjectPhrase | null {
  let e = k;
  while (e < toks.length && e < k + 12 && (toks[e]?.kind === 'word' || isPossessive(toks[e])) && !(e > k && timeAt(toks, e))) e++;
  if (e >= toks.length || e === k || !(/^[,.;:!?—–-]$/.test(toks[e]?.text ?? '') || timeAt(toks, e))) return null;
  if (timeAt(toks, e)) while (e > k + 1 && /^(?:on|in|at)$/.test(toks[e - 1]?.text ?? '')) e--; // "… the talks on Tuesday"
  const p = phrase(text, toks.slice(k, e), false);
  // "the Rev. Al Sharpton" is a titled name; "one Democrat familiar with the talks" is a description
  if (p?.kind === 'name' && toks.slice(k + 1, e).every((t) => isCapitalised(t))) return p;
  return p && (p.kind === 'name' ? { ...p, kind: 'phrase' as const, start: toks[k]?.start ?? p.start, text: text.slice(toks[k]?.start ?? p.start, toks[e - 1]?.end ?? p.end), end: toks[e - 1]?.end ?? p.end } : p);
}

/** `Sen. Marco Rubio (R-Fla.)` -> `Sen. Marco Rubio`: a parenthesis after a name is not part of it. */
export function cutParenthesis(toks: Token[]): Token[] {
  const open = toks.findIndex((t) => t.text === '(');
  return open > 0 ? toks.slice(0, open) : toks;
}

/**
 * The index of a relative "who" or "which" set off by a comma that opens the clause `toks[k]` (a
 * comma) ends, looking back no further than a stop, a semicolon or a colon; -1 when there is none.
 */
function relativeOpenedBefore(toks: readonly Token[], k: number, floor: number): number {
  for (let w = k - 1; w > floor && w >= k - 30; w--) {
    const t = toks[w] as Token;
    if (t.text === '.' || t.text === ';' || t.text === ':') return -1;
    if ((t.text === 'who' || t.text === 'which') && toks[w - 1]?.text === ',') return w;
  }
  return -1;
}
