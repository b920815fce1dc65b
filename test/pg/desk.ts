import { afterAll, beforeAll } from 'vitest';
import type pg from 'pg';
import { copyFromSqlite } from '../../src/store/pg/copy-from-sqlite.js';
import { migratePg } from '../../src/store/pg/migrations.js';
import { createPool } from '../../src/store/pg/pool.js';
import { Store } from '../../src/store/store.js';
import { startTestCluster } from './cluster.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from '../store/fixtures.js';

const BORDER_TEXT = [
  '“They were deported in the night,” Grenell said.',
  '“Six hostages is six too many,” Maduro told reporters.',
  '“We will not stop the deportations,” the White House said in a statement.',
  '“Nobody asked us,” a family member said.',
].join('\n\n');

/**
 * A small desk in an in-memory SQLite store: two articles, five speakers, one record rejected,
 * one corrected with a note, one with no speaker. The PostgreSQL tests copy it across
 * (copyFromSqlite) and hold both engines to the same answers.
 */
export function seedDesk(): Store {
  const sqlite = Store.open(':memory:');
  sqlite.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
  sqlite.addArticle({ text: BORDER_TEXT, meta: meta('Deportation flights resume', '2025-02-03T09:00:00.000Z') }, [
    attributionIn(BORDER_TEXT, '“They were deported in the night,”', 'Richard Grenell', 'Grenell', 'said'),
    attributionIn(BORDER_TEXT, '“Six hostages is six too many,”', 'Nicolás Maduro', 'Maduro', 'told'),
    attributionIn(BORDER_TEXT, '“We will not stop the deportations,”', 'the White House', 'the White House', 'said', 'government'),
    { ...attributionIn(BORDER_TEXT, '“Nobody asked us,”', null), kind: 'indirect' },
  ]);
  const [grenell] = sqlite.listAttributions({ speaker: 'grenell' }, { limit: 1 }).items;
  sqlite.review(grenell!.id, { action: 'reject', version: grenell!.version }, 'ana');
  const [maduro] = sqlite.listAttributions({ speaker: 'maduro' }, { limit: 1 }).items;
  sqlite.review(maduro!.id, { action: 'correct', version: maduro!.version, note: 'checked', changes: { speaker: 'Delcy Rodríguez' } }, 'ben');
  return sqlite;
}

/** One desk on both engines: an SQLite store and a throw-away PostgreSQL it was copied into. */
export interface CopiedDesk {
  sqlite: Store;
  pool: pg.Pool;
  /** Closes both and removes the cluster; safe to call after a failed start. */
  close(): Promise<void>;
}

/** Starts a cluster (bin: pgForTests()), migrates it and copies `sqlite` into it row for row. */
export async function copiedToPg(bin: string, sqlite: Store): Promise<CopiedDesk> {
  const cluster = startTestCluster(bin);
  const pool = createPool(cluster.url);
  const close = async (): Promise<void> => {
    await pool.end();
    cluster.stop();
    sqlite.close();
  };
  await migratePg(pool);
  await copyFromSqlite(sqlite.db, pool);
  return { sqlite, pool, close };
}

/**
 * For a describe block: the seed desk copied into a throw-away cluster before its tests and
 * removed after them. The getter answers once the block's tests run.
 */
export function useSeedDesk(bin: string | null): () => CopiedDesk {
  let desk: CopiedDesk | undefined;
  beforeAll(async () => {
    desk = await copiedToPg(bin as string, seedDesk());
  }, 60_000);
  afterAll(async () => {
    await desk?.close();
  });
  return () => {
    if (!desk) throw new Error('the seed desk is not copied yet');
    return desk;
  };
}
