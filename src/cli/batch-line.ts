import { extract } from '../pipeline/index.js';
import { BatchInputLine } from '../schema/article.js';

/** What one input line turns into. */
export type LineOutcome =
  | { kind: 'blank' }
  | { kind: 'written'; json: string; quotes: number }
  /** The output line already in UTF-8 with its newline: a worker thread's answer, handed over without a copy. */
  | { kind: 'encoded'; bytes: Uint8Array; quotes: number }
  | { kind: 'failed'; reason: string };

/**
 * One JSONL line `{"id","text",...}` to one output line `{"id","quotes":[...]}` (no newline).
 * Blank lines are skipped; a line that is not JSON, lacks a string `id`/`text`, or on which
 * extract() throws fails with a reason and produces no output. Extra input fields are ignored.
 */
export function processBatchLine(line: string, quotesOnly = false): LineOutcome {
  if (line.trim() === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { kind: 'failed', reason: `not valid JSON (${(err as Error).message})` };
  }
  const parsed = BatchInputLine.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    return { kind: 'failed', reason };
  }
  try {
    const { quotes } = extract(parsed.data.text, { quotesOnly });
    return { kind: 'written', json: JSON.stringify({ id: parsed.data.id, quotes }), quotes: quotes.length };
  } catch (err) {
    // A pipeline bug on one article should cost that article, not the other million.
    return { kind: 'failed', reason: `extraction failed for id ${JSON.stringify(parsed.data.id)}: ${(err as Error).message}` };
  }
}
