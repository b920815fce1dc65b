import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { PgBackend } from '../../src/store/pg/backend.js';
import { SqliteBackend } from '../../src/store/sqlite-backend.js';
import { Store } from '../../src/store/store.js';
import { pgForTests, startTestCluster, type TestCluster } from '../pg/cluster.js';
import { backendContract } from './backend-contract.js';

let dir: string | null = null;

backendContract({
  name: 'SQLite (a database file)',
  async open() {
    dir = mkdtempSync(join(tmpdir(), 'saidby-contract-'));
    return new SqliteBackend(Store.open(join(dir, 'contract.db')));
  },
  async dispose() {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  },
});

backendContract({
  name: 'SQLite (in memory)',
  async open() {
    return new SqliteBackend(Store.open(':memory:'));
  },
});

const pgBin = pgForTests();
let cluster: TestCluster | null = null;
let databases = 0;

describe.skipIf(pgBin === null)('on PostgreSQL', () => {
  beforeAll(() => {
    cluster = startTestCluster(pgBin as string);
  }, 60_000);
  afterAll(() => cluster?.stop());

  backendContract({
    name: 'PostgreSQL (a throw-away cluster, a fresh database per test)',
    async open() {
      return PgBackend.open((cluster as TestCluster).createDatabase(`contract_${++databases}`), 3);
    },
  });
});
