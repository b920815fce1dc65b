import { cueKindOf } from '../cue-kinds.js';
import { anonymityCondition } from './anonymity-terms.js';
import type { TextRange } from '../segment.js';
import { MAX_CONTENT_WORDS, type SentenceContext } from './context.js';
import { andClauseAfter, mainClauseAfter } from './clause-edges.js';
import { CUE_FORMS } from './lexicon.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { tagsOf, tagsOfLower } from './verbless.js';
import { AUX_WORDS, opensQuantity, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, findWithin, perWordList, quotationEndsInComma, type Word } from './words.js';
import { DESPITE_OTHERS_REPORT } from './clause-start.js';
import { closingActAt } from '../next-act.js';
import { butInsidePhrase, closesInsertedAside, concessiveModifier, narrationResumesAt } from './narration-tails.js';
import { frameCutStart, frameResumesAt, inFrontedClause } from './frame-tails.js';
import { closesDashPair, secondComplement } from './dash-pairs.js';
import { coordinateOfContent, possibilityAfterBut } from './coordinate-tense.js';
import { pendingSubjectAsideEnd, pendingSubjectList } from './pending-subject.js';
import { relativeClosesIntoInfinitive } from './relative-infinitive.js';
import { afterAndAdjunct, occasionTail, opensSubordinate, SPLICE_SUBJECT } from './splices.js';
import { dashElaboration } from './dash-elaboration.js';
import { wordsAreAdjunct } from './adjunct-words.js';

/**
 * Where the phrases of a claim begin and end: a source NP after its cue (`phraseEnd`), a clause
 * before `according to` (`clauseStartBefore`), reported content up to where narration resumes
 * (`cutAtTrailer`). A sentence without its final stop and a range without the spaces, punctuation
 * and dateline around it are trim.ts's.
 *
 * Does not find cues or subjects; a boundary is read from word classes and punctuation only, never
 * from a parse.
 */

/**
 * End of a source NP starting at word `i`: the next comma, semicolon, dash or the sentence end,
 * less a trailing time adjunct ("a Venezuelan government statement on Friday" → "… statement").
 */
export function phraseEnd(ctx: SentenceContext, i: number): number {
  const { words, sentenceEnd } = ctx;
  const k = phraseStop(words, sentenceEnd, i);
  let e = k - 1;
  // drop "on Friday", "last week", "in 2016", "this month" from the end
  for (;;) {
    const last = words[e]?.lower ?? '';
    const prev = words[e - 1]?.lower ?? '';
    if (e - 1 > i && TIME_WORDS.test(last) && /^(?:on|last|this|earlier|late|in|early|next)$/u.test(prev)) e -= 2;
    else if (e > i && TIME_WORDS.test(last) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/u.test(last)) e -= 1;
    else break;
  }
  return words[e]?.end ?? sentenceEnd;
}

/**
 * The index of the first word from `i` on that is a mark (`, ; : — – ( )`) or starts at or after
 * `sentenceEnd` (the word count when none is): where a phrase from `i` stops. Found for every word
 * at once, from the end, the first time a word list is asked about, so that a run-on sentence with
 * a cue every few words is read once, not once a cue.
 */
export function phraseStop(words: readonly Word[], sentenceEnd: number, i: number): number {
  // (outside the list, as a scan from `i` would: it stops where it starts)
  return i < 0 || i >= words.length ? i : (phraseStops(words, sentenceEnd)[i] as number);
}
const phraseStops = perWordList((words, sentenceEnd) => {
  const next = new Int32Array(words.length + 1);
  next[words.length] = words.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    next[k] = w.start >= sentenceEnd || isMark(w.text, ',;:—–()') ? k : (next[k + 1] as number);
  }
  return next;
});

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|weekend|morning|evening|night|\d{4})$/u;

/**
 * Where the content of a prepositional cue starts: after the preposition ("talked about [the
 * stock market]", "asked for [copies]", "warned against [cutting a deal]", "accused of [fraud]"),
 * as PolNeAR marks it and as it reads on its own. `to` (an infinitive or an addressee) and `as`
 * ("described it as …") stay with their complement. The offset `start` when word `k` is none of these.
 */
