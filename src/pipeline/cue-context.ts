import type { CueMatch } from './cues.js';
import { isReportingVerb, phraseBackward, verbAt, type SubjectPhrase } from './subject-phrase.js';
import { phraseForward } from './phrase-forward.js';
import { REPORTING_PHRASES, REPORTING_VERB_FORMS, TELLING_BASES } from './speech-lexicons.js';
import { COUNTRY_NAMES, US_STATE_NAMES } from './source-lexicons.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import { readsFirstAsNoun, tagsOfLower } from './claims/verbless.js';
import { DETERMINERS } from './reporting-verb-at.js';
import { PASSIVE_BE } from './phrase-words.js';

// What stands around a reporting verb and changes what it reports, read on the cue search's tokens
// (cues.ts): a multi-word cue ("fired back", "put it"), a denial ("did not say"), a retelling ("said
// Obama told her"), an adverbial clause it sits in, a roundup line's dashed name, a place after a
// town's comma.

export function cueOf(t: Token): CueMatch['cue'] {
  return { text: t.text, start: t.start, end: t.end };
}

/** The multi-word cue of REPORTING_PHRASES starting at `toks[k]` ("according to", "shot back"), or null. */
export function phraseCue(toks: readonly Token[], k: number): { words: number; text: string } | null {
  const first = toks[k];
  // asked at every token of a cue window: only the phrases starting with this word can match (and
  // every phrase starts with a word: a mark is not even lowered)
  if (first?.kind !== 'word') return null;
  const candidates = PHRASES_BY_FIRST_WORD.get(first.text.toLowerCase());
  if (!candidates) return null;
  for (const ph of candidates) if (phraseAt(toks, k, ph)) return { words: ph.length, text: ph.join(' ') };
  return null;
}

function phraseAt(toks: readonly Token[], k: number, phrase: readonly string[]): boolean {
  for (let n = 0; n < phrase.length; n++) if (toks[k + n]?.text.toLowerCase() !== phrase[n]) return false;
  return true;
}

/** REPORTING_PHRASES by first word, each list in the table's order (the first phrase that matches wins). */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = REPORTING_PHRASES.reduce((m, ph) => {
  const key = ph[0] ?? '';
  m.set(key, [...(m.get(key) ?? []), ph]);
  return m;
}, new Map<string, (readonly string[])[]>());

/** A roundup line's name set off by a dash before the colon: "Pollsters agree - Carl Bialik:". */
export const DASHED_NAME_COLON = /\s[-–—]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*:\s*$/u;

/** Whether the last verb before the dash of a roundup line is one of saying or telling ("told", not "agree" or "predict"). */
export function sayingBeforeDash(toks: readonly Token[]): boolean {
  let d = toks.length - 1;
  while (d >= 0 && !/^[-–—]$/u.test(toks[d]?.text ?? '')) d--;
  for (let v = d - 1; v >= 0; v--) if (verbAt(toks, v)) return SAYING_BASES.has(REPORTING_VERB_FORMS.get(toks[v]?.text ?? '') ?? '');
  return false;
}
const SAYING_BASES: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'add', 'explain']);

/**
 * `Lasko's spokesman, Evan Drury, fired back: “…”`: a verb and its particle from the cue phrases
 * ("fired back", "shot back", "chimed in", "put it") right before the quotation, with its subject
 * before it.
 */
