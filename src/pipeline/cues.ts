import type { TextRange } from './segment.js';
import { HONORIFICS, REPORTING_PHRASES, REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, isPossessive, isSpace, tokenize, type Token } from './tokens.js';

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

/**
 * A reporting cue near a quotation, and its subject.
 * `after`: right after the closing mark (`,” Trump wrote` / `,” said Maduro`);
 * `before`: in the same sentence before the opening mark (`Grenell wrote in his post: “`,
 *           `told reporters he wanted to “`);
 * `according-to`: `according to Reuters` (weakest: often the relaying outlet, not the speaker).
 */
export interface CueMatch {
  cue: { text: string; start: number; end: number };
  subject: SubjectPhrase | null;
  position: 'after' | 'before' | 'according-to';
  /** The cue sits right next to the quotation (`X said: “` or `,” X said`). */
  adjacent: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'both', 'most', 'all']);
// Words between a subject and its verb that do not break the link: "Trump later wrote", "he has said"
const SKIPPABLE = new Set(['also', 'later', 'then', 'once', 'previously', 'recently', 'again', 'simply', 'further', 'quickly', 'flatly', 'bluntly', 'repeatedly', 'often', 'frequently', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'should', 'can', 'must', 'now', 'reportedly', 'publicly', 'privately', 'just', 'already', 'even', 'once', 'still', 'never', 'always', 'angrily', 'calmly', 'loudly', 'softly', 'jokingly', 'sarcastically', 'tearfully', 'proudly', 'firmly', 'emphatically', 'explicitly', 'directly', 'openly', 'clearly', 'specifically', 'earlier', 'first', 'famously']);
// Words that end a subject phrase when walking left from a verb
/** Adverbs and auxiliaries between a subject and its verb: the listed ones and any -ly word ("He memorably promised"). */
const skippable = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !isCapitalised(t) && (SKIPPABLE.has(t.text.toLowerCase()) || (/ly$/.test(t.text) && t.text.length > 4 && !ROLE_NOUNS.has(t.text)));
// Finite verbs that end a subject phrase read forwards ("The president left no doubt …", "he would not …")
const FINITE_VERBS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'left', 'made', 'took', 'gave', 'sent', 'got', 'went', 'came', 'kept', 'held', 'met', 'ran', 'won', 'lost', 'spent', 'paid', 'brought', 'bought', 'thought', 'felt', 'saw', 'knew', 'found', 'became', 'began', 'seemed', 'appeared']);
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'because', 'if', 'as', 'after', 'before', 'since', 'where', 'though', 'although', 'than', 'so', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'of', 'about', 'into', 'was', 'is', 'were', 'are', 'be', 'been']);

/** A reporting verb as written mid-sentence: lower case, so "State" in "State Department" is no verb. */
export const isReportingVerb = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !isCapitalised(t) && REPORTING_VERB_FORMS.has(t.text);

/**
 * A reporting-verb form used as a noun: after a determiner or possessive ("his post", "Editor’s
 * note", "a statement") or right before another verb ("the congressional report said").
 */
function verbAt(toks: readonly Token[], v: number): boolean {
  const t = toks[v];
  if (!isReportingVerb(t)) return false;
  const prev = toks[v - 1];
  if (prev && (isPossessive(prev) || DETERMINERS.has(prev.text.toLowerCase()) || /^(?:his|her|its|their|my|our|your)$/i.test(prev.text))) return false;
  // "a Trump-style retort": a capitalised modifier (see isCapitalised) after a determiner makes
  // the word a noun ("The co-founder said" keeps its verb)
  if (prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !isCapitalised(prev) && DETERMINERS.has(toks[v - 2]?.text.toLowerCase() ?? '')) return false;
  const next = toks[v + 1];
  if (next && isReportingVerb(next) && !/ing$/.test(next.text)) return false;
  return true;
}

/** A word that cannot be part of a subject phrase: a verb we know, a clause word. */
const endsPhrase = (t: Token): boolean =>
  t.kind !== 'word' || isReportingVerb(t) || (!isCapitalised(t) && CLAUSE_WORDS.has(t.text.toLowerCase()));

// Sentence connectives that start a clause but are no part of its subject: "But he added", "Then she said"
const CONNECTIVES = new Set(['but', 'and', 'then', 'so', 'or', 'yet', 'still', 'also', 'however', 'meanwhile', 'instead', 'later', 'now', 'finally', 'again', 'here', 'there']);