export function startAfterPreposition(words: readonly Word[], k: number, start: number): number {
  const w = words[k];
  const next = words[k + 1];
  // ("said about 20 posts would go": a number's "about" belongs to the content)
  if (!w || !next || w.start !== start || !CONTENT_PREPOSITION.test(w.lower) || !/^[\p{L}\p{N}]/u.test(next.text) || opensQuantity(words, k)) return start;
  return next.start;
}

const CONTENT_PREPOSITION = /^(?:about|for|of|against|on|over|with|from)$/u;

/** "… but declined to comment", "but would not say": the source's own refusal, told by the writer. */
const REFUSALS: ReadonlySet<string> = new Set(['declined', 'refused', 'would', 'did', 'could', 'wouldn’t', "wouldn't", 'didn’t', "didn't", 'won’t', "won't"]);

/** Participles that give a name to the noun before them: "— known as …", "— dubbed …". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'dubbed', 'nicknamed', 'called', 'named', 'termed', 'labeled', 'labelled', 'billed']);

/**
 * Where reported content ends: the sentence end, or earlier where the narration takes over again —
 * `, according to X`, `; …`, `, which …`, `, saying …`, `while …`, `but would not …`, an unpaired
 * dash before an apposition (`— a controversial proposal`).
 */
export function cutAtTrailer(ctx: SentenceContext, k: number, frameless = false): number {
  const { words, sentenceEnd } = ctx;
  // whether the content so far has a verb that a coordinated finite verb could continue
  let finite = isTensed(words[k]);
  // whether the content so far has a verb of any kind: a finite one, a modal, an infinitive
  let verbal = finite || isVerbalUntensed(words, k);
  const fronted = inFrontedClause(words, k);
  // whether the content so far holds "to": an infinitive is a verb of its own for an occasion tail
  let sawTo = false;
  // what narrationResumesAt is told of the content so far: one object, kept up to date, not one a word
  const so = { finite, verbal };
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j];
    if (!w || w.start >= sentenceEnd) break;
    sawTo ||= words[j - 1]?.lower === 'to';
    // "that the council's report, which critics say was rushed, was an insult": the aside after a
    // subject still waiting for its verb is inside the content
    // "called the governor after the vote, which secured her the post, to thank him": an infinitive after the relative is the content's
    // "praised the nurses who said they had worked double shifts": the object of a verb of praise or
    // blame is a noun phrase, and a relative clause on it that reports speech is its own speaker's
    // words, not the praiser's
    // (on the object's own head: "support a ban on Muslims who are not citizens" keeps the relative of "Muslims")
    if (w.lower === 'who' && j > k && !finite && PRAISE_OR_BLAME.test(words[k - 1]?.lower ?? '') && findWithin(words, k, j, (x) => PREPOSITIONS.has(x.lower)) < 0 && findWithin(words, j, j + 4, (x) => REPORTING_VERB_FORMS.has(x.lower) && !x.lower.endsWith('ing')) >= 0) return words[j - 1]?.text === ',' ? (words[j - 1] as Word).start : w.start;
    const asideEnd = Math.max(pendingSubjectAsideEnd(words, k, j, sentenceEnd), relativeClosesIntoInfinitive(words, j, sentenceEnd));
    if (asideEnd > 0) {
      j = asideEnd;
      continue;
    }
    // "praised the mayor and listed her accolades", "said she would visit, and to date has only
    // issued a statement": a finite verb after "and" that the content's modal, infinitive or noun
    // phrase cannot take continues the frame's subject, not the content
    if (w.lower === 'and' && !finite && (j > k + 1 || singleObject(words, k)) && frameVerbAfter(words, j)) return words[j - 1]?.text === ',' ? (words[j - 1] as Word).start : w.start;
    so.finite = finite;
    so.verbal = verbal;
    if (narrationResumesAt(words, k, j, sentenceEnd, so)) return w.start;
    // "a nation that borders China and has had …": a relative's verb may be what "and" continues
    // (each word's tense read once, for both: it is a lexicon look-up)
    const tensed = finite && verbal ? true : isTensed(w);
    finite ||= tensed || w.lower === 'that' || w.lower === 'who' || w.lower === 'which';
    verbal ||= tensed || isVerbalUntensed(words, j);
    // a run-on "sentence" hundreds of words long: report a bounded stretch, not the rest of the text
    if (j - k > ctx.maxContentWords) return words[j - 1]?.end ?? w.start;
    // "…; Wealth-X tallies 585" — a semicolon ends the reported clause
    if (w.text === ';') return w.start;
    // "…, while about 6 in 10 white men supported Sanders": after a comma the contrast is the narrator's;
    // without one it belongs to the content ("to go after companies that ship jobs overseas while
    // claiming tax breaks", "they will register voters while the caucus is under way"; "that in 1994, while 13, she …" waits for its verb)
    if ((w.lower === 'while' || w.lower === 'whereas') && words[j - 1]?.text === ',' && (finite || !opensSubordinate(words, k))) return (words[j - 1] as Word).start;
    // "… but would not offer details" ends it; "… but that the plans won't help" continues it
    // ("According to a person familiar with the matter, the board discussed a buyback but decided to
    // wait": with no verb of saying framing the content, a verb after "but" is the content's own)
    if (w.lower === 'but' && words[j + 1]?.lower !== 'that' && !butInsidePhrase(words, k, j) && !coordinateOfContent(words, k, j) && !((finite || verbal) && possibilityAfterBut(words, j)) && !(frameless && finite && isTensed(words[j + 1]) && !REFUSALS.has(words[j + 1]?.lower ?? ''))) return w.start;
    // "… and predicted that …": a second reporting verb with its own content is a second claim
    // "… that he was undergoing therapy and vowed to focus on …": a second, coordinated cue starts a
    // second claim, whatever its complement
    if (w.lower === 'and' && isFiniteCue(words[j + 1]) && (words[j + 2]?.lower === 'that' || !(words[j + 1]?.lower ?? '').endsWith('ing')) && !coordinateOfContent(words, k, j) && !toldTheSpeaker(words, k, j)) return w.start;
    // ("that she was “looking in the mirror,” and she shot back …": the comma may close a quotation)
    if (w.lower === 'and' && SUBJECT_PRONOUNS.has(words[j + 1]?.lower ?? '') && (words[j - 1]?.text === ',' || (words[j - 1]?.text.charCodeAt(0) === 81 && quotationEndsInComma(ctx.text, words[j - 1] as Word)))) return words[j - 1]?.text === ',' ? (words[j - 1] as Word).start : w.start;
    // "… discussed the meeting on the condition of anonymity because …": the narrator's account of the source
    // ("… was given to the city on condition that it never be sold" keeps the speaker's condition)
    if (w.lower === 'on' && (words[j + 1]?.lower === 'condition' || (words[j + 1]?.lower === 'the' && words[j + 2]?.lower === 'condition')) && j > k + 1 && anonymityCondition(words, j)) return w.start;
    // "… has “expanded the party,” claiming that …", "… called the “Green Week,” saying that …": a
    // quotation closing on its comma before a participial cue or tail
    if (w.text.charCodeAt(0) === 81 && quotationEndsInComma(ctx.text, w)) {
      const n = words[j + 1]?.lower ?? '';
      if ((n.endsWith('ing') && CUE_FORMS.has(n)) || TAIL_PARTICIPLES.has(n)) return w.end;
    }
    // "… denied it as laughable in an interview on Friday", "called the group abhorrent in a tweet
    // Sunday": the channel of the statement, at the content's end, is the frame's
    if ((w.lower === 'in' || w.lower === 'during') && j > k + 1 && isChannelTail(words, j, sentenceEnd)) return w.start;
    // "endorsed Clinton during a call with reporters", "supported the bill when it came to a vote",
    // "sought to stoke energy as he stopped by the office": after an object or an infinitive with no
    // tensed verb of its own, an adjunct of time or occasion dates the frame's act, not the content
    if (!finite && words[k]?.lower !== 'that' && (!verbal || words[k]?.lower === 'to') && !PREPOSITIONS.has(words[j - 1]?.lower ?? '') && words[j - 1]?.lower !== 'including' && occasionTail(words, j, sentenceEnd, !verbal && !sawTo)) return w.start;
    if (frameResumesAt(words, k, j, finite || verbal)) return frameCutStart(words, k, j);
    // "told her the boy was fine and hung up", "… and declined to elaborate": the speaker's turn ends
    // (a closing act of the content's own subject, "said the mayor was asked and declined to
    // comment", is cut too: news writes the speaker's far more often)
    if ((w.lower === 'and' || w.lower === 'but') && j > k + 1 && closingActAt(ctx.text, w.start)) return words[j - 1]?.text === ',' ? (words[j - 1] as Word).start : w.start;
    // "that the president “has full confidence” in him despite reports that he misled Congress",
    // "said the talks would go on amid allegations that …": what others report, set against the
    // content, is the narrator's frame, not the speaker's claim
    if ((w.lower === 'despite' || w.lower === 'amid') && j > k + 1 && DESPITE_OTHERS_REPORT.test(ctx.text.slice(w.start, w.start + 120))) return words[j - 1]?.text === ',' ? (words[j - 1] as Word).start : w.start;
    if (fronted && w.text === ',' && mainClauseAfter(words, j)) return w.start;
    if (w.text !== ',' && w.text !== '—' && w.text !== '–') continue;
    // ", with whom he clashed …", ", in which …": a relative clause about the content's last noun is the narrator's
    if (w.text === ',' && PREPOSITION_BEFORE_RELATIVE.test(words[j + 1]?.lower ?? '') && /^(?:whom|which|whose)$/u.test(words[j + 2]?.lower ?? '')) return w.start;
    // "say that, even if they thought it was appropriate, a recount could not be done": an
    // adverbial clause fronted inside the content, right after its complementizer
    if (words[j - 1]?.lower === 'that' && j - 1 <= k + 1) continue;
    const n1 = words[j + 1]?.lower ?? '';
    // "there is a benefit in the 99-county tour — known here as “the full Ortiz” after …": a
    // participle of naming after a dash glosses the noun before it, and once the content has its
    // verb the gloss is the writer's ("the plan — known as the Big Dig — will cost …" waits for its verb)
    if (w.text !== ',' && finite && NAMING_PARTICIPLES.has(n1)) return w.start;
    // "… back – and the US has generally been unable …", "… terrorists — a controversial proposal"
    if (w.text !== ',' && (n1 === 'and' || n1 === 'but')) {
      // "… – and the US has generally been unable": a new clause; "— and the chief alternative to
      // Trump": the same NP goes on
      if (!secondComplement(words, j + 2) && words.slice(j + 2, j + 8).some((x) => AUX_WORDS.has(x.lower))) return w.start;
      continue;
    }
    if (w.text !== ',' && !closesDashPair(words, k, j) && !dashElaboration(words, j) && findWithin(words, j, j + MAX_CONTENT_WORDS, (x) => x.start < sentenceEnd && (x.text === '—' || x.text === '–')) < 0) return w.start;
    const n2 = words[j + 2]?.lower;
    if (n1 === 'according' && n2 === 'to') return w.start;
    // "said that delegates should flip to him, and his campaign is courting them one by one": after
    // a content opened by "that", a clause with its own subject and no "that" of its own is the narrator's
    if (w.text === ',' && n1 === 'and' && (mainClauseAfter(words, j + 1) || quantityClauseAfter(words, j + 1) || andClauseAfter(words, j + 1)) && !pendingSubjectList(words, k, j)) return w.start;
    // "describing the plan as a buzz voters would reject if they understood it, the journalists are
    // missing the point": after a content with a finite verb of its own, a comma before a clause with
    // a determined subject splices the narrator's next sentence on (not after an opening "if …,")
    if (w.text === ',' && (finite || verbal) && j - k > 3 && SPLICE_SUBJECT.test(n1) && mainClauseAfter(words, j) && !splicedModal(words, j) && !opensSubordinate(words, k) && !afterAndAdjunct(words, j)) return w.start;
    // ", saying …", ", which had been …", ", after 55 percent said so": the narration resumes;
    // "said Trump, despite his wealth, is better placed": an aside after the content's subject does not
    // "said that lately, when he speaks, he is asked …", "that in the largest counties, which include
    // Akron, voters were struck off": the clause closes before the content's own main clause
    if (TRAILER_OPENERS.has(n1) && !(n1 === 'but' && n2 === 'that') && !isAsideAfterSubject(words, k, j, sentenceEnd) && !closesIntoMainClause(words, j + 2, sentenceEnd) && !closesInsertedAside(words, k, j) && !concessiveModifier(words, j, sentenceEnd)) return w.start;
    if (n1.endsWith('ing') && CUE_FORMS.has(n1)) return w.start;
    // ", with roughly a third saying it limited them": a "with" clause whose own subject says
    // something is another report, the narrator's
    if (w.text === ',' && n1 === 'with' && withSpeakerAfter(words, j + 2, sentenceEnd)) return w.start;
    // "said the fading attention helped Clinton, who does not need to …": a non-restrictive
    // relative about the content's last noun is the narrator's; "said Ruiz, who chairs the board,
    // would resign" closes the aside before the content's own verb
    // (a relative right after the content's opening noun phrase, "developers, who …, say …", is its subject's)
    if (w.text === ',' && (n1 === 'who' || n1 === 'whose') && (finite || j - k > 6) && !asideClosesBeforeVerb(words, j + 2, sentenceEnd)) return w.start;
    // ", pointing to …", ", citing …", ", prompting …": a participial tail is the narration's
    if (TAIL_PARTICIPLES.has(n1)) return w.start;
    if (MARKET_TAIL.has(n1) && [2, 3, 4].some((d) => MARKET_NOUNS.test(words[j + d]?.lower ?? ''))) return w.start;
    // ", a charge the company denies", ", a claim disputed by …": the writer's label for the content
    if (w.text === ',' && (n1 === 'a' || n1 === 'an') && CONTENT_LABELS.has(n2 ?? '')) return w.start;
    // "said he could win the runoff, a 21-point swing from May", "to protect tax breaks, the
    // bedrock of his business": a noun phrase in apposition to the whole clause, at its end, is the
    // writer's gloss
    if (w.text === ',' && verbal && /^(?:a|an|the)$/u.test(n1) && (words[k]?.lower === 'to' || !wordsAreAdjunct(words, k, j - 1)) && isFinalApposition(words, j + 1, sentenceEnd)) return w.start;
  }
  return sentenceEnd;
}

