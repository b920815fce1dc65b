import { phraseEnd } from './boundaries.js';
import { isAbsolutePhrase, wordsAreAdjunct } from './adjunct-words.js';
import { trimRange } from './trim.js';
import { MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { REPORTING_VERB_FORMS, SAYING_NOUNS } from '../speech-lexicons.js';
import { DOCUMENT_NOUNS } from '../source-lexicons.js';
import { WHEN_CAPITALISED } from '../phrase-words.js';
import { cueKindOf } from '../cue-kinds.js';
import { NEEDS_THAT } from './lexicon.js';
import { subjectBefore } from './subject.js';
import { isApposedDescription } from './apposed-description.js';
import { appositionName } from './sentence-subject.js';
import { ADJUNCT_HEAD, FINITE_START, OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, findWithin, type Word } from './words.js';

/**
 * `CONTENT, X said [adjuncts].` and `CONTENT, said X.`: the verb sits after a comma near the end
 * with a short subject, and nothing but adjuncts follows it.
 *
 * Does not handle a verb of the `needs-that` section, nor a verb with a complement after it
 * (`…, Trump said Friday that …`: `subject-verb.ts`).
 */
export function tailClaim(ctx: SentenceContext, v: number, base: string): ClaimCandidate | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb || (NEEDS_THAT.has(base) && !findingTail(words, v, base, sentenceEnd))) return null;
  // "…, about 1,000 more than expected", "…, as predicted": a comparison with what was foreseen, no speaker
  if (/^(?:than|as)$/u.test(words[v - 1]?.lower ?? '')) return null;
  // "…, the jury was told.", "…, reporters were told": the subject of a passive "told" is who
  // heard it, never who said it
  // ("…, the jury was told by prosecutor Jane Doe": the agent after "by" is who said it)
  if (verb.lower === 'told' && /^(?:is|are|was|were|been|being)$/u.test(words[v - 1]?.lower ?? '')) return toldByAgent(ctx, v);
  // "Its owner, Philip Dunn, is expected to testify": any other passive has no speaker for a subject
  // (its subject is what is expected), so the words before the comma are no content of his
  // ("…, he was criticized by libertarians": an agent after "by" still says who spoke)
  if (/^(?:is|are|was|were|been|being|be)$/u.test(words[v - 1]?.lower ?? '') && /(?:ed|en)$/u.test(verb.lower) && words[v + 1]?.lower !== 'by') return null;
  // what follows the verb must be an adjunct, not a complement ("…, Trump said Friday, after …")
  const next = words[v + 1];
  // "Former councillor lied about expenses, jury told": "told" takes its listener, so one closing
  // the clause with nothing after it is a headline's passive ("the jury was told")
  if (verb.lower === 'told' && (!next || next.start >= sentenceEnd)) return null;
  const adjunctAfter = !next || next.start >= sentenceEnd || ADJUNCT_HEAD.test(next.text) || listenerEnds(ctx, v);

  // inverted: "CONTENT, said Maduro." / "CONTENT, says a new poll."
  // ("…, its director, Sam Whitaker, told the Gazette": "told" is followed by its listener, never its speaker)
  // ("…, an accountant, Graham Pike, showed them to him": an object pronoun is never the speaker)
  // Only verbs of saying and of evidence invert ("…, argues Ms. Lee", "…, finds a new study"); after
  // "support", "consider" or "advocated" the next word is the verb of the writer's own clause
  // ("…, support grew", "…, consider the costs").
  // (a verb whose object is a target inverts only before a name: "…, criticised union leader Ann
  // Berg", never "Company posts loss, blames weather")
  const targetNamed = !TARGETING.has(base) || [1, 2, 3].some((n) => /^\p{Lu}/u.test(words[v + n]?.text ?? '') && (words[v + n]?.start ?? sentenceEnd) < sentenceEnd);
  if (words[v - 1]?.text === ',' && next && targetNamed && invertible(verb.lower, base) && !/^(?:that|to|in|on|at|of|with|for|by|,)$/iu.test(next.text) && !SUBJECT_PRONOUNS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower) && !/^(?:told|tells|tell)$/u.test(verb.lower)) {
    // "…, in what Jo Baker, a Reagan aide, called “hand-to-hand combat.”": a quotation after the
    // verb is what was said, never who said it
    if (/["“‘]/u.test(text.slice(verb.end, next.start + 1))) return null;
    const commaAt = v - 1;
    // "…, said several observers." — a short source that ends the sentence (or its clause)
    const srcEnd = shortSourceEnd(ctx, v + 1);
    if (srcEnd < 0) return null;
    // "…, whose chairman, Owen Hale, said the rise was unfair": a clause after the verb is its content, not its speaker
    for (let k = v + 1; k < words.length && (words[k]?.start ?? srcEnd) < srcEnd; k++) if (FINITE_START.test(words[k]?.lower ?? '')) return null;
    const start = s.start;
    const end = words[commaAt]?.start ?? verb.start;
    if (end - start > MAX_LOOKBACK_CHARS * 4) return null;
    // "Reyes, 34, showed no emotion", "Vance, the club's owner, gave no reason": the comma closes an
    // apposition to the sentence's subject, whose own verb follows; nothing is reported
    const apposed = APPOSED_SUBJECT.test(text.slice(start, end));
    if (!apposed && end - start >= 8 && commaAt > 1 && quoteShare(ctx, { start, end }) < QUOTATION_SHARE) {
      return {
        ...trimRange(text, { start, end }),
        cue: { start: verb.start, end: verb.end },
        source: trimRange(text, { start: next.start, end: srcEnd }),
        relayedBy: null,
        rule: 'tail-inverted',
      };
    }
  }
  if (!adjunctAfter) return null;
  // "CONTENT, its director, Sam Whitaker, told the Gazette.": a role and its holder's name
  const described = describedTailSubject(words, v);
  // "CONTENT, X said." — find the comma before the subject
  const subject = described?.subject ?? subjectBefore(ctx, v);
  if (!subject) return null;
  // "…, a charge the authority denies", "…, a figure the ministry disputes": a noun with a relative
  // clause of its own after the comma; the verb is the relative's and says nothing of the sentence
  if (CONTACT_RELATIVE.test(text.slice(subject.start, subject.end))) return null;
  // "Tim Cook, speaking on the company's earnings call in January, said": a participle of speaking
  // opens an aside about the occasion, never a speaker ("call" there is a noun)
  if (/^(?:speaking|talking|writing|appearing)\s/u.test(text.slice(subject.start, subject.end))) return null;
  let c = described ? described.comma : v - 1;
  while (!described && c >= 0 && (words[c]?.start ?? 0) >= subject.start) c--;
  const comma = words[c];
  if (!comma || !isMark(comma.text, ',—–') || c < 2) return null;
  // "…, a claim Israel rejected", "…, an account that the ministry disputes": a noun for what was
  // said, then a relative clause on it; its verb denies or weighs the claim, and its subject is
  // not the claim's speaker
  if (nounOfSayingBefore(words, c, subject.start)) return null;
  // "He is tireless in giving interviews — he talks to everyone — and is …": a clause between two
  // dashes is an aside inside the sentence, not a tail that reports what came before it
  if (comma.text !== ',' && findWithin(words, v, words.length, (w) => w.start < sentenceEnd && w.text === comma.text) > 0) return null;
  if (comma.start - s.start > MAX_LOOKBACK_CHARS * 4) return null;
  const range = trimRange(text, { start: s.start, end: comma.start });
  if (range.end - range.start < 8 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  // "In light of the latest information, she added.": an adjunct alone is no content
  if (wordsAreAdjunct(words, 0, c - 1) || isAbsolutePhrase(words, 0, c - 1)) return null;
  // "Her press secretary, Nia Fulton, told reporters …": the words before the name describe it
  if (!described && isApposedDescription(text.slice(range.start, range.end), words[v - 1]?.text === ',' && subject.end <= (words[v - 1] as Word).start)) return null;
  // "Asked whether talks would resume, Leclerc told the BBC: …": the question put to the subject,
  // not what the subject said (its own rule reads it)
  if (/^(?:asked|pressed|questioned)$/iu.test(words[0]?.text ?? '')) return null;
  return { start: range.start, end: range.end, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'tail' };
}

/**
 * Whether the words after the comma at `c` and before the subject starting at `subjectStart` are a
 * determiner and a noun naming what was said (`a claim`, `an account that`), so that the subject
 * and its verb make a relative clause on that noun.
 */
function nounOfSayingBefore(words: readonly Word[], c: number, subjectStart: number): boolean {
  const det = words[c + 1];
  const noun = words[c + 2];
  if (!det || !noun || !/^(?:a|an|the|this|that)$/u.test(det.lower) || !SAYING_NOUNS.has(noun.lower)) return false;
  // the relative's subject: the subject found, or a name inside it ("a claim Israel" read as one phrase)
  const next = words[c + 3];
  if (!next) return false;
  if (next.start === subjectStart || (next.lower === 'that' && words[c + 4]?.start === subjectStart)) return true;
  // ("…, a statement Friday said": a day after the noun is when it was said, and the noun the subject)
  return det.start === subjectStart && /^\p{Lu}/u.test(next.text) && !WHEN_CAPITALISED.test(next.text);
}


/**
 * `CONTENT, the jury was told by prosecutor Jane Doe.`: a passive "told" whose agent after "by"
 * closes the sentence; the agent is the speaker, the words before the listener's comma the content.
 */
function toldByAgent(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const by = words[v + 1];
  const first = words[v + 2];
  if (by?.lower !== 'by' || !first || first.start >= sentenceEnd) return null;
  const srcEnd = shortSourceEnd(ctx, v + 2);
  if (srcEnd < 0) return null;
  // the comma before the listener ("…, the jury was told"), at most four words back
  let c = v - 2;
  while (c > 0 && v - c <= 5 && words[c]?.text !== ',') c--;
  const comma = words[c];
  if (!comma || comma.text !== ',' || c < 2) return null;
  const range = trimRange(text, { start: s.start, end: comma.start });
  if (range.end - range.start < 8 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  return { start: range.start, end: range.end, cue: { start: (words[v] as Word).start, end: (words[v] as Word).end }, source: trimRange(text, { start: first.start, end: srcEnd }), relayedBy: null, rule: 'tail' };
}

/** Where the source phrase starting at word `k` ends, when it is short (six words at most), else -1. */
function shortSourceEnd(ctx: SentenceContext, k: number): number {
  const { words } = ctx;
  const end = phraseEnd(ctx, k);
  let n = 0;
  for (let j = k; j < words.length && (words[j]?.end ?? 0) <= end; j++) if (++n > 6) return -1;
  return end;
}

/** A verb that may come before its subject: one of saying, or one of evidence ("shows", "found"). */
/**
 * "…, the study found.", "…, researchers found.", "…, the audit discovered.": a verb of finding
 * closing the sentence after a document or the people who did the research; it needs "that" only
 * before its content ("found the keys" reports nothing).
 */
function findingTail(words: readonly Word[], v: number, base: string, sentenceEnd: number): boolean {
  if (base !== 'find' && base !== 'discover') return false;
  const next = words[v + 1];
  if (next !== undefined && next.start < sentenceEnd) return false;
  const head = words[v - 1]?.lower ?? '';
  return DOCUMENT_NOUNS.has(head) || RESEARCHERS.has(head);
}

/** The people who did a study or an inquiry, as a tail's subject: "…, researchers found". */
const RESEARCHERS: ReadonlySet<string> = new Set(['researchers', 'scientists', 'investigators', 'authors', 'auditors', 'inspectors', 'analysts', 'economists', 'experts', 'reviewers', 'scholars', 'epidemiologists']);

function invertible(form: string, base: string): boolean {
  return REPORTING_VERB_FORMS.has(form) || (form !== base && cueKindOf(base) === 'evidence');
}

/** Verbs whose object is a target, an inverted speaker only when named: "Company posts loss, blames weather". */
const TARGETING: ReadonlySet<string> = new Set(['blame', 'accuse', 'criticise', 'criticize', 'slam', 'attack', 'praise', 'thank', 'condemn', 'denounce', 'reject', 'welcome', 'back', 'support', 'hail', 'fault', 'target', 'sue']);

/**
 * `…, its director, Sam Whitaker, told …`, `…, the group's lawyer, Ana Ruiz, said.`: before the
 * verb at `v`, a name set off by commas after a short description opened by a determiner or
 * possessive. The name is the subject; `comma` is the index of the comma that ends the content.
 */
export function describedTailSubject(words: readonly Word[], v: number): { subject: { start: number; end: number }; comma: number } | null {
  if (words[v - 1]?.text !== ',') return null;
  let n = v - 2;
  while (n >= 0 && v - 2 - n < 5 && words[n]?.text !== ',') n--;
  if (words[n]?.text !== ',') return null;
  const named = appositionName(words, n + 1, v - 2);
  if (named !== n + 1) return null;
  let c = n - 1;
  while (c >= 0 && n - c <= 6 && words[c]?.text !== ',') c--;
  const opener = words[c + 1];
  if (words[c]?.text !== ',' || !opener || !(/^(?:its|his|her|their|our|the|a|an)$/iu.test(opener.text) || /^\p{Lu}\p{L}*[’']s$/u.test(opener.text)) || c < 2) return null;
  return { subject: { start: (words[n + 1] as Word).start, end: (words[v - 2] as Word).end }, comma: c };
}

/** A name or a definite noun, then a comma and an age or a described apposition: a subject, no content. */
const APPOSED_SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?),\s*(?:\d{1,3}|(?:a|an|the|his|her|their|its|\p{Lu}\p{L}*[’']s)\s[^,;:"“”]{1,60})$/u;

/** People a statement is told to: "told his advisers", "told the court", "told a crowd". */
const LISTENER_NOUNS: ReadonlySet<string> = new Set([
  'advisers', 'advisors', 'aides', 'staff', 'colleagues', 'supporters', 'donors', 'voters', 'lawmakers', 'reporters', 'journalists',
  'court', 'judge', 'jury', 'committee', 'panel', 'board', 'council', 'crowd', 'audience', 'students', 'workers', 'members', 'employees', 'interviewer', 'newspaper', 'paper',
  'jurors', 'analysts', 'investigators', 'legislators', 'senators', 'delegates', 'residents', 'parents', 'officials', 'investors',
]);

/** Listeners named by a bare plural or a pronoun: "told jurors", "told analysts", "told reporters", "told them". */
const BARE_LISTENERS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', ...[...LISTENER_NOUNS].filter((n) => n.endsWith('s'))]);

/** An article and a noun or two, then a second determiner opening the relative clause's subject. */
// (a preposition between is no relative: "…, a spokesman for the company said", "…, an official at the ministry said")
const CONTACT_RELATIVE = /^(?:a|an|the|this|that)\s+[\p{L}-]+(?:\s+(?!(?:for|at|of|in|on|with|from|to|by|near|inside|within|among|about|under|behind|across)\s)[\p{L}-]+)?\s+(?:the|a|an|his|her|its|their|our)\s/iu;

/**
 * `…, officials told WOSU.`, `…, she told reporters on Monday.`: after "told" the listener (a name,
 * an outlet, reporters) and adjuncts end the sentence, so the verb takes no content of its own.
 */
export function listenerEnds(ctx: SentenceContext, v: number): boolean {
  const { words, sentenceEnd } = ctx;
  if (!/^(?:told|tells)$/u.test(words[v]?.lower ?? '')) return false;
  let k = v + 1;
  // "told his closest advisers", "told the court", "told a crowd in Ohio": a listener described
  if (/^(?:the|a|an|his|her|their|its|our)$/u.test(words[k]?.lower ?? '')) {
    let n = k + 1;
    while (n < k + 3 && words[n] !== undefined && /^\p{Ll}+$/u.test((words[n] as Word).text) && !LISTENER_NOUNS.has((words[n] as Word).lower)) n++;
    const noun = words[n];
    if (noun && LISTENER_NOUNS.has(noun.lower)) {
      const after = words[n + 1];
      return !after || after.start >= sentenceEnd || ADJUNCT_HEAD.test(after.text);
    }
  }
  if (words[k]?.lower === 'the') k++;
  const first = words[k];
  if (!first || !(/^\p{Lu}/u.test(first.text) || BARE_LISTENERS.has(first.lower))) return false;
  while (k < words.length && (words[k] as Word).start < sentenceEnd && /^\p{Lu}/u.test((words[k] as Word).text)) k++;
  if (k === v + 1 || words[k - 1] === undefined) k = Math.max(k, v + 2);
  const after = words[k];
  return !after || after.start >= sentenceEnd || ADJUNCT_HEAD.test(after.text);
}
