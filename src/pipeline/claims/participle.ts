import { cueKindOf } from '../cue-kinds.js';
import type { TextRange } from '../segment.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { cutAtTrailer, startAfterPreposition } from './boundaries.js';
import { trimRange } from './trim.js';
import { pendingSubjectAsideEnd } from './pending-subject.js';
import { candidate, MAX_CONTENT_WORDS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { isBlankedWord, isMark, findWithin, quotationEndsInComma, type Word } from './words.js';
import { CUE_FORMS, NEEDS_THAT, OBJECT_FIRST } from './lexicon.js';
import { firstVerbSubject, subjectBefore } from './subject.js';
import { sentenceSubject } from './sentence-subject.js';
import { skipObject } from './complement-start.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS } from '../source-lexicons.js';
import { mayBeFiniteVerb } from './verbless.js';
import { holdsBareClause, opensPlanInfinitive } from './plan-infinitive.js';
import { opensFiniteClause } from './subject-verb.js';
import { offersSpeech } from './offered-speech.js';
import { isPointerTopic } from './asked-adjunct.js';
import { ADJUNCT_HEAD, AUX_WORDS, CLAUSE_OPENERS, contentMayStartWith, DETERMINER, FINITE_START, PREPOSITIONS } from './word-classes.js';

/** Words that open the clause a verb of questioning takes: "asking why …", "questioning whether …". */
const WH_WORD = /^(?:whether|how|why|what|if|when|where|who)$/u;

/** Words before an -ing cue that make it an adjunct of the main clause: "by joking that …". */
const PARTICIPLE_LEADS = new Set(['by', 'while', 'after', 'before', 'when', 'since', 'without', 'in']);

/** Whether the participle at `v` and what it cites close with a comma and "that" (", citing two sources, that …"). */
function citedThenThat(words: readonly { text: string; lower: string }[], v: number): boolean {
  if (words[v - 1]?.text !== ',') return false;
  for (let j = v + 1; j < Math.min(words.length, v + 14); j++) {
    const w = words[j] as { text: string; lower: string };
    if (w.text === ',') return words[j + 1]?.lower === 'that';
    if (/^[;:.()]$/u.test(w.text)) return false;
  }
  return false;
}

/**
 * Whether what the participle at `v` cites is people: past determiners, numbers and modifiers in
 * lower case ("two", "current and former", "senior"), a noun for people or unnamed sources
 * ("officials", "people familiar with the talks", "a spokesman"), then nothing, a comma, or what
 * describes them ("familiar with", "close to", "who", "in", "at").
 */
function citesPeople(words: readonly Word[], v: number): boolean {
  let j = v + 1;
  while (j < v + 6 && isModifierBeforeSource(words[j])) j++;
  const head = words[j];
  if (!head || head.text !== head.lower || !ANONYMOUS_HEADS.has(head.lower)) return false;
  const after = words[j + 1];
  return after === undefined || isMark(after.text, ',;:.') || /^(?:familiar|close|who|in|at|with|from|for|briefed|involved)$/u.test(after.lower);
}

/** A lower-case word before the cited people's noun: "two", "current", "and", "senior", "the". */
function isModifierBeforeSource(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower || ANONYMOUS_HEADS.has(w.lower)) return false;
  return w.lower === 'and' || (!PREPOSITIONS.has(w.lower) && !CLAUSE_OPENERS.has(w.lower));
}

/** Subject pronouns that open the finite clause a verb of saying takes without "that": "by saying he …". */
const FINITE_CLAUSE_OPENER = /^(?:he|she|they|we|i|it|there|you)$/u;

/**
 * `…, saying (that) CONTENT` / `…, adding that CONTENT`: a participle after a comma reports what the
 * main clause's subject said. The speaker is the source of the sentence's previous claim, else
 * the name or pronoun that opens the sentence.
 *
 * Does not handle a participle of a verb of belief (`…, thinking that …`: only the shared reporting
 * verbs count), nor a participle that opens the sentence.
 */
