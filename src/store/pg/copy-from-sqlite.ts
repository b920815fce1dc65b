import type Database from 'better-sqlite3';
import type pg from 'pg';
import { toCandidate } from '../speaker-match.js';
import { inTransaction } from './transaction.js';

/**
 * The tables a saidby database holds, parents before children. Per-speaker counts and the
 * search columns are computed once all rows are in (see copyFromSqlite).
 */
const TABLES = [
  'articles', 'speakers', 'speaker_aliases', 'attributions', 'users', 'reviews', 'settings', 'sessions',
  'article_log', 'speaker_log', 'feeds', 'feed_items', 'claim_ratings',
  'quote_clusters', 'cluster_members', 'cluster_keys', 'cluster_wordings', 'cluster_speakers',
] as const;
const LEFT_TO_TRIGGERS = new Set(['attribution_count']);

/** The Double Metaphone codes of a written form's words, as the forgiving match computes them ("Grenell" -> KRNL). */
export function phoneticCodesOf(name: string): string[] {
  return [...new Set(toCandidate(0, name).codes.flat())];
}
const ROWS_PER_INSERT = 500;

/**
 * Copies every row of an SQLite saidby database (at the latest schema) into an empty, migrated
 * PostgreSQL one, in one transaction: the same ids, the identity counters moved past them.
 * For moving a desk from one machine to several servers, and for tests that hold the two
 * backends to the same answers on the same data. Answers the rows copied per table.
 */
export async function copyFromSqlite(sqlite: Database.Database, pool: pg.Pool): Promise<Record<string, number>> {
  return inTransaction(pool, async (client) => {
    // Row by row the triggers would update a speaker's count once per record, each update a
    // new row version that nothing can reclaim inside one transaction: a million records took
    // over ten minutes for a quarter of them. Off while copying, then set-based below.
    await client.query('ALTER TABLE attributions DISABLE TRIGGER USER');
    // The clusters' wordings and speakers are copied as counted, not counted again member by member.
    await client.query('ALTER TABLE cluster_members DISABLE TRIGGER USER');
    const copied: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows: pgColumns } = await client.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
        [table],
      );
      const wanted = new Set(pgColumns.map((c) => c.column_name));
      const columns = (sqlite.pragma(`table_info(${table})`) as { name: string }[])
        .map((c) => c.name)
        .filter((name) => wanted.has(name) && !LEFT_TO_TRIGGERS.has(name));
      const read = sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table}`).raw(true);
      // A written form's sound codes exist only on PostgreSQL: computed here from its name.
      const nameAt = table === 'speaker_aliases' ? columns.indexOf('name') : -1;
      if (nameAt >= 0) columns.push('phonetic');
      const quoted = columns.map((c) => `"${c}"`).join(', ');
      let batch: unknown[][] = [];
      let count = 0;
      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
        await client.query(`INSERT INTO ${table} (${quoted}) VALUES ${values}`, batch.flat());
        count += batch.length;
        batch = [];
      };
      for (const row of read.iterate() as Iterable<unknown[]>) {
        const values = row.map((v) => (typeof v === 'bigint' ? Number(v) : v));
        if (nameAt >= 0) values.push(phoneticCodesOf(String(row[nameAt])));
        batch.push(values);
        if (batch.length === ROWS_PER_INSERT) await flush();
      }
      await flush();
      if (wanted.has('id')) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`, [table]);
      }
      copied[table] = count;
    }
    await client.query(`
      UPDATE speakers s SET attribution_count = c.n
      FROM (SELECT speaker_id, count(*)::integer AS n FROM attributions WHERE status <> 'rejected' AND speaker_id IS NOT NULL GROUP BY speaker_id) c
      WHERE c.speaker_id = s.id`);
    await client.query(`
      UPDATE attributions a SET
        search_text = to_tsvector('saidby', a.text),
        search_all = to_tsvector('saidby', a.text)
          || to_tsvector('saidby', coalesce((SELECT s.name FROM speakers s WHERE s.id = a.speaker_id), ''))
          || to_tsvector('saidby', coalesce(ar.title, ''))
      FROM articles ar WHERE ar.id = a.article_id`);
    await client.query('ALTER TABLE attributions ENABLE TRIGGER USER');
    await client.query('ALTER TABLE cluster_members ENABLE TRIGGER USER');
    return copied;
  });
}