/** "the tolls would rise, the council would meet again": a second clause under a modal goes on with the content's own forecast. */
function splicedModal(words: readonly Word[], j: number): boolean {
  for (let n = j + 2; n < Math.min(words.length, j + 6); n++) if (MODALS.has((words[n] as Word).lower)) return true;
  return false;
}

/**
 * Whether a clause whose subject is a quantity starts after word `i`: "more than 4 in 10 said …",
 * "about 6 in 10 backed …", "30 percent were …": a quantity word or a number, then within seven
 * words a finite verb, with no comma between.
 */
function quantityClauseAfter(words: readonly Word[], i: number): boolean {
  const first = words[i + 1];
  if (!first || !(/^(?:more|about|nearly|almost|roughly|only|just|fewer|less|over|under|some)$/u.test(first.lower) || /^\p{N}/u.test(first.text))) return false;
  for (let n = i + 2; n < Math.min(words.length, i + 9); n++) {
    const x = words[n] as Word;
    if (isMark(x.text, ',;:()—–')) return false;
    if (x.text === x.lower && (AUX_WORDS.has(x.lower) || /^VB[DZP]$/u.test(tagsOf(x.lower)?.[0] ?? ''))) return true;
  }
  return false;
}

/**
 * What makes word `i` verbal besides tense (`isTensed`, asked first by the callers, who need it on
 * its own too): a modal, or the "to" of an infinitive.
 */
