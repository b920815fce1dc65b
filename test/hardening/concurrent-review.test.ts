import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { attributionIn, meta } from '../store/fixtures.js';
import { csrfFrom, makeHarness, PASSWORD, type Harness } from '../web/app-harness.js';

// Two reviewers editing one attribution must never lose an edit silently: both load version N,
// the first save wins, the second is refused (409 over HTTP), and the audit log holds exactly
// the first change. Checked through the app with two signed-in reviewers, and between two
// processes racing on the same database file.

let h: Harness | null = null;
afterEach(() => {
  h?.close();
  h = null;
});

/** A reviewer's own browser: signed in with their own session and CSRF token. */
async function reviewer(app: Harness['app'], name: string) {
  const agent = request.agent(app);
  const form = await agent.get('/signin');
  const res = await agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name, password: PASSWORD });
  if (res.status !== 303) throw new Error(`sign-in of ${name} failed: ${res.status}`);
  return agent;
}

/** What the review form on an attribution page carries: the CSRF token and the version it shows. */
async function openReviewPage(agent: ReturnType<typeof request.agent>, id: number) {
  const page = await agent.get(`/attributions/${id}`);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  if (!version) throw new Error('no version field on the review form');
  return { token: csrfFrom(page.text), version: Number(version) };
}

describe('two reviewers, one attribution, over HTTP', () => {
  it('both load version 1; the first save wins, the second gets 409, the audit log has only the first change', async () => {
    h = await makeHarness();
    if (!h.store.getUser('ben')) h.store.addUser('ben', await hashPassword(PASSWORD));
    const ana = await reviewer(h.app, 'ana');
    const ben = await reviewer(h.app, 'ben');
    const anaPage = await openReviewPage(ana, 1);
    const benPage = await openReviewPage(ben, 1);
    expect([anaPage.version, benPage.version]).toEqual([1, 1]);

    const first = await ana
      .post('/attributions/1/review')
      .type('form')
      .send({ _csrf: anaPage.token, action: 'correct', version: anaPage.version, speaker: 'Richard Grenell', note: 'ana: the post is Grenell’s' });
    expect(first.status).toBe(303);
    const second = await ben
      .post('/attributions/1/review')
      .set('Accept', 'application/json')
      .type('form')
      .send({ _csrf: benPage.token, action: 'reject', version: benPage.version, note: 'ben: not a quote' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatch(/changed by someone else/);

    const stored = h.store.getAttribution(1);
    expect(stored).toMatchObject({ speakerName: 'Richard Grenell', status: 'corrected', note: 'ana: the post is Grenell’s', version: 2 });
    const log = h.store.reviews(1);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ userName: 'ana', action: 'correct', note: 'ana: the post is Grenell’s' });
    expect(log[0]?.before).toMatchObject({ speaker: 'Donald Trump', status: 'unreviewed' });
    expect(log[0]?.after).toMatchObject({ speaker: 'Richard Grenell', status: 'corrected' });

    // ben reloads, sees ana's version, and his edit then goes through on top of it
    const reloaded = await openReviewPage(ben, 1);
    expect(reloaded.version).toBe(2);
    const retry = await ben.post('/attributions/1/review').type('form').send({ _csrf: reloaded.token, action: 'confirm', version: 2 });
    expect(retry.status).toBe(303);
    expect(h.store.reviews(1).map((r) => r.userName)).toEqual(['ana', 'ben']);
  });
});

const STORE_JS = fileURLToPath(new URL('../../dist/store/store.js', import.meta.url));
const QUOTES = 40;

/**
 * A second process with its own connection: it reads every attribution's version, says "ready",
 * waits for the start file, then reviews each one at the version it read. Prints the ids it won
 * and lost. (A start file, not a start time: on a loaded machine a process may start late, read
 * versions the other has already changed, and win them all without any race.)
 */
const RACER = `
const { existsSync } = await import('node:fs');
const { Store } = await import(process.env.STORE_JS);
const store = Store.open(process.env.DB);
const ids = JSON.parse(process.env.IDS);
const seen = ids.map((id) => [id, store.getAttribution(id).version]);
process.stdout.write('ready\\n');
while (!existsSync(process.env.GO_FILE)) {}
const won = [], lost = [];
for (const [id, version] of seen) {
  try { store.review(id, { action: 'correct', version, note: process.env.WHO, changes: { speaker: process.env.WHO } }, process.env.WHO); won.push(id); }
  catch (err) { if (err.name === 'VersionConflictError' || /changed/.test(err.message)) lost.push(id); else throw err; }
}
store.close();
process.stdout.write(JSON.stringify({ won, lost }));
`;

type Racer = { ready: Promise<void>; done: Promise<{ won: number[]; lost: number[] }> };

function race(db: string, ids: number[], who: string, goFile: string): Racer {
  const child = spawn(process.execPath, ['--input-type=module', '-e', RACER], {
    env: { ...process.env, STORE_JS: 'file://' + STORE_JS, DB: db, IDS: JSON.stringify(ids), WHO: who, GO_FILE: goFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (c: Buffer) => {
    out += c;
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (c: Buffer) => (err += c));
  const done = new Promise<{ won: number[]; lost: number[] }>((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(`racer ${who} exited ${code}: ${err}`))));
  });
  return { ready, done };
}

describe('two processes reviewing the same attributions at once', () => {
  it(`on ${QUOTES} attributions, exactly one save wins each, and each audit log holds exactly that save`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-race-'));
    try {
      const db = join(dir, 'race.db');
      const text = Array.from({ length: QUOTES }, (_, i) => `“Statement number ${i},” Pat Speaker said.`).join('\n\n');
      const quotes = Array.from({ length: QUOTES }, (_, i) => attributionIn(text, `“Statement number ${i},”`, 'Pat Speaker', 'Pat Speaker', 'said'));
      const setup = Store.open(db);
      setup.addArticle({ text, meta: meta('Race') }, quotes);
      const ids = setup.articleAttributions(1).map((a) => a.id);
      setup.close();
      expect(ids).toHaveLength(QUOTES);

      // both read every version first, then start together: the classic lost-update window
      const goFile = join(dir, 'go');
      const first = race(db, ids, 'racer-one', goFile);
      const second = race(db, ids, 'racer-two', goFile);
      await Promise.all([first.ready, second.ready]);
      writeFileSync(goFile, '');
      const [one, two] = await Promise.all([first.done, second.done]);

      const check = Store.open(db);
      try {
        for (const id of ids) {
          const winners = [one, two].filter((r) => r.won.includes(id));
          expect(winners, `attribution ${id}`).toHaveLength(1);
          const winner = winners[0] === one ? 'racer-one' : 'racer-two';
          const log = check.reviews(id);
          expect(log.map((r) => r.userName), `audit of ${id}`).toEqual([winner]);
          expect(check.getAttribution(id)).toMatchObject({ version: 2, note: winner, speakerName: winner });
        }
        expect(one.won.length + two.won.length).toBe(QUOTES);
        expect(one.lost.length + two.lost.length).toBe(QUOTES);
      } finally {
        check.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