/** Last words of the role nouns written with a space ("secretary" of "press secretary"): only they can end a two-word role. */
const TWO_WORD_ROLE_ENDS: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((r) => r.includes(' ')).map((r) => r.slice(r.lastIndexOf(' ') + 1)));

function phrase(text: string, input: Token[], apposition: boolean): SubjectPhrase | null {
  let toks = input;
  while (toks.length > 1 && CONNECTIVES.has(toks[0]?.text.toLowerCase() ?? '')) toks = toks.slice(1);
  // "Sen. Sherrod Brown of Ohio", "Representative Raul Grijalva of Arizona": the name ends before "of"
  const of = toks.findIndex((t, n) => n > 0 && t.text === 'of');
  if (of > 0 && isCapitalised(toks[of - 1] as Token) && (isCapitalised(toks[of - 2] as Token) || isCapitalised(toks[0] as Token)) && toks.slice(of + 1).every((t) => isCapitalised(t) || t.text === 'the' || t.kind === 'punct')) {
    toks = toks.slice(0, of);
  }
  if (toks.length === 1 && CONNECTIVES.has(toks[0]?.text.toLowerCase() ?? '')) return null;
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  const words = toks.filter((t) => t.kind === 'word');
  const lower = words.map((t) => t.text.toLowerCase());
  // the whole phrase as one result, its fields written out (a spread of a shared base object was this
  // function's costliest line)
  const whole = (kind: SubjectKind, role: string | null, titled: boolean): SubjectPhrase => ({ start: first.start, end: last.end, text: text.slice(first.start, last.end), apposition, kind, role, titled });
  if (words.length === 1 && PRONOUNS.has(lower[0] ?? '')) return whole('pronoun', null, false);
  // the head is the last word unless a possessive splits the phrase ("Trump’s spokeswoman Hope Hicks")
  let role: string | null = null;
  for (let k = lower.length - 1; k >= 0 && role === null; k--) {
    const two = k > 0 && TWO_WORD_ROLE_ENDS.has(lower[k] ?? '') ? `${lower[k - 1]} ${lower[k]}` : '';
    if (ROLE_NOUNS.has(two)) role = two;
    else if (ROLE_NOUNS.has(lower[k] ?? '')) role = lower[k] ?? null;
  }
  // A name: the phrase ends in a capitalised word that is not a role ("President Donald Trump", "Maduro")
  const lastWord = words[words.length - 1];
  const endsInName = lastWord !== undefined && isCapitalised(lastWord) && !ROLE_NOUNS.has(lastWord.text.toLowerCase()) && !DETERMINERS.has(lastWord.text.toLowerCase());
  const allCapitalised = words.every((t) => isCapitalised(t) || t.text === 'of' || isPossessive(t));
  // "Why not just say: “…”", "Any decision … would involve", "Ever the surrogate, …": one word
  // capitalised only because it opens the sentence is no name
  // (not modals or pronouns: "May said" is Theresa May; not an all-capitals word: WHO, US)
  const only = words[0]?.text ?? '';
  if (words.length === 1 && only !== only.toUpperCase() && (NOT_A_PHRASE_START.has(lower[0] ?? '') || SENTENCE_ADVERBS.has(lower[0] ?? ''))) return null;
  if (endsInName && allCapitalised && !DETERMINERS.has(lower[0] ?? '')) {
    return whole('name', role, words.length > 1 && (role !== null || HONORIFICS.has(words[0]?.text ?? '')));
  }
  if (endsInName && words.length > 1) {
    // "Trump’s envoy Richard Grenell", "the company's CEO Tim Cook": the name closes the phrase
    let k = words.length - 1;
    while (k > 0 && isCapitalised(words[k - 1] as Token) && !isPossessive(words[k - 1])) k--;
    const nameStart = words[k] as Token;
    return { start: nameStart.start, end: lastWord.end, text: text.slice(nameStart.start, lastWord.end), apposition, kind: 'name', role, titled: true };
  }
  if (role !== null) return whole('role', role, false);
  if (!plausibleNounPhrase(lower)) return null;
  return whole('phrase', null, false);
}

// Words a noun phrase cannot end in: its head is a noun, so a phrase read off the words before a
// verb that stops on one of these is a piece of a clause ("you can’t yell", "what multiple
// lawmakers called", "a friend without", "line by saying"), not a speaker.
const NOT_A_HEAD = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'him', 'them', 'me', 'us', 'who', 'whom', 'which', 'what', 'whose',
  'to', 'of', 'by', 'in', 'on', 'at', 'for', 'with', 'without', 'from', 'into', 'about', 'as', 'after', 'before', 'than', 'like', 'over', 'under',
  'and', 'or', 'but', 'nor', 'if', 'because', 'while', 'when', 'where', 'why', 'how', 'whether', 'though', 'although',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'yet', 'too', 'very',
]);
const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'to', 'for', 'with', 'by', 'on', 'near', 'into', 'across', 'throughout', 'outside', 'inside', 'around', 'about', 'against', 'between', 'among', 'under', 'over']);

