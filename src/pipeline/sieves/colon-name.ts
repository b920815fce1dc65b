import type { SubjectPhrase } from '../subject-phrase.js';
import { resolveSubject } from '../resolve-subject.js';
import { entityAt, firstMentionEndingAt } from '../entities.js';
import { trailingRun } from '../tokens.js';
import { priorSpeakers, type ArticleContext, type Decision, type Sieve } from './sieve.js';

const isSpace = (ch: string): boolean => /^\s$/u.test(ch);
const isWordChar = (ch: string): boolean => /^[\p{L}.'’-]$/u.test(ch);

/**
 * Up to four capitalised words, then a colon, at the end of `s` (`… Donald Trump: `), with where
 * they start. Read backwards word by word, as `/([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s*$/u`
 * would match (its earliest start), without that regex's quadratic retries on long runs.
 */
export function nameBeforeColon(s: string): { name: string; index: number } | null {
  const t = s.trimEnd();
  if (!t.endsWith(':')) return null;
  const end = t.slice(0, -1).trimEnd().length;
  let at = end;
  let start = -1;
  for (let words = 0; words < 4; words++) {
    const run = trailingRun(t.slice(0, at), isWordChar);
    const cap = run.search(/\p{Lu}/u);
    if (cap < 0) break;
    start = at - run.length + cap;
    if (cap > 0) break; // the word starts inside the run: nothing before it can join
    const gap = trailingRun(t.slice(0, start), isSpace);
    if (gap === '') break;
    at = start - gap.length;
  }
  return start < 0 ? null : { name: t.slice(start, end), index: start };
}

/**
 * A name and a colon right before the quotation, with no verb: transcript and roundup style
 * (`he tweeted about ... Donald Trump: “Appreciate the congrats …”`, `More from Jones: “The …”`).
 * The name must be a known person (a given name, an honorific, or seen speaking) or a written
 * full name, so that a label such as `Update: “…”` or `Q: “…”` names nobody.
 */
export const colonName: Sieve = {
  name: 'colon-name',
  decide(ctx, q) {
    const before = ctx.text.slice(Math.max(0, q.start - 80), q.start);
    const m = nameBeforeColon(before);
    if (!m || trailingRun(before, isSpace).includes('\n')) return null;
    // ("… predict the race - HuffPollster: “…”": a name set off by a dash before the colon is
    // the attribution, whatever else marks it)
    const dashed = /\s[-–—]\s*$/u.test(before.slice(0, m.index));
    return speakerNamedAt(ctx, q.start - before.length + m.index, m.name, q.start, this.name, dashed);
  },
};

/**
 * The decision for a name written at `start` before a colon that hands a quotation to it, when the
 * name is a known person (a given name, an honorific, or seen speaking), a written full name, or
 * set off by a dash (`dashed`).
 */
export function speakerNamedAt(ctx: ArticleContext, start: number, written: string, quoteStart: number, rule: string, dashed = false): Decision | null {
  const entity = entityAt(ctx.entities, start + written.length - 1);
  const mention = entity ? firstMentionEndingAt(entity, start + written.length) : undefined;
  if (!entity || !mention || mention.inQuote || !(entity.known || mention.name.length >= 2 || dashed)) return null;
  const subject: SubjectPhrase = { start: mention.start, end: mention.end, text: mention.text, kind: 'name', role: null, apposition: false, titled: mention.titles.length > 0 };
  const resolved = resolveSubject(ctx.text, ctx.entities, ctx.segmentation, subject, priorSpeakers(ctx, quoteStart));
  if (!resolved) return null;
  return { speaker: resolved.speaker, cue: null, rule, confidence: 0.6 };
}
