import { lexiconSections } from '../lexicon-file.js';
import { clauseStart, type CueMatch } from './cues.js';
import type { TextRange } from './segment.js';
import { CLAUSE_WORDS, skippable } from './subject-phrase.js';
import { phraseForward } from './phrase-forward.js';
import { isCapitalised, isPossessive, tokenize, type Token } from './tokens.js';

/**
 * The subject and main verb of a sentence whose object holds a partial quotation with no verb of
 * saying around it: `Senator Ryan worried that the safety net was becoming “a hammock …”`,
 * `Rubio bemoaned a climate in which people “literally hate each other”`, `Trump proclaimed a goal
 * of “peace through strength”`. Quoted words the subject chose are the subject's own.
 *
 * Null whenever the words could be someone else's:
 * - the verb repeats or answers another's words (`mocked her pledge to be “…”`, `denied being “…”`);
 * - the verb is a copula (`Clinton was “extremely careless”`: how others described her);
 * - a pronoun, a possessive or a noun that carries someone's words stands between the verb and the
 *   quotation (`feared that she would call it “…”`, `the slogan “…”`, `his claim that “…”`);
 * - the subject is no one: only a name, a pronoun or a role noun will do.
 */
export function clauseVerb(text: string, sentence: TextRange, quoteStart: number): CueMatch | null {
  if (quoteStart - sentence.start > MAX_LEAD) return null;
  const toks = tokenize(text, sentence.start, quoteStart);
  const k = clauseStart(toks, toks.length);
  let subject = phraseForward(text, toks, k);
  if (!subject) return null;
  const end = subject.end;
  let v = toks.findIndex((t) => t.start >= end);
  if (v < 0) return null;
  // "Rosa Emery, who first proposed the meters, defended …", "One owner, Priya Das, compared …": an
  // aside between the subject and its verb; a name there is who the subject is
  if (toks[v]?.text === ',') {
    const close = toks.findIndex((t, n) => n > v && n <= v + 14 && t.text === ',');
    if (close < 0) return null;
    const aside = phraseForward(text, toks, v + 1);
    if (aside?.kind === 'name' && aside.end === toks[close - 1]?.end) subject = aside;
    else if (!/^(?:who|which|a|an|the|his|her|their|its|\p{Ll}+)$/u.test(toks[v + 1]?.text ?? '')) return null;
    v = close + 1;
  }
  if (subject.kind !== 'name' && subject.kind !== 'pronoun' && subject.kind !== 'role') return null;
  while (v < toks.length && skippable(toks[v])) v++;
  const verb = toks[v];
  if (!verb || !finiteVerb(verb) || quoteStart - verb.end > MAX_GAP) return null;
  // "referred to her as “the devil”", "heralded the union’s deal as a “breakthrough”": the object
  // is who or what the subject's words describe, so a pronoun or possessive there is no other speaker
  const describes = characterizes(text, verb, quoteStart);
  for (let j = v + 1; j < toks.length; j++) {
    const t = toks[j] as Token;
    const lower = t.text.toLowerCase();
    if (describes ? SUBJECT_PRONOUNS.has(lower) : PERSON_PRONOUNS.has(lower) || isPossessive(t) || WORD_NOUNS.has(lower)) return null;
    // "…, who …" / ";": the quotation is in another clause
    if (t.text === ';' || (lower === 'who' && toks[j - 1]?.text === ',')) return null;
  }
  // "referred to her as …", "waved off the delay as …": the particle belongs to the verb, not to its object
  const particle = toks[v + 1];
  const cueEnd = describes && particle && /^(?:to|off)$/u.test(particle.text) ? particle.end : verb.end;
  return { cue: { text: text.slice(verb.start, cueEnd), start: verb.start, end: cueEnd }, subject, position: 'before', adjacent: false };
}

/**
 * `Merkel heralded the deal as a “breakthrough”`, `the administration waves off the delay as having
 * “minimal” impact`: a verb of describing, then its object and `as` right before the quotation. The
 * quoted words are the subject's description of the object, however few (one quoted word after
 * any other verb is the writer's scare quote). `verb` is the verb's range, `quoteStart` the mark's.
 */
export function characterizes(text: string, verb: TextRange, quoteStart: number): boolean {
  // the verb alone, or with its particle as the cue holds it ("referred to")
  if (!DESCRIBING_VERBS.has(text.slice(verb.start, verb.end).toLowerCase().replace(/\s+(?:to|off)$/u, ''))) return false;
  const lead = text.slice(verb.end, quoteStart);
  return lead.length <= MAX_GAP && !/[;:!?\n]/u.test(lead) && AS_BEFORE_QUOTE.test(lead);
}

