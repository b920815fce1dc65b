import { once } from 'node:events';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, type Readable, type Writable } from 'node:stream';
import type { Command } from 'commander';
import { openAtomicFile, stdoutSink, type OutputSink } from './atomic-output.js';
import type { LineOutcome } from './batch-line.js';
import { createLinePool } from './batch-pool.js';
import { jobsOf } from './jobs-option.js';
import { createBatchProgress, type BatchCounts } from './batch-progress.js';
import { CliError, ExitStatus } from './cli-error.js';
import { createUtf8DecoderStream, describeFileError, formatByteCount, parseByteCount, splitLines, STDIN_PATH, type OverlongLine } from './read-input.js';

/** Writes with backpressure: waits for 'drain' when the consumer is slower than extraction. */
async function writeLine(stream: Writable, line: string | Uint8Array): Promise<void> {
  if (!stream.write(typeof line === 'string' ? line + '\n' : line)) await once(stream, 'drain');
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
  /** Articles extracted at once, each on a worker thread; default one per core. */
  jobs?: string | undefined;
}

/** Text held by lines waiting to be written (besides the one at the head), at most: 64 M characters. */
const WINDOW_CHARS = 64 * 1024 * 1024;

/** Lines waiting per job: enough to keep every worker fed while the oldest line is still being read. */
const WINDOW_PER_JOB = 4;

interface LineExtractor {
  run(line: string): Promise<LineOutcome>;
  /** Lines that may wait for their turn to be written. */
  window: number;
  close(): Promise<void>;
}

/**
 * One job: each line extracted here, in turn, as it is read. More: a pool of worker threads,
 * the pipeline loaded only in them.
 */
async function lineExtractor(jobs: number, quotesOnly: boolean): Promise<LineExtractor> {
  if (jobs === 1) {
    const { processBatchLine } = await import('./batch-line.js');
    return { run: async (line) => processBatchLine(line, quotesOnly), window: 1, close: async () => {} };
  }
  const pool = createLinePool({ jobs, quotesOnly });
  return {
    run: (line) =>
      pool.run(line).catch((err: unknown) => {
        throw new CliError(err instanceof Error ? err.message : String(err), ExitStatus.internalError);
      }),
    window: jobs * WINDOW_PER_JOB,
    close: () => pool.close(),
  };
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
  const jobs = jobsOf(options.jobs);
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
  const write = async (text: string | Uint8Array): Promise<void> => {
    try {
      if (writeFailure !== null) throw writeFailure;
      await writeLine(sink.stream, text);
    } catch (err) {
      throw new OutputWriteError(`cannot write ${sink.label}: ${describeFileError(err)}`);
    }
  };
  const progress = createBatchProgress(input.totalBytes);
  const counts: BatchCounts = { lines: 0, documents: 0, quotes: 0, failed: 0 };
  const extractor = await lineExtractor(jobs, options.quotesOnly);
  /**
   * Each line's outcome is written by a chain of steps, one per line in input order, so a
   * line is written as soon as it and every line before it are done (a pipe fed line by line
   * is answered line by line) while later lines are still being extracted.
   */
  let written: Promise<void> = Promise.resolve();
  /** The chain's step for each line not yet written, oldest first. */
  const waiting: Array<{ step: Promise<void>; chars: number }> = [];
  let waitingChars = 0;
  const writeInTurn = (lineNumber: number, outcome: Promise<LineOutcome>, chars: number): void => {
    const step = written.then(async () => {
      const result = await outcome;
      if (result.kind === 'written' || result.kind === 'encoded') {
        await write(result.kind === 'written' ? result.json : result.bytes);
        counts.documents += 1;
        counts.quotes += result.quotes;
      } else if (result.kind === 'failed') {
        counts.failed += 1;
        progress.log(`${input.label}:${lineNumber}: ${result.reason}`);
      }
      progress.update(counts, input.bytesRead());
    });
    // Awaited below in its turn; a failure meanwhile must not count as unhandled.
    step.catch(() => {});
    written = step;
    waiting.push({ step, chars });
    waitingChars += chars;
  };
  const oldestWritten = async (): Promise<void> => {
    const oldest = waiting.shift();
    if (!oldest) return;
    waitingChars -= oldest.chars;
    await oldest.step;
  };
  try {
    let lineNumber = 0;
    for await (let line of input.lines) {
      lineNumber += 1;
      counts.lines = lineNumber;
      if (typeof line !== 'string') {
        const reason = `line of ${formatByteCount(line.bytes)} is longer than ${formatByteCount(maxLineBytes)} (the --max-bytes limit); skipped`;
        writeInTurn(lineNumber, Promise.resolve({ kind: 'failed', reason }), 0);
      } else {
        if (lineNumber === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
        writeInTurn(lineNumber, extractor.run(line), line.length);
      }
      // Memory stays flat: at most `window` lines, or WINDOW_CHARS of text, wait for their turn.
      while (waiting.length >= extractor.window || (waiting.length > 1 && waitingChars > WINDOW_CHARS)) await oldestWritten();
    }
    while (waiting.length > 0) await oldestWritten();
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
    await extractor.close();
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
    .option('-j, --jobs <n>', 'articles extracted at once, each on a worker thread (default: one per core)')
    .addHelpText(
      'after',
      `
Input lines:  {"id": "doc-1", "text": "..."}   (other fields are ignored; blank lines skipped)
Output lines: {"id": "doc-1", "quotes": [Attribution, ...]}   in input order

Streams line by line, so memory stays flat for any corpus size: each line is
processed when its line end arrives (a pipe or FIFO is answered as it is fed). A progress bar is
drawn on stderr when stderr is a terminal; a summary line is printed there at the end.

With --jobs N (default: one per core) N articles are extracted at once, each on a
worker thread; the output is the same, byte for byte, whatever the number of jobs,
and in input order. --jobs 1 extracts on the main thread.

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