function isVerbalUntensed(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (MODALS.has(w.lower)) return true;
  const next = words[i + 1];
  return w.lower === 'to' && next !== undefined && next.text === next.lower && /^\p{L}/u.test(next.text) && (tagsOf(next.lower)?.[0] ?? '').startsWith('VB');
}

/**
 * Whether words from `i` to the sentence end are one noun phrase and nothing else: no comma, dash
 * or semicolon, no verb before a relative word ("a requirement that tilts …" is one), and no second
 * item of a list ("a Dallas call centre, a hotel and an outlet mall", "for fairness, the end of
 * loopholes and for relief": "and" before a determiner or a preposition).
 */
function isFinalApposition(words: readonly Word[], i: number, sentenceEnd: number): boolean {
  let head = true;
  for (let n = i; n < words.length; n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd) return n - i >= 2;
    if (isMark(x.text, ',;:—–()') || n - i > 40) return false;
    if (x.lower === 'and' && (/^(?:a|an|the|how|what|why|whether|its|his|her|their)$/u.test(words[n + 1]?.lower ?? '') || PREPOSITIONS.has(words[n + 1]?.lower ?? ''))) return false;
    if (/^(?:that|who|whom|whose|which|when|where)$/u.test(x.lower)) head = false;
    if (head && n > i && x.text === x.lower && (AUX_WORDS.has(x.lower) || isTensed(x))) return false;
  }
  return words.length - i >= 2;
}

