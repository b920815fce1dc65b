import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterCrash, CRASH_WINDOW_MS, MAX_CRASHES } from '../../src/cli/restart-policy.js';
import { CLI } from '../cli/run-cli.js';

// `serve --workers N` keeps serving when one worker dies: the primary restarts it after a
// back-off and says so on stderr, and gives up only when workers keep dying. The rate limits,
// counted in the primary by the client's address behind a trusted proxy, outlive a restart.

describe('what the primary does after a worker crash', () => {
  const t0 = 1_000_000;
  const seconds = (...s: number[]) => s.map((x) => t0 + x * 1000);
  it.each([
    ['the first crash', seconds(0), 0, { action: 'restart', delayMs: 100 }],
    ['a second within the minute', seconds(0, 1), 1, { action: 'restart', delayMs: 200 }],
    ['a fourth within the minute', seconds(0, 1, 2, 3), 3, { action: 'restart', delayMs: 800 }],
    [`the ${MAX_CRASHES}th within the minute`, seconds(0, 1, 2, 3, 4), 4, { action: 'stop', crashes: 5 }],
    // at 80 s only the crashes at 40, 60 and 80 s are within the minute
    ['five crashes spread over more than a minute', seconds(0, 20, 40, 60, 80), 80, { action: 'restart', delayMs: 400 }],
  ])('%s', (_what, times, nowSeconds, expected) => {
    expect(afterCrash(times, t0 + nowSeconds * 1000)).toEqual(expected);
  });

  it('the window is a minute', () => expect(CRASH_WINDOW_MS).toBe(60_000));
});

let dir: string;
let child: ChildProcess | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-workers-'));
});
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => probe.once('listening', ok));
  const port = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** The workers of a `serve --workers` primary: its child processes. */
function workerPids(primary: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(primary)], { encoding: 'utf8' });
  return out.split('\n').map((l) => Number(l.trim())).filter((n) => n > 0);
}

/** Starts `serve --workers 2` and resolves once it says it is serving; collects stderr. */
async function serveWorkers(port: number, extra: string[] = []): Promise<{ proc: ChildProcess; stderr: () => string }> {
  const proc = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--workers', '2', '--db', join(dir, 'w.db'), ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((ok, fail) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('with 2 workers')) ok();
    });
    proc.once('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { proc, stderr: () => stderr };
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** One sign-in attempt on its own connection (no CSRF token: a 403 unless rate-limited). */
function signInAttempt(port: number, client: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1', port, path: '/signin', method: 'POST', agent: false,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
      },
      (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      },
    );
    req.once('error', fail);
    req.end('name=ana&password=wrong');
  });
}

describe('saidby serve --workers 2', () => {
  it('a killed worker is restarted and said so on stderr; the server keeps answering and stops cleanly', async () => {
    const port = await freePort();
    const { proc, stderr } = await serveWorkers(port);
    const before = workerPids(proc.pid ?? 0);
    expect(before).toHaveLength(2);
    process.kill(before[0] ?? 0, 'SIGKILL');
    await until(() => /restarted and serving/.test(stderr()), 'the restart');
    expect(stderr()).toMatch(new RegExp(`worker ${before[0]} was killed \\(SIGKILL\\); restarting it in \\d+ ms`));
    const after = workerPids(proc.pid ?? 0);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    for (let i = 0; i < 4; i++) expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    proc.kill('SIGTERM');
    expect(await new Promise((ok) => proc.once('exit', ok))).toBe(0);
  }, 30_000);

  it('workers that keep dying stop the server with a reason and exit 70', async () => {
    const port = await freePort();
    const { proc, stderr } = await serveWorkers(port);
    const exited = new Promise((ok) => proc.once('exit', ok));
    for (let crash = 1; crash <= MAX_CRASHES; crash++) {
      await until(() => workerPids(proc.pid ?? 0).length === 2 || proc.exitCode !== null, 'two workers');
      const [victim] = workerPids(proc.pid ?? 0);
      process.kill(victim ?? 0, 'SIGKILL');
      await until(() => stderr().split(`worker ${victim} was killed`).length === 2, `crash ${crash} to be seen`);
    }
    expect(await exited).toBe(70);
    expect(stderr()).toMatch(/5 crashes within a minute, stopping the server/);
  }, 30_000);

  it('behind a trusted proxy, each client has its own sign-in limit, shared by the workers and kept across a restart', async () => {
    const port = await freePort();
    const { proc, stderr } = await serveWorkers(port, ['--trust-proxy', 'loopback']);
    const a: number[] = [];
    for (let i = 0; i < 21; i++) a.push(await signInAttempt(port, '203.0.113.1'));
    // 20 attempts per client per 15 minutes across both workers; each counting alone would allow 40
    expect(a.slice(0, 20).every((s) => s === 403)).toBe(true);
    expect(a[20]).toBe(429);
    expect(await signInAttempt(port, '203.0.113.2')).toBe(403);
    const [victim] = workerPids(proc.pid ?? 0);
    process.kill(victim ?? 0, 'SIGKILL');
    await until(() => /restarted and serving/.test(stderr()), 'the restart');
    for (let i = 0; i < 4; i++) expect(await signInAttempt(port, '203.0.113.1')).toBe(429);
    proc.kill('SIGTERM');
    expect(await new Promise((ok) => proc.once('exit', ok))).toBe(0);
  }, 30_000);
});
