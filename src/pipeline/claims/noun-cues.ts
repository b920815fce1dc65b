import { lexiconSections } from '../../lexicon-file.js';
import type { TextRange } from '../segment.js';
import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';
import { endsThirdPersonSubject } from './cue-words.js';
import { headlineSubjectEnd, isHeadline } from './headline.js';
import { mayBeFiniteVerb, tagsOf } from './verbless.js';
import { AUX_WORDS, CLAUSE_OPENERS, DETERMINER, OBJECT_PRONOUNS } from './word-classes.js';
import { isBlankedWord, isMark, findWithin, type Word } from './words.js';
import { GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';

/**
 * Noun cues (rule `noun`): a noun that reports its content, `his claim that CONTENT`, `the
 * allegation that CONTENT`, `her promise to CONTENT`, `made the case that CONTENT`. The source is
 * the possessor (`his`, `Trump’s`, `the report’s`), else a `from`/`by` phrase after the noun
 * (`a warning from the agency that …`), else the sentence's subject when the noun is what that
 * subject made, issued or repeated (`She made the case that …`, `The agency issued a warning
 * that …`); otherwise the claim has no source (`the allegation that the vote was rigged`).
 * `nouns` are the indices of the sentence's words that are noun cues, in order.
 *
 * Does not handle a noun whose `that` opens a relative clause (`the claim that was debunked`: a
 * verb right after `that`), nor nouns the lexicon leaves out because they take relatives as often
 * (`report`, `statement`).
 */
export function nounCueClaims(ctx: SentenceContext, nouns: readonly number[]): void {
  const { text, words, sentenceEnd, claims: out } = ctx;
  for (const i of nouns) {
    if (i + 1 >= words.length) break;
    const noun = words[i] as Word;
    const takes = NOUN_COMPLEMENTS.get(noun.lower);
    // "Fears that the plant will close have grown": a sentence may open with the noun
    if (!takes || (noun.text !== noun.lower && !(i === 0 && /^\p{Lu}\p{Ll}+$/u.test(noun.text)))) continue;
    // "Any decision to charge him would need …", "no suggestion that he knew": a noun under "any"
    // or "no" names no decision or suggestion anyone made, so there is nothing to report
    if (/^(?:any|no)$/u.test(words[i - 1]?.lower ?? '')) continue;
    // "Fears grew that …", "news has emerged that …": the noun's own verb of arising between
    const arising = takes.has('that') ? thatAfterArising(words, i + 1) : -1;
    // "Opposition leader vows to block …", "Mayor promises that …": an -s form right after its
    // subject is that clause's verb (the cue-word rules read it); not one a verb follows
    if (arising < 0 && /[^s]s$/u.test(noun.lower) && (endsThirdPersonSubject(words, i - 1) || (isHeadline(ctx) && headlineSubjectEnd(words, i - 1)))) continue;
    // "a warning from the agency that the dam could fail": the source's phrase before the complement
    // "has been making the case for weeks that …": a time phrase before the complement
    const found = arising >= 0 ? arising : /^(?:from|by)$/u.test(words[i + 1]?.lower ?? '') ? thatAfterSource(words, i + 1) : afterTimePhrase(words, i + 1);
    const next = words[found] as Word;
    // "the board's decision not to appeal": a negated infinitive, read from "not"
    const c = next.lower === 'not' && words[found + 1]?.lower === 'to' && takes.has('to') ? found + 1 : found;
    const made = MADE_NOUNS.has(noun.lower) && /^(?:make|makes|made|making)$/u.test(words[i - 2]?.lower ?? words[i - 1]?.lower ?? '');
    const complement = next.lower === 'that' && (takes.has('that') || made) ? 'that' : (words[c] as Word).lower === 'to' && takes.has('to') ? 'to' : null;
    if (!complement) continue;
    const after = words[c + 1];
    if (!after || after.start >= sentenceEnd) continue;
    // "Trump's appeal to working-class voters", "a threat to that plan": "to" before a noun phrase
    // is a preposition, and the noun names no content
    if (complement === 'to' && !opensInfinitive(words, c + 1)) continue;
    // "the claim that was debunked", "a message that left voters puzzled": a verb right after "that"
    // opens a relative clause, not content ("the claim that costs rose": a noun first)
    if (complement === 'that' && (AUX_WORDS.has(after.lower) || (after.text === after.lower && (after.lower.endsWith('ed') || /^VB[DNZ]$/u.test(tagsOf(after.lower)?.[0] ?? ''))))) continue;
    let end = cutAtTrailer(ctx, c);
    // "…, a claim that photographs contradicted", "the charge that the mayor has denied": a clause
    // missing the object of a verb that takes a statement is a relative on the noun, not its content
    if (complement === 'that' && statementObjectGap(words, c + 1, end)) continue;
    // "His claim that the election was rigged has been debunked": a noun cue that is the sentence's
    // subject hands the rest of the sentence back to the main clause at its auxiliary
    // "Her promise to cut taxes was broken": the infinitive has no finite verb of its own
    // (not after the noun's own verb: "Fears grew that the plant would close" has passed it)
    if (arising < 0 && opensSentence(words, i)) end = Math.min(end, mainClauseAt(words, c + 1, end, complement === 'that' ? 2 : 1));
    const range = trimRange(text, { start: next.start, end });
    if (range.end - range.start < 8 || quoteShare(ctx, range) >= QUOTATION_SHARE) continue;
    out.push(candidate(range, { start: noun.start, end: noun.end }, nounSource(ctx, i, made), 'noun'));
  }
}

/**
 * Whether the words from `k` to `end` are a subject of one to four words and a verb that takes a
 * statement as its object ("photographs contradicted", "the mayor has since denied", "critics
 * quickly disputed"), with nothing after the verb: the object is the noun before "that".
 */
function statementObjectGap(words: readonly Word[], k: number, end: number): boolean {
  let last = k;
  while (words[last + 1] !== undefined && (words[last + 1] as Word).end <= end) last++;
  const verb = words[last];
  if (!verb || verb.end > end || !STATEMENT_OBJECT_VERBS.has(verb.lower) || last - k < 1) return false;
  // ("the claim that the ballots were rejected": a passive lacks no object)
  let before = last - 1;
  while (before > k && /^(?:\p{Ll}+ly|also|never|not|later|already|since)$/u.test(words[before]?.lower ?? '')) before--;
  if (/^(?:is|are|was|were|be|been|being)$/u.test(words[before]?.lower ?? '')) return false;
  let subjectEnd = last - 1;
  while (subjectEnd > k && (AUX_WORDS.has(words[subjectEnd]?.lower ?? '') || /^(?:\p{Ll}+ly|since|also|never|not|later|already|long)$/u.test(words[subjectEnd]?.lower ?? ''))) subjectEnd--;
  if (subjectEnd - k > 3) return false;
  // ("Her claim that fares would fall was later withdrawn": a verb before it makes the clause whole,
  // and the last verb the main clause's)
  for (let j = k; j <= subjectEnd; j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:—–()') || CLAUSE_OPENERS.has(w.lower) || AUX_WORDS.has(w.lower) || (w.text === w.lower && /^(?:VB[DZP]?|MD)$/u.test(tagsOf(w.lower)?.[0] ?? ''))) return false;
  }
  return true;
}

/** Forms of verbs whose object is a statement: "contradicted", "denied", "has repeated". */
const STATEMENT_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'contradict', 'contradicts', 'contradicted', 'deny', 'denies', 'denied', 'dispute', 'disputes', 'disputed',
  'reject', 'rejects', 'rejected', 'repeat', 'repeats', 'repeated', 'echo', 'echoes', 'echoed', 'debunk', 'debunked',
  'dismiss', 'dismissed', 'refute', 'refuted', 'rebut', 'rebutted', 'retract', 'retracted',
  'question', 'questioned', 'challenge', 'challenged', 'doubt', 'doubted', 'believe', 'believed', 'accept', 'accepted',
  'confirm', 'confirmed', 'endorse', 'endorsed', 'investigate', 'investigated', 'make', 'makes', 'made', 'spread', 'heard',
]);