/** Nouns that name how a statement was made: "in an interview", "in a tweet", "during a speech". */
const CHANNEL_NOUNS = new Set(['interview', 'tweet', 'post', 'speech', 'statement', 'op-ed', 'appearance', 'address', 'podcast', 'broadcast']);

/**
 * Whether `in`/`during` at `j` opens a channel phrase that runs to the sentence end: a determiner,
 * at most two words, a channel noun, then adjuncts with no comma, auxiliary or relative ("in an
 * interview published Monday by a newspaper"; not "in her statement was false", "in an interview
 * on CBS, in which he …").
 */
function isChannelTail(words: readonly Word[], j: number, sentenceEnd: number): boolean {
  if (!/^(?:a|an|his|her|their|its|the|one)$/u.test(words[j + 1]?.lower ?? '')) return false;
  let n = j + 2;
  while (n < j + 4 && words[n] !== undefined && !CHANNEL_NOUNS.has((words[n] as Word).lower)) n++;
  if (!CHANNEL_NOUNS.has(words[n]?.lower ?? '')) return false;
  for (let i = n + 1; i < words.length; i++) {
    const x = words[i] as Word;
    if (x.start >= sentenceEnd) return true;
    if (isMark(x.text, ',;:—–()') || AUX_WORDS.has(x.lower) || /^(?:which|who|whom|that)$/u.test(x.lower) || i - n > 20) return false;
    // "an interview published Monday", "a speech aired on TV": a participle right after the noun,
    // before an adjunct; "in the statement angered voters" is a clause
    if (isTensed(x)) {
      const next = words[i + 1];
      if (i !== n + 1 || !(next === undefined || next.start >= sentenceEnd || PREPOSITIONS.has(next.lower) || /^\p{Lu}/u.test(next.text))) return false;
    }
  }
  return true;
}