// Adverbs and quantifiers that open sentences: never a one-word name
const SENTENCE_ADVERBS = new Set(['any', 'every', 'each', 'some', 'all', 'no', 'none', 'ever', 'already', 'also', 'still', 'even', 'just', 'only', 'never', 'now', 'then', 'here', 'there', 'thus', 'indeed', 'perhaps', 'maybe', 'instead', 'meanwhile', 'however', 'yes', 'nobody', 'everyone', 'someone', 'anyone']);
// Words that open a clause, not a noun phrase: "While old Iowa political hands …", "why critics …"
const NOT_A_PHRASE_START = new Set(['while', 'why', 'what', 'whom', 'when', 'where', 'whether', 'how', 'if', 'because', 'as', 'though', 'although']);

/**
 * Can `lower` (the phrase's words, lower case) be a noun phrase naming a speaker? Not when it ends
 * in a function word or a contracted verb ("she hadn’t", "he’d"), starts like a clause, or is
 * only a number or a year ("2008", "31 percent").
 */
export function plausibleNounPhrase(lower: readonly string[]): boolean {
  const last = lower[lower.length - 1] ?? '';
  const first = lower[0] ?? '';
  if (NOT_A_HEAD.has(last) || /n[’']t$|[’'](?:d|ll|ve|re|m)$/u.test(last)) return false;
  if (lower.length > 1 && NOT_A_PHRASE_START.has(first)) return false;
  if (lower.every((w) => /^[\d.,%]+$/.test(w) || w === 'percent')) return false;
  return true;
}

const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)$/;
const MONTHS = /^(?:January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/;
const TIME_NOUNS = /^(?:week|month|year|summer|spring|fall|autumn|winter|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A time adverbial starting at `toks[j]`, which ends a subject read forwards: `said Trump Tuesday`,
 * `noted the Milwaukee Journal Sentinel this summer`, `said the senator last week`, `on June 5`.
 * A month needs a day after it, so that `Theresa May` stays a name.
 */
function timeAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]?.text ?? '';
  const next = toks[j + 1]?.text ?? '';
  if (WEEKDAYS.test(t)) return true;
  if (MONTHS.test(t) && /^\d/.test(next)) return true;
  return /^(?:this|last|next|earlier|late|early)$/.test(t) && TIME_NOUNS.test(next);
}

/** The noun phrase starting at `toks[k]`: "Maduro", "the envoy", "he", "Hugh Hill" (an apposition after it is left out). */
export function phraseForward(text: string, toks: readonly Token[], k: number): SubjectPhrase | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.text.toLowerCase())) return phrase(text, [t], false);
  if (!isCapitalised(t) && CLAUSE_WORDS.has(t.text)) return null; // "…,” but noted", "…,” and said"
  const out: Token[] = [];
  let sawCapital = false;
  for (let j = k; j < toks.length && out.length < 8; j++) {
    const u = toks[j] as Token;
    if (isPossessive(u)) {
      out.push(u);
      sawCapital = false; // "Trump’s envoy": the phrase goes on after the possessor
      continue;
    }
    if (u.kind !== 'word' || isReportingVerb(u) || (out.length > 0 && timeAt(toks, j))) break;
    const cap = isCapitalised(u);
    if (out.length > 0 && !cap && CLAUSE_WORDS.has(u.text.toLowerCase()) && u.text !== 'of') break;
    // a finite verb, or an -ed word after a noun, ends the phrase: "The retired neurosurgeon addressed …"
    const prevWord = out[out.length - 1];
    if (out.length > 0 && !cap && (FINITE_VERBS.has(u.text) || (/ed$/.test(u.text) && prevWord !== undefined && !DETERMINERS.has(prevWord.text.toLowerCase()) && !isPossessive(prevWord)) || skippable(u))) break;
    // a lower-case word after a name ends it ("Trump wrote", "The State Department advises") unless
    // it is a role before the name: "CIA spokesman Ryan Trapani", "the presumptive Republican presidential nominee"
    // (both read only for a lower-case word after a name, the one case that asks)
    const roleAhead = (): boolean =>
      [0, 1, 2].some((n) => {
        const w = toks[j + n];
        return w !== undefined && w.kind === 'word' && (ROLE_NOUNS.has(w.text.toLowerCase()) || (n > 0 && isCapitalised(w) && !isCapitalised(toks[j + n - 1] as Token) && n === 1));
      });
    // "another Twitter user, Johanna Bayer": a lower-case head noun closing a determiner phrase
    const headNoun = (): boolean => DETERMINERS.has(out[0]?.text.toLowerCase() ?? '') && (toks[j + 1] === undefined || toks[j + 1]?.text === ',' || isReportingVerb(toks[j + 1]));
    if (out.length > 0 && !cap && sawCapital && !DETERMINERS.has(out[out.length - 1]?.text.toLowerCase() ?? '') && !roleAhead() && !headNoun()) break;
    if (cap && !DETERMINERS.has(u.text.toLowerCase())) sawCapital = true;
    out.push(u);
  }
  while (out.length > 0 && (out[out.length - 1]?.text === 'of' || isPossessive(out[out.length - 1]))) out.pop();
  if (out.length === 0) return null;
  return phrase(text, out, false);
}