export function particleCueBefore(text: string, toks: readonly Token[], v: number, quoteStart: number): CueMatch | null {
  const multi = phraseCue(toks, v);
  if (!multi || !PARTICLES.has(multi.text.slice(multi.text.lastIndexOf(' ') + 1))) return null;
  const last = toks[v + multi.words - 1] as Token;
  const first = toks[v] as Token;
  // ("As Halvorsen put it on Tuesday, “…”": a day may stand between)
  const between = text.slice(last.end, quoteStart);
  const adjacent = /^(?:\s+(?:on|last|this)\s+\p{L}+)?\s*[:,]\s*$/u.test(between);
  // ("she shot back that he was “…”", "pointed out that the law was “…”": a "that" clause holding the quotation)
  if (!adjacent && (multi.text === 'put it' || !/^\s+that\s+[^.;:!?“”"]{0,100}$/u.test(between))) return null;
  const subject = phraseBackward(text, toks, v);
  return subject ? { cue: { text: text.slice(first.start, last.end), start: first.start, end: last.end }, subject, position: 'before', adjacent } : null;
}
// ("put it": "As Okafor put it, “…”")
const PARTICLES: ReadonlySet<string> = new Set(['back', 'in', 'up', 'out', 'it']);

/**
 * `Mayor Ben Ashford did not say police “will stop …”`, `Ashford never said`, `Ashford denied
 * saying`: the verb nearest the quotation is negated, so the words are not the subject's. The cue
 * with its subject, marked as denied; null when the verb is not negated.
 */
export function deniedSpeech(text: string, toks: readonly Token[], v: number): CueMatch | null {
  const verb = toks[v] as Token;
  let j = v - 1;
  if (/ing$/u.test(verb.text) && DENYING.has(toks[j]?.text ?? '')) j--;
  else {
    let negated = false;
    for (; j >= 0 && v - j <= 3; j--) {
      const t = toks[j] as Token;
      if (NEGATION.test(t.text)) negated = true;
      else if (!AUXILIARIES.has(t.text)) break;
    }
    if (!negated) return null;
  }
  // the negated verb takes the quotation: no clause break between ("who has never said a harsh
  // word about anyone, was blunt: “…”", "did not say much at first, then exploded: “…”")
  const last = toks[toks.length - 1];
  if (toks.slice(v + 1).some((t, n) => /^[,;:]$/u.test(t.text) && !(n === 0 && t.text === ':' && t === last))) return null;
  const subject = phraseBackward(text, toks, j + 1);
  return { cue: cueOf(verb), subject, position: 'before', adjacent: false, denied: 'denied' };
}

/**
 * Whether the outer cue retells the inner speaker's words as its own content: the inner subject
 * right after the outer verb or its "that" ("Okafor said Obama told her", "recalled that Obama
 * told her"), the outer verb one of telling, not of asking, denying or doubting ("asked Reyes what
 * Hale said: “…?”" is Ortiz's question; "denied that Brenner ever told her" retells nothing), and
 * no "falsely" before it.
 */
export function retells(text: string, outer: CueMatch, inner: SubjectPhrase): boolean {
  const verb = outer.cue.text.toLowerCase();
  if (NOT_RETELLING.test(verb) || /\bfalsely\s+$/u.test(text.slice(Math.max(0, outer.cue.start - 12), outer.cue.start))) return false;
  // ("said, however, that his chief of staff, Colonel Denise Halvorsen, told her: “…”": a sentence
  // adverb before "that" and a description set before the inner subject change nothing)
  const between = text.slice(outer.cue.end, inner.start).trim().replace(ADVERB_BEFORE_THAT, '').replace(DESCRIPTION_BEFORE_NAME, '');
  if (between === '' || between === 'that') return true;
  // "said that in 2021 Brannigan told her", "recalled that at one meeting Ruiz said": a time or an
  // occasion fronted in the retold clause
  if (FRONTED_OCCASION.test(between)) return true;
  // "told the jury that Whitlock had said: “…”": a verb of telling has its listener first
  if (TELLING_BASES.has(REPORTING_VERB_FORMS.get(verb) ?? '') && LISTENER_THEN_THAT.test(between)) return true;
  // "said she heard the man shout: “…”": the one heard speaking, retold by the one who heard
  return PERCEIVER.test(between);
}
const FRONTED_OCCASION = /^(?:that\s*)?,?\s*(?:(?:in|at|on|during|after|before|around)\s+(?:(?:the|a|an|one|his|her|their|that|this|\d{1,4}|\p{Lu}\p{Ll}+|\p{Ll}+)\s+){0,3}(?:\d{4}|\p{Ll}+|\p{Lu}\p{Ll}+)|later|earlier|then|once|afterwards|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:ago|later))\s*,?$/u;

/** Adverbs set off by commas between a verb and its "that": "said, however, that". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'moreover', 'also', 'too', 'nonetheless', 'nevertheless', 'instead', 'separately', 'later', 'privately', 'publicly']);
const ADVERB_BEFORE_THAT = new RegExp(String.raw`^,\s*(?:${[...SENTENCE_ADVERBS].join('|')}),\s*(?=that\b)`, 'u');
const DESCRIPTION_BEFORE_NAME = /(?<=^that)\s+(?:his|her|their|its|the|a|an)\s+[\p{L}’'\s-]{1,60},$/u;
const LISTENER_THEN_THAT = /^(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+(?:\s+that)?$/u;
const PERCEIVER = /^(?:that\s+)?(?:he|she|they|we|I|\p{Lu}[\p{L}’'-]+)\s+(?:had\s+)?(?:heard|overheard|saw|watched)$/u;
const NOT_RETELLING = /^(?:ask|asks|asked|asking|wonder|wondered|question|questioned|doubt|doubted|den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|claim|claims|claimed|claiming)$/u;

/** `There is no record of Ashford saying “…”`: a participle whose saying the text says is unknown. */
export function unrecordedSaying(text: string, toks: readonly Token[], v: number): CueMatch | null {
  const verb = toks[v] as Token;
  // (the phrase before the verb is read only where "no record of" and the like stand just before it)
  if (!/ing$/u.test(verb.text) || !NO_RECORD_NEAR.test(text.slice(Math.max(0, verb.start - 100), verb.start))) return null;
  const subject = phraseBackward(text, toks, v);
  if (!subject || !NO_RECORD_OF.test(text.slice(Math.max(0, subject.start - 40), subject.start))) return null;
  return { cue: cueOf(verb), subject, position: 'before', adjacent: false, denied: 'unrecorded' };
}
const NO_RECORD_OF = /\bno (?:record|evidence|sign|proof|video|recording|transcript) (?:of|showing)\s+$/u;
const NO_RECORD_NEAR = /\bno (?:record|evidence|sign|proof|video|recording|transcript) (?:of|showing)\s/u;
const NEGATION = /^(?:not|never|n[’']t|\p{L}+n[’']t)$/u;
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'was', 'is']);
const DENYING: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying']);

