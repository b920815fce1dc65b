import type { TextRange } from '../segment.js';
import { cueKindOf } from '../cue-kinds.js';
import { REPORTING_VERB_FORMS, TELLING_BASES } from '../speech-lexicons.js';
import { cutAtTrailer, startAfterPreposition } from './boundaries.js';
import { trimRange } from './trim.js';
import { MAX_CONTENT_WORDS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { opensPlanInfinitive } from './plan-infinitive.js';
import { addsSomethingTo } from './adds-to.js';
import { offersSpeech } from './offered-speech.js';
import { endBeforeThenCue } from './then-cut.js';
import { EVIDENTIAL, NEEDS_AS, NEEDS_COMPLEMENT, NEEDS_THAT, OBJECT_FIRST, STANCE_ADJECTIVES, WH_CLAUSE } from './lexicon.js';
import { subjectBefore } from './subject.js';
import { listenerEnds } from './tails.js';
import { bareParticiple, endsInPassiveAux, mainClauseAfter } from './clause-edges.js';
import { skipAdjuncts, skipObject } from './complement-start.js';
import { documentHeadEnd, EVIDENCE_BASES } from './documents.js';
import { mayBeFiniteVerb } from './verbless.js';
import { endBeforeClauseAfterObject } from './object-and-clause.js';
import { AUX_WORDS, CLAUSE_OPENERS, CONTENT_PREPOSITIONS, contentMayStartWith, DETERMINER, FINITE_START, opensQuantity, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-classes.js';
import { lightVerbBefore } from './light-verb.js';
import { particleAfterTime } from './phrasal-time.js';
import { thenVerbSubject } from './then-verb.js';
import { zeroRelative } from './zero-relative.js';
import { promisedObject, questionedPerson } from './object-content.js';
import { titleInFrontedPhrase } from './quoted-title.js';
import { extraposedAfterQuotation, thatClauseAfter } from './extraposed.js';
import { endsWithPronounThat } from './short-answers.js';
import { isBlankedWord, isMark, findWithin, perWordList, wordAt, type Word } from './words.js';
import { governingSubject } from './governing-subject.js';
import { causeNotSpeaker, DIRECTIVE_BASES, opensDirectiveObject } from './directives.js';
import { DETERMINERS, loneMainVerbAfter, mainVerbAfter, verbBefore, pastVerbAfter, readsAsRelative, relativeAntecedent } from './relative-content.js';

/**
 * Subject-verb-content (rule `svc`), the commonest construction: `X said (that) CONTENT`,
 * `X told reporters (that) CONTENT`, `X announced CONTENT`, `X has accused [Y of CONTENT]`,
 * `X, who …, has warned [Y against CONTENT]`, `X is confident that CONTENT`. The content runs from the
 * complementizer (kept, as PolNeAR annotates it) or the first word after the verb, its addressee
 * and its time and place adjuncts, to where the narration takes over again; an object the
 * complement is about stays in it (`warned [the White House against cutting a deal]`), and so does
 * the phrase a gapped relative clause or a passive is about (`[Maduro – who leaders have accused
 * of stealing …]`, `[the candidates are seen as a circus]`), so that the record reads on its own.
 *
 * Does not handle the verb after its content (`CONTENT, X said`: `tails.ts`), nor one set off by
 * commas inside it (`parenthetical.ts`); a passive (`Trump was asked if …`) or an appearance verb
 * (`evidential.ts`) has no source here, unless its agent is named (`was criticized by X for …`).
 */

/** Subordinators that put a cue in a fronted clause: "while he said X, he clarified …" (content ends at the comma). */
const FRONTED = new Set(['while', 'although', 'though', 'when', 'if', 'because', 'since', 'after', 'before', 'as', 'whereas', 'unless', 'once']);

/** The host NP, then its non-restrictive relative clause up to the verb: `Sanders, who had …` (no comma closes it before the verb). */
// ("Geoff Garin, a pollster who advises the group, said …": or after a description of the subject set off by a comma)
// ("Ann Mills, a Republican from Maine, who said …": or after an apposition of its own)
const NON_RESTRICTIVE = /^\s*,\s*(?:[^,]*,\s*)?(?:[^,]*\s)?(?:who|which)\s[^,]*$/u;

/** Verbs of settling a question: their whether-clause is the question, not a claim. */
const DECIDING: ReadonlySet<string> = new Set(['decide', 'determine', 'weigh', 'assess', 'evaluate', 'examine', 'review', 'investigate']);

/** The host NP, then a restrictive relative pronoun and the verb: `Voters who say …`. */
// (the verb is the relative clause's own only when nothing but its adverbs and auxiliaries stands
// between: in "Residents who spoke say she would have stayed" the relative clause is "who spoke",
// and "say" is the main verb)
const RESTRICTIVE = /^\s+(?:who|that)\s+(?:(?:also|still|now|often|never|not|always|first|once|later|then|just|again|long|since|do|does|did|have|has|had|\p{Ll}+ly)\s+)*$/u;

/** Words that open the question a verb of asking puts: "asked by a caller why …". */
const WH_OPENERS = /^(?:why|whether|how|if|what|when|where|who)$/u;

/** Content that is only a time: "on Tuesday", "last week", "in 2015", "even then". */
export const TIME_ONLY = /^(?:(?:on|in|at|by|during|since|until|last|this|next|early|late|earlier|later|even|just|only|back)\s+)*(?:the\s+)?(?:then|now|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|time)s?$/iu;


/**
 * `X said (that) CONTENT`: a subject NP right before the verb (auxiliaries and adverbs allowed
 * between), and content after it. Returns null when the verb has no subject NP or no content
 * follows (then it may be a tail: `CONTENT, X said.`).
 */
export function subjectVerbContent(ctx: SentenceContext, v: number, base: string): ClaimCandidate | 'quotation' | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb) return null;
  // "Trump was asked if …", "Clinton is expected to win", "Indiana appears to be a break from the
  // norm": no source in the sentence
  // "Twitter is increasingly seen as a news site", "Scalia, regarded as the court's anchor": a verb
  // of regarding right before "as" has lost its object to a passive or a reduced relative
  const regarding = NEEDS_AS.has(base);
  const passive =
    // the participle ending first: most cues ("says", "told") skip the slice and the scan before them
    // ("It is understood that …", "it was felt that …": a British briefing names no one)
    (/(?:ed|wn|ght|id|ld|en|ood|lt)$/u.test(verb.lower) && !STANCE_ADJECTIVES.has(base) && endsInPassiveAux(text, Math.max(s.start, verb.start - 60), verb.start)) ||
    EVIDENTIAL.has(base) ||
    (regarding && words[v + 1]?.lower === 'as' && /(?:ed|wn|en)$/u.test(verb.lower)) ||
    bareParticiple(words, v, base);
  // "the meeting was expected to cover …": an expectation nobody voices is no claim
  if (passive && base === 'expect') return null;
  const light = STANCE_ADJECTIVES.has(base) ? lightVerbBefore(words, v) : -1;
  let subject = passive ? null : (subjectBefore(ctx, light >= 0 ? light : v) ?? governingSubject(ctx, v) ?? thenVerbSubject(ctx, v));
  // "The mayor made it clear that …", "has made clear that …": the light verb is no part of the subject
  if (subject && STANCE_ADJECTIVES.has(base)) subject = withoutLightVerb(text, subject);
  if (!subject && !passive) return null;
  // `“…,” Palmieri said on the show`: this cue attributes the quotation before it (not a verb
  // coordinated after the subject's own: `“This Week,” Carson admitted …, but said …`)
  // (the closing quotation mark first: most subjects have none before them)
  // (`On CNN’s “State of the Union,” the senator said …`: a title closing a fronted phrase is not one)
  if (subject && /[”"'’»]\s*$/u.test(text.slice(Math.max(s.start, subject.start - 3), subject.start)) && /[,!?—–]\s*[”"'’»]+\s*$/u.test(text.slice(Math.max(s.start, subject.start - 8), subject.start)) && !/\b(?:and|but|then)\b/u.test(text.slice(subject.end, verb.start)) && !thatClauseAfter(words, v) && !titleInFrontedPhrase(text, words, subject.start)) return extraposedAfterQuotation(ctx, v, subject) ?? 'quotation';

  let k = v + 1;
  // phrasal cues: "called for", "called on", "pointed out", "warned against" keep their particle in the cue
  let cueEnd = verb.end;
  const next = words[k];
  // ("called Wednesday for …", "called on Monday for …": a time phrase before the particle)
  const timed = base === 'call' || base === 'push' ? particleAfterTime(words, k) : -1;
  const particle = timed >= 0 ? timed : next && /^(?:for|on|out|back|up)$/iu.test(next.text) ? k : -1;
  if (particle >= 0 && /^(?:call|point|fire|shoot|sum|speak|push|lash)$/u.test(base)) {
    cueEnd = (words[particle] as Word).end;
    k = particle + 1;
  }
  // where the content starts when it keeps the verb's object: "warned [the White House against
  // cutting a deal]", "advises [Americans against traveling]"
  let objectStart = -1;
  // "…, the mayor told her closest advisers as she wrote": the listener and adjuncts end the
  // sentence, so the content is before the verb (a tail)
  if (OBJECT_FIRST.has(base) && subject && /,\s*$/u.test(text.slice(Math.max(s.start, subject.start - 3), subject.start)) && !(lastThatBefore(words, sentenceEnd) > v) && listenerEnds(ctx, v)) return null;
  if (OBJECT_FIRST.has(base)) {
    // "told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot"
    // ("told the board the district faced a shortfall and that …": a "that" after "and" opens the
    // second of two complements; the first starts after the listener)
    const found = findWithin(words, k, k + 16, (w) => w.lower === 'that');
    const that = found > 0 && /^(?:and|or|but)$/u.test(words[found - 1]?.lower ?? '') ? -1 : found;
    const between = that > 0 ? words.slice(k, that) : [];
    const object = k;
    k = that > 0 && !between.some((w) => isMark(w.text, ',;:()—–') || SUBJECT_PRONOUNS.has(w.lower)) ? that : skipObject(words, k);
    if (k > object && opensObjectComplement(base, words[k])) objectStart = object;
    else if (k > object && base === 'promise' && subject && promisedObject(text, subject, words, object, k, sentenceEnd)) k = object;
    // ("ordered periodic releases at the end of each month": an object naming an action is no listener)
    else if (k > object && opensDirectiveObject(base, words, object, sentenceEnd) && words[k]?.lower !== 'to') k = object;
  } else if (base === 'ask') {
    // "asked Sanders whether …", "asked the students if …": the one asked is no part of the question
    // ("asked the council to delay the vote" keeps its listener: the request is made of them)
    const question = skipObject(words, k);
    if (question > k && ASKED_QUESTION.test(words[question]?.lower ?? '')) k = question;
  }
  k = skipAdjuncts(words, k, base);
  let first = words[k];
  if (!first || first.start >= sentenceEnd) return null;
  // "Smith was told by Anna Lutz that the deal was off": the agent of a passive verb of telling
  // told it; its content is the "that" clause
  if (passive && subject === null && TELLING_BASES.has(base) && words[v + 1]?.lower === 'by' && first.lower === 'that' && k > v + 2) subject = { start: (words[v + 2] as Word).start, end: (words[k - 1] as Word).end };
  // "Marco Rubio says, win or lose …, he’s staying in the race" (subject opens the sentence);
  // "But as Clyburn noted, those voters will …"
  const subjectIndex = subject ? wordAt(words, subject.start) : -1;
  // ("told the porter, who opened the gate": a relative clause on the listener is no content)
  if (first.text === ',' && subject && (subjectIndex === 0 || (subjectIndex > 0 && /^(?:as)$/u.test(words[subjectIndex - 1]?.lower ?? ''))) && words[k + 1] && !/^(?:who|whom|whose|which)$/u.test(words[k + 1]?.lower ?? '')) {
    k++;
    first = words[k] as Word;
  }
  if (first.text === ',' || first.text === ';' || first.text === ')') return null;
  // "These drivers, Ortiz explained earlier, were well paid": a time adverb closing an inserted
  // frame is no content (the parenthetical rule reads both pieces)
  if (words[k + 1]?.text === ',' && /^(?:earlier|later|recently|again|previously|publicly|privately|separately|repeatedly|yesterday|today|tonight)$/u.test(first.lower)) return null;
  // "what Cosby is being accused of, legal action …": a stranded preposition has no content
  if (PREPOSITIONS.has(first.lower) && isMark(words[k + 1]?.text ?? '.', ',;:.)—–')) return null;
  // ("said at least two people were arrested": a number's preposition opens the content's subject)
  const quantity = opensQuantity(words, k);
  // "beamed as they took the stage", "advising Pfizer as it works on …": "as" opens a clause of time
  // or manner, except after a verb of regarding or describing ("seen as", "described it as");
  // "acknowledged as much", "as well as": no content of its own
  if (first.lower === 'as' && (!(regarding || takesAs(base)) || /^(?:much|well|such)$/u.test(words[k + 1]?.lower ?? ''))) return null;
  // "black voters saw that Obama could win": a verb of regarding with a clause is a belief
  if (regarding && !passive && first.lower === 'that') {
    // the content starts at "that", as for any verb of belief
  } else if (regarding) {
    // "is seen by party leaders as credible": the agent is the source, the content starts at "as"
    const as = first.lower === 'as' ? k : findWithin(words, k, k + 10, (w) => w.lower === 'as' || isMark(w.text, ',;:()—–') || w.start >= sentenceEnd);
    // "saw him as he left": "as" opening a clause is a time, not a view
    if (as < 0 || words[as]?.lower !== 'as' || SUBJECT_PRONOUNS.has(words[as + 1]?.lower ?? '')) return null;
    if (passive) {
      if (first.lower === 'by' && as > k + 1) subject = { start: (words[k + 1] as Word).start, end: (words[as - 1] as Word).end };
      else if (as !== k) return null;
      k = as;
      first = words[k] as Word;
    }
  }
  // "was criticized by his rivals for failing to …": the agent is the source, the content starts
  // at the preposition the verb takes
  if (passive && !regarding && first.lower === 'by' && subject === null) {
    // ("was asked by a caller why the pier closed": the question put, after its asker)
    const asksWh = cueKindOf(base) === 'question';
    const prep = findWithin(words, k + 1, k + 8, (w) => (PREPOSITIONS.has(w.lower) && w.lower !== 'of') || (asksWh && WH_OPENERS.test(w.lower)) || isMark(w.text, ',;:()—–') || w.start >= sentenceEnd);
    const p = words[prep];
    if (p && prep > k + 1 && ((/^(?:for|as|against|over|about)$/u.test(p.lower) && contentMayStartWith(base, p.lower)) || (asksWh && WH_OPENERS.test(p.lower)))) {
      subject = { start: (words[k + 1] as Word).start, end: (words[prep - 1] as Word).end };
      k = prep;
      first = p;
    }
  }
  // "questioned why the agency waited", "wondered whether …": a question verb takes a wh-clause
  // "explained why the plant closed", "now knows how the fund was spent": a verb of knowing or
  // explaining takes a wh-clause too (not "what": "knows what she wants" is a thing, not a claim)
  const whOk = (cueKindOf(base) === 'question' && /^(?:whether|why|how|if|what|when|where|who)$/iu.test(first.text)) || (WH_CLAUSE.has(base) && /^(?:why|how|when|where)$/iu.test(first.text));
  // "joked about moving to New Zealand", "railed against the moderators": a preposition a verb of
  // speaking takes is a complement too ("knows about it" is no claim)
  // "A 2014 study found 31 incidents of voter impersonation", "the report found it was part of a
  // long-standing problem": a document finds what it reports, with or without "that"
  const documentEnd = EVIDENCE_BASES.has(base) ? documentHeadEnd(text, subject) : -1;
  const documentFinding = documentEnd >= 0;
  // "A Harbour Institute poll out Monday showed …": the source is the poll, not when it came out
  if (subject && documentFinding && /^\s+out\s/u.test(text.slice(documentEnd, subject.end))) subject = { start: subject.start, end: documentEnd };
  // "still feel the country is on the wrong path", "is convinced the plan will fail", "wrote he would
  // resign": a finite clause with no "that" is a complement too (not "felt the need", "wrote the memo")
  // ("offered to debate in Brooklyn": an offer's infinitive is the plan offered)
  // ("questioned the plan's cost": the past form is the verb, and its object may be the doubt's content, `object-content.ts`)
  if ((NEEDS_THAT.has(base) || STANCE_ADJECTIVES.has(base)) && !(verb.lower === 'questioned' && !passive && !questionedPerson(words.slice(k, k + 12).map((w) => w.text))) && !/^(?:that|:)$/iu.test(first.text) && !whOk && !opensPlanInfinitive(base, words, k) && !offersSpeech(base, words, k, sentenceEnd) && !opensDirectiveObject(base, words, k, sentenceEnd) && !documentFinding && !(PREPOSITIONS.has(first.lower) && first.lower !== 'to' && REPORTING_VERB_FORMS.has(verb.lower) && (contentMayStartWith(base, first.lower) || quantity)) && !(opensFiniteClause(words, k) && (!STANCE_ADJECTIVES.has(base) || predicateAdjective(words, v)))) return null;
  // "The rise will add $9 a month", "plans to add 200 jobs": the bare form of "add" reports only a
  // that-clause ("I would add that …"); "He added the plan was dead" keeps its past form
  if (verb.lower === 'add' && !/^(?:that|:)$/iu.test(first.text)) return null;
  if (base === 'add' && words[k] === first && addsSomethingTo(words, k)) return null;
  // "He said nothing as he left the court", "said little about the plan": saying nothing is no claim;
  // "said nothing had changed" has the word as its clause's subject
  if (base === 'say' && /^(?:nothing|little|anything|something|much)$/u.test(first.lower) && words[k] === first && !FINITE_START.test(words[k + 1]?.lower ?? '') && !mayBeFiniteVerb(words[k + 1]?.lower ?? '')) return null;
  // "ordered the agency to release the files", "ordered that the files be released": a directive is
  // reported by its object's infinitive or a that-clause ("ordered a new trial at the end of May",
  // "under court order to close" report none)
  // ("the governor ordered a quarantine": an object that names an action is the order too)
  // ("ordered the troops to the border": "to" before a place is no infinitive)
  if (DIRECTIVE_BASES.has(base) && ((objectStart < 0 && first.lower !== 'that' && !opensDirectiveObject(base, words, k, sentenceEnd)) || (base === 'order' && first.lower === 'to' && DETERMINER.test(words[k + 1]?.lower ?? '')) || causeNotSpeaker(subject && text.slice(subject.start, subject.end), words[v - 1]?.lower))) return null;
  // "the district attorney, who will decide whether charges are warranted": a question still to be
  // settled, and nobody's answer to it
  if (DECIDING.has(base) && /^(?:whether|if)$/u.test(first.lower)) return null;
  // "500 pledged delegates": a pledge is reported by its complement
  if (NEEDS_COMPLEMENT.has(base) && !/^(?:that|to|whether|if|:)$/iu.test(first.text)) return null;
  // "anyone who doubts that to read her report": a "that" before "to" is a pronoun, no complementizer
  // ("by the time she said that.": one that ends the sentence is a pro-form, the content alone)
  const proThat = first.lower === 'that' && endsWithPronounThat(base, words[k + 1]?.lower);
  if (first.lower === 'that' && /^(?:to|[.)])$/u.test(words[k + 1]?.lower ?? '.') && !proThat) return null;
  // "said of Cruz", "said with a grin", "said at a rally": an adjunct, so the content is elsewhere
  if (!contentMayStartWith(base, first.lower) && !quantity) return null;
  // "which the probe said were covered up": a relative clause's gap makes the verb the content's start
  // "a move its chairwoman said was needed": the same without the pronoun
  const zero = subject !== null && FINITE_START.test(first.lower) && ZERO_RELATIVE_CUES.has(base) && !/^(?:which|what|that|who|whom)$/u.test(words[subjectIndex - 1]?.lower ?? '') ? zeroRelative(words, subjectIndex, v - 1) : null;
  if (zero && subject) subject = { start: (words[zero.subject] as Word).start, end: subject.end };
  const gapped = zero !== null || (subject !== null && /^(?:which|what|that|who|whom)$/u.test(words[subjectIndex - 1]?.lower ?? ''));
  if (FINITE_START.test(first.lower) && !gapped) return null;
  // "a group called Sandy Hook Promise", "a bill called the Dream Act": a name given, not words said
  if (base === 'call' && isNameAfterNoun(text, words, v, k, sentenceEnd)) return null;
  // "Grenell's picture shows four of the released Americans": only a document shows a claim
  if (base === 'show' && first.lower !== 'that' && !documentFinding) return null;
  let start = first.text === ':' ? (words[k + 1]?.start ?? first.end) : first.start;
  if (isMark(first.text, ',—–')) start = words[k + 1]?.start ?? first.end;
  if (objectStart >= 0 && words[k] === first) start = (words[objectStart] as Word).start;
  else start = startAfterPreposition(words, k, start);
  // ("thanked the crowd, then said she would run": the second verb's claim is its own)
  // ("ordering the release of the emails, and a number of probes are percolating": an object's content ends before a clause of its own)
  let end = endBeforeClauseAfterObject(text, words, k, endBeforeThenCue(words, k, cutAtTrailer(ctx, k)));
  // "The trader accused of fraud said the books were clean": a reduced relative ends at its noun's verb
  if (bareParticiple(words, v, base)) {
    for (let j = k + 1; j < words.length && (words[j] as Word).start < end; j++) {
      const w = words[j] as Word;
      if (w.text === w.lower && REPORTING_VERB_FORMS.has(w.lower) && !w.lower.endsWith('ing')) {
        end = w.start;
        break;
      }
    }
  }
  // "And while he said he would bring back waterboarding, he clarified …": the fronted clause ends at its comma
  // (after an opening phrase, "In 1996, when Clinton declared that …, Obama won", only at a comma
  // the main clause follows: "…during the debate, when she claimed that ISIS, or …" runs on)
  const before = subjectIndex - 1;
  if (before >= 0 && FRONTED.has(words[before]?.lower ?? '')) {
    const opensSentence = words.slice(0, before).every((w) => /^(?:and|but|so|yet|or|even|just|only|still)$/u.test(w.lower));
    for (let c = k + 1; c < Math.min(words.length, k + MAX_CONTENT_WORDS) && (words[c] as Word).start < end; c++) {
      if (words[c]?.text !== ',' || !(opensSentence || mainClauseAfter(words, c))) continue;
      end = (words[c] as Word).start;
      break;
    }
  }
  // "Sanders, who had said he would debate her, criticized Clinton": the content of a verb in a
  // non-restrictive relative clause ends at the comma that closes the clause;
  // "Scalia, regarded as the court's anchor, left …": so does a reduced relative's
  const relativePassive = passive && /,\s*(?:who|which)\s[^,]*$/u.test(text.slice(Math.max(s.start, verb.start - 60), verb.start));
  // "The board, which critics say has ignored the floods, met on Monday": so does a gapped one's
  // ("The mill, which residents say led to the floods, closed in 2019": the gap may be the subject
  // of a past verb as well as of an auxiliary)
  const gappedNonRestrictive = gapped && (FINITE_START.test(first.lower) || (first.text === first.lower && mayBeFiniteVerb(first.lower))) && /^(?:which|who|whom)$/u.test(words[subjectIndex - 1]?.lower ?? '') && isMark(words[subjectIndex - 2]?.text ?? '', ',—–');
  if ((subject && NON_RESTRICTIVE.test(text.slice(subject.end, verb.start))) || (regarding && passive && words[v - 1]?.text === ',') || relativePassive) {
    // "Gene Sperling, who is now advising the campaign, hired Ms. Brainard …": what follows the
    // clause's comma is the main clause, no content of this verb
    if (text.slice(verb.end, start).includes(',')) return null;
    const comma = findWithin(words, k, k + MAX_CONTENT_WORDS, (w) => w.text === ',' && w.start < end);
    if (comma > 0) end = words[comma]?.start ?? end;
  } else if (gappedNonRestrictive) {
    // only where the main clause's verb follows that comma ("…, with a couple of stray
    // applicants" is still the content)
    // (not before a list of verb phrases: "which he says will raise rents, cut bus routes and close
    // two schools, passed": an "and" before the next comma coordinates the verb after this one)
    const closes = (i: number): boolean => {
      const after = words[i + 1];
      return words[i]?.text === ',' && after !== undefined && after.text === after.lower && (AUX_WORDS.has(after.lower) || mayBeFiniteVerb(after.lower)) && !listGoesOn(words, i + 2, end);
    };
    for (let i = k + 1; i < Math.min(words.length, k + MAX_CONTENT_WORDS) && (words[i] as Word).start < end; i++) {
      if (!closes(i)) continue;
      end = (words[i] as Word).start;
      break;
    }
  }
  // "Voters who say the economy is their top issue were evenly divided": the content of a verb in a
  // restrictive relative clause ends where the main clause's verb comes
  if ((subject && RESTRICTIVE.test(text.slice(subject.end, verb.start))) || zero) {
    const main = mainVerbAfter(words, k, end);
    // (with no second verb, the one verb after a relative on the sentence's first phrase is the main clause's)
    end = main < end || zero || !subject || verbBefore(words, 0, v) ? Math.min(end, main) : loneMainVerbAfter(words, k, end);
  }
  // "The deal Smith said would save $3 million collapsed on Monday": a zero relative inside the
  // sentence's subject ends before the main clause's past-tense verb
  if (zero && zero.antecedent === 0) end = Math.min(end, pastVerbAfter(words, k + 1, end));
  // "55 percent said so in December": the content is the pro-form alone
  if (first.lower === 'so' || first.lower === 'otherwise' || proThat) end = first.end;
  const range = trimRange(text, { start, end });
  if (range.end - range.start < 2) return null;
  // "reported on Tuesday", "said last week", "said even then": a time alone is no content
  if (TIME_ONLY.test(text.slice(range.start, range.end))) return null;
  // "Maduro – who opposition leaders have accused of stealing the election", "the attacks, which
  // the probe said were covered up": the relative pronoun stands for a part of the content, so the
  // content reads only with the antecedent (joined once overlaps are settled: `withAntecedents`)
  let antecedent = zero ? zero.antecedent : gapped && readsAsRelative(text, words, subjectIndex, k) ? relativeAntecedent(words, subjectIndex - 1, first) : -1;
  // "the candidates are seen as a circus", "he has been accused of such behavior": a passive's
  // subject is who the content is about, and the content reads only with it
  if (passive && antecedent < 0 && /^(?:as|of|against|from|for)$/u.test(first.lower) && endsInPassiveAux(text, Math.max(s.start, verb.start - 60), verb.start)) {
    // "The board, which is widely seen as …": the relative pronoun's antecedent
    let r = v - 1;
    while (r > 0 && /^(?:is|are|was|were|be|been|being|has|have|had|also|not|\p{L}+ly)$/u.test(words[r]?.lower ?? '')) r--;
    const about = /^(?:who|which)$/u.test(words[r]?.lower ?? '') ? null : subjectBefore(ctx, v);
    if (about && about.start < verb.start && verb.start - about.end < 40) antecedent = wordAt(words, about.start);
    else if (!about) antecedent = relativeAntecedent(words, r, first);
  }
  // "Grain trader accused of inflating figures": a headline's (or a reduced relative's) bare
  // participle is said of the noun before it, by someone the phrase does not name
  if (antecedent < 0 && bareParticiple(words, v, base)) {
    const about = subjectBefore(ctx, v);
    if (about && about.end <= verb.start && verb.start - about.end < 3) antecedent = wordAt(words, about.start);
  }
  // `Trump said: "…"` — the content is a quotation: the quotation stage attributes it
  if (quoteShare(ctx, range) >= QUOTATION_SHARE) return 'quotation';
  const claim: ClaimCandidate = { start: range.start, end: range.end, cue: { start: verb.start, end: cueEnd }, source: subject, relayedBy: null, rule: 'svc' };
  if (antecedent >= 0) claim.antecedent = (words[antecedent] as Word).start;
  return claim;
}


/** Words that open an indirect question after the one asked: "whether", "if", a wh-word. */
const ASKED_QUESTION = /^(?:whether|if|why|how|what|who|whom|which|when|where)$/u;
/** Verbs of saying and thinking that take a zero relative's gapped clause: "a move its chairwoman said was needed". */
const ZERO_RELATIVE_CUES: ReadonlySet<string> = new Set(['say', 'claim', 'think', 'believe', 'estimate', 'expect', 'predict', 'argue', 'insist', 'suggest', 'allege', 'warn', 'fear', 'hope', 'write', 'report']);

/**
 * Whether a finite clause with its own subject starts at word `k`: a personal pronoun and its verb
 * ("he would", "they want"), or a short noun phrase opened by a determiner, a quantifier or a name,
 * then an auxiliary within four words ("the country is", "most of the voters were", "Ortiz had").
 */
export function opensFiniteClause(words: readonly Word[], k: number): boolean {
  const first = words[k];
  const next = words[k + 1];
  if (!first || !next) return false;
  if (/^(?:he|she|they|we|i)$/u.test(first.lower)) return next.text === next.lower && (AUX_WORDS.has(next.lower) || mayBeFiniteVerb(next.lower));
  if (first.lower === 'it') return AUX_WORDS.has(next.lower);
  if (!(DETERMINERS.test(first.lower) || /^(?:most|many|some|all|few|no|\d[\d,.]*)$/u.test(first.lower) || /^\p{Lu}/u.test(first.text))) return false;
  for (let j = k + 1; j <= k + 4; j++) {
    const w = words[j];
    if (!w) return false;
    if (AUX_WORDS.has(w.lower)) return true;
    if (isMark(w.text, ',;:()—–') || CLAUSE_OPENERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || (PREPOSITIONS.has(w.lower) && w.lower !== 'of')) return false;
  }
  return false;
}

/**
 * An adjective at `v` after a copula, past adverbs ("is convinced", "was not entirely sure", "remains
 * confident", "made it clear"): not after "how" ("how optimistic he is") nor an object ("made anyone
 * aware").
 */
function predicateAdjective(words: readonly Word[], v: number): boolean {
  let j = v - 1;
  while (j >= 0 && /^(?:not|so|very|quite|entirely|fully|more|less|most|also|still|now|increasingly|\p{Ll}+ly)$/u.test(words[j]?.lower ?? '')) j--;
  // "made it clear he had misgivings", "has made clear the plan is dead"
  if (words[j]?.lower === 'it' && /^(?:made|makes|make|making)$/u.test(words[j - 1]?.lower ?? '')) return true;
  if (/^(?:made|makes|make|making)$/u.test(words[j]?.lower ?? '')) return true;
  return /^(?:is|are|was|were|be|been|being|am|’s|'s|’re|'re|’m|'m|remain|remains|remained|feel|feels|felt|seem|seems|seemed|become|becomes|became|grew|grow|grows|get|gets|got)$/u.test(words[j]?.lower ?? '') || /^(?:he|she|it|they|we|i|you)[’'](?:s|re|m)$/u.test(words[j]?.lower ?? '');
}

/** `The mayor made it` → `The mayor`; `made` alone → null. */
function withoutLightVerb(text: string, r: TextRange): TextRange | null {
  const m = /^(.*?)\s*\b(?:(?:has|have|had)\s+)?(?:made|makes|make|making)(?:\s+it)?$/su.exec(text.slice(r.start, r.end));
  if (!m) return r;
  const kept = (m[1] ?? '').trimEnd();
  return kept === '' ? null : { start: r.start, end: r.start + kept.length };
}

/** `a group called Sandy Hook Promise`: a common noun right before the verb and only a capitalised name after it. */
function isNameAfterNoun(text: string, words: readonly Word[], v: number, k: number, sentenceEnd: number): boolean {
  const before = words[v - 1];
  if (!before || before.text !== before.lower || SUBJECT_PRONOUNS.has(before.lower) || /(?:ly)$/u.test(before.lower)) return false;
  // "A parody account called “Dumb Meter” gained 8,000 followers": a quoted name in title case,
  // then the sentence's own verb
  let quotedName = false;
  for (let j = k; j < words.length; j++) {
    const w = words[j] as Word;
    if (w.start >= sentenceEnd || isMark(w.text, ',;:—–()')) break;
    if (isBlankedWord(w.text)) {
      if (!/^\P{L}*\p{Lu}/u.test(text.slice(w.start, w.end)) && !/^(?:the|of|and|for|a|an|in|on|to)$/iu.test(text.slice(w.start, w.end).replace(/\P{L}/gu, ''))) return false;
      quotedName = true;
      continue;
    }
    if (quotedName) return true;
    // "A group called Parents for Sleep has pushed for …": the name, then the sentence's own verb
    if (j > k && /^\p{Lu}/u.test((words[j - 1] as Word).text) && (FINITE_START.test(w.lower) || mayBeFiniteVerb(w.lower))) return true;
    if (!/^(?:\p{Lu}|the$|of$|and$|for$)/u.test(w.text)) return false;
  }
  return true;
}

/** Verbs of describing whose content may open with "as": "described it as", "criticized as sloppy". */
function takesAs(base: string): boolean {
  const verbs = CONTENT_PREPOSITIONS.get('as');
  return verbs !== undefined && verbs !== 'any' && verbs.has(base);
}

/**
 * Whether `w`, right after the object of an object-first verb, opens a complement about that
 * object: "warned the White House against cutting a deal", "reminded voters of the stakes",
 * "told aides to stand down". The object is then part of what was said, and the content keeps it:
 * "against cutting a deal" alone does not say who should not cut it.
 */
function opensObjectComplement(base: string, w: Word | undefined): boolean {
  if (!w) return false;
  if (w.lower === 'to') return true;
  return /^(?:of|against|from)$/u.test(w.lower) && contentMayStartWith(base, w.lower);
}

/** Whether an "and" or "or" comes from word `k` before the next comma or semicolon (or `end`): the verb before `k` heads one item of a list. */
function listGoesOn(words: readonly Word[], k: number, end: number): boolean {
  for (let j = k; j < words.length && (words[j] as Word).start < end; j++) {
    const x = words[j] as Word;
    if (x.text === ',' || x.text === ';') return false;
    if (x.lower === 'and' || x.lower === 'or') return true;
  }
  return false;
}

/**
 * The index of the last word "that" starting before `end`, or -1: whether a "that" follows a word
 * is then one comparison. Kept for the last word list asked about, so that a run-on sentence with a
 * cue every few words is read once, not once a cue.
 */
const lastThatBefore = perWordList((words, end) => {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (w.lower === 'that' && w.start < end) return k;
  }
  return -1;
});
