import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, lstat, open, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
  /**
   * The first write error of the stream, if any: a writer that sees its output close early
   * ("premature close") can report the real reason (`no space left on device`) instead.
   */
  failure(): Error | null;
}

/** Standard output: nothing to commit or drop, lines already written stay written. */
export function stdoutSink(): OutputSink {
  // stdout's own write errors are reported where the process starts (cli.ts).
  return { stream: process.stdout, label: 'stdout', commit: async () => {}, abort: async () => {}, failure: () => null };
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

/** What `-o PATH` names, which decides how it is written. */
type OutputTarget =
  | { kind: 'file'; path: string; mode: number | null }
  | { kind: 'stream' }
  | { kind: 'refused'; reason: string };

/** Symbolic links followed at most, as the kernel does (ELOOP past 40). */
const MAX_LINKS = 40;

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Where a chain of links ends, existing or not: `link.csv -> out/real.csv` gives out/real.csv. */
async function linkTarget(path: string): Promise<string> {
  let at = path;
  for (let i = 0; i < MAX_LINKS; i++) {
    const info = await lstat(at).catch(() => null);
    if (!info?.isSymbolicLink()) return at;
    at = resolve(dirname(at), await readlink(at));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/**
 * Regular files (and new names) are replaced atomically, through their links: the link stays,
 * its target is replaced. Devices and pipes (/dev/null, a FIFO, `-o >(gzip > x.gz)`) cannot
 * be replaced, only written to. Anything else is no place for data.
 */
async function outputTarget(path: string): Promise<OutputTarget> {
  const info = await statOrNull(path);
  if (info === null) return { kind: 'file', path: await linkTarget(path), mode: null };
  if (info.isFile()) return { kind: 'file', path: await realpath(path), mode: info.mode & 0o7777 };
  if (info.isCharacterDevice() || info.isFIFO()) return { kind: 'stream' };
  if (info.isDirectory()) return { kind: 'refused', reason: 'it is a directory' };
  if (info.isSocket()) return { kind: 'refused', reason: 'it is a socket, not a file' };
  if (info.isBlockDevice()) return { kind: 'refused', reason: 'it is a block device, not a file (refusing to overwrite a disk)' };
  return { kind: 'refused', reason: 'it is not a regular file' };
}

/**
 * Where `-o PATH` output goes. A regular file (or a new one) is written all-or-nothing: data goes
 * to a hidden temp file in the same directory as the file (the target's, when PATH is a
 * symbolic link, so the final rename stays on one filesystem and is atomic), which is synced and
 * renamed over it on commit and deleted on abort. A crash midway leaves the old file untouched
 * and, at worst, a `.NAME.PID.xxxx.tmp` file beside it, never a half-written NAME.
 * A character device or a pipe is written straight to (what was written stays written); a
 * directory, socket or block device is refused with a CliError.
 */
export async function openAtomicFile(path: string): Promise<OutputSink> {
  let target: OutputTarget;
  try {
    target = await outputTarget(path);
  } catch (err) {
    throw new CliError(`cannot write ${path}: ${describeFileError(err)}`);
  }
  if (target.kind === 'refused') throw new CliError(`cannot write ${path}: ${target.reason}`);
  if (target.kind === 'stream') return openStream(path);
  return openReplacement(path, target.path, target.mode);
}

/** A write stream kept with its first failure: a write the stream accepted may fail later (ENOSPC). */
async function openWriteStream(file: string, flags: string, label: string): Promise<{ stream: Writable; failure: () => Error | null }> {
  const stream = createWriteStream(file, { flags });
  try {
    await once(stream, 'open');
  } catch (err) {
    const reason = describeFileError(err);
    throw new CliError(`cannot write ${label}: ${reason === 'no such file' ? 'no such directory' : reason}`);
  }
  // Kept here, so it is never an uncaught 'error' event between two writers, and reported by
  // commit as one line.
  let failure: Error | null = null;
  stream.on('error', (err: Error) => {
    failure ??= err;
  });
  return { stream, failure: () => failure };
}

/** A device or a pipe, written in place: commit waits for the last byte to be taken. */
async function openStream(path: string): Promise<OutputSink> {
  const { stream, failure } = await openWriteStream(path, 'w', path);
  let settled = false;
  return {
    stream,
    label: path,
    failure,
    async commit() {
      if (settled) return;
      settled = true;
      stream.end();
      await finished(stream).catch(() => {});
      const failed = failure();
      if (failed) throw new CliError(`cannot write ${path}: ${describeFileError(failed)}`);
    },
    async abort() {
      if (settled) return;
      settled = true;
      stream.destroy();
      await finished(stream).catch(() => {});
    },
  };
}

async function openReplacement(label: string, file: string, mode: number | null): Promise<OutputSink> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const { stream, failure } = await openWriteStream(temp, 'wx', label);
  // The replacement keeps the permissions of the file it replaces (a 0600 export stays private).
  if (mode !== null) await chmod(temp, mode).catch(() => {});
  let settled = false;
  return {
    stream,
    label,
    failure,
    async commit() {
      if (settled) return;
      settled = true;
      stream.end();
      await finished(stream).catch(() => {});
      const failed = failure();
      if (failed) {
        await unlink(temp).catch(() => {});
        throw new CliError(`cannot write ${label}: ${describeFileError(failed)}`);
      }
      await syncToDisk(temp);
      await rename(temp, file);
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