/**
 * `The post claims that “…”`, `Roe claims Delgado “has never …”`: "claims" is mostly a noun in
 * news copy and no reporting verb of the lexicon, but before what it claims (a "that", a
 * determiner or pronoun opening a clause, a name, a quotation mark) it is the verb; "voter fraud
 * claims are …" and "his claims that" stay nouns.
 */
export function claimsAt(toks: readonly Token[], v: number): boolean {
  const t = toks[v];
  const prev = toks[v - 1];
  const next = toks[v + 1];
  if (t?.text !== 'claims' || !next || !prev || prev.kind !== 'word' || DETERMINERS.has(prev.text.toLowerCase()) || /^(?:his|her|its|their|my|our|your)$/iu.test(prev.text)) return false;
  // ("Disability claims Ana Ruiz approved were …": a common noun opening the sentence compounds with it)
  if (v === 1 || toks[v - 2]?.kind !== 'word') {
    const tag = tagsOfLower(prev.text.toLowerCase())?.[0];
    if (tag === 'NN' || tag === 'NNS' || tag === 'JJ') return false;
  }
  return next.kind === 'punct' ? /^["“‘']$/u.test(next.text) : CLAIMED_OPENERS.has(next.text) || isCapitalised(next);
}
const CLAIMED_OPENERS: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** Conjunctions that open an adverbial clause ("when Brennan railed …, she was"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'while', 'because', 'although', 'though', 'once', 'since', 'until', 'unless', 'if', 'whenever']);

/**
 * Whether the verb at `toks[v]`, whose subject starts at `subjectStart`, stands in an adverbial
 * clause (a subordinator right before the subject) that a comma closes before the last tokens, with
 * a clause of its own after the comma: the quotation belongs to that clause, not to the verb.
 */
