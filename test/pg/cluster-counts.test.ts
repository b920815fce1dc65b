import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { Store } from '../../src/store/store.js';
import { STORIES, storyText } from '../cluster/stories.js';
import { pgForTests } from './cluster.js';
import { copiedToPg, type CopiedDesk } from './desk.js';

const bin = pgForTests();

const KEPT_WORDINGS = 'SELECT cluster_id, kind, text, count FROM cluster_wordings ORDER BY 1, 2, 3';
const KEPT_SPEAKERS = 'SELECT cluster_id, speaker_id, count FROM cluster_speakers ORDER BY 1, 2';
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
    const steps: [string, unknown[]][] = [
      [`UPDATE attributions SET status = 'rejected' WHERE id = $1`, [idOf('River Post')]],
      [`UPDATE attributions SET status = 'confirmed' WHERE id = $1`, [idOf('River Post')]],
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
});