export function participleClaim(ctx: SentenceContext, v: number, base: string): ClaimCandidate | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  // "Reuters reported, citing two sources, that the company …": what is cited is the frame's
  // source; the content after "that" is the reporting verb's
  if ((base === 'cite' || base === 'quote') && citedThenThat(words, v)) return null;
  // "…, the Post reported, citing current and former officials": the people cited are the report's
  // sources, not what it says ("citing falling demand" gives a reason, and is content)
  if ((base === 'cite' || base === 'quote') && citesPeople(words, v)) return null;
  const documentShows = documentParticipleClaim(ctx, v, base);
  if (documentShows) return documentShows;
  // "…, falsely suggesting that …": an adverb may stand between the comma and the participle
  const lead = (words[v - 1]?.lower ?? '').endsWith('ly') && v >= 2 ? v - 2 : v - 1;
  const prev = words[lead];
  if (!verb || !prev) return null;
  // "…, saying", "and adding", "by joking that …", "while insisting that …"
  // "tweeting in February that …", "adding on Sunday that …": a short time or place adjunct before "that"
  const that = ADJUNCT_HEAD.test(words[v + 1]?.text ?? ',') && !/^[,;:(—–-]$/u.test(words[v + 1]?.text ?? ',') ? thatAfterAdjunct(words, v + 1) : v + 1;
  const issuer = messageIssuer(words, lead, verb);
  // "… has “expanded the party,” claiming that …": the comma closes the quotation
  // "responded first by saying he should not have …", "after arguing the vote was rigged": a verb of
  // saying after its preposition needs no "that" (a verb of belief does: "by thinking that")
  // ("by asking why …", "by asking Rubio why …": a verb of questioning after its preposition takes
  // its wh- clause, after the person asked)
  const question = cueKindOf(verb.lower) === 'question';
  const asked = question && !WH_WORD.test(words[v + 1]?.lower ?? '') ? skipObject(words, v + 1) : v + 1;
  const asks = question && WH_WORD.test(words[asked]?.lower ?? '');
  // ("by telling voters he would …": after the listener of a verb of telling)
  const clauseAt = OBJECT_FIRST.has(base) ? skipObject(words, v + 1) : v + 1;
  const leads = PARTICIPLE_LEADS.has(prev.lower) && v - lead === 1 && (words[that]?.lower === 'that' || asks || (REPORTING_VERB_FORMS.has(verb.lower) && FINITE_CLAUSE_OPENER.test(words[clauseAt]?.lower ?? '')));
  const introduced = /^(?:,|and|—|–)$/u.test(prev.text) || quotationEndsInComma(text, prev) || leads || issuer >= 0;
  // "with 30 percent of voters saying they …": the noun phrase after "with" says it
  const sayer = introduced ? null : absoluteSubject(words, v);
  if (!introduced && !sayer) return null;
  // any verb of saying, belief or intention before "that" ("arguing that", "predicting that"); other
  // complements only after the shared reporting verbs ("saying it was …")
  // ("questioning how he kept his job": a verb of questioning takes its wh- clause, `asks`)
  // ("…, hoping to keep the seat", "…, seeking to calm the markets": a verb of aim takes its plan,
  // after a comma only: "is like hiring a man and expecting to change him" has no one who expects)
  // ("…, fearing it would become a tool of expansion": a verb of fear or belief takes a bare clause)
  const plan = prev.text === ',' && (opensPlanInfinitive(base, words, v + 1) || (holdsBareClause(base) && opensFiniteClause(words, v + 1)));
  if (!REPORTING_VERB_FORMS.has(verb.lower) && words[that]?.lower !== 'that' && !asks && !plan) return null;
  let k = words[that]?.lower === 'that' ? that : v + 1;
  if (OBJECT_FIRST.has(base)) k = skipObject(words, k);
  if (asks) k = asked;
  const first = words[k];
  if (!first || first.start >= sentenceEnd || isMark(first.text, ',;)')) return null;
  if (NEEDS_THAT.has(base) && !/^(?:that|:)$/iu.test(first.text) && !asks && !plan && !offersSpeech(base, words, k, sentenceEnd)) return null;
  if (!contentMayStartWith(base, first.lower) || FINITE_START.test(first.lower)) return null;
  // "…, calling for [a ban on drilling]": the content of a prepositional cue starts after it
  const start = first.text === ':' ? (words[k + 1]?.start ?? first.end) : startAfterPreposition(words, k, first.start);
  let end = secondParticipleAt(words, k, cutAtTrailer(ctx, k));
  // "Mr. Manafort, citing the unique magic of Trump, said …": a participle set off between a subject
  // and its verb ends at the comma before that verb, or after a quotation that closes on that comma
  // ("citing “the unique magic of Trump,” said …")
  if (prev.text === ',') {
    for (let c = k + 1; c < Math.min(words.length, k + MAX_CONTENT_WORDS); c++) {
      const w = words[c] as Word;
      if (w.start >= end) break;
      if (!isMainVerb(words, c + 1)) continue;
      if (w.text === ',') end = w.start;
      else if (quotationEndsInComma(text, w)) end = w.end;
      else continue;
      break;
    }
  }
  const range = trimRange(text, { start, end });
  if (range.end - range.start < 2 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  const host = [...ctx.claims].reverse().find((c) => c.source && c.cue.start < verb.start && c.cue.start >= s.start);
  const source = sayer ?? (issuer >= 0 ? subjectBefore(ctx, issuer) : null) ?? (host?.source ?? quotingCueSubject(ctx, v) ?? sentenceSubject(words, v) ?? firstVerbSubject(ctx, v, false));
  return candidate(range, { start: verb.start, end: verb.end }, source, 'participle');
}

/**
 * "telling reporters that Reyes was a fraud and questioning how he had kept his job": a second
 * participle cue coordinated by "and", with a complement of its own, is a second claim; the first
 * content ends before "and". Returns that end, or `end` unchanged.
 */
function secondParticipleAt(words: readonly Word[], k: number, end: number): number {
  for (let c = k + 1; c + 2 < Math.min(words.length, k + MAX_CONTENT_WORDS); c++) {
    const w = words[c] as Word;
    if (w.start >= end) break;
    if (w.lower !== 'and') continue;
    const cue = words[c + 1] as Word;
    if (cue.lower.endsWith('ing') && CUE_FORMS.has(cue.lower) && /^(?:that|whether|how|why|what|if|when|where|who)$/u.test(words[c + 2]?.lower ?? '')) return words[c - 1]?.text === ',' ? (words[c - 1] as Word).start : w.start;
  }
  return end;
}

/**
 * `with 30 percent of voters saying …`, `with three in 10 saying …`: an absolute phrase whose noun
 * phrase (after "with", at most eight words, no punctuation or clause opener) is the participle's
 * subject; null otherwise. Only a reporting verb's participle (`saying`, `claiming`) counts.
 */
function absoluteSubject(words: readonly Word[], v: number): TextRange | null {
  if (!REPORTING_VERB_FORMS.has(words[v]?.lower ?? '')) return null;
  for (let j = v - 1; j >= 0 && v - j <= 9; j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:()—–') || isBlankedWord(w.text) || (CLAUSE_OPENERS.has(w.lower) && w.lower !== 'with') || AUX_WORDS.has(w.lower)) return null;
    if (w.lower !== 'with') continue;
    return j + 1 < v ? { start: (words[j + 1] as Word).start, end: (words[v - 1] as Word).end } : null;
  }
  return null;
}

/**
 * `Ortiz insisted that she has “saved the depot,” claiming …`: a cue whose content is a quotation
 * (so no claim of its own hosts the participle) right before it: the subject of that cue, or null.
 */
function quotingCueSubject(ctx: SentenceContext, v: number): TextRange | null {
  const { text, words } = ctx;
  if (!quotationEndsInComma(text, words[v - 1] as Word)) return null;
  for (let j = v - 2; j >= 0 && v - j <= 30; j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ';:()')) return null;
    const progressive = w.lower.endsWith('ing') && /^(?:is|are|was|were)$/u.test(words[j - 1]?.lower ?? '');
    // "what had been called the “Golden Week,” saying …": a passive names no speaker
    const passive = /^(?:be|been|being)$/u.test(words[j - 1]?.lower ?? '');
    // "scrapped what it called the “Green Week,” saying …": a cue inside a free relative names the
    // quoted words' source, not the participle's subject
    const freeRelative = /^(?:what|which)$/u.test(words[j - 2]?.lower ?? '') && /^(?:it|he|she|they|we|i|you)$/u.test(words[j - 1]?.lower ?? '');
    if (w.text === w.lower && CUE_FORMS.has(w.lower) && (!w.lower.endsWith('ing') || progressive)) return passive || freeRelative ? null : subjectBefore(ctx, j);
  }
  return null;
}

