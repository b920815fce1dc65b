import { once } from 'node:events';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, type Readable, type Writable } from 'node:stream';
import type { Command } from 'commander';
import { extract } from '../pipeline/index.js';
import { BatchInputLine } from '../schema/article.js';
import { openAtomicFile, stdoutSink, type OutputSink } from './atomic-output.js';
import { createBatchProgress, type BatchCounts } from './batch-progress.js';
import { CliError, ExitStatus } from './cli-error.js';
import { createUtf8DecoderStream, describeFileError, formatByteCount, parseByteCount, splitLines, STDIN_PATH, type OverlongLine } from './read-input.js';

/** What one input line turns into. */
export type LineOutcome =
  | { kind: 'blank' }
  | { kind: 'written'; json: string; quotes: number }
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

/** Writes with backpressure: waits for 'drain' when the consumer is slower than extraction. */
async function writeLine(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text + '\n')) await once(stream, 'drain');
}

/** A failed write (disk full, output removed) as "cannot write OUT: reason", not as a read error. */
class OutputWriteError extends CliError {}

interface OpenedInput {
  lines: AsyncIterable<string | OverlongLine>;
  label: string;
  totalBytes: number | null;
  bytesRead: () => number;
}

/** Checks the input up front so "no such file" and "is a directory" are reported before any output exists. */
async function openInput(path: string, maxLineBytes: number): Promise<OpenedInput> {
  let source: Readable;
  let totalBytes: number | null = null;
  let file: ReadStream | null = null;
  if (path === STDIN_PATH) {
    source = process.stdin;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      totalBytes = info.isFile() ? info.size : null;
    } catch (err) {
      throw new CliError(`cannot read ${path}: ${describeFileError(err)}`);
    }
    file = createReadStream(path);
    source = file;
  }
  // pipeline() forwards read and decoding errors to the line loop, which rethrows them.
  const text = pipeline(source, createUtf8DecoderStream(), () => {});
  return {
    lines: splitLines(text as AsyncIterable<string>, maxLineBytes),
    label: path === STDIN_PATH ? 'stdin' : path,
    totalBytes,
    bytesRead: () => file?.bytesRead ?? 0,
  };
}

export interface BatchOptions {
  output?: string;
  quotesOnly: boolean;
  /** Longest input line, e.g. "50M" (see parseByteCount); a longer line is reported and skipped. */
  maxBytes?: string | undefined;
}

/** Generous for one article per line (the longest news article is well under 1 MB of JSON). */
export const DEFAULT_MAX_LINE_BYTES = '50M';

/**
 * `saidby batch IN.jsonl [-o OUT.jsonl]`: streams line by line (constant memory whatever the
 * corpus size), output in input order. A bad line is reported as `IN:LINE: reason` on stderr
 * and skipped; the run continues and exits 1 at the end. Unreadable input exits 2.
 */
export async function runBatch(inputPath: string, options: BatchOptions): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const maxLineBytes = parseByteCount(options.maxBytes ?? DEFAULT_MAX_LINE_BYTES);
  const input = await openInput(inputPath, maxLineBytes);
  const sink: OutputSink =
    options.output === undefined || options.output === STDIN_PATH ? stdoutSink() : await openAtomicFile(options.output);
  // Ctrl-C while writing OUT.jsonl: drop the temp file rather than leave it behind.
  const onInterrupt = (): void => {
    void sink.abort().finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  // Write errors arrive as 'error' events, possibly between two writes: keep the first one.
  let writeFailure: unknown = null;
  const onWriteError = (err: unknown): void => {
    writeFailure ??= err;
  };
  sink.stream.on('error', onWriteError);
  const write = async (text: string): Promise<void> => {
    try {
      if (writeFailure !== null) throw writeFailure;
      await writeLine(sink.stream, text);
    } catch (err) {
      throw new OutputWriteError(`cannot write ${sink.label}: ${describeFileError(err)}`);
    }
  };
  const progress = createBatchProgress(input.totalBytes);
  const counts: BatchCounts = { lines: 0, documents: 0, quotes: 0, failed: 0 };
  try {
    let lineNumber = 0;
    for await (let line of input.lines) {
      lineNumber += 1;
      counts.lines = lineNumber;
      if (typeof line !== 'string') {
        counts.failed += 1;
        progress.log(`${input.label}:${lineNumber}: line of ${formatByteCount(line.bytes)} is longer than ${formatByteCount(maxLineBytes)} (the --max-bytes limit); skipped`);
        progress.update(counts, input.bytesRead());
        continue;
      }
      if (lineNumber === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
      const outcome = processBatchLine(line, options.quotesOnly);
      if (outcome.kind === 'written') {
        await write(outcome.json);
        counts.documents += 1;
        counts.quotes += outcome.quotes;
      } else if (outcome.kind === 'failed') {
        counts.failed += 1;
        progress.log(`${input.label}:${lineNumber}: ${outcome.reason}`);
      }
      progress.update(counts, input.bytesRead());
    }
    progress.stop();
    if (writeFailure !== null) throw new OutputWriteError(`cannot write ${sink.label}: ${describeFileError(writeFailure)}`);
    await sink.commit().catch((err: unknown) => {
      if (err instanceof CliError) throw err;
      throw new OutputWriteError(`cannot write ${sink.label}: ${describeFileError(err)}`);
    });
  } catch (err) {
    progress.stop();
    await sink.abort();
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'EPIPE') throw err;
    throw new CliError(`cannot read ${input.label}: ${describeFileError(err)}`);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    sink.stream.removeListener('error', onWriteError);
  }
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const failed = counts.failed > 0 ? `, ${counts.failed} failed line${counts.failed === 1 ? '' : 's'}` : '';
  process.stderr.write(
    `saidby batch: ${counts.documents} documents, ${counts.quotes} quotes${failed}, ${seconds.toFixed(1)} s\n`,
  );
  if (counts.failed > 0) process.exitCode = ExitStatus.partialFailure;
}

export function register(program: Command): void {
  program
    .command('batch')
    .description('extract quotations from many articles, one JSON object per line in and out')
    .argument('[input]', 'JSONL file of {"id": ..., "text": ...} lines; "-" or omitted reads standard input', STDIN_PATH)
    .option('-o, --output <file>', 'write {"id", "quotes"} lines to FILE (atomically: all or nothing) instead of stdout')
    .option('--quotes-only', 'report quotations only, not indirect-speech claims', false)
    .option('--max-bytes <size>', 'longest input line (e.g. 500k, 50M); a longer one is reported and skipped', DEFAULT_MAX_LINE_BYTES)
    .addHelpText(
      'after',
      `
Input lines:  {"id": "doc-1", "text": "..."}   (other fields are ignored; blank lines skipped)
Output lines: {"id": "doc-1", "quotes": [Attribution, ...]}   in input order

Streams line by line, so memory stays flat for any corpus size: each line is
processed when its line end arrives (a pipe or FIFO is answered as it is fed). A progress bar is
drawn on stderr when stderr is a terminal; a summary line is printed there at the end.

A malformed line, or one longer than --max-bytes (dropped as it is read, never
held whole), is reported on stderr as "IN.jsonl:LINE: reason", produces no
output line, and the run continues. Exit status: 0 when every line was processed,
1 when some lines failed, 2 when the input cannot be read (missing, a directory,
not UTF-8) or the output cannot be written.

Examples:
  $ saidby batch corpus.jsonl -o predictions.jsonl
  $ cat corpus.jsonl | saidby batch > predictions.jsonl`,
    )
    .action((input: string, options: BatchOptions) => runBatch(input, options));
}
