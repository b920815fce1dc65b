import { trimRange } from './trim.js';
import type { ClaimCandidate } from './context.js';
import { wordAt, type Word } from './words.js';

/**
 * `Ortiz said, “We’ll see,” when asked whether she would run`, `He told the council when asked
 * about the budget: …`: a "when asked" clause is an adjunct of the reporting verb, a question put
 * to the speaker, not a part of what the speaker said. The content of a claim that holds one
 * ends before it, and the question stays a claim of its own (its cue is then no longer inside
 * another claim's content). A content that was nothing but that clause goes.
 */
export function cutAtAskedAdjunct(text: string, words: readonly Word[], claims: ClaimCandidate[]): ClaimCandidate[] {
  const opens = claims.filter((q) => q.rule === 'participle' && /^asked$/iu.test(text.slice(q.cue.start, q.cue.end))).map((q) => words[wordAt(words, q.cue.start) - 1]).filter((w): w is Word => w !== undefined && /^(?:when|once|if)$/u.test(w.lower));
  if (opens.length === 0) return claims;
  const out: ClaimCandidate[] = [];
  for (const c of claims) {
    const at = opens.find((w) => w.start > c.start && w.start < c.end && c.cue.end <= w.start);
    if (!at) {
      out.push(c);
      continue;
    }
    const kept = trimRange(text, { start: c.start, end: at.start });
    const rest = text.slice(kept.start, kept.end).replace(/[\s,;:—–-]+$/u, '');
    if (rest.length >= 2) out.push({ ...c, end: kept.start + rest.length });
  }
  return out;
}

/**
 * `Asked about his paid speeches, the campaign said …`: the topic of a question put is the question's
 * content, a noun phrase though it is (what the answer is about, not a claim to check).
 */
export function isQuestionPut(text: string, c: ClaimCandidate): boolean {
  return c.rule === 'participle' && /^asked$/iu.test(text.slice(c.cue.start, c.cue.end));
}

/**
 * The topic of a question put that only points at something: a name, with its title and a party
 * tag in parentheses ("Sen. Ana Ruiz (D-Ore.)"), a pronoun ("it", "them"), or a demonstrative or
 * "the" and one noun ("the remarks", "that report"). What the question is about is then all it
 * says; "his paid speeches in the last race" or "raising taxes" says more, and stays.
 */
export function isPointerTopic(topic: readonly Word[]): boolean {
  const words = topic.filter((w) => w.text !== '.');
  if (words.length === 0) return false;
  if (words.length === 1 && /^(?:it|them|him|her|that|this|those|these)$/u.test(words[0]?.lower ?? '')) return true;
  if (words.length === 2 && /^(?:the|that|this|those|these)$/u.test(words[0]?.lower ?? '') && /^\p{Ll}+$/u.test(words[1]?.text ?? '')) return true;
  let inTag = false;
  for (const w of words) {
    if (w.text === '(' || w.text === ')') inTag = w.text === '(';
    else if (!inTag && !/^\p{Lu}[\p{L}.’'-]*$/u.test(w.text)) return false;
  }
  return true;
}