/** Nouns of a message someone issues, whose participle reports it: "a statement saying that …". */
export const MESSAGE_NOUNS = new Set([
  'statement', 'letter', 'post', 'tweet', 'email', 'memo', 'memorandum', 'release', 'filing', 'lawsuit', 'complaint',
  'ad', 'advertisement', 'video', 'editorial', 'column', 'note', 'message', 'notice', 'motion', 'petition', 'resolution',
  'report', 'article', 'study', 'analysis', 'paper', 'op-ed', 'brief', 'book', 'speech',
]);
// "a statement on Monday saying", "a letter late Friday warning": a time between the noun and its participle
const TIME_WORD = /^(?:on|late|early|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|today|yesterday|tonight)$/u;

/**
 * "issued a statement saying that …", "sent out a letter on Monday warning that …": a shared
 * reporting verb's participle right after a message noun (a time phrase may stand between them)
 * reports the message, which is the issuer's: the index of the verb that takes the noun as its
 * object ("issued"), else -1.
 */
function messageIssuer(words: readonly Word[], lead: number, verb: Word): number {
  if (!REPORTING_VERB_FORMS.has(verb.lower)) return -1;
  let j = lead;
  for (let n = 0; n < 3 && TIME_WORD.test(words[j]?.lower ?? ''); n++) j--;
  // "published an op-ed in The Washington Post arguing that …", "wrote a letter to the committee
  // arguing that …": where the message appeared or whom it went to may stand between
  // (only before "that": "sent a letter to Mr. Castro criticizing the sales" is no report of one)
  if (!isMessage(words[j]) && words[lead + 2]?.lower === 'that' && words[lead + 1] === verb) j = messageBeforePlace(words, j);
  if (!isMessage(words[j])) return -1;
  // "a joint statement", "his open letter": a determiner, then at most one modifier
  let d = j - 1;
  if (!DETERMINER.test(words[d]?.lower ?? '')) d--;
  if (!DETERMINER.test(words[d]?.lower ?? '')) return -1;
  // "put out a statement", "sent out a letter": a particle after the verb
  let g = /^(?:out|up)$/u.test(words[d - 1]?.lower ?? '') ? d - 2 : d - 1;
  // "shot back in an article stating that …": the verb before the preposition issued it
  if (/^(?:in|with|through)$/u.test(words[g]?.lower ?? '')) {
    g = /^(?:back|out|up|off)$/u.test(words[g - 1]?.lower ?? '') ? g - 2 : g - 1;
    if (!mayBeFiniteVerb(words[g]?.lower ?? '')) return -1;
  }
  const governing = words[g];
  return governing && /^\p{Ll}+$/u.test(governing.text) && !DETERMINER.test(governing.lower) ? g : -1;
}

