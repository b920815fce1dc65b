import { readFile } from 'node:fs/promises';
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
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return 'not valid UTF-8 text';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The whole text of FILE (or stdin for `-`), strictly UTF-8.
 * Throws a CliError `cannot read FILE: reason` (exit status 2) for a missing file, a
 * directory, or bytes that are not UTF-8. An empty file is an empty string, not an error.
 */
export async function readTextInput(path: string): Promise<string> {
  const label = path === STDIN_PATH ? 'stdin' : path;
  try {
    const bytes = path === STDIN_PATH ? await readAllStdin() : await readFile(path);
    return decodeUtf8Strict(bytes);
  } catch (err) {
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

/**
 * The lines of a text stream, without their `\n` or `\r\n`, pulled one chunk at a time.
 * Memory holds one chunk plus the line being assembled, whatever the stream's length.
 * (readline's async iterator reads ahead up to 1,024 lines before pausing: with 10 MB
 * articles per line that is not constant memory.)
 */
export async function* splitLines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let pending: string[] = [];
  for await (const chunk of text) {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', from)) {
      pending.push(chunk.slice(from, newline));
      const line = pending.join('');
      pending = [];
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      from = newline + 1;
    }
    if (from < chunk.length) pending.push(chunk.slice(from));
  }
  // A last line with no newline at the end of the file still counts.
  const last = pending.join('');
  if (last !== '') yield last.endsWith('\r') ? last.slice(0, -1) : last;
}
