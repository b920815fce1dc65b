import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatByteCount, parseByteCount } from '../../src/cli/read-input.js';
import { CLI, runCli } from './run-cli.js';

// Endless or huge input: `extract` refuses input past --max-bytes (default 50 MB) with one line
// and exit 2; `batch` applies --max-bytes to each line, reporting and skipping a longer line
// without ever holding it whole, and answers each line as soon as it ends.

const dir = mkdtempSync(join(tmpdir(), 'saidby-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (id: string, text: string): string => JSON.stringify({ id, text });

describe('parseByteCount and formatByteCount', () => {
  it.each([
    ['1000', 1000],
    ['500k', 500 * 1024],
    ['50M', 50 * 1024 ** 2],
    ['50MB', 50 * 1024 ** 2],
    ['1.5GiB', 1.5 * 1024 ** 3],
  ])('%s is %i bytes', (raw, bytes) => expect(parseByteCount(raw)).toBe(bytes));

  it.each([['0'], ['-5'], ['ten'], ['5T'], ['']])('%j is refused', (raw) => expect(() => parseByteCount(raw)).toThrow(/not a size/));

  it.each([
    [50 * 1024 ** 2, '50 MB'],
    [1536, '1.5 kB'],
    [999, '999 bytes'],
  ])('%i bytes reads as %s', (bytes, text) => expect(formatByteCount(bytes)).toBe(text));
});

describe('saidby extract --max-bytes', () => {
  it('/dev/zero is refused at the default 50 MB with one line and exit 2', async () => {
    const run = await runCli(['extract', '/dev/zero'], { killAfterMs: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('saidby: /dev/zero is larger than 50 MB (raise the limit with --max-bytes)\n');
    expect(run.stdout).toBe('');
  }, 60_000);

  // a regular file that says it holds 0 bytes and holds gigabytes (one 8-byte entry per page of
  // the process's address space): its size must not stand in for the limit
  it.runIf(existsSync('/proc/self/pagemap') && statSync('/proc/self/pagemap').size === 0)(
    'a file in /proc whose size reads 0 is refused at the limit, not read to its end',
    async () => {
      const run = await runCli(['extract', '/proc/self/pagemap', '--max-bytes', '5M'], { killAfterMs: 30_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('saidby: /proc/self/pagemap is larger than 5 MB (raise the limit with --max-bytes)\n');
    },
    60_000,
  );

  it('a file over a lower limit is refused; at the limit it is read', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, '“We are ready,” Maria Lopez said.'.padEnd(2000, ' '));
    const over = await runCli(['extract', file, '--max-bytes', '1k']);
    expect(over.status).toBe(2);
    expect(over.stderr).toBe(`saidby: ${file} is larger than 1 kB (raise the limit with --max-bytes)\n`);
    const enough = await runCli(['extract', file, '--max-bytes', '2k']);
    expect(enough.status).toBe(0);
    expect(JSON.parse(enough.stdout).quotes).toHaveLength(1);
  });

  it('standard input has the same limit', async () => {
    const run = await runCli(['extract', '-', '--max-bytes', '100'], { input: 'x'.repeat(101) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('saidby: stdin is larger than 100 bytes (raise the limit with --max-bytes)\n');
  });

  it('a --max-bytes that is not a size is a usage error', async () => {
    const run = await runCli(['extract', '/dev/null', '--max-bytes', 'lots']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^saidby: bad option --max-bytes: "lots" is not a size/);
  });
});

describe('saidby batch --max-bytes', () => {
  it('a line over the limit is reported as a bad line and skipped; the others are processed', async () => {
    const input = [line('short', '“Yes,” Ann Lee said.'), line('long', 'x'.repeat(5000)), line('after', 'Nothing quoted.')].join('\n') + '\n';
    const run = await runCli(['batch', '-', '--max-bytes', '1k'], { input });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^stdin:2: line of 4\.9 kB is longer than 1 kB \(the --max-bytes limit\); skipped$/m);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['short', 'after']);
  });

  it('a 64 MB line is dropped as it is read, not held: the run fits in a 40 MB heap', async () => {
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--max-old-space-size=40', CLI, 'batch', '-', '--max-bytes', '1M'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.on('error', () => {});
      const piece = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 64) {
          sent++;
          if (!child.stdin.write(piece)) return void child.stdin.once('drain', pump);
        }
        child.stdin.end('\n' + line('next', '“Yes,” Ann Lee said.') + '\n');
      };
      pump();
    });
    expect(run.stderr).toMatch(/^stdin:1: line of 64 MB is longer than 1 MB/m);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).id).toBe('next');
  }, 60_000);

  it('answers each line as soon as it ends, before the input is closed, and a last line without a newline still counts', async () => {
    const child = spawn(process.execPath, [CLI, 'batch', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    const firstAnswer = new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (c: string) => {
        stdout += c;
        if (stdout.includes('\n')) resolve();
      });
    });
    child.stdin.write(line('first', '“Yes,” Ann Lee said.') + '\n');
    await firstAnswer;
    expect(JSON.parse(stdout).id).toBe('first');
    child.stdin.end(line('last', 'No newline after me.'));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['first', 'last']);
  }, 60_000);
});