/**
 * Can the word at `k`, right after a noun's "to", open a verb phrase: "to cut", "to temporarily
 * ban", "to helping the city" (after "commitment")? Not a determiner, a pronoun, a name or a number,
 * nor a word the lexicon knows only as a noun or adjective ("to peace", "to racial justice").
 */
function opensInfinitive(words: readonly Word[], k: number): boolean {
  let w = words[k];
  if (w && /^\p{Ll}+ly$/u.test(w.text) && tagsOf(w.lower)?.[0] === 'RB') w = words[k + 1];
  if (!w || DETERMINER.test(w.lower) || OBJECT_PRONOUNS.has(w.lower) || /^(?:\p{N}|[$€£])/u.test(w.text)) return false;
  // a quotation's blanked words: "her promise to “drain the swamp”"
  if (isBlankedWord(w.text)) return true;
  const tags = tagsOf(w.lower);
  // a word the lexicon lacks: a verb it does not list when in lower case, a name when capitalised
  if (tags === undefined) return w.text === w.lower;
  return tags.some((t) => t === 'VB' || t === 'VBP' || t === 'VBG');
}

/** The "that" at most six words after `from`/`by` at `k`, with no punctuation or auxiliary between, else `k`. */
function thatAfterSource(words: readonly Word[], k: number): number {
  for (let j = k + 2; j < Math.min(words.length, k + 8); j++) {
    const w = words[j] as Word;
    if (w.lower === 'that') return j;
    if (isMark(w.text, ',;:()—–') || AUX_WORDS.has(w.lower) || isBlankedWord(w.text)) break;
  }
  return k;
}

