import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/store/password.js';
import { PgBackend } from '../../src/store/pg/backend.js';
import { CLI, runCli } from '../cli/run-cli.js';
import { meta, VENEZUELA_TEXT, venezuelaQuotes } from '../store/fixtures.js';
import { csrfFrom, PASSWORD } from '../web/app-harness.js';
import { pgForTests, startTestCluster, type TestCluster } from './cluster.js';

const bin = pgForTests();
const SECRET = 'two-servers-share-this-secret-0123456789';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => probe.once('listening', ok));
  const port = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** `saidby serve --db postgres://…` as its own process; resolves with its address once it serves. */
async function serve(db: string, children: ChildProcess[], extra: string[] = []): Promise<string> {
  const port = await freePort();
  const proc = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--db', db, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SAIDBY_SESSION_SECRET: SECRET },
  });
  children.push(proc);
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((ok, fail) => {
    proc.stdout?.on('data', (d: Buffer) => d.toString().includes('serving') && ok());
    proc.once('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return `http://127.0.0.1:${port}`;
}

/** The cookies a browser would hold across both servers (one site behind one proxy). */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: { headers: Record<string, unknown> }): void {
    const set = res.headers['set-cookie'];
    for (const line of Array.isArray(set) ? (set as string[]) : []) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Two app servers on one PostgreSQL database, as behind a load balancer (one of them with two workers). */
describe.skipIf(bin === null)('two app servers on one PostgreSQL database', () => {
  let cluster: TestCluster;
  let url: string;
  const children: ChildProcess[] = [];
  let one: string;
  let two: string;

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    url = cluster.url;
    const store = await PgBackend.open(url, 2);
    await store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
    await store.addUser('ana', await hashPassword(PASSWORD));
    await store.close();
    // The second runs two worker processes of its own: three servers' pools on one database.
    [one, two] = await Promise.all([serve(url, children), serve(url, children, ['--workers', '2'])]);
  }, 90_000);

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    cluster?.stop();
  });

  it('a session made on one server works on the other; a review saved on one is seen on the other; a stale edit there is 409', async () => {
    const jar = new Jar();
    const form = await request(one).get('/signin');
    jar.take(form);
    const signIn = await request(one).post('/signin').set('Cookie', jar.header).type('form').send({ _csrf: csrfFrom(form.text), name: 'ana', password: PASSWORD });
    expect(signIn.status).toBe(303);
    jar.take(signIn);

    // Signed in on the other server too: its page offers the review form, with a token.
    const page = await request(two).get('/attributions/1').set('Cookie', jar.header);
    expect(page.status).toBe(200);
    jar.take(page);
    const token = csrfFrom(page.text);

    const saved = await request(one).post('/attributions/1/review').set('Cookie', jar.header).type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(saved.status).toBe(303);
    const seen = await request(two).get('/api/attributions?status=confirmed');
    expect(seen.status).toBe(200);
    expect((seen.body as { items: { id: number; version: number }[] }).items.map((r) => [r.id, r.version])).toEqual([[1, 2]]);

    const stale = await request(two).post('/attributions/1/review').set('Cookie', jar.header).type('form').send({ _csrf: token, action: 'reject', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Not saved:');
    expect(stale.text).toContain('after you opened it');

    // Signed out on one: the session is gone on the other.
    const out = await request(two).post('/signout').set('Cookie', jar.header).type('form').send({ _csrf: token });
    expect(out.status).toBe(303);
    const after = await request(one).post('/attributions/2/review').set('Cookie', jar.header).type('form').send({ _csrf: token, action: 'confirm', version: 1 });
    expect(after.status).toBe(401);
  });

  it('a server refuses to start on PostgreSQL without the shared session secret, and says why', async () => {
    const env = { ...process.env };
    delete env['SAIDBY_SESSION_SECRET'];
    const run = await runCli(['serve', '--port', '0', '--db', url], { killAfterMs: 20_000, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('set SAIDBY_SESSION_SECRET');
  });

  it('$DATABASE_URL selects the database when --db and $SAIDBY_DB are not given', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
    delete env['SAIDBY_DB'];
    const run = await runCli(['user', 'list'], { killAfterMs: 20_000, env });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ana');
  });

  it('a database that is not there is one line with the way out, the password never printed', async () => {
    const missing = url.replace('/saidby?', '/nosuch?').replace('postgres://saidby@', 'postgres://saidby:hunter2@');
    const run = await runCli(['user', 'list', '--db', missing], { killAfterMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('database "nosuch" does not exist');
    expect(run.stderr).toContain('saidby:***@');
    expect(run.stderr).not.toContain('hunter2');
  });
});
