import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { CliError } from './cli-error.js';

/** `-` on the command line means standard input, as in most Unix tools. */
export const STDIN_PATH = '-';

/**
 * Decodes bytes as UTF-8, refusing anything else: a Latin-1 or UTF-16 file would otherwise
 * turn into U+FFFD soup whose offsets no longer match what the user has on disk.
 * A leading byte-order mark is dropped (offsets count from the first character after it).
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A short, human reason for a failed file operation ("no such file", "is a directory"). */
export function describeFileError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return 'not valid UTF-8 text';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/**
 * "50M" -> 52428800: a byte count for --max-bytes, plain or with k, M or G (powers of 1024),
 * optionally followed by B or iB. Throws CliError for anything else.
 */
export function parseByteCount(raw: string, option = '--max-bytes'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(raw);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = m ? Math.floor(Number(m[1]) * unit) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new CliError(`bad option ${option}: "${raw}" is not a size (examples: 1000000, 500k, 50M, 1G)`);
  }
  return bytes;
}

/** 52428800 -> "50 MB", 1536 -> "1.5 kB": the size in a message, in the units --max-bytes takes. */
export function formatByteCount(bytes: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['kB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

function tooLarge(label: string, maxBytes: number): CliError {
  return new CliError(`${label} is larger than ${formatByteCount(maxBytes)} (raise the limit with --max-bytes)`);
}

/**
 * The bytes of `path` when it is a regular file, read through one descriptor and refused once they
 * pass `maxBytes` (a file in /proc says it holds 0 bytes and may hold gigabytes); a stream for
 * anything else. A FIFO is never opened only to be looked at (its writer would take that open for
 * its reader's and fail when it closed), and a path swapped for a device between the look and the
 * open is streamed from the descriptor opened, under the same limit.
 */
function regularFileOrStream(path: string, maxBytes: number, label: string): Buffer | NodeJS.ReadableStream {
  if (!statSync(path).isFile()) return createReadStream(path);
  const fd = openSync(path, 'r');
  let streamed = false;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      streamed = true;
      return createReadStream('', { fd });
    }
    if (info.size > maxBytes) throw tooLarge(label, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // the size said and one byte more, to see the end (or that the file grew); at least a chunk's
    // worth, whole chunks after it (/proc/self/pagemap says 0 bytes and refuses reads of other
    // than whole 8-byte entries), at most what one read may ask for
    let chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, READ_CHUNK), MAX_READ));
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(label, maxBytes);
      chunks.push(chunk.subarray(0, n));
      // a fresh buffer for the next read: the bytes kept are views of this one
      chunk = Buffer.allocUnsafe(READ_CHUNK);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    if (!streamed) closeSync(fd);
  }
}

const READ_CHUNK = 1 << 16;
const MAX_READ = 1 << 30;

/** The text of `bytes`, strictly UTF-8; a text longer than a JavaScript string can hold is refused in words. */
function decodeText(bytes: Uint8Array, label: string): string {
  try {
    return decodeUtf8Strict(bytes);
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ERR_STRING_TOO_LONG') throw new CliError(`${label} is too long to read as one text (${formatByteCount(bytes.length)}); split it into smaller files`);
    throw err;
  }
}

/** The whole stream, refusing it once it passes `maxBytes` (/dev/zero never ends). */
async function readAllBytes(source: NodeJS.ReadableStream, maxBytes: number, label: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      (source as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge(label, maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The whole text of FILE (or stdin for `-`), strictly UTF-8, at most `maxBytes` long.
 * Throws a CliError `cannot read FILE: reason` (exit status 2) for a missing file, a
 * directory, or bytes that are not UTF-8, and `FILE is larger than 50 MB ...` past the limit.
 * An empty file is an empty string, not an error. Devices and FIFOs are read as streams.
 */
export async function readTextInput(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<string> {
  const label = path === STDIN_PATH ? 'stdin' : path;
  try {
    // a regular file is read at once: a stream's open, reads and event-loop turns were a few ms of
    // a one-line `extract` (stdin, FIFOs and devices stream)
    const input = path === STDIN_PATH ? process.stdin : regularFileOrStream(path, maxBytes, label);
    return decodeText(Buffer.isBuffer(input) ? input : await readAllBytes(input, maxBytes, label), label);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${label}: ${describeFileError(err)}`);
  }
}

/**
 * A Transform from bytes to strictly-decoded UTF-8 text, for streaming input: a multi-byte
 * character split across two chunks is carried over, and an invalid byte fails the stream
 * with ERR_ENCODING_INVALID_ENCODED_DATA instead of silently becoming U+FFFD.
 */
export function createUtf8DecoderStream(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    decodeStrings: true,
    // Object mode on the readable side hands the decoded strings on as strings, instead of
    // re-encoding them to Buffers (with at most 16 chunks buffered).
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/** A line longer than the limit: dropped as it was read, only its size kept. */
export interface OverlongLine {
  readonly overlong: true;
  /** Its length in UTF-8 bytes, without the line end. */
  readonly bytes: number;
}

/**
 * The lines of a text stream, without their `\n` or `\r\n`, pulled one chunk at a time; each
 * is yielded as soon as its line end arrives (a FIFO fed line by line is answered line by line).
 * Memory holds one chunk plus the line being assembled, whatever the stream's length.
 * (readline's async iterator reads ahead up to 1,024 lines before pausing: with 10 MB
 * articles per line that is not constant memory.) With `maxBytes`, a line longer than that is
 * not assembled: its text is dropped as it arrives and an OverlongLine stands in its place, so
 * a stream that never ends a line costs no more than `maxBytes`.
 */
export function splitLines(text: AsyncIterable<string>): AsyncGenerator<string>;
export function splitLines(text: AsyncIterable<string>, maxBytes: number): AsyncGenerator<string | OverlongLine>;
export async function* splitLines(text: AsyncIterable<string>, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<string | OverlongLine> {
  const limited = Number.isFinite(maxBytes);
  let pending: string[] = [];
  let bytes = 0;
  let overlong = false;
  const take = (piece: string): void => {
    if (limited) bytes += Buffer.byteLength(piece, 'utf8');
    if (overlong) return;
    if (bytes > maxBytes) {
      overlong = true;
      pending = [];
    } else {
      pending.push(piece);
    }
  };
  const endLine = (): string | OverlongLine => {
    const line: string | OverlongLine = overlong ? { overlong: true, bytes } : pending.join('');
    pending = [];
    bytes = 0;
    overlong = false;
    return typeof line === 'string' && line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of text) {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', from)) {
      take(chunk.slice(from, newline));
      yield endLine();
      from = newline + 1;
    }
    if (from < chunk.length) take(chunk.slice(from));
  }
  // A last line with no newline at the end of the file still counts.
  if (overlong || pending.some((piece) => piece !== '')) yield endLine();
}
