import cliProgress from 'cli-progress';

/** What the batch loop reports after each line. */
export interface BatchCounts {
  lines: number;
  documents: number;
  quotes: number;
  failed: number;
}

export interface BatchProgress {
  update(counts: BatchCounts, bytesRead: number): void;
  /** A message line on stderr that does not get mixed into the bar. */
  log(message: string): void;
  stop(): void;
}

function silent(stream: NodeJS.WriteStream): BatchProgress {
  return { update() {}, log: (message) => void stream.write(message + '\n'), stop() {} };
}

/**
 * A progress bar on stderr, only when stderr is a terminal: redirected to a log or CI output,
 * a bar would be a wall of carriage returns. With a known input size (a file) the bar shows
 * bytes read and an ETA; from stdin it shows counts only.
 */
export function createBatchProgress(totalBytes: number | null, stream: NodeJS.WriteStream = process.stderr): BatchProgress {
  if (!stream.isTTY) return silent(stream);
  const sized = totalBytes !== null && totalBytes > 0;
  const format = sized
    ? 'batch |{bar}| {percentage}% of {size} | {lines} lines | {quotes} quotes | {failed} failed | ETA {eta_formatted}'
    : 'batch | {lines} lines | {quotes} quotes | {failed} failed | {duration_formatted}';
  const bar = new cliProgress.SingleBar(
    { format, stream, hideCursor: true, clearOnComplete: true, fps: 10, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  const size = sized ? `${(totalBytes / 1e6).toFixed(1)} MB` : '';
  bar.start(sized ? totalBytes : 0, 0, { size, lines: 0, quotes: 0, failed: 0 });
  return {
    update(counts, bytesRead) {
      bar.update(sized ? Math.min(bytesRead, totalBytes) : 0, { ...counts });
    },
    log(message) {
      // Clear the bar's line, print the message; the bar redraws below it on its next tick.
      stream.write(`\r\x1b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
