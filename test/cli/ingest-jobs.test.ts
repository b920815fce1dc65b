import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './run-cli.js';

// `saidby ingest --jobs N` reads and extracts N files at once on worker threads and stores them
// one by one in the order found: the database, the summary and the messages are those of one job.

const dir = mkdtempSync(join(tmpdir(), 'saidby-ingest-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paragraphs = readFileSync(SAMPLE, 'utf8').split('\n\n');
const articles = join(dir, 'articles');
mkdirSync(articles);
for (let i = 0; i < 24; i++) {
  // Files 20-23 repeat the text of files 0-3: the later copy is the duplicate, whichever worker finishes first.
  const n = i % 20;
  const text = `"Item ${n} stands," Ana Ruiz said.\n\n${paragraphs.slice(n % paragraphs.length, (n % paragraphs.length) + 1 + (n % 5)).join('\n\n')}`;
  writeFileSync(join(articles, `article-${String(i).padStart(2, '0')}.txt`), text);
}
writeFileSync(join(articles, 'blank.txt'), '  \n');
writeFileSync(join(articles, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
writeFileSync(join(articles, 'page.html'), '<html><head><title>Vote</title></head><body><p>"We won," Bo Li said.</p></body></html>');
writeFileSync(join(articles, 'notes.md'), '# Notes\n\n"It is *late*," the mayor said.');

async function ingestWith(jobs: string): Promise<{ status: number | null; stdout: string; stderr: string; exported: string }> {
  const db = join(dir, `jobs-${jobs}.db`);
  const run = await runCli(['ingest', articles, '--db', db, '--jobs', jobs]);
  const exported = await runCli(['export', '--format', 'json', '--db', db]);
  expect(exported.status).toBe(0);
  return { ...run, stdout: run.stdout.replace(db, 'DB'), exported: exported.stdout };
}

describe('saidby ingest --jobs', () => {
  it('stores the same articles and attributions, in the same order, with one job and with three', async () => {
    const one = await ingestWith('1');
    const three = await ingestWith('3');
    expect(one.status).toBe(1);
    expect(three.status).toBe(1);
    expect(one.stdout).toMatch(/^ingested 22 articles \(\d+ attributions\), 4 duplicates, 2 failed -> DB\n$/);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr).toBe(
      `saidby: ${join(articles, 'blank.txt')}: skipped: no article text\n` + `saidby: ${join(articles, 'latin1.txt')}: skipped: not valid UTF-8\n`,
    );
    expect(three.exported).toBe(one.exported);
    expect(JSON.parse(one.exported)).toHaveLength(Number(/\((\d+) attributions\)/.exec(one.stdout)?.[1]));
  });

  it('refuses a --jobs that is not a whole number from 1, before opening the database', async () => {
    const db = join(dir, 'refused.db');
    const run = await runCli(['ingest', articles, '--db', db, '--jobs', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('saidby: bad option --jobs: 0 is not a whole number from 1 to 256\n');
    expect(() => readFileSync(db)).toThrow();
  });
});
