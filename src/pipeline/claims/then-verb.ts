import type { TextRange } from '../segment.js';
import type { SentenceContext } from './context.js';
import { firstVerbSubject } from './subject.js';

/**
 * "The mayor thanked the crowd, then said she would run again", "…, and then pointed out that …":
 * a verb after ", then" (or ", and then") is coordinated with the sentence's first verb and shares
 * its subject. Returns that subject, or null when the cue at `v` stands elsewhere or the sentence's
 * first verb has none before any punctuation ("If they lose, then we said …" opens with a clause).
 */
export function thenVerbSubject(ctx: SentenceContext, v: number): TextRange | null {
  const { words } = ctx;
  if (words[v - 1]?.lower !== 'then') return null;
  const comma = words[v - 2]?.lower === 'and' ? v - 3 : v - 2;
  if (words[comma]?.text !== ',') return null;
  // the first clause holds no subordinator before its comma ("If prices rise, then …")
  if (/^(?:if|when|once|as|because|since|unless|until|after|before|while)$/iu.test(words[0]?.text ?? '')) return null;
  return firstVerbSubject(ctx, comma, false);
}