/** Modals: a verb coordinated under one is a bare infinitive ("would visit and stay"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);

/** Adverbs that may stand between "and" and its verb: "and later listed", "and to date has". */
const BETWEEN_AND_VERB = /^(?:also|then|later|soon|still|never|even|again|eventually|quickly|finally|immediately|instead|now)$/u;

/**
 * A word that carries tense (or may: "met", "raised", "spreads"), other than a modal: after one,
 * "and" + a finite verb may continue the content's own clause ("said prices rose and jobs
 * vanished", "said the company had met and cited …").
 */
function isTensed(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower || MODALS.has(w.lower)) return false;
  if (AUX_WORDS.has(w.lower) || TENSED_FORMS.has(w.lower)) return true;
  // run on most words of every content: one lexicon lookup, the word being in lower case already
  const tags = tagsOfLower(w.lower);
  if (tags === undefined) return /\p{L}ed$/u.test(w.lower);
  // by its likeliest reading: "work", "votes" are nouns first
  return TENSED_TAGS.has(tags[0] ?? '');
}

/** Forms of "be" and "get" outside the auxiliaries: tensed, or a verb for sure. */
const TENSED_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'am', 'get', 'got', 'gets']);

/** Tags of a verb form that carries tense or is a participle. */
const TENSED_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBN', 'VBP']);

/**
 * Whether "and" at `j` opens a verb phrase of its own: after at most one adverb ("and later",
 * "and to date") a lower-case finite verb that is no bare infinitive too ("listed", "took",
 * "refuses", "has", "made"; not "cut", "set", "plans").
 */
function frameVerbAfter(words: readonly Word[], j: number): boolean {
  let n = j + 1;
  if (/^(?:to date|so far|since then)$/u.test(`${words[n]?.lower} ${words[n + 1]?.lower}`)) n += 2;
  else if (BETWEEN_AND_VERB.test(words[n]?.lower ?? '') || /^\p{Ll}+ly$/u.test(words[n]?.text ?? '')) n++;
  const v = words[n];
  const after = words[n + 1];
  if (!v || v.text !== v.lower || !after || !/^[\p{L}\p{N}]/u.test(after.text) || /^(?:and|or|but)$/u.test(after.lower)) return false;
  // "are", "were": a plural subject, more often the content's ("practices could … and are not …")
  if (/^(?:has|had|is|was|does|did)$/u.test(v.lower)) return true;
  const tags = tagsOf(v.lower);
  if (tags === undefined) return false;
  const first = tags[0] ?? '';
  if (tags.includes('VB') || tags.includes('VBP')) return false;
  // "and listed the accolades": a past participle read first only with its object after it
  // ("unsubstantiated and fabricated by …", "biodiesel and advanced fuels" are no verb phrase);
  // an irregular one ("made", "took") is no adjective
  if (first === 'VBN' && v.lower.endsWith('ed')) return tags.includes('VBD') && OBJECT_OPENER.test(after.lower);
  // "biodiesel and advanced cellulosic fuels": a form in -ed that may be an adjective, before a noun
  if (v.lower.endsWith('ed') && tags.includes('JJ') && !(OBJECT_OPENER.test(after.lower) || after.lower === 'to' || PREPOSITIONS.has(after.lower))) return false;
  return first === 'VBD' || first === 'VBZ' || (first === 'VBN' && tags.includes('VBD'));
}

