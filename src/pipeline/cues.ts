import { stopEndsSentence, type TextRange } from './segment.js';
import { REPORTING_VERB_FORMS, ROLE_NOUNS, SAYING_NOUNS } from './speech-lexicons.js';
import { DOCUMENT_NOUNS, GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from './source-lexicons.js';
import { kinBefore } from './apposition-tokens.js';
import { claimsAt, cueOf, DASHED_NAME_COLON, deniedSpeech, gappedSayingAt, inClosedSubordinate, particleCueBefore, progressiveAt, reducedRelativeAt, phraseCue, placeAfterComma, reportingVerbBetween, retells, sayingBeforeDash, speechNounOwner, unrecordedSaying } from './cue-context.js';
import { appositiveName, CLAUSE_WORDS, CONNECTIVES, cutParenthesis, DETERMINERS, FINITE_VERBS, isReportingVerb, phrase, phraseBackward, skippable, verbAt, wholePhrase, type SubjectPhrase } from './subject-phrase.js';
import { phraseForward } from './phrase-forward.js';
import { isCapitalised, isPossessive, tokenize, type Token } from './tokens.js';
import { timeAt } from './phrase-words.js';
import { ampersandInName } from './name-mentions.js';
import { nameBelongsToObject } from './name-of-object.js';
import { describedAsQuotation, passiveAt, quotedAsSaying, relayedAfter, WRITING_SAYS, writingsAuthor } from './relayed-cues.js';
import { tagsOfLower } from './claims/verbless.js';
import { nearestFiniteSubject, QUOTATION_CLOSING_ON_COMMA } from './participle-subject.js';
import { afterPlacePreposition, isPluralPhrase, nameAfterRoleNoun, opensRelativeSubject, outsideRanges, POSTING } from './cue-subject-edges.js';
import { headNounOf } from './sources.js';
import { outerCue } from './outer-cue.js';


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
  /** Who tells of the words, when the speaker's are retold (`Okafor said Obama told her: “…”`). */
  relay?: SubjectPhrase;
  /**
   * The text says the subject did not say the words (`denied`: `Ashford did not say police “will
   * stop …”`) or that nothing shows they did (`unrecorded`: `no record of Ashford saying “…”`).
   */
  denied?: 'denied' | 'unrecorded';
}



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
    // "… the “failed” establishment, telling the crowd: …": after a participle or a verb of
    // telling comes the one told, never the speaker
    if (/ing$/u.test(first.text) || REPORTING_VERB_FORMS.get(first.text) === 'tell') return null;
    let subject = phraseForward(text, toks, k + 1);
    if (!subject) return null;
    // "Pence, who called the vote “historic,” said DeVos would be …": a name followed by its own
    // finite verb opens what the verb reports; it is no inverted speaker of the quotation before
    if (FINITE_VERBS.has(toks.find((t) => t.start >= (subject as SubjectPhrase).end)?.text ?? '')) return null;
    // ("said his friend Bruce Turry", "said her lawyer Ann Berg": a name after its role noun is the speaker's name)
    if (subject.kind !== 'pronoun' && !nameAfterRoleNoun(toks, subject) && DETERMINERS.has(toks[k + 1]?.text.toLowerCase() ?? '')) {
      // "said one Republican involved in the planning, who …": an unnamed source runs to the comma
      subject = appositiveName(text, toks, subject) ?? wholePhrase(text, toks, k + 1) ?? subject;
    } else if (subject.kind !== 'name' && subject.kind !== 'pronoun') subject = appositiveName(text, toks, subject) ?? subject;
    // "… on the track “Girls Need Love,” posted a broken-heart emoji on Instagram": after a verb of
    // posting, a phrase whose head is no one's (not a person, role, body or document) is what was
    // posted, never who posted it
    if (POSTING.has(first.text) && subject.kind === 'phrase' && !SPEAKER_NOUNS.has(headNounOf(subject.text))) return null;
    return { cue: cueOf(first), subject: coordinatedAfter(text, toks, subject), position: 'after', adjacent: true };
  }
  // "“Absolutely not,” came the reply from Mr Smith": the one the reply came from
  if (first.text === 'came' && toks[k + 1]?.text === 'the' && REPLY_NOUNS.has(toks[k + 2]?.text ?? '') && toks[k + 3]?.text === 'from') {
    const subject = phraseForward(text, toks, k + 4);
    const last = toks[k + 3] as Token;
    if (subject) return { cue: { text: text.slice(first.start, last.end), start: first.start, end: last.end }, subject, position: 'after', adjacent: true };
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
    // ("“…,” Procter & Gamble said")
    if (ampersandInName(toks, v)) {
      v++;
      continue;
    }
    if (closed && (u.kind === 'punct' && !isPossessive(u))) return null;
    // "…,” his team went into the locker room to what players described as …", "Mayor Jane Ruiz, in
    // what aides called an unscripted moment, told …": a verb whose own subject follows "what" or
    // "which" is a relative clause's, never the cue of the words after the quotation
    if (verbAt(toks, v) && !(v - 2 > k && /^(?:what|which)$/u.test(toks[v - 2]?.text ?? '') && toks[v - 1]?.kind === 'word')) break;
    if ((phraseCue(toks, v) && phraseCue(toks, v)?.text !== 'according to' && v > k) || (v > k && nounlikeCue(toks, v))) break;
    if (u.kind === 'punct' && !isPossessive(u)) {
      if (u.text === ',' && comma < 0) comma = v;
      else if (u.text !== ',' && u.text !== '(' && u.text !== ')' && u.text !== '-' && u.text !== '.') return null;
      // ("“a disaster” for many, including pensioners. Tom Vail said …": a stop that ends the
      // sentence ends the search; the one of "Sen." or "Ann B." does not)
      else if (u.text === '.' && stopEndsSentence(text, u.start)) return null;
    }
    v++;
  }
  const verb = toks[v];
  if (!verb || v === k) return null;
  // "… “liberated” the village, a claim Kyiv denied": a noun for what was said and a relative clause
  // on it; the clause's verb weighs the words, and its subject did not say them
  if (DETERMINERS.has(first.text.toLowerCase()) && SAYING_NOUNS.has(toks[k + 1]?.text.toLowerCase() ?? '') && v > k + 2 && opensRelativeSubject(toks[k + 2])) return null;
  // "“Leave now,” Mary Evans was told by a police officer": the subject of a passive verb of
  // saying is its listener; the speaker is the by-phrase, or nobody the sentence names
  // (not "Smith was quoted by the Times as saying", "was reported as saying": the subject speaks)
  if (TOLD_FORMS.has(verb.text) && passiveAt(toks, v) && !toks.slice(v + 1, v + 6).some((t) => t.text === 'as')) {
    const agent = toks[v + 1]?.text.toLowerCase() === 'by' ? phraseForward(text, toks, v + 2) : null;
    return agent ? { cue: cueOf(verb), subject: agent, position: 'after', adjacent: true } : null;
  }
  // “… in court.” He did not respond to questions: a verb of saying denied reports nothing
  // (only right before the verb: "Warren, who has not endorsed a candidate, told reporters" reports)
  if (toks.slice(Math.max(k, v - 2), v).some((t) => /^(?:not|never|n[’']t)$/iu.test(t.text) || /n[’']t$/iu.test(t.text))) return null;
  // "Ryan’s spokeswoman, AshLee Strong, said": the name between the commas is the speaker
  if (comma > k) {
    const second = toks.findIndex((t, n) => n > comma && n < v && t.text === ',');
    const inner = toks.slice(comma + 1, second > comma ? second : v);
    // (one given name after a possessive description: "her son, Luis, said")
    if ((inner.length >= 2 || (inner.length === 1 && kinBefore(toks, comma))) && inner.every((t) => isCapitalised(t)) && !toks.slice(k, comma).every((t) => isCapitalised(t) || isPossessive(t)) && !nameBelongsToObject(text, toks, k, comma)) {
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
  const relayed = relayedAfter(text, toks, v, subject);
  if (relayed) return relayed;
  if (isReportingVerb(verb) || nounlikeCue(toks, v)) return { cue: cueOf(verb), subject, position: 'after', adjacent: true };
  const multi = phraseCue(toks, v); // “…,” Trump shot back / went on
  if (!multi || multi.text === 'according to') return null;
  const last = toks[v + multi.words - 1] as Token;
  return { cue: { text: text.slice(verb.start, last.end), start: verb.start, end: last.end }, subject, position: 'after', adjacent: true };
}

/**
 * `“…,” the letter states.`, `,” the report notes`: forms that are mostly nouns ("Asian states",
 * "his notes") are the verb when a speaker's or document's noun stands right before them and the
 * clause ends right after.
 */
function nounlikeCue(toks: readonly Token[], v: number): boolean {
  const t = toks[v];
  if (!t || !NOUNLIKE_CUES.has(t.text)) return false;
  const next = toks[v + 1];
  // "“…,” Henry reports on Monday evening": a time adjunct closes the clause as well as a stop does
  // (only when the time closes the clause: "Epstein reports on Monday revealed" is a noun phrase)
  const timed = next !== undefined && (timeAt(toks, v + 1) || (next.text === 'on' && timeAt(toks, v + 2))) && timeClosesClause(toks, next.text === 'on' ? v + 2 : v + 1);
  if (next !== undefined && !timed && !/^[,.;!?:]$/u.test(next.text)) return false;
  const head = toks[v - 1];
  if (!head || head.kind !== 'word') return false;
  // ("Gulf states", "Asian states": a capitalised word before "states" is mostly a modifier; before
  // "reports" only when the clause goes on: "UN reports say", but "The Wall Street Journal reports:")
  return SPEAKER_NOUNS.has(head.text) || (isCapitalised(head) && t.text !== 'states');
}
/** Verbs whose object may be someone else's words, which they reject or mock. */
const REJECTING: ReadonlySet<string> = new Set(['dismissed', 'dismisses', 'dismissing', 'rejected', 'rejects', 'rejecting', 'disputed', 'disputes', 'disputing', 'mocked', 'mocks', 'mocking', 'ridiculed', 'ridicules', 'criticised', 'criticized', 'criticises', 'criticizes', 'challenged', 'challenges', 'questioned', 'questions', 'denied', 'denies', 'repeated', 'repeats', 'echoed', 'echoes', 'cited', 'cites', 'citing', 'quoted', 'quotes']);
/** The time phrase at `t` ("Monday", "Monday evening", "last week") is followed by a stop or a comma. */
function timeClosesClause(toks: readonly Token[], t: number): boolean {
  let k = t + 1;
  if (TIME_TAILS.has(toks[k]?.text ?? '')) k++;
  return toks[k] === undefined || /^[,.;:!?]$/u.test(toks[k]?.text ?? '');
}
const TIME_TAILS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year']);
const REPLY_NOUNS: ReadonlySet<string> = new Set(['reply', 'response', 'answer', 'retort', 'rejoinder']);
const NOUNLIKE_CUES: ReadonlySet<string> = new Set(['states', 'notes', 'reports', 'remarks', 'comments', 'claims']);
const SPEAKER_NOUNS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, ...ORGANISATION_HEADS, ...GOVERNMENT_HEADS, ...PERSON_NOUNS, ...ROLE_NOUNS]);

