import { cueKindOf } from '../cue-kinds.js';
import type { ClaimCandidate, SentenceContext } from './context.js';
import { asFrameClaims } from './as-frame.js';
import { evidentialClaim } from './evidential.js';
import { frontAdjunctPiece } from './front-adjunct.js';
import { baseOf, EVIDENTIAL, VERB_AFTER_SUBJECT } from './lexicon.js';
import { isFrameVerb, parentheticalClaim } from './parenthetical.js';
import { askedClaim, participleClaim } from './participle.js';
import { purposeInfinitiveClaim } from './purpose.js';
import { subjectVerbContent } from './subject-verb.js';
import { pointToClaim } from './point-to.js';
import { quotedAsClaim } from './quoted-as.js';
import { evidenceSubjectClaim } from './evidence-subject.js';
import { EVIDENCE_BASES } from './documents.js';
import { sameClaim } from './same-claim.js';
import { coordinatedInHeadline, headlineContent, headlineSubjectEnd, isHeadline } from './headline.js';
import { headsNounCompound, readsAsNoun } from './noun-reading.js';
import { inDiscourseIdiom } from './idioms.js';
import { asksAnonymity, inAnonymityReason } from './anonymity-clause.js';
import { tailClaim } from './tails.js';
import { isRefused, refusedComplementEnd } from './refused.js';
import { backIsNoStance } from './backing.js';
import { invertedTailInstead } from './inverted-tail.js';
import { isBlankedWord, isMark, type Word } from './words.js';
import { mayBeFiniteVerb, tagsOf, tagsOfLower } from './verbless.js';
import { AUX_WORDS, DETERMINER, isNumberWord } from './word-classes.js';
import { DOCUMENT_NOUNS, GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
import { closesPhraseAfterVerb } from '../subject-phrase.js';

/** Verbs of belief and wish whose negation keeps the subject's stance: "doesn't think", "don't want". */
const NEGATION_RAISING: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'want', 'intend', 'plan', 'feel', 'suppose', 'imagine', 'anticipate', 'wish']);

/** Verbs of claiming that take an infinitive about their own subject: "claimed to have voted twice". */
const CLAIM_SELF: ReadonlySet<string> = new Set(['claim', 'profess', 'purport']);

/** Verbs of aim and intention: their content is an infinitive after them, so they frame no content before them. */
const AIM_VERBS: ReadonlySet<string> = new Set(['aim', 'intend', 'plan', 'want', 'seek']);

/** A subject pronoun with a contracted "is"/"are"/"am": "he’s", "they're". */
const PRONOUN_CONTRACTION = /^(?:he|she|it|they|we|you|i|who)[’'](?:s|re|m)$/u;

/** Adverbs between a progressive's auxiliary and its verb: "is now openly questioning", "are still insisting". */
const PROGRESSIVE_ADVERBS = /^(?:now|still|also|already|again|increasingly|\p{Ll}+ly)$/u;

/** Subjects that name nobody: "Nobody", "No one", "None of the officials", "Neither candidate". */
const NOBODY = /^(?:nobody|no one|no-one|none|neither|no\s+\p{L}+)\b/iu;

/** "Neither the palace nor …" right before a subject: the pair it closes says nothing. */
const NEITHER_BEFORE = /\bneither\s[^,;.]*\bnor\s+$/iu;

/** Words after a verb that show it is not a cue use: "said to be", "told to", "called off". */
// ("summed up", "backed off"; not "said up to 40 people …", a number)
const NOT_CUE_AFTER = /^\s*(?:to\s+(?:be|have)\b|off\b|up\b(?!\s+to\s+(?:\d|[$£€]\d|a\s+(?:dozen|hundred|thousand|million)\b|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half)\b)))/iu;

/**
 * Claims around every cue word of the sentence (svc, evidential, participle, parenthetical, tail);
 * `cues` are the indices of its words that are cue forms, in order.
 * For each cue word the rules are tried in a fixed order and the first that answers wins: an -ing
 * form is a participle or nothing; a verb of seeming is evidential; then subject-verb-content; then
 * the attribution inside (`A, X said, B`) or after (`CONTENT, X said`) its content.
 *
 * Does not handle `according to` or a headline colon: those have no cue word (`according-to.ts`,
 * `headline.ts`); nor `X, first reported by CNN, was …`: an event named by a noun phrase is no
 * claim a reader can check.
 */
