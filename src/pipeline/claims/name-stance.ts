import type { ClaimCandidate } from './context.js';

/** Forms of the verbs of support whose object, a name alone, is the position taken. */
const SUPPORT_FORMS = /^(?:back|backs|backed|backing|support|supports|supported|supporting|oppose|opposes|opposed|opposing|endorse|endorses|endorsed|endorsing|favor|favors|favored|favoring|favour|favours|favoured|favouring)$/u;

/** A source that is a relative pronoun: "a delegate who supports Vey" describes the delegate. */
const RELATIVE = /^(?:who|whom|which|that|whose)$/iu;

/**
 * "34,000 voters supported Ortiz", "most union members favored Vey": a verb of support whose whole
 * object is one capitalised name states which side its subject took, though the content is one
 * word (one word of content otherwise says nothing checkable: "talks stalled", "rejected that").
 * Needs a source that is no relative pronoun ("a delegate who supports Vey" only describes the
 * delegate) and a name, not a pronoun or a lower-case noun ("supported it", "opposed deportation").
 */
export function nameStance(text: string, c: ClaimCandidate): boolean {
  if (!c.source || !SUPPORT_FORMS.test(text.slice(c.cue.start, c.cue.end).toLowerCase())) return false;
  // the source as found may be the relative pronoun's antecedent: "who" stands just before the cue
  const before = text.slice(Math.max(c.source.start, c.cue.start - 40), c.cue.start).trim().split(/\s+/u).slice(-3);
  if (RELATIVE.test(text.slice(c.source.start, c.source.end).trim()) || before.some((w) => RELATIVE.test(w))) return false;
  const content = text.slice(c.start, c.end);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(content) && !/^(?:This|That|These|Those|Them|Him|Her|Its|Their)$/u.test(content);
}
