import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The built CLI, as a user runs it (test/global-setup.ts builds dist/ first). */
const CLI = resolve('dist/cli.js');
const SAMPLE = readFileSync(resolve('data/samples/cnn-2025-02-01-venezuela-detainees.txt'), 'utf8');

function saidby(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-cli-'));
  db = join(dir, 'review.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saidby ingest', () => {
  it('stores good files, skips a bad one with its reason, and sums up; the same text as HTML is a duplicate', () => {
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), SAMPLE);
    writeFileSync(join(dir, 'in', 'sub', 'b.html'), `<html><head><title>B</title></head><body><p>${SAMPLE.replaceAll('\n\n', '</p><p>')}</p></body></html>`);
    writeFileSync(join(dir, 'in', 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00]));
    const first = saidby(['ingest', join(dir, 'in'), '--db', db]);
    expect(first.stderr).toMatch(/bad\.txt: skipped: not valid UTF-8/);
    expect(first.stdout).toMatch(/^ingested 1 article \(\d+ attributions\), 1 duplicate, 1 failed/);
    expect(first.status).toBe(1);
    const again = saidby(['ingest', join(dir, 'in', 'a.txt'), '--db', db]);
    expect(again.stdout).toMatch(/^ingested 0 articles \(0 attributions\), 1 duplicate, 0 failed/);
    expect(again.status).toBe(0);
  });

  it('a path that does not exist is exit 2 with one line', () => {
    const r = saidby(['ingest', join(dir, 'missing'), '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a SIGKILL mid-ingest leaves every article whole or absent', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 400; i++) writeFileSync(join(folder, `copy-${String(i).padStart(3, '0')}.txt`), `${SAMPLE}\n\nCopy ${i}.`);
    const child = spawn(process.execPath, [CLI, 'ingest', folder, '--db', db], { stdio: 'ignore' });
    // Kill once some articles are in (the db exists and has rows), while more are on the way.
    const started = Date.now();
    for (;;) {
      await new Promise((ok) => setTimeout(ok, 100));
      let stored = 0;
      try {
        const peek = new Database(db, { readonly: true, fileMustExist: true });
        stored = (peek.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        peek.close();
      } catch {
        // not created yet
      }
      if (stored >= 5 || Date.now() - started > 20_000) break;
    }
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));

    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const articles = (check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(400);
    // every stored copy has exactly as many attributions as the first one, and a search row for each
    const perArticle = check.prepare('SELECT count(a.id) AS n FROM articles ar LEFT JOIN attributions a ON a.article_id = ar.id GROUP BY ar.id').all() as { n: number }[];
    expect(new Set(perArticle.map((r) => r.n)).size).toBe(1);
    const attributions = (check.prepare('SELECT count(*) AS n FROM attributions').get() as { n: number }).n;
    const searchRows = (check.prepare("SELECT count(*) AS n FROM attribution_search WHERE attribution_search MATCH 'venezuela OR trump OR the OR a'").get() as { n: number }).n;
    expect(searchRows).toBeLessThanOrEqual(attributions);
    check.close();
    // and the rest ingests cleanly afterwards
    const rest = saidby(['ingest', folder, '--db', db]);
    expect(rest.status).toBe(0);
    expect(rest.stdout).toMatch(new RegExp(`ingested ${400 - articles} articles .* ${articles} duplicates, 0 failed`));
  }, 120_000);
});