/** A message noun in lower case (a capitalised word is a name: "The Washington Post arguing" is no post). */
function isMessage(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && MESSAGE_NOUNS.has(w.lower);
}

/**
 * The index of a message noun right before a short phrase of place or address ending at word `j`
 * ("op-ed" in "an op-ed in The Washington Post", "letter" in "a letter to the committee"), else `j`.
 */
function messageBeforePlace(words: readonly Word[], j: number): number {
  for (let p = j; p > j - 5 && p > 0; p--) {
    const w = words[p] as Word;
    if (isMark(w.text, ',;:()—–"“”')) return j;
    if (/^(?:in|to|on|for)$/u.test(w.text)) return isMessage(words[p - 1]) ? p - 1 : j;
  }
  return j;
}

/** Whether word `i` is a finite verb that can follow a subject: a lower-case cue form such as "said", "told", "warned" (not an -ing form). */
function isMainVerb(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.text !== w.lower || w.lower.endsWith('ing')) return false;
  return REPORTING_VERB_FORMS.has(w.lower) && /(?:ed|s|id|ld|ew|ote|ought|ound|old)$/u.test(w.lower);
}

/** The index of a "that" at most fifteen words after an adjunct starting at `k` (no punctuation, auxiliary or clause opener between), else `k`. */
function thatAfterAdjunct(words: readonly Word[], k: number): number {
  // "stating in an interview on Fox News' On the Record with Greta Van Susteren that …": a long
  // adjunct of nouns and prepositions, with no verb of its own
  for (let j = k + 1; j < Math.min(words.length, k + 16); j++) {
    const w = words[j] as Word;
    if (w.lower === 'that') return j;
    if (isMark(w.text, ',;:()—–') || isBlankedWord(w.text) || AUX_WORDS.has(w.lower) || CLAUSE_OPENERS.has(w.lower)) break;
  }
  return k;
}