/** `as`, then at most two small words (`as a`, `as having`, `as simply a`), at the end of the lead. */
const AS_BEFORE_QUOTE = /\s+as\s+(?:(?:an?|the|having|being|just|merely|simply|nothing|but|more|than)\s+){0,3}$/u;

/** Finite forms of verbs of describing something as something (`referred to … as`, `hailed … as`). */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'described', 'describes', 'referred', 'refers', 'heralded', 'heralds', 'hailed', 'hails', 'portrayed', 'portrays',
  'cast', 'casts', 'framed', 'frames', 'characterized', 'characterizes', 'characterised', 'characterises', 'depicted',
  'depicts', 'labeled', 'labelled', 'labels', 'branded', 'brands', 'painted', 'paints', 'touted', 'touts', 'derided',
  'derides', 'dismissed', 'dismisses', 'denounced', 'denounces', 'condemned', 'condemns', 'praised', 'praises', 'lauded',
  'lauds', 'waved', 'waves', 'brushed', 'brushes', 'blasted', 'blasts', 'slammed', 'slams', 'criticized', 'criticizes',
  'criticised', 'criticises', 'attacked', 'attacks', 'decried', 'decries', 'trumpeted', 'trumpets', 'pitched', 'pitches',
  'defined', 'defines', 'envisioned', 'envisions', 'championed', 'champions',
]);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);

/** A sentence longer than this before its quotation has too many clauses to trust its first subject. */
const MAX_LEAD = 260;
/** The quotation must sit in the verb's own object, close to it. */
const MAX_GAP = 160;

/** A lower-case past or present-tense verb that takes an object: "bemoaned", "proclaims", "put". */
function finiteVerb(t: Token): boolean {
  if (t.kind !== 'word' || isCapitalised(t)) return false;
  const w = t.text.toLowerCase();
  if (COPULAS.has(w) || OTHERS_WORDS.has(w) || CLAUSE_WORDS.has(w)) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  return (/[^e]ed$|[^s]s$/u.test(w) || /eed$|ied$/u.test(w)) && w.length > 3 && !/(?:ss|us|is|ous)$/u.test(w);
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'seems', 'seemed', 'appears', 'appeared', 'becomes', 'became', 'remains', 'remained', 'looks', 'looked', 'sounds', 'sounded', 'gets', 'got', 'has', 'had', 'does', 'did']);

// Verbs whose object is someone else's words: "mocked her “basket of deplorables”", "denied being “a racist”"
const OTHERS_WORDS = new Set([
  'quoted', 'quotes', 'cited', 'cites', 'echoed', 'echoes', 'repeated', 'repeats', 'mocked', 'mocks', 'ridiculed', 'ridicules',
  'parodied', 'parodies', 'lampooned', 'lampoons', 'parroted', 'parrots', 'recited', 'recites', 'invoked', 'invokes',
  'paraphrased', 'paraphrases', 'misquoted', 'misquotes', 'heard', 'hears', 'read', 'reads', 'denied', 'denies',
  'rejected', 'rejects', 'disputed', 'disputes', 'rebutted', 'rebuts', 'refuted', 'refutes', 'resented', 'resents',
  'recalled', 'recalls', 'remembered', 'remembers', 'received', 'receives', 'earned', 'earns', 'won', 'wins', 'faced', 'faces',
  'drew', 'draws', 'endured', 'endures', 'watched', 'watches', 'saw', 'sees', 'played', 'plays', 'sang', 'sings', 'wore', 'wears',
]);

const IRREGULAR_PAST = new Set(['put', 'made', 'took', 'gave', 'sent', 'set', 'held', 'left', 'kept', 'brought', 'spent', 'laid', 'led', 'struck', 'threw', 'spoke', 'swore', 'vowed', 'felt', 'thought', 'meant', 'sought', 'fought']);

const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'him', 'them', 'his', 'their', 'whom']);

// Nouns that name someone's words, so the quotation is theirs, not the subject's: "the slogan “…”"
const WORD_NOUNS: ReadonlySet<string> = new Set([
  ...[...lexiconSections('cue-nouns.txt').values()].flat().flatMap((l) => l.toLowerCase().split(/\s+/u)),
  'slogan', 'slogans', 'motto', 'mantra', 'catchphrase', 'chant', 'chants', 'nickname', 'nicknames', 'label', 'labels',
  'words', 'phrase', 'phrases', 'term', 'line', 'lines', 'remark', 'remarks', 'comment', 'comments', 'description',
  'characterization', 'characterisation', 'headline', 'headlines', 'tweet', 'tweets', 'post', 'posts', 'title', 'song', 'book', 'film', 'show',
]);
