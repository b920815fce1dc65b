import { frontedContent } from './according-to.js';
import { candidate, type SentenceContext } from './context.js';
import { isMark, findWithin, type Word } from './words.js';

/** Nouns of opinion that, with a possessor after "in", frame the clause after them as that holder's view. */
const OPINION_NOUNS = /^(?:view|opinion|estimation|judgment|judgement|assessment|telling|reckoning)$/u;

/**
 * A fronted opinion frame (rule `according-to-front`, cue the opinion noun): "In their view, Democrats could
 * pick off …", "In Professor Ruiz's opinion, the fund is safe", "In the view of many economists,
 * …". The clause after the comma is the holder's, as `According to X, …` would make it; the holder
 * is the possessor (`their`, `Professor Ruiz's`) or the `of` phrase. `But`/`And` may open the
 * sentence.
 *
 * Does not handle the frame set off inside or after the clause (`…, in Ruiz's view, would be …`),
 * nor a clause after it that holds a reporting verb of its own (`In her view, the agency said …`:
 * the agency's claim, read by the cue rules).
 */
export function inViewClaims(ctx: SentenceContext): void {
  const { words, claims: out } = ctx;
  const i = /^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  if (words[i]?.lower !== 'in') return;
  const comma = findWithin(words, i + 1, i + 9, (w) => isMark(w.text, ',;:—–()'));
  if (comma < 0 || words[comma]?.text !== ',') return;
  const noun = findWithin(words, i + 1, comma, (w) => OPINION_NOUNS.test(w.lower));
  const source = noun < 0 ? null : holder(words, i + 1, noun, comma);
  if (!source) return;
  const content = frontedContent(ctx, comma);
  if (!content) return;
  // the opinion noun is the cue: a view is a belief held, not a statement made
  const cue = words[noun] as Word;
  out.push(candidate(content, { start: cue.start, end: cue.end }, source, 'according-to-front'));
}

/**
 * The holder of the opinion noun at `noun`, between "in" (before `from`) and the comma: "their" in
 * "their view", "Professor Ruiz's" in "Professor Ruiz's considered opinion", "many economists" in
 * "the view of many economists"; null when the phrase is no opinion frame ("In the end", "In a
 * view from the hill").
 */
function holder(words: readonly Word[], from: number, noun: number, comma: number): { start: number; end: number } | null {
  // "the view of many economists": the of-phrase to the comma
  if (noun === from + 1 && words[from]?.lower === 'the' && words[noun + 1]?.lower === 'of' && noun + 2 < comma) {
    return { start: (words[noun + 2] as Word).start, end: (words[comma - 1] as Word).end };
  }
  if (noun !== comma - 1) return null;
  // "their view", "his considered opinion" (at most one modifier between)
  for (let k = from; k < noun && k < from + 5; k++) {
    const w = words[k] as Word;
    if (/^(?:his|her|their|our|my|its)$/u.test(w.lower) && noun - k <= 2) return k === from ? { start: w.start, end: w.end } : null;
    // "Professor Ruiz's view", "the committee's view"
    if (/[’']s$/u.test(w.text) && noun - k <= 2) return { start: (words[from] as Word).start, end: w.end };
  }
  return null;
}