/**
 * `Asked whether he would run, Trump said …`, `Asked about the deal, …`: the question put to the
 * sentence's subject. Its content runs to the comma; its source is the asker when a `by` phrase
 * names them (`Asked by reporters why …`), else none (the subject answered, it did not ask).
 */
export function askedClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb || verb.lower !== 'asked') return null;
  // "…, she said, when asked whether …": "when asked" opens an adjunct clause anywhere
  if (!(v === 0 || /^(?:when|once|if)$/u.test(words[v - 1]?.lower ?? ''))) return null;
  // "Asked on Thursday whether …", "Asked by reporters why …", "Asked specifically what …": a short
  // time or agent phrase, or an adverb, first
  let q = v + 1;
  if (/^(?:on|by|at|in|during|later|again|repeatedly|earlier|last|this|\p{Ll}+ly)$/u.test(words[q]?.lower ?? '')) {
    q = findWithin(words, v + 1, v + 6, (w) => ASKED_WH.test(w.lower) || isMark(w.lower, ',;:—–()'));
    if (q < 0) return null;
  }
  if (!ASKED_WH.test(words[q]?.lower ?? '')) return null;
  const comma = findWithin(words, q, q + MAX_CONTENT_WORDS, (w) => w.text === ',' || w.start >= sentenceEnd);
  const end = comma > 0 ? (words[comma] as Word).start : sentenceEnd;
  // "Asked about the remarks, …", "When asked about Sen. Lasko (R-Fla.), …": a topic that only points
  // at something (by a name, or by "the" and a noun) says nothing a reader could check
  if (words[q]?.lower === 'about' && isPointerTopic(words.slice(q + 1, comma > 0 ? comma : words.length))) return null;
  const from = words[q]?.lower === 'about' ? words[q + 1] : words[q];
  const range = from ? trimRange(text, { start: from.start, end }) : null;
  return range && range.end - range.start >= 2 ? candidate(range, { start: verb.start, end: verb.end }, asker(words, v, q), 'participle') : null;
}

/** What opens the question put: "whether", "if", a wh-word ("which county …"), or "about". */
const ASKED_WH = /^(?:whether|if|why|what|which|whom|how|about|when|where|who)$/u;

/**
 * "Asked by Ingraham on Thursday about …", "When asked directly by The Times if …": the agent
 * phrase names who asked, up to a time word; null when no `by` phrase does ("Asked about …").
 */
function asker(words: readonly Word[], v: number, q: number): TextRange | null {
  const by = findWithin(words, v, Math.min(q, v + 3), (w) => w.lower === 'by');
  if (by < 0) return null;
  let end = by + 1;
  while (end < q && !/^(?:on|at|in|during|last|this|earlier|recently|[,;:—–()])$/u.test(words[end]?.lower ?? '')) end++;
  const first = words[by + 1];
  const last = words[end - 1];
  return first && last && end > by + 1 ? { start: first.start, end: last.end } : null;
}

/** Verbs whose participle after a document reports what it shows: "polls showing …", "records indicating …". */
const DOCUMENT_PARTICIPLES = new Set(['show', 'find', 'indicate', 'reveal', 'suggest', 'confirm']);

/**
 * `With polls showing her with a comfortable lead, …`, `handwritten ledgers showing he was paid
 * $12.7 million`: the participle of a verb of evidence right after a document noun reports what
 * the document shows; the document (the noun phrase ending at the noun) is the source. A person
 * (`a voter showing her ballot`) shows nothing here: the noun must be one of `document-nouns.txt`.
 * After "with" the absolute phrase ends at its comma.
 */
