// The SQL of a cluster page on the 50 largest clusters of a store (schema 14), CPU per page: the
// page of appearances, and the flags' variants read the old way (every member grouped) and off the
// kept counts (the cluster's row, cluster_wordings, cluster_speakers).
// node bench/cluster-page-queries.mjs .bench/store-v14-1000000.db
import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const ids = db.prepare('SELECT id FROM quote_clusters ORDER BY size DESC, id LIMIT 50').pluck().all();
const cols = (ing) => `a.id, a.article_id, ar.title, ar.outlet, ar.published, ${ing} AS ingestedAt, ar.url, a.kind, a.text, a.speaker_id, s.name, a.speaker_mention, a.reported_by, a.position`;
const q = (ing) => db.prepare(`SELECT ${cols(ing)} FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN speakers s ON s.id = a.speaker_id WHERE m.cluster_id = ? AND a.status <> 'rejected' ORDER BY m.seen, m.attribution_id LIMIT 51 OFFSET 0`);
const page = q('ar.created_at');
const oldV = db.prepare(`SELECT a.kind, a.text, count(*) AS count, total(a.speaker_id IS NOT NULL AND a.speaker_id IS NOT @speaker) AS o
     FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id WHERE m.cluster_id = @id AND a.status <> 'rejected' GROUP BY a.kind, a.text`);
const newV = db.prepare(`SELECT kind, text, count FROM (SELECT kind, text, count FROM cluster_wordings WHERE cluster_id = @id
    UNION ALL SELECT main_kind, main_text, main_count FROM quote_clusters WHERE id = @id AND main_count > 0) ORDER BY kind, text`);
const newS = db.prepare(`SELECT total(count) - total(CASE WHEN speaker_id = @speaker THEN count END) FROM (SELECT speaker_id, count FROM cluster_speakers WHERE cluster_id = @id
    UNION ALL SELECT main_speaker, main_speaker_count FROM quote_clusters WHERE id = @id)`);
const time = (name, f) => { for (let r = 0; r < 3; r++) { const c = process.cpuUsage(); for (let i = 0; i < 20; i++) for (const id of ids) f(id); const u = process.cpuUsage(c); if (r === 2) console.log(name, ((u.user + u.system) / 1000 / (20 * ids.length)).toFixed(3), 'ms CPU per page'); } };
time('the page of 50 appearances', (id) => page.all(id));
time('variants, every member grouped', (id) => oldV.all({ id, speaker: 1 }));
time('variants + other speakers, kept', (id) => { newV.all({ id }); newS.get({ id, speaker: 1 }); });
