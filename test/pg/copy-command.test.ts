import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBackend } from '../../src/store/pg/backend.js';
import { Store } from '../../src/store/store.js';
import { hashPassword } from '../../src/store/password.js';
import { runCli, SAMPLE } from '../cli/run-cli.js';
import { pgForTests, startTestCluster, type TestCluster } from './cluster.js';

const bin = pgForTests();

/** `saidby copy FILE --to postgres://…`: a desk moved from SQLite to PostgreSQL as it is. */
describe.skipIf(bin === null)('saidby copy', () => {
  let cluster: TestCluster;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    dir = mkdtempSync(join(tmpdir(), 'saidby-copy-'));
    file = join(dir, 'desk.db');
    const ingest = await runCli(['ingest', SAMPLE, '--db', file, '--jobs', '1']);
    expect(ingest.status).toBe(0);
    const store = Store.open(file);
    const [first] = store.articleAttributions(1);
    store.review(first!.id, { action: 'reject', version: 1 }, 'ana');
    store.addUser('ana', await hashPassword('a long enough password'));
    store.close();
  }, 90_000);

  afterAll(() => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every record, review and reviewer into an empty database, then refuses to copy over it', async () => {
    const run = await runCli(['copy', file, '--to', cluster.url]);
    expect(run.stderr).toMatch(/copying .* in one transaction/);
    expect(run.status).toBe(0);
    const sqlite = Store.open(file);
    const attributions = sqlite.totalAttributions();
    const [rejected] = sqlite.articleAttributions(1);
    sqlite.close();
    expect(run.stdout).toMatch(new RegExp(`^copied 1 articles, ${attributions} attributions, \\d+ speakers, 1 reviews and 1 reviewers in [\\d.]+ s -> postgres://`, 'm'));

    const pg = await PgBackend.open(cluster.url, 2);
    try {
      expect(await pg.totalAttributions()).toBe(attributions);
      expect((await pg.getAttribution(rejected!.id)).status).toBe('rejected');
      expect((await pg.reviews(rejected!.id)).map((r) => [r.userName, r.action])).toEqual([['ana', 'reject']]);
      expect((await pg.getUser('ana'))?.name).toBe('ana');
    } finally {
      await pg.close();
    }

    const again = await runCli(['copy', file, '--to', cluster.url]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already holds a desk \(1 articles, \d+ speakers, 1 users\): copy into an empty database/);
  }, 60_000);

  it.each([
    ['no destination', (f: string) => ['copy', f], /say where to copy to: --to postgres:/],
    ['a destination that is a file', (f: string) => ['copy', f, '--to', join(dir, 'other.db')], /--to must be a PostgreSQL address/],
    ['a missing desk', () => ['copy', join(dir, 'missing.db'), '--to', 'postgres://saidby@/saidby'], /no such file/],
  ])('%s is one line and exit 2', async (_what, args, message) => {
    const env = { ...process.env };
    delete env['DATABASE_URL'];
    const run = await runCli(args(file), { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