/**
 * The "that" after a verb of arising or spreading whose subject is the noun at `k - 1`, else -1:
 * "suspicions run high that …", "fears grew that …", "speculation has mounted that …", "news has
 * emerged that …", "concerns were raised that …". The claim is nobody's: the sentence names no one
 * who fears or speculates.
 */
function thatAfterArising(words: readonly Word[], k: number): number {
  let j = k;
  if (/^(?:has|have|had|is|are|was|were)$/u.test(words[j]?.lower ?? '')) j++;
  if (words[j]?.lower === 'been') j++;
  if (!ARISING.test(words[j]?.lower ?? '')) return -1;
  j++;
  if (/^(?:high|again|quickly|rapidly|widely)$/u.test(words[j]?.lower ?? '')) j++;
  return words[j]?.lower === 'that' ? j : -1;
}
const ARISING =
  /^(?:grew|grown|grow|grows|growing|mounted|mount|mounts|mounting|rose|risen|rise|rises|rising|ran|run|runs|running|swirled|swirl|swirls|swirling|circulated|circulate|circulates|circulating|persisted|persist|persists|emerged|emerge|emerges|surfaced|spread|spreads|spreading|lingered|linger|lingers|intensified|deepened|raised|voiced|expressed|arose|arisen|dawned|dawning)$/u;

