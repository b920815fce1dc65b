import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

describe('the search migration', () => {
  it('re-indexes a database searched without stemming, so "hostage" finds "hostages"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-search-migration-'));
    try {
      let store = Store.open(join(dir, 'old.db'));
      store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
      // Back to the index before stemming (schema 9), rows as the old ingest wrote them.
      store.db.exec(`
        DROP TABLE attribution_search;
        CREATE VIRTUAL TABLE attribution_search USING fts5 (
          text, speaker, title, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO attribution_search (rowid, text, speaker, title)
          SELECT a.sort_key, a.text, coalesce(s.name, ''), 'Six Americans head home' FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id;
        DROP TABLE claim_ratings;
        DROP TABLE cluster_wordings; DROP TABLE cluster_speakers; DROP TRIGGER attribution_left_cluster; DROP TRIGGER member_left_cluster;
      DROP TRIGGER cluster_wording_changed; DROP TRIGGER cluster_speaker_changed;
      DROP TRIGGER cluster_member_status; DROP TRIGGER cluster_article_date;
        DROP TABLE cluster_keys; DROP TABLE cluster_members; DROP TABLE quote_clusters;
        PRAGMA user_version = 9;`);
      expect(store.listAttributions({ q: 'hostage' }, { limit: 10 }).items).toHaveLength(0);
      store.close();
      store = Store.open(join(dir, 'old.db'));
      expect(store.health().schemaVersion).toBe(MIGRATIONS.length);
      expect(store.listAttributions({ q: 'hostage' }, { limit: 10 }).items).toHaveLength(1);
      expect(store.listAttributions({ q: 'grenell', searchIn: 'all' }, { limit: 10 }).items).toHaveLength(1);
      expect(store.listAttributions({ q: 'americans', searchIn: 'all' }, { limit: 10 }).items).toHaveLength(4);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
