import { cueKindOf } from '../cue-kinds.js';
import { firstIndexAfter, type TextRange } from '../segment.js';
import type { ClaimCandidate } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { opensFiniteClause } from './subject-verb.js';
import { tagsOf } from './verbless.js';
import { AUX_WORDS, CLAUSE_OPENERS, CONTENT_PREPOSITIONS, DETERMINER, PREPOSITIONS } from './word-classes.js';
import { isMark, wordAt, type Word } from './words.js';

/**
 * A relative clause whose gap lies in a clause a cue reports: `the fees, which the mayor said would
 * rise`, `adapt to what she said is growing demand`, `a finish that he said defied expectations`.
 * The pronoun stands for a part of what was said (the reported clause's subject or object), so it
 * is a piece of the content: the claim becomes two pieces of one group, the pronoun and the clause
 * after the cue (`which` … `would rise`), as a quotation split by its attribution is. The
 * antecedent before the pronoun stays outside, where the article puts it.
 *
 * Left as they were: a pronoun after a preposition (`in which he said …`: its gap is an adjunct,
 * and the content has all its parts); a pronoun that is the cue's own object, with no clause after
 * the cue (`whom critics accused of …`, `which the mayor plans to rebuild`: read from the
 * antecedent); a `that` that may be a complementizer (`argued that voters said …`); a pronoun
 * inside another claim's span (`criticized what she called the rhetoric`: the whole object is
 * that claim's content).
 */