export function inClosedSubordinate(toks: readonly Token[], v: number, subjectStart: number): boolean {
  const s = toks.findIndex((t) => t.start === subjectStart);
  const opener = toks[s - 1];
  if (s <= 0 || opener === undefined || !SUBORDINATORS.has(opener.text.toLowerCase())) return false;
  for (let c = v + 1; c < toks.length - 1; c++) {
    if (toks[c]?.text !== ',') continue;
    // a subject and its verb after the comma: "…, she was", "…, he “crossed a line”" (not a name
    // in apposition or a place, closed by a comma of its own: "told his rival, Ana Ortiz, “…”")
    const next = toks[c + 1] as Token;
    if (next.kind !== 'word' || !(PRONOUN_SUBJECTS.has(next.text.toLowerCase()) || isCapitalised(next))) return false;
    let n = c + 2;
    while (n < toks.length && toks[n]?.kind === 'word' && isCapitalised(toks[n] as Token)) n++;
    const after = toks[n];
    return after === undefined || (after.kind === 'word' && !isCapitalised(after));
  }
  return false;
}
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** The comma closing a state or country name right after the comma at `toks[comma]`, or -1. */
export function placeAfterComma(toks: readonly Token[], comma: number, before: number): number {
  let n = comma + 1;
  while (n < before && n < comma + 4 && toks[n]?.kind === 'word' && isCapitalised(toks[n] as Token)) n++;
  if (toks[n]?.text !== ',' || n === comma + 1) return -1;
  const name = toks.slice(comma + 1, n).map((t) => t.text).join(' ');
  return US_STATE_NAMES.has(name) || COUNTRY_NAMES.has(name) ? n : -1;
}


/**
 * `Ms Jones dismissed Mr Smith's description of the policy as “a triumph”`, `rejected claims by
 * Ms Badenoch that Labour was “anti-business”`: the verb's object is someone else's words, a noun
 * of saying with its owner (a possessive, or "by" after the noun), and the quotation inside it is
 * that owner's. The noun is the cue and the owner the subject; null when the words after the verb
 * are no such phrase, or another verb stands between it and the quotation.
 */
export function speechNounOwner(text: string, toks: readonly Token[], v: number): CueMatch | null {
  // ("repeated the Tories' description of Ms Reeves as …": the owner may have its article)
  const from = toks[v + 1]?.text === 'the' && isCapitalised(toks[v + 2]) ? v + 2 : v + 1;
  let j = from;
  while (j < toks.length && (isCapitalised(toks[j] as Token) || toks[j]?.text === '.')) j++;
  let owner: SubjectPhrase | null = null;
  let noun: Token | undefined;
  if (j > from && isPossessive(toks[j])) {
    // "Mr Smith's description"
    owner = phraseBackward(text, toks, j);
    noun = toks[j + 1];
    j += 2;
  } else if (j === v + 1 && /^(?:his|her|their)$/u.test(toks[j]?.text ?? '')) {
    // "his description of the plan as …"
    const t = toks[j] as Token;
    owner = { start: t.start, end: t.end, text: t.text, kind: 'pronoun', role: null, apposition: false, titled: false };
    noun = toks[j + 1];
    j += 2;
  } else if (j === v + 1 && SPEECH_NOUNS.has(toks[j]?.text ?? '') && toks[j + 1]?.text === 'by') {
    // "claims by Ms Badenoch that …"
    noun = toks[j];
    owner = phraseForward(text, toks, j + 2);
    j = owner ? toks.findIndex((t) => t.start >= (owner as SubjectPhrase).end) : -1;
  }
  // ("Mr Smith's description by colleagues as “a bully”": the words are the agent's, someone else)
  if (!owner || !noun || !SPEECH_NOUNS.has(noun.text) || j < 0 || (owner.start < noun.start && toks[j]?.text === 'by')) return null;
  for (let k = j; k < toks.length; k++) if (verbAt(toks, k) || /^[;:!?]$/u.test(toks[k]?.text ?? '')) return null;
  return { cue: cueOf(noun), subject: owner, position: 'before', adjacent: false };
}
const SPEECH_NOUNS: ReadonlySet<string> = new Set(['description', 'descriptions', 'characterization', 'characterisation', 'claim', 'claims', 'assertion', 'assertions', 'suggestion', 'suggestions', 'remark', 'remarks', 'comment', 'comments', 'accusation', 'accusations', 'allegation', 'allegations', 'depiction', 'portrayal', 'label', 'insistence', 'prediction', 'predictions', 'promise', 'promises', 'warning', 'warnings', 'words']);