/** Is the noun at `i` within the sentence's opening noun phrase (only determiners, possessives and adjectives before it)? */
function opensSentence(words: readonly Word[], i: number): boolean {
  if (i > 5) return false;
  for (let k = 0; k < i; k++) {
    const w = words[k] as Word;
    // "The mayor's repeated claim": an -ed word right before the noun is its adjective; "Ortiz
    // made the case": a verb before the noun makes it an object
    if (k < i - 1 && w.text === w.lower && /^VB/u.test(tagsOf(w.lower)?.[0] ?? '')) return false;
    if (AUX_WORDS.has(w.lower) || isMark(w.text, ',;:') || (w.text === w.lower && /(?:ed|s)$/u.test(w.lower) && !/[’']s$/u.test(w.text) && k > 0 && k < i - 1 && !w.lower.endsWith('ous'))) return false;
  }
  return true;
}

/**
 * Where the main clause takes over after a subject's complement: the `nth` finite verb group from
 * `from` (a that-clause has one of its own, an infinitive none), else `end`. "that growth would
 * slow rattled markets": "would slow" is the clause's, "rattled" the sentence's.
 */
function mainClauseAt(words: readonly Word[], from: number, end: number, nth: number): number {
  let seen = 0;
  // inside a verb group after its auxiliary ("had", "would not have been"), before its main verb
  let open = false;
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.start >= end) break;
    let starts = false;
    if (AUX_WORDS.has(w.lower)) {
      starts = !open;
      open = true;
    } else if (open && /^(?:not|never|also|be|been|being|\p{Ll}+ly)$/u.test(w.lower)) {
      continue;
    } else if (open && isVerbForm(w.lower)) {
      open = false;
    } else {
      open = false;
      // "the cut", "a set": after a determiner the word is a noun
      // "the tax cut would pay": a word before an auxiliary ends the subject, it is no verb
      starts =
        k > from && w.text === w.lower && !DETERMINER.test(words[k - 1]?.lower ?? '') && !AUX_WORDS.has(words[k + 1]?.lower ?? '') && !modifiedParticiple(words, k) && mayBeFiniteVerb(w.lower);
    }
    if (starts && (seen += 1) === nth) return words[k - 1]?.end ?? w.start;
  }
  return end;
}

/**
 * "reviewing newly discovered files", "of widely reported claims": a participle after an adverb
 * that follows a verb, a preposition or a determiner modifies the noun after it ("the police
 * quietly dropped" stays a verb after its subject).
 */
function modifiedParticiple(words: readonly Word[], k: number): boolean {
  const adverb = words[k - 1]?.lower ?? '';
  const before = words[k - 2]?.lower ?? '';
  return /^\p{Ll}+ly$/u.test(adverb) && (before.endsWith('ing') || DETERMINER.test(before) || /^(?:of|for|with|by|in|on|from|about|and|or)$/u.test(before));
}

function isVerbForm(lower: string): boolean {
  return /^VB/u.test(tagsOf(lower)?.[0] ?? '');
}

/** The index of "that" after a time phrase at `k` ("for weeks", "on Tuesday", "again"), else `k`. */
function afterTimePhrase(words: readonly Word[], k: number): number {
  for (let j = k; j < Math.min(words.length, k + 4); j++) {
    if (!TIME_WORDS.test(words[j]?.lower ?? '')) return afterPlacePhrase(words, k);
    if (words[j + 1]?.lower === 'that') return j + 1;
  }
  return k;
}

/**
 * The index of "that" after a prepositional phrase of place, occasion or audience at `k`, at most
 * twelve words with no punctuation, auxiliary, clause opener or verb ("his claim in a recent
 * television interview that …", "speculation on Wall Street that …", "made the case to Democrats
 * gathered in Philadelphia that …": a participle may follow a plural or a name), else `k`.
 */
function afterPlacePhrase(words: readonly Word[], k: number): number {
  if (!/^(?:in|on|at|during|among|to)$/u.test(words[k]?.lower ?? '')) return k;
  for (let j = k + 1; j < Math.min(words.length, k + 13); j++) {
    const w = words[j] as Word;
    if (w.lower === 'that') return j > k + 1 ? j : k;
    if (isMark(w.text, ',;:()—–') || isBlankedWord(w.text) || AUX_WORDS.has(w.lower) || CLAUSE_OPENERS.has(w.lower)) return k;
    const prev = words[j - 1] as Word;
    const reduced = w.lower.endsWith('ed') && j > k + 1 && (/^\p{Lu}/u.test(prev.text) || /^NNS/u.test(tagsOf(prev.lower)?.[0] ?? ''));
    if (w.text === w.lower && !reduced && /^(?:VB|MD)/u.test(tagsOf(w.lower)?.[0] ?? '')) return k;
  }
  return k;
}
const TIME_WORDS = /^(?:for|on|in|over|last|this|recent|the|past|again|repeatedly|days|weeks|months|years|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)$/u;

/** Who the noun's content belongs to (see `nounCueClaims`), or null. */
function nounSource(ctx: SentenceContext, i: number, made: boolean): TextRange | null {
  const { words } = ctx;
  // the possessor: "his claim", "Trump’s false claim", "the report’s finding" (up to two adjectives between)
  const owner = possessorBefore(ctx, i);
  if (owner) return owner;
  // "The senator’s biggest takeaway is a belief that …": the noun says what the possessor of the
  // copula's subject holds
  if (/^(?:a|an|the)$/u.test(words[i - 1]?.lower ?? '') && /^(?:is|was)$/u.test(words[i - 2]?.lower ?? '')) {
    const subjectOwner = possessorBefore(ctx, i - 2);
    if (subjectOwner && !/^(?:his|her|their|its)$/iu.test(ctx.text.slice(subjectOwner.start, subjectOwner.end))) return subjectOwner;
  }
  // "a warning from the agency that …", "the claim by Trump that …": the phrase between the noun
  // and its complement
  if (/^(?:from|by)$/u.test(words[i + 1]?.lower ?? '')) {
    const that = thatAfterSource(words, i + 1);
    if (that > i + 2) return { start: (words[i + 2] as Word).start, end: (words[that - 1] as Word).end };
  }
  // "Applicants must promise to …", "Its defenders can no longer claim that …": after a modal the
  // word is a verb, and its subject the source
  const modal = modalBefore(words, i);
  if (modal >= 0) return subjectBefore(ctx, modal);
  // "He avoided the fight in hopes that …", "sent the case back in the hope that …": the clause's subject hopes
  if (/^hopes?$/u.test(words[i]?.lower ?? '')) {
    const k = words[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    if (words[k]?.lower === 'in') return clauseSubject(ctx, k);
  }
  const opening = openingParticipleSubject(ctx, i);
  if (opening) return opening;
  // "She made the case that …", "The agency issued a warning that …": the subject's own
  // ("delivered a forceful promise to …": any adjective before the noun)
  for (let v = i - 1; v >= Math.max(0, i - 3); v--) {
    const w = words[v] as Word;
    if (SUBJECT_OWN_VERBS.has(w.lower) || (made && /^(?:make|makes|made|making)$/u.test(w.lower))) {
      const subject = subjectBefore(ctx, v) ?? contractedSubject(words, v) ?? infinitiveSubject(ctx, v);
      // "The merger has renewed speculation that …", "The delay raised fears that …": what a thing
      // stirs up is nobody's claim; a person or body that raises a concern voices it
      if (subject && CAUSE_VERBS.has(w.lower) && MOOD_NOUNS.has(words[i]?.lower ?? '') && !namesAgent(ctx.text.slice(subject.start, subject.end))) return null;
      return subject;
    }
    if (!/^(?:the|a|an|his|her|their|its|new|fresh|same|stark|strong|clear|false|repeated|renewed)$/u.test(w.lower) && !(w.text === w.lower && /^JJ/u.test(tagsOf(w.lower)?.[0] ?? ''))) break;
  }
  return null;
}

/**
 * The possessor before the noun at `i`, up to two adjectives between: "his claim", "Trump’s false
 * claim", "budget hawks’ warnings". A possessive pronoun whose clause's subject stands right before
 * its verb and a particle ("Trump did not back away from his pledge to …", "She stood by her
 * claim that …") is that subject: nobody else is named between them.
 */
function possessorBefore(ctx: SentenceContext, i: number): TextRange | null {
  const { words } = ctx;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k] as Word;
    // ("Repeating her claim that …, Cole said": the pronoun looks ahead to the main clause's subject)
    if (/^(?:his|her|their|its)$/u.test(w.lower)) return ownSubject(ctx, k) ?? openingParticipleSubject(ctx, i) ?? { start: w.start, end: w.end };
    // ("budget hawks’ warnings": a plural's apostrophe, right before the noun, where no closing quote mark stands)
    if (/[’']s$/u.test(w.text) || (k === i - 1 && /\p{Ll}s$/u.test(w.text) && /^[’']\s/u.test(ctx.text.slice(w.end, w.end + 2)))) return possessorPhrase(words, k);
    if (!/^\p{Ll}/u.test(w.text) || /^(?:the|a|an|this|that)$/u.test(w.lower)) break;
  }
  return null;
}