/**
 * The subject of the verb at `toks[v]`, walking left: skips adverbs and auxiliaries ("Trump later
 * wrote") and an apposition between commas ("Hugh Hill, a doctor, said"). Null when the verb has no
 * subject of its own ("… but noted that", "…, warning that").
 */
export function phraseBackward(text: string, toks: readonly Token[], v: number, floor = 0): SubjectPhrase | null {
  let j = v - 1;
  while (j >= floor && skippable(toks[j])) j--;
  // "Attorney General Loretta E. Lynch, who told Congress: “…”": a relative "who" after a comma
  // stands for the name just before the comma; not a name after a preposition, which is a place
  // or an object ("the voters of Iowa, who told her", "veterans in Ohio, who")
  if (toks[j]?.text.toLowerCase() === 'who' && toks[j - 1]?.text === ',') {
    let k = j - 2;
    while (k >= floor && toks[k] !== undefined && (isCapitalised(toks[k] as Token) || toks[k]?.text === '.')) k--;
    const named = PREPOSITIONS.has(toks[k]?.text.toLowerCase() ?? '') ? [] : toks.slice(k + 1, j - 1).filter((t) => t.kind === 'word');
    const antecedent = named.length > 0 ? phrase(text, named, true) : null;
    if (antecedent?.kind === 'name') return antecedent;
  }
  let apposition = false;
  if (toks[j]?.text === ',') {
    // "Hugh Hill, a doctor, said": find the comma opening the apposition
    let k = j - 1;
    while (k >= floor && k > j - 14 && toks[k]?.text !== ',' && toks[k]?.kind === 'word') k--;
    const opener = toks[k + 1];
    if (toks[k]?.text === ',' && opener && (DETERMINERS.has(opener.text.toLowerCase()) || ROLE_NOUNS.has(opener.text.toLowerCase()) || opener.text.toLowerCase() === 'who' || /^\d+$/.test(opener.text))) {
      apposition = true;
      j = k - 1;
    } else if (toks[k]?.text === ',' && toks.slice(k + 1, j).every((t) => isCapitalised(t)) && j - k > 2) {
      return phrase(text, toks.slice(k + 1, j), true); // the apposition is the name itself
    } else return null;
  }
  const out: Token[] = [];
  for (; j >= floor && out.length < 8; j--) {
    const u = toks[j] as Token;
    if (isPossessive(u)) {
      out.unshift(u);
      continue;
    }
    if (endsPhrase(u)) break;
    // "at the mention of email she laughed": a pronoun is the whole subject
    if (out.length === 0 && PRONOUNS.has(u.text.toLowerCase())) return phrase(text, [u], apposition);
    if (out.length > 0 && DETERMINERS.has(out[0]?.text.toLowerCase() ?? '') && !isPossessive(toks[j + 1])) break;
    out.unshift(u);
  }
  while (out.length > 0 && isPossessive(out[0])) out.shift();
  if (out.length === 0) return null;
  const p = phrase(text, out, apposition);
  return p;
}

function phraseCue(toks: readonly Token[], k: number): { words: number; text: string } | null {
  const first = toks[k];
  // asked at every token of a cue window: only the phrases starting with this word can match
  const candidates = first ? PHRASES_BY_FIRST_WORD.get(first.text.toLowerCase()) : undefined;
  if (!candidates) return null;
  for (const ph of candidates) {
    if (ph.every((w, n) => toks[k + n]?.text.toLowerCase() === w)) return { words: ph.length, text: ph.join(' ') };
  }
  return null;
}

