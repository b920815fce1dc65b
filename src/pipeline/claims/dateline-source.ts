import type { TextRange } from '../segment.js';

/**
 * A claim's source read back across a wire dateline (or a live blog's time stamp): "NEW YORK, Sept 18 /PRNewswire/ -- Northwind
 * Energy today announced …", "LONDON -- Acme Corp said …". The words tokenizer drops "--" and the
 * slashes, so the subject walk can run on into the dateline (or stop inside it, at "Sept"): the
 * source is what follows the dateline's dash, up to the cue, without a trailing "today". The source
 * as found when no dateline dash stands between its start and the cue.
 */
export function sourcePastDateline(text: string, source: TextRange, cueStart: number): TextRange {
  // a live blog's time stamp printed against the name after it: "February 6, 2016 10:35PMChris
  // Christie said …" is Chris Christie's
  const stamp = TIME_STAMP_RUN.exec(text.slice(source.start, source.end));
  if (stamp) return { start: source.start + stamp.index + stamp[0].length, end: source.end };
  const span = text.slice(source.start, cueStart);
  if (!span.includes('--') && !span.includes('/')) return source;
  let after = -1;
  for (const m of span.matchAll(DATELINE_DASH)) after = (m.index ?? 0) + m[0].length;
  // a dateline opens with its place in capitals or carries a wire's tag, and a name follows its
  // dash ("Democrats -- including Clinton -- accused", "The union -- which represents NHS nurses --
  // on Monday said" are asides)
  if (after < 0 || !DATELINE_MARK.test(span.slice(0, after)) || !/^\p{Lu}/u.test(span.slice(after))) return source;
  const start = source.start + after;
  const end = source.end > start ? source.end : cueStart;
  const written = text.slice(start, end).replace(TRAILING_TIME, '');
  return written.trim() === '' ? source : { start, end: start + written.length };
}

const TIME_STAMP_RUN = /\d{1,2}:\d\d\s?[AaPp]\.?[Mm]\.?(?=\p{Lu})/u;
// "--" set off by spaces, or a wire's tag and its dash: "/PRNewswire/ --", "/PRNewswire/ -"
const DATELINE_DASH = /(?:\s--|\/\s*--?)\s+/gu;
const DATELINE_MARK = /^\p{Lu}{3,}\b|\/\p{L}+\//u;
const TRAILING_TIME = /\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+\p{Lu}\p{Ll}+day)?\s*$/u;