export function cueWordClaims(ctx: SentenceContext, cues: readonly number[]): void {
  const { masked, sentence: s, words, claims: out } = ctx;
  const at = (i: number): Word | undefined => words[i];
  // headlines: "Chris Christie Says He Would Issue A Quarantine" — every word capitalised;
  // read only when a capitalised cue word needs it (most sentences never ask)
  let titleCase: boolean | undefined;
  const isTitleCase = (): boolean => (titleCase ??= isTitleCaseLine(words));
  // the end of the complement of the latest refused cue ("declined to say …")
  let refusedUntil = -1;
  for (const i of cues) {
    const w = at(i);
    if (!w) continue;
    const base = baseOf(w.lower);
    if (!base || isBlankedWord(w.text)) continue;
    if (coordinatedInHeadline(ctx, i)) continue;
    // "Six Americans … are heading home" is not "head": verbs are lower case except sentence-first
    if (w.text !== w.lower && i > 0 && !isTitleCase()) continue;
    // "The mayor did not say that taxes would rise", "Police never said …": what was not said is no
    // claim; "She doesn't think the plan will work", "They do not want to leave" still give the
    // subject's belief or wish (the negation is read as the content's: she thinks it will not work)
    if (isNegated(words, i) && !NEGATION_RAISING.has(base)) continue;
    // "Ortiz declined to say whether she would endorse Kell": what was refused was not said, and a
    // cue inside it ("endorse") is no claim of its own either
    if (i < refusedUntil) continue;
    if (isRefused(words, i)) {
      refusedUntil = refusedComplementEnd(words, i, ctx.sentenceEnd);
      continue;
    }
    // "The AA could argue that …", "Ministers might say …", "Ortiz may have claimed …": what someone
    // could say is not what they said ("voters might think …" still reports a belief)
    if (isHypothetical(words, i) && cueKindOf(w.lower) === 'assertion') continue;
    // "a self-described socialist", "so-called": the second half of a compound is no verb
    if (w.start > s.start && masked.charCodeAt(w.start - s.start - 1) === 45) continue;
    // "All told, 5 million could qualify", "That said, the plan has merit": an idiom, no report
    if (inDiscourseIdiom(words, i)) continue;
    // "who asked not to be named because she feared retaliation": the request for anonymity and
    // the reason given for it report nothing
    // (a reason with a clause of its own, "because she feared her employer would think …", is her fear)
    if (asksAnonymity(ctx.text, words, i) || (inAnonymityReason(ctx.text, words, i) && sayingSoonAfter(words, i))) continue;
    // "backed away from the plan", "who are backing Ortiz", "said the council backed the plan": no stance of its own
    if (base === 'back' && backIsNoStance(words, i)) continue;
    // "Good morning and welcome to our live coverage", "welcomed delegates to the city": a greeting, not
    // a stance ("welcomed the ruling" takes what is welcomed as its object)
    if (base === 'welcome' && at(i + 1)?.lower === 'to') continue;
    // "after 27 confirmed cases of measles", "the two reported deaths": a participle between a number
    // or determiner and its plural noun modifies the noun
    // "A landlord ignored repeated warnings", "Residents say repeated delays hurt them": or between a
    // verb and its plural object or subject ("He repeated claims …" keeps its verb)
    if (w.lower.endsWith('ed') && (/^(?:\d[\d,.]*|the|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|more|fewer|new)$/u.test(at(i - 1)?.lower ?? '') || isPlainVerb(at(i - 1))) && at(i + 1)?.text === at(i + 1)?.lower && tagsOfLower(at(i + 1)?.lower ?? '')?.[0] === 'NNS') continue;
    // "did not return calls seeking comment", "will answer questions": a plural after a verb's bare
    // form, itself after an auxiliary or "to", is that verb's object
    if (w.lower !== base && w.lower.endsWith('s') && /^(?:not|never|n[’']t|did|do|does|will|would|can|could|should|must|may|might|to)$/u.test(at(i - 2)?.lower ?? '') && at(i - 1)?.text === at(i - 1)?.lower && (tagsOfLower(at(i - 1)?.lower ?? '')?.includes('VB') ?? false)) continue;
    // "Biden called Netanyahu, who agreed to a pause", "called Park on Sunday to apologize": a
    // telephone call to someone says nothing ("called Cruz a liar" names him something)
    if (base === 'call' && phonedSomeone(words, i, ctx.sentenceEnd)) continue;
    // "Asked by an analyst whether the company would consider cutting its dividend, …": a verb
    // inside a question put reports nobody's stance
    if (insideAskedQuestion(words, i)) continue;
    // "Brightwell Toys recalls 90,000 sets", "is recalling about 2 million cars": a product recall
    // takes a number of things as its object ("recalled the 2008 campaign" remembers it)
    // ("recalls nearly 40 families were living in tents", "recalled 30 men from his unit dying": a
    // clause after the number is what is remembered)
    if (base === 'recall' && recallsGoods(words, i)) continue;
    // "an attack so politically charged that …", "a highly charged debate": "charged" after a degree
    // adverb is an adjective, and its "that" opens a result
    // ("Democrats repeatedly charged that …" still accuses)
    if (w.lower === 'charged' && /^(?:so|too|very|highly|most|more|less|politically|emotionally|racially|sexually|heavily|deeply|intensely|extremely)$/u.test(at(i - 1)?.lower ?? '')) continue;
    // "a tax on wealth, as opposed to a tax on income": a contrast, not a stance
    if (w.lower === 'opposed' && at(i - 1)?.lower === 'as') continue;
    const after = masked.slice(w.end - s.start, w.end - s.start + 40);
    // "appears to be fabricated", "seems to have declined": a verb of seeming takes exactly that
    // "plans to be back", "wants to have a say": an active verb of intention takes any infinitive
    // ("is said to be", "was told to" are passives)
    // "claimed to be undecided", "professes to have voted": a verb of claiming takes its own
    // infinitive, after a subject ("a territory claimed to be …" with no subject before is a passive)
    // (both read only for the few cues such a word follows)
    if (NOT_CUE_AFTER.test(after) && !EVIDENTIAL.has(base) && !(/^\s*to\s/u.test(after) && (cueKindOf(w.lower) === 'intention' || isFrameVerb(CLAIM_SELF, base)) && !/^(?:is|are|was|were|be|been|being)$/u.test(at(i - 1)?.lower ?? ''))) continue;
    // "his claims", "the notes", "Asian states": these forms are verbs only after a name or pronoun
    // ("Senate hopeful vows to block pipeline": a headline drops its articles, so any noun will do)
    // "Experts note that …", "critics claim that …": a base form after a plural person noun, before "that"
    // "critics claim it will fail", "women who claim he assaulted them": or before a clause a subject pronoun opens
    // "Aides claim the polls are tightening": or before a clause whose short noun-phrase subject an auxiliary follows
    const pluralSubject = w.lower === base && (at(i + 1)?.lower === 'that' || opensPronounClause(words, i + 1) || opensNounClause(words, i + 1)) && (isPluralPersonNoun(at(i - 1)) || at(i - 1)?.lower === 'who');
    if (VERB_AFTER_SUBJECT.has(w.lower) && !pluralSubject && !isSubjectEnd(words, i - 1, w.lower.endsWith('s')) && !(isHeadline(ctx) && headlineSubjectEnd(words, i - 1))) continue;
    if (readsAsNoun(words, i, masked, s.start) || headsNounCompound(words, i)) continue;
    // "told analysts on a conference call that …": a bare form closing a prepositional phrase
    // after the clause's verb heads a compound noun ("Residents of a town say …" keeps its verb)
    if (w.lower === base && !/(?:s|ed)$/u.test(w.lower) && closesPhraseAfterVerb(words, i)) continue;
    // "Dock talks collapse", "Peace talks stall", "Tax plans draw fire": a plural noun after a common
    // noun that opens the sentence, not a verb after its subject
    if (i === 1 && isCompoundPlural(words[0] as Word, w, at(2))) continue;
    // "The paper quoted an aide as saying …": the person quoted and what they said, the paper's report
    const quoted = quotedAsClaim(ctx, i);
    if (quoted) {
      out.push(quoted);
      continue;
    }
    const asked = askedClaim(ctx, i);
    if (asked) {
      out.push(asked);
      continue;
    }
    // "joined the chairwoman, Janet Yellen, to argue that …": an infinitive of purpose
    if (at(i - 1)?.lower === 'to') {
      const purpose = purposeInfinitiveClaim(ctx, i);
      if (purpose) {
        out.push(purpose);
        continue;
      }
    }
    // "Clinton is predicting that she will win": a progressive is a finite cue
    // "He’s predicting that …": a pronoun's contracted auxiliary
    // ("are now openly questioning how …": adverbs may stand between the auxiliary and the verb)
    // (read only for an -ing form: most cues are none)
    if (w.lower.endsWith('ing') && !base.endsWith('ing') && !isProgressive(words, i)) {
      const p = participleClaim(ctx, i, base);
      if (p) out.push(p);
      continue;
    }
    if (EVIDENTIAL.has(base)) {
      for (const c of evidentialClaim(ctx, i)) out.push(c);
      continue;
    }
    // "…, as Sanders has acknowledged.", "Weeks ago, as the paper reported, the two met": an "as" frame
    const framed = asFrameClaims(ctx, i, base);
    if (framed) {
      for (const c of framed) out.push(c);
      continue;
    }
    // "Clinton is assured of winning at least 118": guaranteed, not told
    // ("they had been assured was safe" keeps its content)
    if (base === 'assure' && /^(?:is|are|was|were|be|been|being)$/u.test(at(i - 1)?.lower ?? '') && /^\s*(?:of|a|an|the|\d)/u.test(after)) continue;
    // "Critics point to the rising fares", "half said the same of her rival": a cue whose content
    // is a phrase the subject-verb rule does not read as one
    const phrase = base === 'point' ? pointToClaim(ctx, i) : base === 'say' || base === 'feel' ? sameClaim(ctx, i) : null;
    if (phrase) {
      out.push(phrase);
      continue;
    }
    const svc = subjectVerbContent(ctx, i, base);
    if (svc === 'quotation') continue;
    // "Nobody in the province is talking about going that far": what nobody says is nobody's claim
    // ("Neither the palace nor the commission said who …": the subject found may be the last of the pair)
    if (svc?.source && (NOBODY.test(ctx.text.slice(svc.source.start, svc.source.end)) || NEITHER_BEFORE.test(ctx.text.slice(Math.max(s.start, svc.source.start - 80), svc.source.start)))) continue;
    // "For some, the losses would outstrip the gains, said Batchelder.": the name is the source
    const inverted = svc && invertedTailInstead(ctx, i, svc) ? tailClaim(ctx, i, base) : null;
    if (inverted) {
      out.push(inverted);
      continue;
    }
    if (svc) {
      const front = isHeadline(ctx) ? null : frontAdjunctPiece(ctx, svc);
      if (front) out.push(front);
      out.push(isHeadline(ctx) ? headlineContent(ctx, svc) : svc);
      continue;
    }
    // "Surveys of voters taken as they left the polls showed that …": a record's long modifier
    const record = EVIDENCE_BASES.has(base) ? evidenceSubjectClaim(ctx, i) : null;
    if (record) {
      out.push(record);
      continue;
    }
    // "…, much of the money aimed at Kazakhstan": a verb of aim takes its content after it, never before
    if (AIM_VERBS.has(base)) continue;
    // "…, a side effect seen with similar drugs", "…, a pattern shown in earlier trials": a form that
    // is only ever a past participle, with no auxiliary before it, modifies the noun before it; it is
    // no finite verb closing a content
    if (PARTICIPLE_ONLY.test(w.lower) && !AUX_WORDS.has(at(i - 1)?.lower ?? '')) continue;
    const pieces = parentheticalClaim(ctx, i) ?? [tailClaim(ctx, i, base)];
    for (const c of pieces) if (c) out.push(c);
  }
}

/** Whether the -ing cue at `i` is a progressive's verb: an auxiliary of "be" (or a pronoun's contracted one) before it, past at most two adverbs. */
function isProgressive(words: readonly Word[], i: number): boolean {
  let aux = i - 1;
  while (aux > 0 && aux > i - 3 && PROGRESSIVE_ADVERBS.test(words[aux]?.lower ?? '')) aux--;
  return /^(?:is|are|was|were|been|be|’s|'s|’re|'re)$/u.test(words[aux]?.lower ?? '') || PRONOUN_CONTRACTION.test(words[aux]?.lower ?? '');
}

/** Forms of a reporting or perception verb that are past participles only. */
const PARTICIPLE_ONLY = /^(?:seen|shown|known|written|spoken|sworn|proven|given|taken|drawn)$/u;

/**
 * "Dock talks collapse", "Peace talks stall": a cue form that can be a plural noun, after an opening
 * word that is a common noun (the lexicon's, not a name) and no speaker's head ("Police say"), and
 * before a word that can be a verb.
 */
function isCompoundPlural(first: Word, cue: Word, next: Word | undefined): boolean {
  // ("Newspaper Says Trump …": a form the lexicon reads first as a verb stays the verb)
  if (!/[^s]s$/u.test(cue.lower) || tagsOf(cue.lower)?.[0] !== 'NNS') return false;
  // the noun phrase's verb comes next ("talks collapse"); "Trump says it's", "Bush claims he" are a
  // name and its verb
  const nextTags = next ? tagsOf(next.lower) : undefined;
  if (!nextTags || !/^(?:NN|VB)/u.test(nextTags[0] ?? '') || !nextTags.some((t) => /^VB[DPZ]?$/u.test(t))) return false;
  if (SPEAKER_HEADS.has(first.lower) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  const tags = tagsOf(first.lower);
  return tags !== undefined && /^(?:NN|NNS|JJ)$/u.test(tags[0] ?? '') && !tags.includes('NNP');
}

/**
 * The word before a noun-like verb form as its subject: "Trump claims", "she notes", "they claim";
 * a base form ("claim", "state") is a verb only after I/we/you/they or an infinitive's "to"
 * ("a Confederate state" is a noun).
 */
function isSubjectEnd(words: readonly Word[], i: number, thirdPerson: boolean): boolean {
  const w = words[i];
  if (!w) return false;
  // "was quick to note that …": an infinitive
  if (!thirdPerson) return /^(?:i|we|you|they|to)$/u.test(w.lower);
  return endsThirdPersonSubject(words, i);
}

/**
 * A clause opened by a subject pronoun at `j`: "he", "she", "they", "we" (never objects), or "it"
 * and "you" before an auxiliary ("claim it will fail"; "claim it back" takes an object).
 */
function opensPronounClause(words: readonly Word[], j: number): boolean {
  const w = words[j]?.lower ?? '';
  if (/^(?:he|she|they|we)$/u.test(w)) return true;
  return /^(?:it|you)$/u.test(w) && AUX_WORDS.has(words[j + 1]?.lower ?? '');
}

/**
 * A clause opened by a noun phrase of at most three words after a determiner and an auxiliary:
 * "the polls are tightening", "the plan will fail"; "claim the credit for the deal" takes an object.
 */
function opensNounClause(words: readonly Word[], j: number): boolean {
  if (!DETERMINER.test(words[j]?.lower ?? '')) return false;
  for (let k = j + 1; k <= j + 4 && k < words.length; k++) {
    const w = words[k] as Word;
    if (AUX_WORDS.has(w.lower)) return k > j + 1;
    if (!/^\p{L}[\p{L}’'-]*$/u.test(w.text)) return false;
  }
  return false;
}

/** A plural noun for people, as a subject: "experts", "critics", "officials" (not "Asian states"). */
function isPluralPersonNoun(w: Word | undefined): boolean {
  return w !== undefined && /^\p{L}+s$/iu.test(w.text) && /[^s]s$/u.test(w.lower) && (PERSON_NOUNS.has(w.lower) || ROLE_NOUNS.has(w.lower) || ROLE_NOUNS.has(w.lower.slice(0, -1)));
}

const SPEAKER_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PERSON_NOUNS, ...ORGANISATION_HEADS, ...GOVERNMENT_HEADS, ...DOCUMENT_NOUNS]);

/**
 * Does word `i` end the subject of a third-person verb after it? He/she/it, a capitalised name
 * ("Trump claims"), or a singular noun heading a speaker with only modifiers before it back to a
 * determiner, a possessive or a name ("The opposition leader vows …", "France's main opposition
 * leader vows", "the report notes …"); not "Ortiz broke campaign promises" (a verb in the way),
 * not a determiner ("The claims"), a plural or an adjective.
 */
export function endsThirdPersonSubject(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (/^(?:he|she|it)$/u.test(w.lower)) return true;
  if (/^\p{Lu}\p{L}+$/u.test(w.text)) return !/^(?:The|A|An|His|Her|Their|Its|Our|My|This|That|These|Those)$/u.test(w.text);
  if (w.text !== w.lower || /[^s]s$/u.test(w.lower) || !SPEAKER_HEADS.has(w.lower)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const x = words[j] as Word;
    if (DETERMINER.test(x.lower) || /[’']s$/u.test(x.text) || /^\p{Lu}/u.test(x.text)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(x.text) || /^VB|^MD/u.test(tagsOf(x.lower)?.[0] ?? '')) return false;
  }
  return i === 0;
}

/** Modals of possibility: a cue under one reports nothing said ("could argue"); "can confirm", "would say" still report. */
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may']);

/** A cue under a modal of possibility, perhaps with an adverb or a perfect between: "could argue", "may well claim", "might have said", "would have said". */
function isHypothetical(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  const perfect = words[k]?.lower === 'have';
  if (perfect) k--;
  if (/^(?:well|also|yet|still|perhaps|even)$/u.test(words[k]?.lower ?? '')) k--;
  const modal = words[k]?.lower ?? '';
  return POSSIBILITY_MODALS.has(modal) || (perfect && modal === 'would');
}

/** Auxiliaries and adverbs between a negation and its cue: "did not publicly say". */
const BEFORE_NEGATED_CUE: ReadonlySet<string> = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'should', 'also', 'ever', 'yet', 'publicly', 'explicitly', 'directly', 'actually', 'really']);

/** A cue with "not", "never" or a contracted "n't" among the auxiliaries before it ("did not say", "has never claimed", "didn’t say"). */
function isNegated(words: readonly Word[], i: number): boolean {
  // "Nor did he say whether …", "Neither has she claimed …": the negation opens the clause, before its subject
  if (/^(?:nor|neither)$/u.test(words[i - 3]?.lower ?? '') && BEFORE_NEGATED_CUE.has(words[i - 2]?.lower ?? '')) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = (words[k] as Word).lower;
    // "left without saying that he would endorse her": what was not said is no claim either
    if (w === 'not' || w === 'never' || /n[’']t$/u.test(w) || (w === 'without' && words[i]?.lower.endsWith('ing') === true)) return true;
    if (!BEFORE_NEGATED_CUE.has(w)) return false;
  }
  return false;
}

/** "Chris Christie Says He Would Issue A Quarantine": four or more words, at least 80% capitalised. */
function isTitleCaseLine(words: readonly Word[]): boolean {
  let lettered = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w.text)) continue;
    lettered++;
    if (/^\p{Lu}/u.test(w.text)) capitalised++;
    // more words in lower case than a fifth of all the words: no 80% can be capitalised, and a
    // sentence of running text stops here after a few words
    else if (5 * (lettered - capitalised) > words.length) return false;
  }
  return lettered >= 4 && capitalised >= 0.8 * lettered;
}

/**
 * Whether "called" at `i` is a telephone call: a person after it (a name, or "the" and a noun),
 * then the sentence's end, a relative "who", a time ("on Sunday", "last week") or a purpose ("to
 * apologize", "and asked …"), not what the person was called ("called Cruz a liar").
 */
function phonedSomeone(words: readonly Word[], i: number, sentenceEnd: number): boolean {
  let j = i + 1;
  const first = words[j];
  if (!first) return false;
  if (/^(?:the|his|her|their)$/u.test(first.lower)) {
    // ("the governor", "his lawyer": a person; "the plan a disaster" names a thing something)
    const noun = words[j + 1]?.lower ?? '';
    if (!ROLE_NOUNS.has(noun) && !PERSON_NOUNS.has(noun)) return false;
    j += 2;
  } else if (/^\p{Lu}/u.test(first.text) && !isBlankedWord(first.text)) {
    while (words[j] && /^\p{Lu}/u.test((words[j] as Word).text) && j - i <= 4) j++;
  } else return false;
  if (j === i + 1) return false;
  const next = words[j];
  if (!next || next.start >= sentenceEnd) return true;
  // (not "called Jones, who runs the agency, a liar": the relative closes before what he was called)
  if (next.text === ',' && /^(?:who|whom)$/u.test(words[j + 1]?.lower ?? '')) {
    let c = j + 2;
    while (c < words.length && (words[c] as Word).text !== ',' && (words[c] as Word).start < sentenceEnd) c++;
    return !/^(?:a|an|the)$/u.test(words[c + 1]?.lower ?? '');
  }
  if (/^(?:on|last|this|early|late)$/u.test(next.lower) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|night|morning|evening|year)s?$/u.test(words[j + 1]?.lower ?? '')) return true;
  return next.lower === 'to' && (tagsOfLower(words[j + 1]?.lower ?? '')?.includes('VB') ?? false);
}

/** A past or present form of "say" or "tell" within the three words after word `i`: the sentence's own verb coming up ("feared retaliation said …"). */
function sayingSoonAfter(words: readonly Word[], i: number): boolean {
  for (let n = i + 2; n <= i + 4 && n < words.length; n++) if (/^(?:said|says|told|tells)$/u.test((words[n] as Word).lower)) return true;
  return false;
}

/** A lower-case word the lexicon reads first as a verb, not an auxiliary or a form of "be": "ignored", "say". */
function isPlainVerb(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower || AUX_WORDS.has(w.lower) || /^(?:be|been|being|am)$/u.test(w.lower)) return false;
  return tagsOfLower(w.lower)?.[0]?.startsWith('VB') ?? false;
}

