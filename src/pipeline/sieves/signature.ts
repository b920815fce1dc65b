import type { SubjectPhrase } from '../subject-phrase.js';
import { resolveSubject } from '../resolve-subject.js';
import { findNameMentions } from '../name-mentions.js';
import { priorSpeakers, type ArticleContext, type QuoteContext, type Sieve } from './sieve.js';

// "- Bernie Sanders." / "— Clinton": a paragraph that is only a dash and a name
const DASH_LINE = /^[ \t]*[-–—][ \t]*([^\n]{2,60}?)[ \t]*\.?[ \t]*$/u;

/**
 * A quotation signed by its speaker, as fact-check and roundup pieces print them: the name on a
 * line of its own closing the quotation (`“… we need to do stimulus.\nJosh Bivens, Economic Policy
 * Institute.”`), after a dash closing its paragraph (a pull quote: `“Where is the bridge?” — Frank
 * Doyle`) or on a dash line right after it (`“… the top 1 percent.”\n\n- Bernie Sanders.`).
 * Only a line that is a name (two or more capitalised words, titles allowed, then at most a comma
 * and a description) signs: a quotation whose last line is `Thank you all.` is left alone.
 */
export const signature: Sieve = {
  name: 'signature',
  decide(ctx, q) {
    const signer = signedInside(ctx, q) ?? signedOnLine(ctx, q) ?? signedAfter(ctx, q);
    if (!signer) return null;
    const resolved = resolveSubject(ctx.text, ctx.entities, ctx.segmentation, signer, priorSpeakers(ctx, q.start));
    if (!resolved) return null;
    return { speaker: resolved.speaker, cue: null, rule: this.name, confidence: 0.8 };
  },
};

/** `line` without its closing marks and a stop right before them (`Jim Clyburn."` → `Jim Clyburn`), read backwards. */
function withoutClosingMarks(line: string): string {
  let e = line.length;
  while (e > 0 && '"”\'’»'.includes(line[e - 1] ?? '')) e--;
  if (e === line.length) return line;
  if (e > 0 && '.,'.includes(line[e - 1] ?? '')) e--;
  return line.slice(0, e);
}

/** The name opening the quotation's last line, when that line is a signature. */
function signedInside(ctx: ArticleContext, q: QuoteContext): SubjectPhrase | null {
  // the last line break within 160 characters of the end, searched no further back than that
  let nl = q.end - 1;
  while (nl > q.start && q.end - nl <= 160 && ctx.text.charCodeAt(nl) !== 10) nl--;
  if (nl <= q.start || q.end - nl > 160) return null;
  let start = nl + 1;
  while (start < q.end && /\s/.test(ctx.text[start] ?? '')) start++;
  const line = withoutClosingMarks(ctx.text.slice(start, q.end));
  // the signature names one person: "Dean Baker, Center for Economic and Policy Research"
  const head = line.split(',')[0] ?? '';
  return nameCovering(ctx.text, start, start + head.length);
}

/** The name after a dash that closes the quotation's own paragraph: a pull quote, `“Where is the bridge?” — Frank Doyle`. */
function signedOnLine(ctx: ArticleContext, q: QuoteContext): SubjectPhrase | null {
  const paragraph = ctx.segmentation.paragraphs[q.paragraph];
  if (!paragraph || paragraph.end <= q.end || paragraph.end - q.end > 80) return null;
  const rest = ctx.text.slice(q.end, paragraph.end);
  const m = DASH_LINE.exec(rest);
  if (!m?.[1]) return null;
  const at = q.end + rest.indexOf(m[1]);
  return nameCovering(ctx.text, at, at + m[1].replace(/\.$/, '').length, 1);
}

/** The name on a dash line in the paragraph right after the quotation. */
function signedAfter(ctx: ArticleContext, q: QuoteContext): SubjectPhrase | null {
  const next = ctx.segmentation.paragraphs[q.paragraph + 1];
  if (!next || next.start < q.end || ctx.text.slice(q.end, next.start).trim() !== '') return null;
  const m = DASH_LINE.exec(ctx.text.slice(next.start, next.end));
  if (!m?.[1]) return null;
  const at = next.start + ctx.text.slice(next.start, next.end).indexOf(m[1]);
  return nameCovering(ctx.text, at, at + m[1].replace(/\.$/, '').length, 1);
}

/** A subject phrase for the name that is all of `[start, end)` (titles before it allowed), or null. */
function nameCovering(text: string, start: number, end: number, minWords = 2): SubjectPhrase | null {
  const slice = text.slice(start, end).trimEnd();
  if (slice.length === 0 || slice.length > 60) return null;
  const mentions = findNameMentions(text, { start, end: start + slice.length });
  const m = mentions[0];
  if (mentions.length !== 1 || !m || m.end !== start + slice.length || m.name.length < minWords || m.organisation) return null;
  // everything before the name proper is titles: "S.C. Rep. Jim Clyburn"
  if (!/^[\p{Lu}][\p{L}.'’\- ]*$/u.test(slice)) return null;
  return { start: m.start, end: m.end, text: m.text, kind: 'name', role: null, apposition: false, titled: m.titles.length > 0 };
}