export function relativePronounPieces(text: string, words: readonly Word[], claims: ClaimCandidate[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  // made on the first pronoun: a run-on sentence of thousands of claims is not searched once a claim
  // (both kinds of pronoun stand before their claim's start, so a claim holding one is another claim)
  let heldByAnother: ((r: TextRange) => boolean) | undefined;
  for (const c of claims) {
    const pronoun = pronounBefore(text, words, c) ?? passiveSubject(words, c);
    if (!pronoun || (heldByAnother ??= heldByAny(claims))(pronoun)) {
      out.push(c);
      continue;
    }
    const rest: ClaimCandidate = { ...c };
    delete rest.antecedent;
    out.push({ start: pronoun.start, end: pronoun.end, cue: c.cue, source: c.source, relayedBy: null, rule: c.rule }, rest);
  }
  return out;
}

/** Whether some claim's span holds a range: of the claims starting at or before it, the furthest end reaches its end. */
function heldByAny(claims: readonly ClaimCandidate[]): (r: TextRange) => boolean {
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const starts = byStart.map((c) => c.start);
  const furthest: number[] = [];
  let end = -1;
  for (const c of byStart) furthest.push((end = Math.max(end, c.end)));
  return (r) => {
    const n = firstIndexAfter(starts, r.start);
    return n > 0 && (furthest[n - 1] as number) >= r.end;
  };
}

/** The relative pronoun right before the claim's source whose gap is in the claim's content, or null. */
function pronounBefore(text: string, words: readonly Word[], c: ClaimCandidate): Word | null {
  // the content follows its cue: "which he said were …", not "…, which he said"
  if (c.rule !== 'svc' || !c.source || c.start < c.cue.end) return null;
  // a verb of intention takes an infinitive, not a clause ("a tax plan would …": a noun, no cue)
  if (cueKindOf(text.slice(c.cue.start, c.cue.end)) === 'intention') return null;
  const s = wordAt(words, c.source.start);
  if (s < 1) return null;
  const pronoun = words[s - 1] as Word;
  if (!RELATIVES.has(pronoun.lower)) return null;
  const before = words[s - 2];
  const first = words[wordAt(words, c.start)];
  if (!first) return null;
  // "the issues that it decides – has become …": a clause the cue's content does not follow at once
  if (/[,;:()—–]|\s-\s/u.test(text.slice(c.source.end, c.start))) return null;
  // "in which he said …", "to whom she wrote …": the gap is the preposition's object, an adjunct
  // ("adapt to what she said is …": a free relative is the preposition's object, and keeps its gap)
  if (pronoun.lower !== 'what' && before && PREPOSITIONS.has(before.lower)) return null;
  // the content is a clause the pronoun is a part of: its subject ("which the probe said were
  // covered up") or its object ("which he said he would sign"); a cue's own object stays with its
  // antecedent ("Whitfield, whom critics accused of ignoring the floods", "the wall, which the mayor
  // plans to rebuild": the claim reads from the antecedent, as "accused Whitfield of …" does)
  const k = wordAt(words, c.start);
  if (!(AUX_WORDS.has(first.lower) || finiteVerb(first) || opensFiniteClause(words, k))) return null;
  if (pronoun.lower === 'that' && !relativeThat(before, words[s - 3], first)) return null;
  if (pronoun.lower === 'what' && !freeRelative(words, s - 2)) return null;
  return pronoun;
}

/**
 * `The board, which is widely seen as loyal to the mayor`, `Whitfield, who is expected to run`: the
 * relative pronoun as the subject of an agentless passive or of a verb of seeming, right before its
 * auxiliaries. As the subject of such a cue is a piece of its own (`The treasurer` … `as a careful
 * steward`), so is the pronoun that stands for it.
 */
function passiveSubject(words: readonly Word[], c: ClaimCandidate): Word | null {
  if (c.antecedent === undefined || c.source !== null || c.start < c.cue.end) return null;
  let r = wordAt(words, c.cue.start) - 1;
  while (r > 0 && /^(?:is|are|was|were|be|been|being|has|have|had|also|not|\p{L}+ly)$/u.test(words[r]?.lower ?? '')) r--;
  const pronoun = words[r];
  if (!pronoun || !/^(?:which|who)$/u.test(pronoun.lower) || r === wordAt(words, c.cue.start) - 1 && !SEEMING_FORM.test(words[r + 1]?.lower ?? '')) return null;
  return isMark(words[r - 1]?.text ?? '', ',—–') ? pronoun : null;
}

const SEEMING_FORM = /^(?:seem|appear)/u;

/**
 * Whether `that` before a clause's subject is a relative pronoun: after a noun (`a finish that he
 * said defied …`, `the rules that the governor said would …`), before content that lacks its
 * subject, so that it cannot be a complementizer (`noted that the council has …` keeps its subject).
 * Not after a conjunction, an adverb or an adjective of stance (`now that`, `such that`, `hardly
 * surprising that`).
 */
function relativeThat(before: Word | undefined, determiner: Word | undefined, first: Word): boolean {
  if (!before || !(AUX_WORDS.has(first.lower) || finiteVerb(first))) return false;
  const w = before.lower;
  if (before.text !== w || !/^\p{Ll}+$/u.test(w)) return false;
  // a cue word is a noun only after a determiner ("the rules that …", not "hardly surprising that …")
  if (CUE_FORMS.has(w) && !DETERMINER.test(determiner?.lower ?? '')) return false;
  return !AUX_WORDS.has(w) && !PREPOSITIONS.has(w) && !CLAUSE_OPENERS.has(w) && !w.endsWith('ly') && !NOT_NOUNS.has(w);
}

/**
 * Whether a free relative `what` (word `w + 1`, before a clause its cue reports) is no part of a
 * larger content: not after a verb of speaking, nor after the preposition such a verb takes
 * (`saying what he believed was right`, `focused on what they said was …`: the whole phrase is that
 * verb's content), nor after a conjunction (`whether what he proposes is …`).
 */
function freeRelative(words: readonly Word[], w: number): boolean {
  const before = words[w];
  if (!before) return true;
  if (CLAUSE_OPENERS.has(before.lower)) return false;
  if (CUE_FORMS.has(before.lower)) return false;
  const verb = words[w - 1];
  const takes = CONTENT_PREPOSITIONS.get(before.lower);
  return !(verb && takes && takes !== 'any' && stems(verb.lower).some((b) => takes.has(b)));
}

/** The base forms a verb form may have: "focused" → focus, "railing" → rail, "argues" → argue. */
function stems(form: string): string[] {
  return [form, form.replace(/ed$/u, ''), form.replace(/d$/u, ''), form.replace(/ing$/u, ''), form.replace(/ing$/u, 'e'), form.replace(/e?s$/u, ''), form.replace(/s$/u, ''), form.replace(/ied$/u, 'y')];
}

/** A lower-case word the lexicon lists first as a verb, and as a finite form: "spur", "proves", "led" (not "the"). */
function finiteVerb(w: Word): boolean {
  const tags = w.text === w.lower ? (tagsOf(w.lower) ?? []) : [];
  return (tags[0] ?? '').startsWith('VB') && tags.some((t) => t === 'VBP' || t === 'VBZ' || t === 'VBD');
}

const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'what', 'that']);

// words before "that" that make it a conjunction or a complementizer, not a relative after a noun
const NOT_NOUNS: ReadonlySet<string> = new Set(['now', 'such', 'except', 'not', 'be', 'been', 'being']);