/**
 * "“…,” said Ann Berg and Council Leader Tom Hale": a name after the verb coordinated with a
 * second name is one subject, the pair, as it is before the verb; only when the second name closes
 * the clause ("said Ann Berg and spoke of Hale" is two clauses).
 */
function coordinatedAfter(text: string, toks: readonly Token[], subject: SubjectPhrase): SubjectPhrase {
  if (subject.kind !== 'name') return subject;
  const and = toks.findIndex((t) => t.start >= subject.end);
  if (and < 0 || toks[and]?.text !== 'and') return subject;
  const second = phraseForward(text, toks, and + 1);
  if (!second || second.kind !== 'name') return subject;
  const after = toks.find((t) => t.start >= second.end);
  if (after !== undefined && !/^[,.;]$/u.test(after.text)) return subject;
  return { start: subject.start, end: second.end, text: text.slice(subject.start, second.end), apposition: subject.apposition, kind: 'phrase', role: null, titled: false };
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
 * The nearest reporting verb before a quotation in its sentence (`Grenell wrote in his post: “`,
 * `The US President told reporters he wanted to “`) and its subject. A verb with no subject of its
 * own (`…, but noted that he was “…”`, `…, warning that “…”`) takes the subject of the sentence.
 */
const LOOK_BACK = 400;
/** Earlier quotations a look-back may cross. */
export const MAX_CROSSED = 12;

/** Verbs of telling and asking: in the passive their subject is the one told ("was told by a police officer"). */
const TOLD_FORMS: ReadonlySet<string> = new Set(['told', 'asked', 'warned', 'informed', 'advised', 'ordered', 'instructed', 'reminded', 'assured', 'urged', 'questioned']);


/**
 * "Shares fell 9 percent, with analysts saying the outlook was “grim”": after "with" the noun
 * phrase is the participle's own subject, never the main clause's. Undefined when no "with" opens
 * the participle's clause; null when the words after it are no noun phrase ("31 percent").
 */
function withSubject(text: string, toks: readonly Token[], v: number): SubjectPhrase | null | undefined {
  if (!/ing$/u.test(toks[v]?.text ?? '')) return undefined;
  for (let w = v - 1; w >= 0 && w >= v - 6; w--) {
    const t = toks[w] as Token;
    if (t.kind !== 'word') return undefined;
    if (t.text.toLowerCase() === 'with') return w < v - 1 ? phrase(text, toks.slice(w + 1, v), false) : undefined;
  }
  return undefined;
}


const CONTINUE_FORMS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing']);


/**
 * Where the look-back for a quotation's cue begins: at most 400 characters back, and across at
 * most a dozen earlier quotations (a list of quoted titles or nicknames before the quoted claim,
 * "Smith said the songs “Blue”, “Red”, … and “Grey” were “…”", is seldom longer); without the
 * bound a line packed with quotation marks reads every word once per quotation.
 */
function lookBackStart(sentenceStart: number, quoteStart: number, skip: readonly TextRange[]): number {
  const from = Math.max(sentenceStart, quoteStart - LOOK_BACK);
  let crossed = 0;
  for (let r = skip.length - 1; r >= 0; r--) {
    const range = skip[r] as TextRange;
    if (range.end > quoteStart || range.end <= from) continue;
    if (++crossed > MAX_CROSSED) return Math.max(from, range.end);
  }
  return from;
}

/** What "continue" goes on doing, right after it: an infinitive's "to", an object's determiner, an -ing form. */
const CONTINUED_DOING = /^(?:to|its|his|her|their|our|my|your|the|a|an|this|that|these|those|\p{Ll}+ing)$/u;

export function cueBefore(text: string, sentence: TextRange, quoteStart: number, skip: readonly TextRange[]): CueMatch | null {
  // a bounded look-back keeps a run-on "sentence" of any length linear
  const from = lookBackStart(sentence.start, quoteStart, skip);
  const all = tokenize(text, from, quoteStart);
  // most quotations are the only one in their look-back: nothing to leave out
  const toks = skip.some((r) => r.start < quoteStart && r.end > from) ? outsideRanges(all, skip) : all;
  // "Pollsters agree - Carl Bialik: “…”": a roundup's topic line, then the name of the one quoted
  // (the name and its colon are the attribution; the verb before them is the topic's)
  // (not after a verb of saying or telling, which keeps the quotation for its own subject: "Lisa
  // Tran told supporters in her hometown - Dover: “…”")
  if (DASHED_NAME_COLON.test(text.slice(Math.max(from, quoteStart - 60), quoteStart)) && !sayingBeforeDash(toks)) return null;
  for (let v = toks.length - 1; v >= 0; v--) {
    // "a buyback, which the company said reflected “…”": "said" is the cue (`verbAt` takes no
    // reporting verb before another)
    const gapped = gappedSayingAt(toks, v);
    if (gapped) v--;
    const verb = toks[v] as Token;
    const written = WRITING_SAYS.has(verb.text) ? writingsAuthor(text, toks, v, quoteStart) : null;
    if (written) return written;
    if (!gapped && !verbAt(toks, v) && !claimsAt(toks, v)) {
      const particle = particleCueBefore(text, toks, v, quoteStart);
      if (particle) return particle;
      continue;
    }
    const denial = deniedSpeech(text, toks, v) ?? unrecordedSaying(text, toks, v);
    if (denial) return denial;
    // "dismissed Mr Smith's description of the policy as “a triumph”": the words are the owner's
    if (REJECTING.has(verb.text)) {
      const owned = speechNounOwner(text, toks, v);
      if (owned) return owned;
    }
    // "Brooks was asked by a reporter: “Will you resign?”": the subject of a passive reporting verb
    // is its listener; the speaker is the by-phrase, or nobody the sentence names
    if (passiveAt(toks, v)) {
      const agent = toks[v + 1]?.text.toLowerCase() === 'by' ? phraseForward(text, toks, v + 2) : null;
      if (agent) return { cue: cueOf(verb), subject: agent, position: 'before', adjacent: false };
      // "…, in what is being criticized as a “use it or lose it” approach", "the plan, widely
      // derided as “a giveaway”": the quoted words are what the passive calls the thing, and its
      // unnamed agents said them; a verb further back reports something else
      if (describedAsQuotation(toks, v)) return null;
      continue;
    }
    // "the distance claimed by the North appeared “exaggerated”": the participle modifies its noun
    if (reducedRelativeAt(toks, v)) continue;
    // "said that it continued to “engage constructively”": "continue to" goes on doing, it reports nothing
    // ("if the Philippines continued its “provocative moves”", "continued shelling “civilian areas”":
    // with an object it goes on doing that thing)
    if (CONTINUE_FORMS.has(verb.text) && CONTINUED_DOING.test(toks[v + 1]?.text ?? '')) continue;
    // "the so-called deal", "a statement said": nouns that look like verbs need a subject or object
    // "Bush offered a retort on Twitter, tweeting at him, “…”": a participle after a comma has no
    // subject of its own
    // ("…, with 31 percent calling them “dishonest”": the participle's own subject, even one that
    // names nobody, keeps the main clause's subject from it)
    const quotedAs = quotedAsSaying(text, toks, v, quoteStart);
    if (quotedAs) return quotedAs;
    const withS = withSubject(text, toks, v);
    if (withS === null) continue;
    // (the comma may close a quotation left out of the tokens: "had “run like someone with nothing to lose,” adding: “…”")
    const afterComma = toks[v - 1]?.text === ',' || QUOTATION_CLOSING_ON_COMMA.test(text.slice(Math.max(0, verb.start - 4), verb.start));
    let subject = /ing$/.test(verb.text) && afterComma ? null : phraseBackward(text, toks, v) ?? withS ?? null;
    // "The Vermont senator emailed supporters saying: “…”": before a participle, a noun right after
    // another verb is that verb's object
    if (subject && /ing$/.test(verb.text) && subject.kind === 'phrase') {
      const s0 = toks.findIndex((t) => t.start === subject?.start);
      const prev = s0 > 0 ? toks[s0 - 1] : undefined;
      if (prev && prev.kind === 'word' && !isCapitalised(prev) && /(?:ed|s)$/.test(prev.text) && !CLAUSE_WORDS.has(prev.text)) subject = null;
    }
    // "Nefzi said, adding, “…”": a participle takes the subject of the reporting verb before it
    // (and "Lazar said he welcomed extradition and added, “…”": a coordinated verb shares it too)
    // (not a progressive's verb: in "Ostrowski said customers were asking “…”" the ones asking are
    // the customers, whatever the phrase before "were" is read as)
    if (!subject && (/ing$/.test(verb.text) || toks[v - 1]?.text === 'and') && !progressiveAt(text, toks, v)) {
      const coordinated = toks[v - 1]?.text === 'and';
      for (let w = v - 1; w >= 0 && !subject; w--) {
        if (coordinated && toks[w]?.text === ',') break; // only within its own clause
        if (!verbAt(toks, w)) continue;
        subject = phraseBackward(text, toks, w);
        // ("Ortiz ignored what Bill Hale said and told reporters: “…”": the verb of a relative
        // clause lends its subject to nothing after it)
        const s0 = subject ? toks.findIndex((t) => t.start === subject?.start) : -1;
        if (s0 > 0 && /^(?:what|which|who|that)$/u.test(toks[s0 - 1]?.text ?? '')) {
          subject = null;
          break;
        }
      }
    }
    // "after a federal judge rejected his request for release, saying he had “…”": with no verb of
    // saying before it, a participle set off by a comma goes with the nearest finite verb's subject
    if (!subject && /ing$/.test(verb.text) && afterComma) subject = nearestFiniteSubject(text, toks, v);
    // "…, said Mei Lin, an engineer, but “…”": an inverted cue's subject follows it, set off by a
    // comma ("Pantucci, at the institute, said China and Russia have …" is no inversion)
    if (!subject && toks[v - 1]?.text === ',' && toks[v + 1] !== undefined && isCapitalised(toks[v + 1] as Token)) {
      const after = phraseForward(text, toks, v + 1);
      if (after && /^\s*,/u.test(text.slice(after.end, after.end + 3))) subject = after;
    }
    // "The couple met in 2022 and Tasha Boyd revealed their engagement, gushing: “…”": a participle
    // goes with the nearest clause, a second one after "and" with a subject of its own
    if (!subject && /ing$/.test(verb.text) && toks[v - 1]?.text === ',') {
      const second = coordinatedClauseStart(toks, v);
      if (second >= 0) subject = phraseForward(text, toks, second);
    }
    // "a jet that made an emergency landing in Boise last month told controllers: “…”": a name right
    // after a preposition of place is where something happened, never the verb's subject (but "hit
    // back at Mr Hunt, who had said": a relative clause's subject is the name it follows)
    if (subject && subject.kind !== 'pronoun' && afterPlacePreposition(text, toks, subject.start) && !/\b(?:who|whom|whose|which|that)\b/iu.test(text.slice(subject.end, verb.start))) subject = null;
    // ("Ostrowski said customers were asking “…”": a progressive whose subject was not read is left
    // to the verb before it, whose content it is, not given the clause's first phrase)
    if (!subject && progressiveAt(text, toks, v) && reportingVerbBetween(toks, clauseStart(toks, v), v - 1)) continue;
    if (!subject) subject = phraseForward(text, toks, clauseStart(toks, v));
    // "Mrs. Okafor said that when Ms. Brennan railed against Wall Street, she was “…”": the verb
    // sits in a subordinate clause closed by a comma, and the quotation in the clause after it
    if (subject && inClosedSubordinate(toks, v, subject.start)) continue;
    const outer = subject ? outerCue(text, toks, subject.start, quoteStart) : null;
    const between = text.slice(verb.end, quoteStart);
    // (the length first: a verb far from the quotation is answered without either regex)
    const adjacent = between.length < 60 && /[:,]\s*$/.test(between) && /^[\s\p{L}\p{N}’',.;—–-]{0,60}[:,]?\s*$/u.test(between);
    // "Okafor said Obama told her: “Go win this thing.”": a quotation set off right after the
    // inner verb is its subject's words, retold by the outer speaker
    if (outer?.subject && subject && subject.kind !== 'pronoun' && adjacent && retells(text, outer, subject)) return { cue: cueOf(verb), subject, position: 'before', adjacent, relay: outer.subject };
    // "Police who arrested Tom Reilly said he told them: “I did it.”": "he" cannot be the police, so
    // the words are his, retold by them ("Smith said he told them: …" stays Smith's own)
    if (outer?.subject && subject?.kind === 'pronoun' && /^(?:he|she)$/iu.test(subject.text) && adjacent && isPluralPhrase(outer.subject)) return { cue: cueOf(verb), subject, position: 'before', adjacent, relay: outer.subject };
    if (outer) return outer;
    if (!subject && v > 0) continue;
    return { cue: cueOf(verb), subject, position: 'before', adjacent };
  }
  return null;
}


/**
 * Where the main clause's subject starts, for a verb with no subject of its own: after a dateline
 * (`WASHINGTON —`) and an introductory phrase (`During the debate, Trump attacked …, saying`).
 */
/**
 * The start of the last clause before `before` joined by "and" or "but" with a capitalised subject
 * and a past-tense verb of its own ("… and Tasha Boyd revealed …"), or -1.
 */
function coordinatedClauseStart(toks: readonly Token[], before: number): number {
  for (let a = before - 2; a > 0; a--) {
    const t = toks[a] as Token;
    if (t.text === ';' || t.text === ':') return -1;
    if (t.text !== 'and' && t.text !== 'but') continue;
    const first = toks[a + 1];
    if (!first || !isCapitalised(first)) continue;
    let n = a + 1;
    while (n < before && isCapitalised(toks[n] as Token)) n++;
    const verb = toks[n];
    if (n - a <= 4 && verb && verb.kind === 'word' && verb.text === verb.text.toLowerCase() && tagsOfLower(verb.text)?.[0] === 'VBD') return a + 1;
    return -1;
  }
  return -1;
}

export function clauseStart(toks: readonly Token[], before: number): number {
  let k = 0;
  while (k < before && toks[k]?.kind !== 'word') k++;
  const dash = toks.findIndex((t, n) => n < before && n < 12 && /^[—–-]$/.test(t.text));
  if (dash >= 0 && toks.slice(0, dash).every((t) => t.kind !== 'word' || /^[\p{Lu}\p{N}.,]+$/u.test(t.text) || isCapitalised(t))) k = dash + 1;
  const intro = /^(?:during|in|on|at|after|before|since|when|while|as|later|earlier|speaking|asked|last|this|from|with|for|under|despite|following|over|throughout|across|amid|among|addressing|writing|responding|still|yet|instead|meanwhile|however|though|although|if|once|now|then)$/i;
  if (intro.test(toks[k]?.text ?? '')) {
    let comma = toks.findIndex((t, n) => n > k && n < before && t.text === ',');
    // "Speaking in Salem, New Hampshire, Trump …": a state or country after a town's comma is
    // still the introductory phrase's
    const place = comma > 0 ? placeAfterComma(toks, comma, before) : -1;
    if (place > 0) comma = place;
    if (comma > 0) k = comma + 1;
  }
  while (k < before && toks[k]?.kind !== 'word') k++;
  return k;
}
