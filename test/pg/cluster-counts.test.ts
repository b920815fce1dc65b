import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { clusterAppearances } from '../../src/store/pg/cluster-reads.js';
import { migratePg, PG_MIGRATIONS } from '../../src/store/pg/migrations.js';
import { Store } from '../../src/store/store.js';
import { STORIES, storyText } from '../cluster/stories.js';
import { pgForTests } from './cluster.js';
import { copiedToPg, type CopiedDesk } from './desk.js';

const bin = pgForTests();

// The main wording and speaker on the cluster's row, the others in their tables (a count of 0 on the row is none).
const KEPT_WORDINGS = `SELECT cluster_id, kind, text, count FROM cluster_wordings
  UNION ALL SELECT id, main_kind, main_text, main_count FROM quote_clusters WHERE main_count <> 0 ORDER BY 1, 2, 3`;
const KEPT_SPEAKERS = `SELECT cluster_id, speaker_id, count FROM cluster_speakers
  UNION ALL SELECT id, main_speaker, main_speaker_count FROM quote_clusters WHERE main_speaker_count <> 0 ORDER BY 1, 2`;
const COUNTED_WORDINGS = `SELECT m.cluster_id, a.kind, a.text, count(*)::integer AS count FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
  WHERE a.status <> 'rejected' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const COUNTED_SPEAKERS = `SELECT m.cluster_id, a.speaker_id, count(*)::integer AS count FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
  WHERE a.status <> 'rejected' AND a.speaker_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;

/** The water-tax stories clustered by SQLite, copied into PostgreSQL, then changed there. */
describe.skipIf(bin === null)("PostgreSQL keeps each cluster's wordings and speakers as SQLite does", () => {
  let desk: CopiedDesk | undefined;
  let pool: pg.Pool;
  let sqlite: Store;

  beforeAll(async () => {
    const seeded = Store.open(':memory:');
    for (const s of STORIES) ingestArticle(seeded, articleFromContent(storyText(s), '.txt', s.file));
    desk = await copiedToPg(bin as string, seeded);
    ({ pool, sqlite } = desk);
  }, 60_000);

  afterAll(async () => {
    await desk?.close();
  });

  const pgKept = async () => ({
    wordings: (await pool.query(KEPT_WORDINGS)).rows,
    speakers: (await pool.query(KEPT_SPEAKERS)).rows,
  });
  const pgCounted = async () => ({
    wordings: (await pool.query(COUNTED_WORDINGS)).rows,
    speakers: (await pool.query(COUNTED_SPEAKERS)).rows,
  });

  it('copied as SQLite counted them', async () => {
    const kept = await pgKept();
    expect(kept.wordings.length).toBeGreaterThan(0);
    expect(kept).toEqual({
      wordings: sqlite.db.prepare(KEPT_WORDINGS).all(),
      speakers: sqlite.db.prepare(KEPT_SPEAKERS).all(),
    });
  });

  it('kept right through rejection, a new speaker, new words, a member leaving and an article deleted', async () => {
    const { rows } = await pool.query<{ id: number; outlet: string }>(
      `SELECT a.id, ar.outlet FROM attributions a JOIN articles ar ON ar.id = a.article_id JOIN cluster_members m ON m.attribution_id = a.id
       WHERE a.text LIKE '%water tax%'`,
    );
    const idOf = (outlet: string) => rows.find((r) => r.outlet === outlet)!.id;
    const textOf = (outlet: string) => sqlite.db.prepare('SELECT text FROM attributions WHERE id = ?').pluck().get(idOf(outlet));
    const [river, valley, harbor] = [textOf('River Post'), textOf('Valley Tribune'), textOf('Harbor Gazette')];
    const setText = 'UPDATE attributions SET text = $1 WHERE id = $2';
    const setStatus = 'UPDATE attributions SET status = $1 WHERE id = ANY($2::integer[])';
    const mainOnes = [idOf('River Post'), idOf('Harbor Gazette'), idOf('Valley Tribune')];
    const steps: [string, unknown[]][] = [
      [`UPDATE attributions SET status = 'rejected' WHERE id = $1`, [idOf('River Post')]],
      [`UPDATE attributions SET status = 'confirmed' WHERE id = $1`, [idOf('River Post')]],
      // the cluster's main words (River Post's, stored first) given to a variant and back, taken from it and back
      [setText, [river, idOf('Valley Tribune')]],
      [setText, [valley, idOf('Valley Tribune')]],
      [setText, [harbor, idOf('River Post')]],
      [setText, [river, idOf('River Post')]],
      // no member left with the main words or speaker, then back
      [setStatus, ['rejected', mainOnes]],
      [setStatus, ['confirmed', mainOnes]],
      ['UPDATE attributions SET speaker_id = (SELECT speaker_id FROM attributions WHERE id = $1) WHERE id = $2', [idOf('Harbor Gazette'), idOf('Lake Courier')]],
      ['UPDATE attributions SET text = $1 WHERE id = $2', ['We will not raise the water tax by 41 percent this year', idOf('Lake Courier')]],
      ['DELETE FROM cluster_members WHERE attribution_id = $1', [idOf('Lake Courier')]],
      ['DELETE FROM articles WHERE outlet = $1', ['Harbor Gazette']],
    ];
    for (const [sql, params] of steps) {
      await pool.query(sql, params);
      expect(await pgKept(), sql).toEqual(await pgCounted());
    }
  });

  it('migration 5 moves the most counted wording and speaker of each cluster onto its row, the pages unchanged', async () => {
    const kept = await pgKept();
    const ids = (await pool.query<{ id: number }>('SELECT id FROM quote_clusters WHERE size > 0 ORDER BY id')).rows.map((r) => r.id);
    const pages = await Promise.all(ids.map((id) => clusterAppearances(pool, id)));
    // Back to schema 4: every wording and speaker in the tables.
    await pool.query(`
      INSERT INTO cluster_wordings (cluster_id, kind, text, count) SELECT id, main_kind, main_text, main_count FROM quote_clusters WHERE main_count <> 0;
      INSERT INTO cluster_speakers (cluster_id, speaker_id, count) SELECT id, main_speaker, main_speaker_count FROM quote_clusters WHERE main_speaker_count <> 0;
      ALTER TABLE quote_clusters DROP COLUMN main_kind, DROP COLUMN main_text, DROP COLUMN main_count, DROP COLUMN main_speaker, DROP COLUMN main_speaker_count;
      UPDATE schema_version SET version = 4;`);
    expect(await migratePg(pool)).toBe(PG_MIGRATIONS.length);
    expect(await pgKept()).toEqual(kept);
    expect(await Promise.all(ids.map((id) => clusterAppearances(pool, id)))).toEqual(pages);
    // On each row, no fewer members than any wording or speaker counted apart.
    const { rows } = await pool.query(`
      SELECT q.id FROM quote_clusters q
      WHERE EXISTS (SELECT 1 FROM cluster_wordings w WHERE w.cluster_id = q.id AND w.count > q.main_count)
         OR EXISTS (SELECT 1 FROM cluster_speakers s WHERE s.cluster_id = q.id AND s.count > q.main_speaker_count)`);
    expect(rows).toEqual([]);
    expect((await pool.query('SELECT count(*)::integer AS n FROM quote_clusters WHERE main_count > 0')).rows[0].n).toBeGreaterThan(0);
  });
});
