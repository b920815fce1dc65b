import { entityAt, type EntityIndex } from './entities.js';
import { personHead } from './phrase-kind.js';
import { phraseForward } from './phrase-forward.js';
import { indexAt, type Segmentation } from './segment.js';
import { phraseBackward, verbAt, type SubjectPhrase } from './subject-phrase.js';
import { tokenize } from './tokens.js';

/**
 * "KCNA reported that Kim Jong Un had guided what it called a test of …", "The military said it had
 * struck targets, including militants who it said were preparing …": a pronoun that is the subject
 * of a relative clause of saying ("what it called", "who it said") inside what a reporting verb
 * reports stands for that verb's own subject, the one whose report names and qualifies the thing.
 * Returns that subject phrase, or null when the pronoun stands in no such clause.
 */
export function reporterOfRelative(text: string, index: EntityIndex, seg: Segmentation, pronoun: SubjectPhrase): SubjectPhrase | null {
  const form = pronoun.text.toLowerCase();
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, pronoun.start - 8), pronoun.start))) return null;
  if (!SAYING_AFTER.test(text.slice(pronoun.end, pronoun.end + 30))) return null;
  const sentence = seg.sentences[indexAt(seg.sentences, pronoun.start)];
  if (!sentence || sentence.start >= pronoun.start) return null;
  const toks = tokenize(text, sentence.start, pronoun.start);
  // the relative itself, then the reporting verb nearest before it whose subject is read off the
  // words before it (a quotation inside the report does not end it: "said it had struck “…”, including")
  for (let v = toks.length - 2; v >= 0; v--) {
    const t = toks[v];
    if (!t) continue;
    // (a full stop, a colon or a semicolon ends the clause the report runs in)
    if (/^[;:]$/u.test(t.text)) return null;
    if (!verbAt(toks, v) || /ing$/u.test(t.text) || RELATIVE_WORD.test(toks[v - 1]?.text ?? '')) continue;
    // ("what Ann Lee called": the verb of another such relative is no report the pronoun is inside)
    if (RELATIVE_WORD.test(toks[v - 2]?.text ?? '') && toks[v - 1]?.kind === 'word') continue;
    const subject = phraseBackward(text, toks, v);
    // (a pronoun of another form is someone else: "she said they had …, which he called")
    if (!subject || (subject.kind === 'pronoun' && subject.text.toLowerCase() !== form)) return null;
    // "The ministry said the army had struck what it called …", "Aides said Trump had attacked what
    // he called …": the reported clause's own subject may be the one calling, when it fits the pronoun
    const c = toks[v + 1]?.text === 'that' ? v + 2 : v + 1;
    const inner = phraseForward(text, toks, c);
    return inner && mayBeCaller(index, inner, form) ? null : subject;
  }
  return null;
}

/** Whether the reported clause's subject `inner` could be what the pronoun (of form `form`) stands for. */
function mayBeCaller(index: EntityIndex, inner: SubjectPhrase, form: string): boolean {
  if (inner.kind === 'pronoun') return false;
  const entity = entityAt(index, inner.end - 1);
  const head = /([\p{L}-]+)[^\p{L}]*$/u.exec(inner.text)?.[1]?.toLowerCase() ?? '';
  const person = entity ? entity.type === 'person' : personHead(head);
  if (form === 'it' || form === 'they') return !person;
  const gender = entity?.gender ?? null;
  return person && (gender === null || gender === (form === 'he' ? 'm' : 'f'));
}

// the relative right before the pronoun: "what it", "who it", "which they"
const RELATIVE_BEFORE = /\b(?:what|who|whom|which|that)\s+$/iu;
const RELATIVE_WORD = /^(?:what|who|whom|which|that)$/iu;
// and the verb of saying or naming right after it: "called", "said were", "described as"
const SAYING_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:called|calls|termed|terms|dubbed|dubs|described|describes|said|says|claimed|claims|alleged|alleges|labelled|labeled|branded)\b/u;
