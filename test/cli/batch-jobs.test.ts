import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './run-cli.js';

// `saidby batch --jobs N` extracts on N worker threads; whatever N, the run must be the same
// run: the same bytes out in input order, the same messages on stderr, the same exit status.

const dir = mkdtempSync(join(tmpdir(), 'saidby-batch-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = readFileSync(SAMPLE, 'utf8');
const paragraphs = sample.split('\n\n');

/** Articles of very different lengths, so a short one finishes on one worker before a long one started earlier on the other. */
function corpus(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 7 === 0 ? sample.repeat(3) : paragraphs.slice(i % paragraphs.length, (i % paragraphs.length) + 1 + (i % 4)).join('\n\n');
    lines.push(JSON.stringify({ id: `doc-${i}`, text: `"Line ${i} is here," Ana Ruiz said.\n\n${text}` }));
  }
  return lines;
}

/** The summary line's timing is the one thing allowed to differ. */
const withoutTiming = (stderr: string): string => stderr.replace(/, \d+\.\d s\n$/, ', T s\n');

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('saidby batch --jobs', () => {
  it('writes the same bytes, in input order, with one job and with three', async () => {
    const input = file('mixed.jsonl', corpus(40));
    const one = await runCli(['batch', input, '--jobs', '1']);
    const three = await runCli(['batch', input, '--jobs', '3']);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `doc-${i}`),
    );
    expect(withoutTiming(three.stderr)).toBe(withoutTiming(one.stderr));
  });

  it('reports a line that fails on a worker exactly as one job does, in its place, and exits 1', async () => {
    const good = corpus(12);
    const lines = [
      ...good.slice(0, 3),
      '{"id": "no-text"}',
      good[3] as string,
      'not json at all',
      ...good.slice(4, 9),
      JSON.stringify({ id: 7, text: 'An id that is a number.' }),
      '',
      ...good.slice(9),
    ];
    const input = file('failing.jsonl', lines);
    const one = await runCli(['batch', input, '-j', '1']);
    const two = await runCli(['batch', input, '-j', '2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(withoutTiming(two.stderr)).toBe(withoutTiming(one.stderr));
    const messages = two.stderr.trimEnd().split('\n');
    expect(messages.slice(0, 3)).toEqual([
      `${input}:4: text: Invalid input: expected string, received undefined`,
      expect.stringMatching(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6: not valid JSON`)),
      `${input}:12: id: Invalid input: expected string, received number`,
    ]);
    expect(messages[3]).toMatch(/^saidby batch: 12 documents, \d+ quotes, 3 failed lines, \d+\.\d s$/);
  });

  it('the same from stdin, and with --quotes-only', async () => {
    const input = corpus(15).join('\n') + '\n';
    const one = await runCli(['batch', '--quotes-only', '--jobs', '1'], { input });
    const two = await runCli(['batch', '--quotes-only', '--jobs', '2'], { input });
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).not.toMatch(/"kind":"indirect"/);
  });

  it.each([['0'], ['-2'], ['1.5'], ['many'], ['257']])('refuses --jobs %s with one line and exit 2, writing nothing', async (jobs) => {
    const out = join(dir, `refused-${jobs}.jsonl`);
    const run = await runCli(['batch', file('small.jsonl', corpus(2)), '--jobs', jobs, '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`saidby: bad option --jobs: ${jobs} is not a whole number from 1 to 256\n`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('--help describes --jobs', async () => {
    const run = await runCli(['batch', '--help']);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/-j, --jobs <n> articles extracted at once, each on a worker thread \(default: one per core\)/);
    expect(help).toMatch(/output is the same, byte for byte, whatever the number of jobs/);
  });
});