/**
 * "a buyback, which the company said reflected “confidence …”": a reporting verb right after "said"
 * is its complement's, whose subject the relative took, and "said" is the cue. Not after "who": "A
 * neighbor who police say told officers, “…”" and "Reyes, who witnesses said shouted “…”" are the
 * neighbor's and Reyes's words.
 */
export function gappedSayingAt(toks: readonly Token[], v: number): boolean {
  return v > 1 && GAPPED_SAYING.has(toks[v - 1]?.text ?? '') && isReportingVerb(toks[v]) && toks[v - 2]?.kind === 'word' && thingRelativeBefore(toks, v - 1);
}

/**
 * "told reporters that the distance claimed by the North appeared “exaggerated”": a participle after
 * its noun, with its agent, modifies the noun; the clause's own verb is further back (not "Her
 * lawyer replied by letter:", where the noun is the clause's subject and "by" the means).
 */
export function reducedRelativeAt(toks: readonly Token[], v: number): boolean {
  const verb = toks[v];
  return verb !== undefined && REDUCED_RELATIVE.test(verb.text) && toks[v + 1]?.text === 'by' && nounBefore(toks[v - 1]) && !MEANS.has(toks[v + 2]?.text.toLowerCase() ?? '') && verbEarlier(toks, v - 1);
}

const REDUCED_RELATIVE = /^\p{Ll}+ed$/u;
const MEANS: ReadonlySet<string> = new Set(['email', 'e-mail', 'letter', 'text', 'phone', 'telephone', 'statement', 'video', 'way', 'post', 'fax', 'message', 'mail', 'hand', 'tweet', 'videolink', 'radio']);

/** A finite verb among the tokens before `before`: the noun there is an object, not the clause's subject. */
function verbEarlier(toks: readonly Token[], before: number): boolean {
  for (let j = before - 1; j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || t.text !== t.text.toLowerCase()) continue;
    if (isReportingVerb(t) || /^VB[DZP]$/u.test(tagsOfLower(t.text)?.[0] ?? '')) return true;
  }
  return false;
}

/** A lower-case word the lexicon reads first as a noun ("distance" in "the distance claimed by"). */
function nounBefore(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.text.toLowerCase() && readsFirstAsNoun(t.text);
}

/** Whether "which" or "that" (a thing's relative), and no "who", stands a few words before "said" at `s`. */
function thingRelativeBefore(toks: readonly Token[], s: number): boolean {
  for (let j = s - 1; j >= 0 && s - j <= 5; j--) {
    const w = toks[j]?.text.toLowerCase() ?? '';
    if (w === 'which' || w === 'that') return true;
    if (w === 'who' || w === 'whom' || toks[j]?.kind !== 'word') return false;
  }
  return false;
}
const GAPPED_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say']);

/**
 * Whether the -ing form at `v` is a progressive's verb, its form of "be" right before it in the
 * text ("customers were asking"; not "there is “…,” adding", where a quotation left out of the
 * tokens stands between).
 */
export function progressiveAt(text: string, toks: readonly Token[], v: number): boolean {
  const verb = toks[v];
  const be = toks[v - 1];
  return verb !== undefined && be !== undefined && /ing$/u.test(verb.text) && (PASSIVE_BE.has(be.text.toLowerCase()) || be.text.toLowerCase() === 'am') && /^\s+$/u.test(text.slice(be.end, verb.start));
}

/** Whether a reporting verb stands among `toks[from..to)`. */
export function reportingVerbBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to; j++) if (verbAt(toks, j)) return true;
  return false;
}