/**
 * The subject of the clause whose verb comes right before the possessive pronoun at `k`, only
 * particles and prepositions between ("backed away from his", "stood by her", "went back on
 * their"), else null. An object between them ("attacked the mayor over her pledge") may own it.
 */
function ownSubject(ctx: SentenceContext, k: number): TextRange | null {
  const { words } = ctx;
  for (let v = k - 1; v >= Math.max(0, k - 4); v--) {
    const w = words[v] as Word;
    if (PARTICLES.has(w.lower)) continue;
    // "ignored her call", "rejected his claim": a verb's direct object may be anyone's
    if (v === k - 1) return null;
    if (w.text !== w.lower || (!/n[’']t$/u.test(w.lower) && !isVerbForm(w.lower))) return null;
    // "was his warning" (a copula's subject holds nothing), "has been dented by her decision" (a
    // passive's subject is no agent)
    if (COPULAS.has(w.lower) || COPULAS.has(words[v - 1]?.lower ?? '')) return null;
    const subject = subjectBefore(ctx, v);
    if (!subject) return null;
    const phrase = ctx.text.slice(subject.start, subject.end);
    // a pronoun subject is resolved as the possessive would be; a name or description says more
    return /^\p{Lu}/u.test(phrase) && !/^(?:he|she|it|they|we|i|you|this|that)$/iu.test(phrase) && !/[,;]|\band\b/u.test(phrase) ? subject : null;
  }
  return null;
}
// ("agreed with her claim", "objected to his plan": other prepositions take someone else's words)
const PARTICLES: ReadonlySet<string> = new Set(['away', 'from', 'back', 'on', 'by', 'off', 'up', 'down', 'out', 'behind', 'not', 'never', 'also', 'again']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** The modal right before the word at `i` ("not", "never", "no longer" may stand between), or -1. */
function modalBefore(words: readonly Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && /^(?:not|never|longer|no|also|still)$/u.test(words[k]?.lower ?? '')) k--;
  return MODALS.has(words[k]?.lower ?? '') ? k : -1;
}
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'must', 'can', 'could', 'should', 'may', 'might', 'shall']);

/** "tried to make the case that …": the subject of the verb before the infinitive at `v`. */
function infinitiveSubject(ctx: SentenceContext, v: number): TextRange | null {
  const { words } = ctx;
  const before = words[v - 2];
  if (words[v - 1]?.lower !== 'to' || !before || before.text !== before.lower || !/^VB[DZP]?$/u.test(tagsOf(before.lower)?.[0] ?? '')) return null;
  return subjectBefore(ctx, v - 2);
}

/**
 * The subject of the finite verb nearest before word `k` in its clause (no comma between, at most
 * twelve words back), or null: "He has carefully avoided alienating Carson's supporters in hopes …".
 */
function clauseSubject(ctx: SentenceContext, k: number): TextRange | null {
  const { words } = ctx;
  for (let v = k - 1; v >= Math.max(0, k - 12); v--) {
    const w = words[v] as Word;
    if (isMark(w.text, ',;:—–()') || /^(?:who|which|that|because|while|when)$/u.test(w.lower)) return null;
    if (w.text === w.lower && /^VB[DZP]$/u.test(tagsOf(w.lower)?.[0] ?? '')) return subjectBefore(ctx, v);
  }
  return null;
}

/**
 * "Rattling off promises to cut fees, the mayor promised …", "Repeating her claim that …, Cole
 * said": a noun cue inside the participle clause that opens the sentence is the main clause's
 * subject's, named after the clause's comma before its verb. Null elsewhere.
 */
function openingParticipleSubject(ctx: SentenceContext, i: number): TextRange | null {
  const { words } = ctx;
  const first = words[0];
  if (!first || !/^\p{Lu}\p{Ll}+ing$/u.test(first.text) || !/^VBG/u.test(tagsOf(first.lower)?.[0] ?? '') || i > 5) return null;
  for (let k = 1; k < i; k++) if (isMark(words[k]?.text ?? '', ',;:—–()')) return null;
  // ("Rattling off promises to cut fees, fix roads and hire staff, the mayor promised": the clause's
  // own list has commas too; the main clause is the first a subject and its verb open)
  for (let comma = i, n = 0; n < 6; n++) {
    comma = findWithin(words, comma, words.length, (w) => isMark(w.text, ',;:—–()'));
    if (comma < 0 || words[comma]?.text !== ',') return null;
    const subject = subjectAfterComma(ctx, comma);
    if (subject) return subject;
  }
  return null;
}

/** The subject phrase right after the comma at `comma` and before its past or present verb, or null. */
function subjectAfterComma(ctx: SentenceContext, comma: number): TextRange | null {
  const { words } = ctx;
  for (let v = comma + 2; v < Math.min(words.length, comma + 7); v++) {
    const w = words[v] as Word;
    if (isMark(w.text, ',;:—–()') || /^(?:and|or)$/u.test(w.lower)) return null;
    if (w.text === w.lower && /^VB[DZ]$/u.test(tagsOf(w.lower)?.[0] ?? '')) {
      const subject = subjectBefore(ctx, v);
      return subject && subject.start > (words[comma] as Word).start && /^\p{Lu}/u.test(ctx.text.slice(subject.start, subject.end)) ? subject : null;
    }
  }
  return null;
}

/** "Christie’s been making the case …": the name a contracted "has" is written onto, before "been". */
function contractedSubject(words: readonly Word[], v: number): TextRange | null {
  const been = words[v - 1];
  const name = words[v - 2];
  if (been?.lower !== 'been' || !name || !/^\p{Lu}\p{L}+[’']s$/u.test(name.text)) return null;
  return { start: name.start, end: name.end - 2 };
}

/** "Donald Trump’s", "the report’s": the possessor NP ending at word `k`, at most four words. */
function possessorPhrase(words: readonly Word[], k: number): TextRange {
  const last = words[k] as Word;
  let b = k;
  while (b > 0 && k - b < 3) {
    const w = words[b - 1] as Word;
    if (/^\p{Lu}/u.test(w.text) || /^(?:the)$/u.test(w.lower)) b--;
    else break;
  }
  return { start: (words[b] as Word).start, end: last.end };
}

/** Verbs that may only cause what the noun names: "renewed speculation", "raised fears". */
const CAUSE_VERBS: ReadonlySet<string> = new Set(['renewed', 'renews', 'renew', 'raised', 'raises', 'raise']);

/** Nouns of a public mood that an event can stir up without anyone voicing it. */
const MOOD_NOUNS: ReadonlySet<string> = new Set(['speculation', 'fear', 'fears', 'concern', 'concerns', 'worry', 'worries', 'doubt', 'doubts', 'suspicion', 'suspicions', 'hope', 'hopes', 'rumor', 'rumors', 'rumour', 'rumours', 'questions']);

/** A subject that can voice something: a name, a pronoun for people, or a person's or body's head noun. */
function namesAgent(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter((w) => w !== '');
  const head = (words[words.length - 1] ?? '').replace(/[’']s?$/u, '');
  if (/^(?:he|she|they|we|i|you|who)$/iu.test(head)) return true;
  if (words.some((w, k) => k > 0 && /^\p{Lu}/u.test(w)) || (words.length === 1 && /^\p{Lu}/u.test(head) && !/^(?:the|a|an|this|that)$/iu.test(head))) return true;
  const lower = head.toLowerCase();
  const singular = lower.replace(/s$/u, '');
  return [lower, singular].some((x) => PERSON_NOUNS.has(x) || ROLE_NOUNS.has(x) || ORGANISATION_HEADS.has(x) || GOVERNMENT_HEADS.has(x));
}

/** Verbs whose subject owns the noun cue after them: "issued a warning that", "repeated his claim that". */
const SUBJECT_OWN_VERBS = new Set([
  'issued', 'issues', 'issue', 'repeated', 'repeats', 'repeat', 'reiterated', 'reiterates', 'voiced', 'voices', 'expressed',
  'expresses', 'renewed', 'renews', 'made', 'makes', 'make', 'offered', 'offers', 'delivered', 'delivers', 'stood', 'stands',
  'raised', 'raises', 'raise', 'unveiled', 'unveils', 'unveil', 'outlined', 'outlines', 'outline', 'floated', 'floats', 'float',
  'withdrew', 'withdraws', 'withdraw', 'reaffirmed', 'reaffirms', 'reaffirm', 'restated', 'restates', 'restate',
]);

const { NOUN_COMPLEMENTS, MADE_NOUNS } = (() => {
  const sections = lexiconSections('cue-nouns.txt');
  const formsOf = (section: string): string[] => (sections.get(section) ?? []).flatMap((l) => l.split(/\s+/u));
  const complements = new Map<string, Set<'that' | 'to'>>();
  for (const complement of ['that', 'to'] as const) for (const form of formsOf(complement)) complements.set(form, (complements.get(form) ?? new Set()).add(complement));
  const made = new Set(formsOf('made'));
  for (const form of made) if (!complements.has(form)) complements.set(form, new Set());
  return { NOUN_COMPLEMENTS: complements as ReadonlyMap<string, ReadonlySet<'that' | 'to'>>, MADE_NOUNS: made as ReadonlySet<string> };
})();

/** Every noun cue form (lower case): the sentence driver's one-lookup word table lists them. */
export function nounCueForms(): Iterable<string> {
  return NOUN_COMPLEMENTS.keys();
}

/** Does the noun (lower case) report a that-clause ("claim", "worry")? */
export function takesThatClause(lower: string): boolean {
  return NOUN_COMPLEMENTS.get(lower)?.has('that') === true;
}
