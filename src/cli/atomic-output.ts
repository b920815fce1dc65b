import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CliError } from './cli-error.js';
import { describeFileError } from './read-input.js';

/** Where a command writes its data: a stream, then either commit (keep it) or abort (drop it). */
export interface OutputSink {
  readonly stream: Writable;
  /** Human name for messages: the path, or "stdout". */
  readonly label: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Standard output: nothing to commit or drop, lines already written stay written. */
export function stdoutSink(): OutputSink {
  return { stream: process.stdout, label: 'stdout', commit: async () => {}, abort: async () => {} };
}

/** fsync through a fresh descriptor: on POSIX it flushes the file's data, whichever fd wrote it. */
async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A file written all-or-nothing: data goes to a hidden temp file in the same directory (so
 * the final rename stays on one filesystem and is atomic), which is synced and renamed over
 * `path` on commit and deleted on abort. A crash midway leaves the old file untouched and,
 * at worst, a `.NAME.PID.xxxx.tmp` file beside it, never a half-written NAME.
 */
export async function openAtomicFile(path: string): Promise<OutputSink> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (err) {
    const reason = describeFileError(err);
    throw new CliError(`cannot write ${path}: ${reason === 'no such file' ? 'no such directory' : reason}`);
  }
  let settled = false;
  // A write the stream accepted may fail later (ENOSPC): kept here, so it is never an uncaught
  // 'error' event between two writers, and reported by commit as one line.
  let failure: Error | null = null;
  stream.on('error', (err: Error) => {
    failure ??= err;
  });
  return {
    stream,
    label: path,
    async commit() {
      if (settled) return;
      settled = true;
      stream.end();
      await finished(stream).catch(() => {});
      if (failure) {
        await unlink(temp).catch(() => {});
        throw new CliError(`cannot write ${path}: ${describeFileError(failure)}`);
      }
      await syncToDisk(temp);
      await rename(temp, path);
    },
    async abort() {
      if (settled) return;
      settled = true;
      stream.destroy();
      await finished(stream).catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}