/** Verbs that put a question: their whether- or if-clause asserts nothing. */
const ASKING = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questioned|inquired|enquired)$/u;

/**
 * Whether word `i` stands in a whether- or if-clause a verb of asking governs, with no mark between:
 * "asked whether the company would consider …", "wondered if voters want …".
 */
function insideAskedQuestion(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
    const w = words[k] as Word;
    if (isMark(w.text, ',;:()—–')) return false;
    if (w.lower !== 'whether' && w.lower !== 'if') continue;
    for (let a = k - 1; a >= 0 && a >= k - 8; a--) {
      const x = words[a] as Word;
      if (isMark(x.text, ',;:()—–')) return false;
      if (ASKING.test(x.lower)) return true;
    }
    return false;
  }
  return false;
}

/**
 * "recalls 90,000 sets over choking risk", "is recalling about 2 million cars": a number of things as
 * the object of "recall" and no clause after it.
 */
function recallsGoods(words: readonly Word[], i: number): boolean {
  let n = i + 1;
  if (/^(?:about|nearly|almost|roughly|some|over|around)$/u.test(words[n]?.lower ?? '')) n++;
  if (!isNumberWord(words[n])) return false;
  for (let j = n + 1; j < words.length && j <= n + 8; j++) {
    const w = words[j] as Word;
    // ("recalling 1.2 million units after reports that …": a reason or time after the goods ends
    // them; not "recalled 30 men in his unit had died")
    if (isMark(w.text, ',;:()—–') || /^(?:after|following|because|amid|over|due|since)$/u.test(w.lower)) break;
    if (AUX_WORDS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower))) return false;
    // ("30 men from his unit dying": an -ing form after a noun; "40,000 stacking sets" modifies one)
    if (w.lower.endsWith('ing') && /^NNS?$/u.test(tagsOfLower(words[j - 1]?.lower ?? '')?.[0] ?? '')) return false;
  }
  return true;
}