describe('saidby user add', () => {
  it.each([
    ['a good password from stdin', 'ana', 'long enough pw\n', 0, /reviewer "ana" added/],
    ['an empty password', 'ben', '\n', 2, /empty password/],
    ['a short password', 'ben', 'short\n', 2, /too short/],
    ['a bad name', 'no spaces please', 'long enough pw\n', 2, /user name/],
  ])('%s', (_what, name, input, status, message) => {
    const r = saidby(['user', 'add', name, '--db', db], input);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
  });

  it('a name already taken is refused', () => {
    saidby(['user', 'add', 'ana', '--db', db], 'long enough pw\n');
    const r = saidby(['user', 'add', 'ana', '--db', db], 'another long pw\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already exists/);
  });
});

describe('saidby export', () => {
  it('writes the filtered rows as CSV with a BOM, or as JSON', () => {
    writeFileSync(join(dir, 'a.txt'), SAMPLE);
    saidby(['ingest', join(dir, 'a.txt'), '--db', db]);
    const out = join(dir, 'grenell.csv');
    const r = saidby(['export', '--speaker', 'Ric Grenell', '-o', out, '--db', db]);
    expect(r.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFSpeaker,Speaker type,')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => l.includes('Richard Grenell'))).toBe(true);
    const json = saidby(['export', '--format', 'json', '--speaker', 'grenel', '--db', db]);
    expect(JSON.parse(json.stdout).length).toBe(rows.length);
  });

  it('an unknown kind is a usage error', () => {
    expect(saidby(['export', '--kind', 'quote', '--db', db]).status).toBe(2);
  });

  it('a database that does not exist is an error, not an empty export (and is not created)', () => {
    const missing = join(dir, 'typo', 'saidbyy.db');
    const r = saidby(['export', '--db', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no database at .*saidbyy\.db/);
    expect(r.stdout).toBe('');
    expect(existsSync(missing)).toBe(false);
  });
});

/** Resolves with the first group of `pattern` once the server prints it; rejects if it exits first. */
function printed(child: ReturnType<typeof spawn>, pattern: RegExp): Promise<string> {
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited ${code}`)));
  });
}

describe('saidby serve', () => {
  it('serves an empty database, prints its URL, answers /healthz and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await printed(child, /(http:\/\/127\.0\.0\.1:\d+\/)/);
    const health = await fetch(`${url}healthz`);
    expect(health.status).toBe(200);
    const list = await fetch(url);
    expect(await list.text()).toContain('No claims match');
    child.kill('SIGTERM');
    const code = await new Promise((ok) => child.once('exit', ok));
    expect(code).toBe(0);
  });

  it('SIGTERM while requests wait their turn: exit 0, and none of them is run against the closed database', async () => {
    expect(saidby(['ingest', resolve('data/samples/cnn-2025-02-01-venezuela-detainees.txt'), '--db', db]).status).toBe(0);
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await printed(child, /(http:\/\/127\.0\.0\.1:\d+\/)/);
    const http = await import('node:http');
    const exited = new Promise((ok) => child.once('exit', ok));
    // 200 page views at once, each on its own connection; the server is stopped while they queue.
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      http
        .get(`${url}?q=venezuela`, { agent: false }, (res) => {
          answered++;
          res.resume();
          if (answered === 20) child.kill('SIGTERM');
        })
        .on('error', () => {});
    }
    expect(await exited).toBe(0);
    expect(answered).toBeGreaterThanOrEqual(20);
    expect(stderr).not.toMatch(/not open|Error/);
  }, 30_000);

  it('--workers 2: the workers share the rate limits (counted in the primary), and all stop on SIGTERM', async () => {
    const { createServer } = await import('node:net');
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((ok) => probe.once('listening', ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise((ok) => probe.close(ok));
    const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--workers', '2', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await printed(child, /(with 2 workers)/);
    const http = await import('node:http');
    // A new connection per request (agent: false): the primary hands connections to the
    // workers in turn, so the attempts are spread over both.
    const signIn = () =>
      new Promise<number>((ok, fail) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: '/signin', method: 'POST', agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
          (res) => {
            res.resume();
            ok(res.statusCode ?? 0);
          },
        );
        req.once('error', fail);
        req.end('name=ana&password=wrong');
      });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push(await signIn());
    // 20 attempts a client per 15 minutes, across the workers: each counted alone would let 40 through.
    expect(statuses.slice(0, 20).every((s) => s === 403)).toBe(true);
    expect(statuses[20]).toBe(429);
    child.kill('SIGTERM');
    const code = await new Promise((ok) => child.once('exit', ok));
    expect(code).toBe(0);
  }, 30_000);

  it('a port in use is one clear line and exit 2', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((ok) => blocker.once('listening', ok));
    const port = (blocker.address() as { port: number }).port;
    const r = saidby(['serve', '--port', String(port), '--db', db]);
    blocker.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/port \d+ is already in use/);
  });
});
