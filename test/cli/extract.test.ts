import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractResult } from '../../src/schema/article.js';
import { runCli, SAMPLE } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'saidby-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('saidby extract', () => {
  it('prints an ExtractResult for the sample whose spans slice back to their text', async () => {
    const run = await runCli(['extract', SAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = ExtractResult.parse(JSON.parse(run.stdout));
    const text = readFileSync(SAMPLE, 'utf8');
    for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('reads the article from stdin when FILE is "-", with the same result as from the file', async () => {
    const fromFile = await runCli(['extract', SAMPLE]);
    const fromStdin = await runCli(['extract', '-'], { input: readFileSync(SAMPLE) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reads a named pipe as a stream, with the same result as from the file (a regular file is read at once)', async () => {
    const fifo = join(dir, 'article.fifo');
    execFileSync('mkfifo', [fifo]);
    // the writer opens the pipe once the reader has: it is fed in two pieces, after the command starts
    const text = readFileSync(SAMPLE);
    const writer = createWriteStream(fifo);
    writer.write(text.subarray(0, 1000));
    setTimeout(() => writer.end(text.subarray(1000)), 200);
    const [fromPipe, fromFile] = await Promise.all([runCli(['extract', fifo]), runCli(['extract', SAMPLE])]);
    expect(fromPipe.status).toBe(0);
    expect(fromPipe.stdout).toBe(fromFile.stdout);
  });

  it('an empty file gives an empty quote list and exit 0', async () => {
    const run = await runCli(['extract', file('empty.txt', '')]);
    expect(run.status).toBe(0);
    expect(ExtractResult.parse(JSON.parse(run.stdout)).quotes).toEqual([]);
  });

  it('a leading byte-order mark is dropped, so offsets match the text without it', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const withBom = await runCli(['extract', file('bom.txt', '\uFEFF' + text)]);
    const plain = await runCli(['extract', SAMPLE]);
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });

  it('--format text prints one row per statement and a count, not JSON', async () => {
    const json = ExtractResult.parse(JSON.parse((await runCli(['extract', SAMPLE])).stdout));
    const run = await runCli(['extract', SAMPLE, '--format', 'text']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimStart().startsWith('{')).toBe(false);
    const n = json.quotes.length;
    expect(run.stdout).toMatch(new RegExp(`^${n} found(: .*)?$`, 'm'));
    if (n > 0) {
      expect(run.stdout).toMatch(/^KIND\s+SPEAKER\s+HOW\s+TEXT\s+CONFIDENCE$/m);
      const rows = run.stdout.split('\n').filter((line) => /^(Quote|Partial quote|Paraphrase)\s/.test(line));
      // the pieces of a statement given in several share one row
      const statements = new Set(json.quotes.map((q) => q.group ?? q.id)).size;
      expect(rows).toHaveLength(statements);
    } else {
      expect(run.stdout).toMatch(/no quotations or claims found/);
    }
  });
});

describe('saidby extract refuses unreadable input with one line and exit 2', () => {
  it.each([
    ['a missing file', () => join(dir, 'does-not-exist.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['Latin-1 bytes (not UTF-8)', () => file('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), /not valid UTF-8/],
    ['a truncated UTF-8 sequence', () => file('cut.txt', Uint8Array.from([0x22, 0xe2, 0x80])), /not valid UTF-8/],
  ])('%s', async (_name, makePath, reason) => {
    const path = makePath();
    const run = await runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^saidby: cannot read ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(run.stderr).toMatch(reason);
  });

  it('invalid UTF-8 on stdin is refused the same way', async () => {
    const run = await runCli(['extract', '-'], { input: Uint8Array.from([0xff, 0xfe, 0x41]) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('saidby: cannot read stdin: not valid UTF-8 text\n');
  });
});
