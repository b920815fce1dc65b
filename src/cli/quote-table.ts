import type { ExtractResult } from '../schema/article.js';
import type { Attribution } from '../schema/attribution.js';
import { confidenceLabel, kindLabel, speakerLabel } from '../web/plain-words.js';

/** Longest quote text shown in one table cell; the JSON output always has the full text. */
const QUOTE_WIDTH = 60;
const SPEAKER_WIDTH = 24;
/** Longest cue shown ("according to", "told reporters"): the words that say how it was said. */
const HOW_WIDTH = 16;

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
 * `saidby extract --format text`: one row per quotation or claim (kind, speaker, the cue saying how
 * it was said, text, how sure),
 * in text order, the pieces of a statement given in several joined by " … " on one row, then the article's notes, in the words the review app uses (Quote, Partial
 * quote, Paraphrase; unknown (“he”)). Meant for eyes, not for parsing: use JSON for that, where
 * the rule and the codes are.
 */
export function formatQuoteTable(result: ExtractResult): string {
  const rows = statementsOf(result.quotes).map((parts) => {
    const q = parts[0] as Attribution;
    // a statement is as sure as its least sure piece
    const confidence = parts.reduce((least, p) => Math.min(least, p.confidence), q.confidence);
    return {
      kind: kindLabel(parts.some((p) => p.kind === 'mixed') ? 'mixed' : q.kind),
      speaker: truncate(q.speaker ? speakerLabel(q.speaker.name, q.speaker.mention) : 'no source named', SPEAKER_WIDTH),
      // "denied", "could not say": the cue tells a denial from an assertion at a glance
      how: truncate(parts.find((p) => p.cue)?.cue?.text ?? '—', HOW_WIDTH),
      text: truncate(parts.map((p) => oneLine(p.text)).join(' … '), QUOTE_WIDTH),
      sure: `${confidenceLabel(confidence)} (${confidence.toFixed(2)})`,
    };
  });
  const kindWidth = widest(rows, (r) => r.kind.length, 4);
  const speakerWidth = widest(rows, (r) => Array.from(r.speaker).length, 7);
  const howWidth = widest(rows, (r) => Array.from(r.how).length, 3);
  const textWidth = widest(rows, (r) => Array.from(r.text).length, 4);
  const line = (kind: string, speaker: string, how: string, text: string, sure: string): string =>
    `${pad(kind, kindWidth)}  ${pad(speaker, speakerWidth)}  ${pad(how, howWidth)}  ${pad(text, textWidth)}  ${sure}`.trimEnd();

  const out: string[] = [];
  const { title, outlet, published } = result.article;
  const heading = [title, outlet, published].filter((x): x is string => x !== null && x !== '');
  if (heading.length > 0) out.push(heading.join(' · '), '');
  if (rows.length === 0) {
    out.push('(no quotations or claims found)');
  } else {
    out.push(line('KIND', 'SPEAKER', 'HOW', 'TEXT', 'CONFIDENCE'));
    for (const r of rows) out.push(line(r.kind, r.speaker, r.how, r.text, r.sure));
  }
  out.push('', countLine(result, rows.length));
  for (const d of result.diagnostics) out.push(`note: ${d.message} (characters ${d.start}-${d.end})`);
  return out.join('\n') + '\n';
}

/**
 * The records in text order, the pieces of a statement given in several ("[The race] appears
 * [closer in Ohio]", "“…,” she said, “…”") together at the place of its first piece.
 */
function statementsOf(quotes: readonly Attribution[]): Attribution[][] {
  const out: Attribution[][] = [];
  const groups = new Map<string, Attribution[]>();
  for (const q of quotes) {
    const open = q.group === null ? undefined : groups.get(q.group);
    if (open) {
      open.push(q);
      continue;
    }
    const parts = [q];
    if (q.group !== null) groups.set(q.group, parts);
    out.push(parts);
  }
  return out;
}

/** "3 found: 2 quotes, 1 paraphrase", the kinds in the app's words, records as the JSON counts them. */
function countLine(result: ExtractResult, statements: number): string {
  const byKind = new Map<string, number>();
  for (const q of result.quotes) byKind.set(kindLabel(q.kind), (byKind.get(kindLabel(q.kind)) ?? 0) + 1);
  const parts = [...byKind].map(([label, n]) => `${n} ${label.toLowerCase()}${n === 1 ? '' : 's'}`);
  const pieces = result.quotes.length - statements;
  const joined = pieces > 0 ? `; pieces of one statement share a row (${statements} rows)` : '';
  return `${result.quotes.length} found${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${joined}`;
}
