import { phraseEnd, trimRange } from './boundaries.js';
import type { SentenceContext } from './context.js';
import type { Word } from './words.js';

/**
 * `CONTENT, first reported by X, …` (rule `reported-by`): the outlet reported the event the
 * sentence opens with; pushes what it finds onto `ctx.claims`.
 *
 * Does not handle a passive with no comma before it (`the deal was reported by CNN`), nor
 * `reported` as an active cue (`CNN reported that …`: `subject-verb.ts`).
 */
export function reportedByClaims(ctx: SentenceContext): void {
  const { text, words, claims: out } = ctx;
  const at = (i: number): Word | undefined => words[i];
  // "The meeting in Caracas, first reported by CNN, was notable …": the outlet reported the event
  for (let i = 1; i + 2 < words.length; i++) {
    if (at(i)?.lower !== 'reported' || at(i + 1)?.lower !== 'by') continue;
    let c = i - 1;
    if (/^(?:first|originally|earlier|previously|also|initially|exclusively)$/u.test(at(c)?.lower ?? '')) c--;
    const comma = at(c);
    const first = at(0);
    if (!comma || comma.text !== ',' || c < 1 || !first) continue;
    const sourceStart = at(i + 2)?.start ?? 0;
    const source = trimRange(text, { start: sourceStart, end: phraseEnd(ctx, i + 2) });
    const content = trimRange(text, { start: first.start, end: comma.start });
    out.push({ ...content, cue: { start: at(c + 1)?.start ?? 0, end: at(i + 1)?.end ?? 0 }, source, relayedBy: null, rule: 'reported-by' });
  }
}
