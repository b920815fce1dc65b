import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteBackend } from '../../src/store/sqlite-backend.js';
import { Store } from '../../src/store/store.js';
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