/** REPORTING_PHRASES by first word, each list in the table's order (the first phrase that matches wins). */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = REPORTING_PHRASES.reduce((m, ph) => {
  const key = ph[0] ?? '';
  m.set(key, [...(m.get(key) ?? []), ph]);
  return m;
}, new Map<string, (readonly string[])[]>());

/**
 * A cue right after a quotation's closing mark, within `limit`: `,” Trump wrote` (subject first),
 * `,” said Maduro` (verb first), `,” according to Reuters`. Null when the next words are not an
 * attribution.
 */
export function cueAfter(text: string, quoteEnd: number, limit: number): CueMatch | null {
  // the line's end, looked for only as far as the window reaches (a text with no line breaks
  // would otherwise be read to its end for every quotation)
  let stop = Math.min(limit, quoteEnd + 160);
  for (let i = quoteEnd; i < stop; i++) if (text.charCodeAt(i) === 10) stop = i;
  const toks = tokenize(text, quoteEnd, stop);
  // “… job.” Trump wrote — after a full stop only a short name right before the verb attributes
  // (but `“Will he be the next attorney general?” a Democratic staffer wondered`: after ? or ! a
  // lower-case word goes on with the same sentence)
  const closed = /[.!?…]["”'’»]+$/u.test(text.slice(Math.max(0, quoteEnd - 4), quoteEnd)) && !(/[!?]["”'’»]+$/u.test(text.slice(Math.max(0, quoteEnd - 4), quoteEnd)) && /^\s+\p{Ll}/u.test(text.slice(quoteEnd, quoteEnd + 3)));
  if (/^[.!?;:]$/.test(toks[0]?.text ?? '')) return null; // the sentence ended: "…]. A short time later, …"
  let k = 0;
  while (k < toks.length && toks[k]?.kind === 'punct' && /[,—–\-]/.test(toks[k]?.text ?? '')) k++;
  const first = toks[k];
  if (!first) return null;
  if (isReportingVerb(first)) {
    let subject = phraseForward(text, toks, k + 1);
    if (!subject) return null;
    if (subject.kind !== 'pronoun' && DETERMINERS.has(toks[k + 1]?.text.toLowerCase() ?? '')) {
      // "said one Republican involved in the planning, who …": an unnamed source runs to the comma
      subject = appositiveName(text, toks, subject) ?? wholePhrase(text, toks, k + 1) ?? subject;
    } else if (subject.kind !== 'name' && subject.kind !== 'pronoun') subject = appositiveName(text, toks, subject) ?? subject;
    return { cue: cueOf(first), subject, position: 'after', adjacent: true };
  }
  const according = phraseCue(toks, k);
  if (according?.text === 'according to') {
    const subject = phraseForward(text, toks, k + 2);
    const last = toks[k + 1] as Token;
    return { cue: { text: text.slice(first.start, last.end), start: first.start, end: last.end }, subject, position: 'according-to', adjacent: true };
  }
  // subject first: the words up to the first reporting verb, with no clause break on the way
  // (`,” Trump attorney Alan Garten said`, `,” a narrator in the Clinton ad asks`)
  if (!isCapitalised(first) && CLAUSE_WORDS.has(first.text)) return null;
  if (CONNECTIVES.has(first.text.toLowerCase()) || CLAUSE_WORDS.has(first.text.toLowerCase())) return null;
  let v = k;
  let comma = -1;
  // "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said": a
  // full name set off by a comma may carry a long apposition before its verb
  let named = k;
  while (named < toks.length && isCapitalised(toks[named] as Token)) named++;
  const window = closed ? 5 : named - k >= 2 && toks[named]?.text === ',' ? 26 : 14;
  while (v < toks.length && v < k + window) {
    const u = toks[v] as Token;
    if (closed && (u.kind === 'punct' && !isPossessive(u))) return null;
    if (verbAt(toks, v) || (phraseCue(toks, v) && phraseCue(toks, v)?.text !== 'according to' && v > k)) break;
    if (u.kind === 'punct' && !isPossessive(u)) {
      if (u.text === ',' && comma < 0) comma = v;
      else if (u.text !== ',' && u.text !== '(' && u.text !== ')' && u.text !== '-' && u.text !== '.') return null;
    }
    v++;
  }
  const verb = toks[v];
  if (!verb || v === k) return null;
  // "Ryan’s spokeswoman, AshLee Strong, said": the name between the commas is the speaker
  if (comma > k) {
    const second = toks.findIndex((t, n) => n > comma && n < v && t.text === ',');
    const inner = toks.slice(comma + 1, second > comma ? second : v);
    if (inner.length >= 2 && inner.every((t) => isCapitalised(t)) && !toks.slice(k, comma).every((t) => isCapitalised(t) || isPossessive(t))) {
      const named = phrase(text, inner, true);
      if (named?.kind === 'name') {
        if (isReportingVerb(verb)) return { cue: cueOf(verb), subject: named, position: 'after', adjacent: true };
      }
    }
  }
  // an apposition after the name is not part of it: "John Bryant, the Republican chairman, said"
  let end = comma > k ? comma : v;
  while (end > k && skippable(toks[end - 1])) end--;
  // "a reader would now ask", "polls did show": the subject ends at the first finite verb or adverb
  const finite = toks.slice(k, end).findIndex((t, n) => n > 0 && (FINITE_VERBS.has(t.text) || skippable(t)));
  if (finite > 0) end = k + finite;
  const subjectToks = toks.slice(k, end).filter((t) => t.text !== '(' && t.text !== ')');
  const paren = subjectToks.findIndex((t) => t.text === '(');
  const subject = phrase(text, paren >= 0 ? subjectToks.slice(0, paren) : cutParenthesis(toks.slice(k, end)), comma > k);
  if (!subject) return null;
  // “We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “…” — a verb
  // with a colon introduces the next quotation, not this one
  if (closed && (introducesNext(text, verb) || reportsOwnContent(text, verb.end, stop))) return null;
  if (isReportingVerb(verb)) return { cue: cueOf(verb), subject, position: 'after', adjacent: true };
  const multi = phraseCue(toks, v); // “…,” Trump shot back / went on
  if (!multi || multi.text === 'according to') return null;
  const last = toks[v + multi.words - 1] as Token;
  return { cue: { text: text.slice(verb.start, last.end), start: verb.start, end: last.end }, subject, position: 'after', adjacent: true };
}

// "told reporters the vote would go ahead", "said that …": a clause of its own after the verb
const OWN_CONTENT = /^\s+(?:(?:reporters|journalists|him|her|them|us|me|lawmakers|supporters)\s+)?(?:that\b|(?:[\p{L}’'-]+\s+){1,6}(?:would|will|was|were|is|are|had|has|have|could|can|should|might|must|did|does)\b)/u;

/**
 * `“… of its own.” Government spokeswoman Anne Roy told reporters the vote would go ahead`: after
 * a quotation closed by its own full stop, a reporting verb followed by a clause of its own reports
 * that clause, not the quotation before it.
 */
function reportsOwnContent(text: string, verbEnd: number, stop: number): boolean {
  return OWN_CONTENT.test(text.slice(verbEnd, Math.min(stop, verbEnd + 80)));
}

/** The reporting verb is followed by a colon (`Mr. Zahed said: “…”`): it opens a quotation of its own. */
function introducesNext(text: string, verb: Token): boolean {
  return /^\s*:/.test(text.slice(verb.end, verb.end + 4));
}

/**
 * A name in apposition right after a role phrase: `his best friend at Lehigh, Bruce Turry` ->
 * Bruce Turry; `Carson’s business manager, Armstrong Williams,` -> Armstrong Williams.
 */
function appositiveName(text: string, toks: readonly Token[], after: SubjectPhrase): SubjectPhrase | null {
  let j = toks.findIndex((t) => t.start >= after.end);
  // "a spokeswoman for Trump hotels, Jennifer Rodstrom": the description may run on before the comma
  const limit = j + 8;
  while (j >= 0 && j < toks.length && j < limit && (toks[j]?.kind === 'word' || isPossessive(toks[j]))) j++;
  if (j < 0 || toks[j]?.text !== ',') return null;
  const run: Token[] = [];
  let n = j + 1;
  // "Clinton's introducer, actress Jamie Lee Curtis": a role noun may open the name's apposition
  while (n < j + 3 && toks[n]?.kind === 'word' && !isCapitalised(toks[n]) && ROLE_NOUNS.has(toks[n]?.text ?? '')) n++;
  for (; n < toks.length && isCapitalised(toks[n] as Token); n++) run.push(toks[n] as Token);
  if (run.length < 2 || (n < toks.length && toks[n]?.kind === 'word')) return null;
  return phrase(text, run, true);
}

/** The words from `toks[k]` to the next punctuation (at most 12), as one phrase. */
function wholePhrase(text: string, toks: readonly Token[], k: number): SubjectPhrase | null {
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
function cutParenthesis(toks: Token[]): Token[] {
  const open = toks.findIndex((t) => t.text === '(');
  return open > 0 ? toks.slice(0, open) : toks;
}

/**
 * Skip what may sit between a name and its verb: an apposition or relative clause between commas
 * (`John Bryant, the Republican chairman, said`; `Khizr Khan, 66, said`; `Cruz, who has proposed
 * repealing the mandate, said`) or a parenthesis (`Sen. Marco Rubio (R-Fla.) said`). Returns the
 * index after it, or `v` unchanged when there is none.
 */
function skipInsertion(toks: readonly Token[], v: number): number {
  let j = v;
  if (toks[j]?.text === '(') {
    while (j < toks.length && j < v + 12 && toks[j]?.text !== ')') j++;
    if (toks[j]?.text === ')') j++;
    else return v;
  }
  if (toks[j]?.text === ',') {
    let e = j + 1;
    while (e < toks.length && e < j + 20 && toks[e]?.text !== ',' && !/^[.;:!?“”"]$/.test(toks[e]?.text ?? '')) e++;
    // "Salem, New Hampshire, Trump went after Bush, calling him": a clause with its own finite verb
    // is no insertion (a relative clause is: "Peter Wehner, who has known him, said")
    const relative = (k: number): boolean => toks.slice(j + 1, k).some((t) => /^(?:who|which|that|whom|whose)$/i.test(t.text));
    const clause = toks.slice(j + 1, e).some((t, n) => FINITE_VERBS.has(t.text) && !relative(j + 1 + n));
    if (toks[e]?.text === ',' && e > j + 1 && !clause) {
      const after = toks[e + 1];
      let w = e + 1;
      while (w < toks.length && SKIPPABLE.has(toks[w]?.text.toLowerCase() ?? '')) w++;
      if (after && (isReportingVerb(toks[w]) || phraseCue(toks, w))) return e + 1;
    }
  }
  return j;
}

/**
 * The nearest reporting verb before a quotation in its sentence (`Grenell wrote in his post: “`,
 * `The US President told reporters he wanted to “`) and its subject. A verb with no subject of its
 * own (`…, but noted that he was “…”`, `…, warning that “…”`) takes the subject of the sentence.
 */
const LOOK_BACK = 400;

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'gets', 'get']);

/** The verb at `v` is a past participle after a form of be/get ("was asked", "were repeatedly told"). */
function passiveAt(toks: readonly Token[], v: number): boolean {
  if (!/(?:ed|told|asked|shown|given|written|spoken)$/u.test(toks[v]?.text ?? '')) return false;
  let j = v - 1;
  while (j >= 0 && skippable(toks[j]) && !PASSIVE_AUX.has(toks[j]?.text.toLowerCase() ?? '')) j--;
  return PASSIVE_AUX.has(toks[j]?.text.toLowerCase() ?? '');
}

export function cueBefore(text: string, sentence: TextRange, quoteStart: number, skip: readonly TextRange[]): CueMatch | null {
  // a bounded look-back keeps a run-on "sentence" of any length linear
  const from = Math.max(sentence.start, quoteStart - LOOK_BACK);
  const toks = tokenize(text, from, quoteStart).filter((t) => !skip.some((r) => r.start <= t.start && t.start < r.end));
  for (let v = toks.length - 1; v >= 0; v--) {
    const verb = toks[v] as Token;
    if (!verbAt(toks, v)) continue;
    // "Brooks was asked by a reporter: “Will you resign?”": the subject of a passive reporting verb
    // is its listener; the speaker is the by-phrase, or nobody the sentence names
    if (passiveAt(toks, v)) {
      const agent = toks[v + 1]?.text.toLowerCase() === 'by' ? phraseForward(text, toks, v + 2) : null;
      if (agent) return { cue: cueOf(verb), subject: agent, position: 'before', adjacent: false };
      continue;
    }
    // "the so-called deal", "a statement said": nouns that look like verbs need a subject or object
    // "Bush offered a retort on Twitter, tweeting at him, “…”": a participle after a comma has no
    // subject of its own
    let subject = /ing$/.test(verb.text) && toks[v - 1]?.text === ',' ? null : phraseBackward(text, toks, v);
    // "The Vermont senator emailed supporters saying: “…”": before a participle, a noun right after
    // another verb is that verb's object
    if (subject && /ing$/.test(verb.text) && subject.kind === 'phrase') {
      const s0 = toks.findIndex((t) => t.start === subject?.start);
      const prev = s0 > 0 ? toks[s0 - 1] : undefined;
      if (prev && prev.kind === 'word' && !isCapitalised(prev) && /(?:ed|s)$/.test(prev.text) && !CLAUSE_WORDS.has(prev.text)) subject = null;
    }
    // "Nefzi said, adding, “…”": a participle takes the subject of the reporting verb before it
    // (and "Lazar said he welcomed extradition and added, “…”": a coordinated verb shares it too)
    if (!subject && (/ing$/.test(verb.text) || toks[v - 1]?.text === 'and')) {
      const coordinated = toks[v - 1]?.text === 'and';
      for (let w = v - 1; w >= 0 && !subject; w--) {
        if (coordinated && toks[w]?.text === ',') break; // only within its own clause
        if (verbAt(toks, w)) subject = phraseBackward(text, toks, w);
      }
    }
    if (!subject) subject = phraseForward(text, toks, clauseStart(toks, v));
    const between = text.slice(verb.end, quoteStart);
    const adjacent = /^[\s\p{L}\p{N}’',.;—–-]{0,60}[:,]?\s*$/u.test(between) && /[:,]\s*$/.test(between) && between.length < 60;
    if (!subject && v > 0) continue;
    return { cue: cueOf(verb), subject, position: 'before', adjacent };
  }
  return null;
}

/**
 * Where the main clause's subject starts, for a verb with no subject of its own: after a dateline
 * (`WASHINGTON —`) and an introductory phrase (`During the debate, Trump attacked …, saying`).
 */
function clauseStart(toks: readonly Token[], before: number): number {
  let k = 0;
  while (k < before && toks[k]?.kind !== 'word') k++;
  const dash = toks.findIndex((t, n) => n < before && n < 12 && /^[—–-]$/.test(t.text));
  if (dash >= 0 && toks.slice(0, dash).every((t) => t.kind !== 'word' || /^[\p{Lu}\p{N}.,]+$/u.test(t.text) || isCapitalised(t))) k = dash + 1;
  const intro = /^(?:during|in|on|at|after|before|since|when|while|as|later|earlier|speaking|asked|last|this|from|with|for|under|despite|following|over|throughout|across|amid|among|addressing|writing|responding|still|yet|instead|meanwhile|however|though|although|if|once|now|then)$/i;
  if (intro.test(toks[k]?.text ?? '')) {
    const comma = toks.findIndex((t, n) => n > k && n < before && t.text === ',');
    if (comma > 0) k = comma + 1;
  }
  while (k < before && toks[k]?.kind !== 'word') k++;
  return k;
}

function cueOf(t: Token): CueMatch['cue'] {
  return { text: t.text, start: t.start, end: t.end };
}

/**
 * Is the name ending at `end` the subject of a reporting verb right after it (`Maduro said`,
 * `Khizr Khan, 66, said`), or the one right before it ending at `start` (`said Maduro`)? Evidence
 * that a capitalised word is a person who speaks.
 */
export function speaksAround(text: string, start: number, end: number): boolean {
  // Every non-space character is in a token, so the tokens at the two edges can be told from the
  // characters next to the name, and most names are answered without tokenizing (this runs for
  // every mention of every name): after it, punctuation other than `(` and `,` is no verb and opens
  // no insertion; before it, the last word must end in d, s or e to be said/says/wrote/… .
  const stop = Math.min(text.length, end + 160);
  let a = end;
  while (a < stop && isSpace(text.charCodeAt(a))) a++;
  const next = a < stop ? text.charCodeAt(a) : -1;
  const punctuationNext = next >= 0 && next < 128 && next !== 40 && next !== 44 && !isAsciiLetterOrDigit(next);
  if (next >= 0 && !punctuationNext) {
    const after = tokenize(text, end, stop);
    let v = skipInsertion(after, 0);
    while (v < after.length && SKIPPABLE.has(after[v]?.text.toLowerCase() ?? '')) v++;
    if (isReportingVerb(after[v])) return true;
  }
  let b = start;
  const floor = Math.max(0, start - 30);
  while (b > floor && isSpace(text.charCodeAt(b - 1))) b--;
  const last = b > floor ? text.charCodeAt(b - 1) : -1;
  if (last !== 100 && last !== 115 && last !== 101) return false;
  const before = tokenize(text, floor, start);
  const prev = before[before.length - 1];
  // "said Maduro" — but not "told CNN" / "asked Trump": those name the listener
  return isReportingVerb(prev) && /^(?:said|says|wrote|writes|added|adds)$/.test(prev?.text ?? '');
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