function documentParticipleClaim(ctx: SentenceContext, v: number, base: string): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const noun = words[v - 1];
  if (!verb || !noun || !DOCUMENT_PARTICIPLES.has(base) || noun.text !== noun.lower || !DOCUMENT_NOUNS.has(noun.lower)) return null;
  let b = v - 1;
  while (b > 0 && v - 1 - b < 6) {
    const x = words[b - 1] as Word;
    if (isMark(x.text, ',;:—–()') || PREPOSITIONS.has(x.lower) || CLAUSE_OPENERS.has(x.lower) || x.lower.endsWith('ing') || AUX_WORDS.has(x.lower)) break;
    // "Band's memo provided data showing …": a past-tense verb after its own subject ends the phrase
    // ("leaked tax returns showing …": after a determiner or at the start it is an adjective)
    if (/^\p{Ll}+ed$/u.test(x.text) && b >= 2 && !DETERMINER.test(words[b - 2]?.lower ?? '') && !isMark(words[b - 2]?.text ?? '', ',;:—–()')) break;
    b--;
    // "dispute the many polls showing …": the phrase starts at its determiner
    if (DETERMINER.test(x.lower)) break;
  }
  const k = v + 1;
  const first = words[k];
  if (!first || first.start >= sentenceEnd || isMark(first.text, ',;:)—–') || FINITE_START.test(first.lower)) return null;
  if (!contentMayStartWith(base, first.lower) || (PREPOSITIONS.has(first.lower) && first.lower !== 'that')) return null;
  let end = secondParticipleAt(words, k, cutAtTrailer(ctx, k));
  // "Ledgers showing he was paid were found in Kyiv": the phrase modifies the sentence's subject,
  // and the content ends where the main clause's verb comes
  if (b === 0 || SUBORDINATORS.has(words[b - 1]?.lower ?? '')) end = subjectPredicateAfter(words, k, end);
  if (/^with$/iu.test(words[b - 1]?.text ?? '')) {
    // "with polls indicating that Ruiz, who chairs the board, has a lead": not at an aside after the content's subject
    let from = k;
    let comma = findWithin(words, from, from + MAX_CONTENT_WORDS, (w) => w.text === ',' || w.start >= end);
    for (let close = pendingSubjectAsideEnd(words, k, comma, sentenceEnd); close > 0 && words[comma]?.text === ','; close = pendingSubjectAsideEnd(words, k, comma, sentenceEnd)) {
      from = close;
      comma = findWithin(words, from, from + MAX_CONTENT_WORDS, (w) => w.text === ',' || w.start >= end);
    }
    const w = words[comma];
    if (w && w.text === ',' && w.start < end) end = w.start;
  }
  const range = trimRange(text, { start: first.start, end });
  if (range.end - range.start < 2 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  const source = { start: (words[b] as Word).start, end: noun.end };
  return candidate(range, { start: verb.start, end: verb.end }, source, 'participle');
}

/** Words that open an adverbial clause, whose subject a document phrase may be: "after a tape showing … was released". */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'unless', 'until', 'once']);

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)$/u;

/**
 * Where the predicate of the clause whose subject holds a phrase starting at word `k` begins: the
 * first finite auxiliary that is not the content's own verb ("ledgers showing [he was paid] were
 * found": "was" follows its subject pronoun; "a tape showing [Trump bragging] was released"), or
 * `end`.
 */
function subjectPredicateAfter(words: readonly Word[], k: number, end: number): number {
  // "statistics suggesting that turnout is down were …": the clause's own verb comes first
  let own = words[k]?.lower === 'that' ? 1 : 0;
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= end) break;
    if (!FINITE.test(w.text)) continue;
    const prev = words[j - 1]?.lower ?? '';
    if (/^(?:and|or|but|that|who|which|what|if|when|because|than|[,;:—–(])$/u.test(prev) || /^(?:he|she|it|they|we|i|you|there)$/u.test(prev)) continue;
    if (own-- > 0) continue;
    return w.start;
  }
  return end;
}
