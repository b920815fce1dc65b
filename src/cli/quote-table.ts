import type { ExtractResult } from '../schema/article.js';
import { confidenceLabel, kindLabel, speakerLabel } from '../web/plain-words.js';

/** Longest quote text shown in one table cell; the JSON output always has the full text. */
const QUOTE_WIDTH = 60;
const SPEAKER_WIDTH = 24;

/** Collapses line breaks and runs of spaces so a multi-paragraph quote stays on one row. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `"We will do something…` — cut on a code-point boundary, with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - Array.from(text).length));
}

/**
 * The largest width of a column, at least `least`. A loop, not Math.max(...widths): spread
 * arguments live on the stack, and an article with 200,000 quotations overflows it.
 */
function widest<T>(rows: readonly T[], width: (row: T) => number, least: number): number {
  let most = least;
  for (const row of rows) most = Math.max(most, width(row));
  return most;
}

/**
 * `saidby extract --format text`: one row per quotation or claim (kind, speaker, text, how sure),
 * in text order, then the article's notes, in the words the review app uses (Quote, Partial
 * quote, Paraphrase; unknown (“he”)). Meant for eyes, not for parsing: use JSON for that, where
 * the rule and the codes are.
 */
export function formatQuoteTable(result: ExtractResult): string {
  const rows = result.quotes.map((q) => ({
    kind: kindLabel(q.kind),
    speaker: truncate(q.speaker ? speakerLabel(q.speaker.name, q.speaker.mention) : 'no source named', SPEAKER_WIDTH),
    text: truncate(oneLine(q.text), QUOTE_WIDTH),
    sure: `${confidenceLabel(q.confidence)} (${q.confidence.toFixed(2)})`,
  }));
  const kindWidth = widest(rows, (r) => r.kind.length, 4);
  const speakerWidth = widest(rows, (r) => Array.from(r.speaker).length, 7);
  const textWidth = widest(rows, (r) => Array.from(r.text).length, 4);
  const line = (kind: string, speaker: string, text: string, sure: string): string =>
    `${pad(kind, kindWidth)}  ${pad(speaker, speakerWidth)}  ${pad(text, textWidth)}  ${sure}`.trimEnd();

  const out: string[] = [];
  const { title, outlet, published } = result.article;
  const heading = [title, outlet, published].filter((x): x is string => x !== null && x !== '');
  if (heading.length > 0) out.push(heading.join(' · '), '');
  if (rows.length === 0) {
    out.push('(no quotations or claims found)');
  } else {
    out.push(line('KIND', 'SPEAKER', 'TEXT', 'CONFIDENCE'));
    for (const r of rows) out.push(line(r.kind, r.speaker, r.text, r.sure));
  }
  out.push('', countLine(result));
  for (const d of result.diagnostics) out.push(`note: ${d.message} (characters ${d.start}-${d.end})`);
  return out.join('\n') + '\n';
}

/** "3 found: 2 quotes, 1 paraphrase", the kinds in the app's words. */
function countLine(result: ExtractResult): string {
  const byKind = new Map<string, number>();
  for (const q of result.quotes) byKind.set(kindLabel(q.kind), (byKind.get(kindLabel(q.kind)) ?? 0) + 1);
  const parts = [...byKind].map(([label, n]) => `${n} ${label.toLowerCase()}${n === 1 ? '' : 's'}`);
  return `${result.quotes.length} found${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
