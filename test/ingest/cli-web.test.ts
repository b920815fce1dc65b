import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInterval } from '../../src/cli/watch.js';
import { serve, startLocalServer, type LocalServer } from './local-server.js';

/** The built CLI (test/global-setup.ts builds dist/ first), run without blocking this process's server. */
const CLI = resolve('dist/cli.js');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8');

function saidby(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      ok({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

let server: LocalServer;
let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-cliweb-'));
  db = join(dir, 'review.db');
  server = await startLocalServer({
    '/news/harbour-budget': serve(fixture('news-article.html'), 'text/html; charset=utf-8'),
    '/news/port-strike': serve(fixture('og-only.html'), 'text/html'),
    '/rss.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"r1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"r1"' }).end(fixture('feed-rss.xml').replaceAll('BASE', server.base));
    },
    '/atom.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fixture('feed-atom.xml').replaceAll('BASE', `${server.base}/drop`)),
    // hangs up without an answer
    '/drop/news/port-strike': (req) => req.socket.destroy(),
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('saidby ingest URL', () => {
  it('fetches and stores a page, and the same page again is a duplicate', async () => {
    const first = await saidby(['ingest', `${server.base}/news/harbour-budget`, '--db', db, '--allow-private-hosts']);
    expect(first.stderr).toContain(`saidby: fetching ${server.base}/news/harbour-budget`);
    expect(first.stdout).toMatch(/^ingested 1 article \(\d+ attributions\), 0 duplicates, 0 failed/);
    expect(first.status).toBe(0);
    const again = await saidby(['ingest', `${server.base}/news/harbour-budget`, '--db', db, '--allow-private-hosts']);
    expect(again.stdout).toMatch(/^ingested 0 articles \(0 attributions\), 1 duplicate, 0 failed/);
  });

  it('refuses the local server without --allow-private-hosts: exit 2, one line, no connection', async () => {
    const r = await saidby(['ingest', `${server.base}/news/harbour-budget`, '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/saidby: .*127\.0\.0\.1 is on a private or local network \(127\.0\.0\.1\)/);
    expect(server.connections()).toBe(0);
  });

  it('a scheme other than http(s) is exit 2 before anything is fetched', async () => {
    const r = await saidby(['ingest', 'file:///etc/passwd', '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('saidby: only http:// and https:// addresses can be fetched, not file://');
  });

  it('a page that is missing is counted as failed: exit 1', async () => {
    const r = await saidby(['ingest', `${server.base}/news/nothing-here`, '--db', db, '--allow-private-hosts']);
    expect(r.stderr).toMatch(/nothing-here: skipped: .* answered 404/);
    expect(r.status).toBe(1);
  });

  it('a feed address imports its items, and saidby watch then finds the feed unchanged', async () => {
    const r = await saidby(['ingest', `${server.base}/rss.xml`, '--db', db, '--allow-private-hosts']);
    expect(r.stderr).toContain(`${server.base}/rss.xml: 2 items, 2 imported, 0 already known, 0 failed`);
    expect(r.stdout).toMatch(/^ingested 2 articles/);
    const w = await saidby(['watch', '--db', db, '--allow-private-hosts']);
    expect(w.stderr).toContain(`${server.base}/rss.xml: unchanged since the last look`);
    expect(w.stdout).toMatch(/watched 1 feed: 0 new articles, 0 failed/);
    expect(w.status).toBe(0);
  });

  it('watch reports items it cannot fetch and exits 1', async () => {
    const w = await saidby(['watch', `${server.base}/atom.xml`, '--db', db, '--allow-private-hosts']);
    expect(w.stderr).toMatch(/port-strike: .*could not be fetched/);
    expect(w.stdout).toMatch(/watched 1 feed: 0 new articles, 1 failed/);
    expect(w.status).toBe(1);
  });
});

describe('parseInterval', () => {
  it.each([
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['90s', 90_000],
    ['0.5h', 1_800_000],
  ])('%s -> %d ms', (raw, ms) => expect(parseInterval(raw)).toBe(ms));

  it.each(['15', '5s', 'soon', '-1m'])('refuses %s', (raw) => expect(() => parseInterval(raw)).toThrow(/bad option --every/));
});