/** Words that open an object noun phrase: a determiner, a possessive or an object pronoun. */
const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|it)$/u;

/**
 * `[Trump], despite his wealth, [is better placed]`: the comma at `j` opens an aside right after the
 * content's subject (at most four words from `k`, no auxiliary among them), and a comma closes it
 * within twelve words before a finite auxiliary that carries the content's verb.
 */
function isAsideAfterSubject(words: readonly Word[], k: number, j: number, sentenceEnd: number): boolean {
  if (j - k > 4 || j <= k) return false;
  for (let i = k; i < j; i++) {
    const x = words[i] as Word;
    if (AUX_WORDS.has(x.lower) || isMark(x.text, ';:—–()') || CUE_FORMS.has(x.lower)) return false;
  }
  for (let i = j + 2; i < Math.min(words.length, j + 14); i++) {
    const x = words[i] as Word;
    if (x.start >= sentenceEnd || isMark(x.text, ';:—–()')) return false;
    if (x.text === ',') return AUX_WORDS.has(words[i + 1]?.lower ?? '') || /^(?:still|also|now|then)$/u.test(words[i + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Whether a comma within the next 30 words from `i` closes a fronted or inserted clause and a main
 * clause follows it: "…, when he gives speeches, he is asked …".
 */
function closesIntoMainClause(words: readonly Word[], i: number, sentenceEnd: number): boolean {
  for (let n = i; n < Math.min(words.length, i + 30); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || x.text === ';' || x.text === '—' || x.text === '–') return false;
    if (x.text === ',' && mainClauseAfter(words, n)) return true;
  }
  return false;
}

/**
 * Whether a comma or dash within the next 40 words from `i` closes an aside and the clause goes on
 * with a verb: "Ruiz, who chairs the board, would resign", "Bush, who ended his bid, as …".
 */
function asideClosesBeforeVerb(words: readonly Word[], i: number, sentenceEnd: number): boolean {
  for (let n = i; n < Math.min(words.length, i + 40); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || x.text === ';') return false;
    if (x.text !== ',' && x.text !== '—' && x.text !== '–') continue;
    const after = words[n + 1];
    if (!after || after.text !== after.lower) continue;
    if (AUX_WORDS.has(after.lower) || after.lower === 'as' || /^VB[DZP]$/u.test(tagsOf(after.lower)?.[0] ?? '')) return true;
  }
  return false;
}

/** Prepositions that may stand before a relative pronoun: ", with whom …", ", in which …". */
const PREPOSITION_BEFORE_RELATIVE = /^(?:with|in|of|for|from|to|by|on|at|about|under|through|during|after|against|among)$/u;

/** A cue verb written as a finite verb: "vowed", "says", "warned" (not "warning", not a noun in capitals). */
/**
 * "She said a deputy banged on her door and told her to go": a second verb after "and" whose object
 * is the pronoun the speaker was named by ("She" … "told her") cannot have the speaker as its
 * subject (that would be "told herself"); it goes on with the content's own subject, inside the
 * content, when that content has a finite verb of its own.
 */
function toldTheSpeaker(words: readonly Word[], k: number, j: number): boolean {
  const pronoun = words[j + 2]?.lower ?? '';
  const forms = PRONOUN_FORMS.get(pronoun);
  if (forms === undefined || words[j - 1]?.text === ',') return false;
  // "her" is the whole object ("told her to go", not "told her daughter to hide"), and the
  // content has already used it for the speaker ("banged on her door"); else "him", "them" is the
  // listener, someone else ("He said the team had played badly and told him to drop the captain")
  if ((pronoun === 'her' && !/^(?:to|that)$/u.test(words[j + 3]?.lower ?? '')) || findWithin(words, k - 1, j, (x) => x.lower === pronoun || x.lower === forms.possessive) < 0) return false;
  // the cue right before the content, and its subject right before the cue
  let c = k - 1;
  if (words[c]?.lower === 'that') c--;
  if (!CUE_FORMS.has(words[c]?.lower ?? '') || words[c - 1]?.lower !== forms.subject) return false;
  for (let n = k; n < j; n++) if (isTensed(words[n])) return true;
  return false;
}
/** Verbs of praise and blame, whose object is a person or a thing, never a clause: "praised", "defended". */
const PRAISE_OR_BLAME = /^(?:prais|defend|thank|criticis|criticiz|blam|condemn|denounc|applaud|hail|commend|salut|laud|fault|attack|slam|back|support|welcom)(?:e|es|ed|s|ing)?$/u;

/** A personal pronoun's subject and possessive forms by its object form: "him" → "he", "his". */
const PRONOUN_FORMS: ReadonlyMap<string, { subject: string; possessive: string }> = new Map([
  ['her', { subject: 'she', possessive: 'her' }],
  ['him', { subject: 'he', possessive: 'his' }],
  ['them', { subject: 'they', possessive: 'their' }],
  ['us', { subject: 'we', possessive: 'our' }],
  ['me', { subject: 'i', possessive: 'my' }],
]);

function isFiniteCue(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && CUE_FORMS.has(w.lower) && /(?:ed|s|id|ld|ew|ote|ought|ound|aw|old|ank)$/u.test(w.lower);
}

/** Nouns the writer uses to label the content just reported, in apposition: ", a charge the company denies". */
const CONTENT_LABELS = new Set(['charge', 'claim', 'allegation', 'accusation', 'assertion', 'contention', 'figure', 'estimate', 'characterization', 'description', 'view', 'position', 'statement', 'remark', 'comment', 'promise', 'pledge', 'prediction', 'move', 'step', 'decision', 'notion', 'sentiment']);

/** Participles that, after a comma, add the narrator's gloss to reported content: ", citing …", ", pointing to …". */
const TAIL_PARTICIPLES = new Set(['citing', 'pointing', 'referring', 'underscoring', 'highlighting', 'signaling', 'signalling', 'reflecting', 'echoing', 'prompting', 'sparking', 'drawing']);
// "warned that shipments would slip, sending its shares down 9 percent": what the words did to a
// market is the writer's ("…, sending a signal that …" may be the speaker's own)
const MARKET_TAIL = new Set(['sending', 'pushing', 'driving', 'knocking', 'wiping', 'dragging', 'lifting']);
const MARKET_NOUNS = /^(?:shares|stock|stocks|prices|price|markets|market|index|yields|bonds|currency|value|valuation)$/u;

/** Words that, after a comma, start narration again rather than continue the reported clause. */
/** A short subject, then an -ing form of a verb of saying or finding, from word `from`: "roughly a third saying", "many calling". */
function withSpeakerAfter(words: readonly Word[], from: number, sentenceEnd: number): boolean {
  for (let j = from + 1; j < from + 5; j++) {
    const w = words[j];
    if (!w || w.start >= sentenceEnd || isMark(w.text, ',;:()—–')) return false;
    if (w.lower.endsWith('ing') && CUE_FORMS.has(w.lower)) return SAYING_OR_FINDING.has(cueKindOf(w.lower) ?? '');
  }
  return false;
}
// (not a stance: "with 13 percent supporting another candidate" goes on with the poll's finding)
const SAYING_OR_FINDING: ReadonlySet<string> = new Set(['assertion', 'evidence']);

const TRAILER_OPENERS = new Set([
  'which', 'while', 'whereas', 'after', 'before', 'as', 'when', 'because', 'since', 'although', 'though', 'even',
  'despite', 'amid', 'but', 'however', 'putting', 'making', 'leaving', 'giving', 'prompting', 'sparking', 'drawing', 'meaning',
  'compared', 'whom', 'providing',
]);

/** A one-word object a coordinated verb cannot share as its subject: a name or an object pronoun ("criticized Singer and challenged him"). */
function singleObject(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return w !== undefined && (/^\p{Lu}\p{Ll}+$/u.test(w.text) || /^(?:him|her|them|it|us|me)$/u.test(w.text));
}
