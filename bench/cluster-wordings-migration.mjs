// Migrations 13 and 14 on a copy of a schema-12 store: their time, and the flags of the 50 largest
// clusters read the old way (every member grouped) before and off the kept counts after (the main
// wording and speaker on the cluster's row, the others in their tables), compared.
// node bench/cluster-wordings-migration.mjs COPY.db  (modifies COPY.db: never the original)
import Database from 'better-sqlite3';
const path = process.argv[2];
const db = new Database(path);
const ids = db.prepare('SELECT id FROM quote_clusters ORDER BY size DESC, id LIMIT 50').pluck().all();
const old = (id) => {
  const sp = db.prepare('SELECT a.speaker_id FROM quote_clusters c JOIN attributions a ON a.id = c.first_id WHERE c.id = ?').pluck().get(id);
  const v = db.prepare(`SELECT a.kind, a.text, count(*) AS count, total(a.speaker_id IS NOT NULL AND a.speaker_id IS NOT @speaker) AS o
     FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id WHERE m.cluster_id = @id AND a.status <> 'rejected' GROUP BY a.kind, a.text`).all({ id, speaker: sp });
  return { sp, variants: v.map(({ kind, text, count }) => ({ kind, text, count })), other: sp === null ? 0 : v.reduce((s, x) => s + x.o, 0) };
};
const before = ids.map(old);
const { migrate } = await import('../dist/store/migrations.js');
const t0 = process.hrtime.bigint(); const c0 = process.cpuUsage();
migrate(db);
const secs = Number(process.hrtime.bigint() - t0) / 1e9; const cpu = process.cpuUsage(c0);
const after = ids.map((id, i) => {
  const sp = before[i].sp;
  const variants = db.prepare(`SELECT kind, text, count FROM (SELECT kind, text, count FROM cluster_wordings WHERE cluster_id = @id
    UNION ALL SELECT main_kind, main_text, main_count FROM quote_clusters WHERE id = @id AND main_count > 0) ORDER BY kind, text`).all({ id });
  const other = sp === null ? 0 : db.prepare(`SELECT total(count) - total(CASE WHEN speaker_id = @speaker THEN count END) FROM (SELECT speaker_id, count FROM cluster_speakers WHERE cluster_id = @id
    UNION ALL SELECT main_speaker, main_speaker_count FROM quote_clusters WHERE id = @id)`).pluck().get({ id, speaker: sp });
  return { sp, variants, other };
});
const same = JSON.stringify(before) === JSON.stringify(after);
const counts = db.prepare('SELECT (SELECT count(*) FROM cluster_wordings) w, (SELECT count(*) FROM cluster_speakers) s, (SELECT count(*) FROM cluster_members) m').get();
console.log(JSON.stringify({ secs, userS: cpu.user / 1e6, sysS: cpu.system / 1e6, rssMB: process.resourceUsage().maxRSS / 1024, same, counts, version: db.pragma('user_version', { simple: true }), variantsLargest: after.slice(0, 5).map((a) => a.variants.length) }));
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
