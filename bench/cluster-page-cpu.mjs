// A cluster page's work apart from HTTP, on the 50 largest clusters of a store (schema 13 or
// later), CPU per page: the store's read (Store.clusterAppearances: its statements and rows)
// and the comparing (provenanceOf, with a server's remembered diffs, warm as on a server).
// node bench/cluster-page-cpu.mjs .bench/store-v13-1000000.db
import { provenanceOf, rememberedDiff } from '../dist/cluster/provenance.js';
import { Store } from '../dist/store/store.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/cluster-page-cpu.mjs STORE.db\n');
  process.exit(2);
}
const store = Store.open(file);
const ids = store.db.prepare('SELECT id FROM quote_clusters ORDER BY size DESC, id LIMIT 50').pluck().all();
const diffs = rememberedDiff();

/** CPU ms per page of `f` over every cluster, 20 passes, the last of four rounds (the first ones warm up). */
function cpuPerPage(f) {
  let ms = 0;
  for (let round = 0; round < 4; round++) {
    const before = process.cpuUsage();
    for (let pass = 0; pass < 20; pass++) for (const id of ids) f(id);
    const used = process.cpuUsage(before);
    ms = (used.user + used.system) / 1000 / (20 * ids.length);
  }
  return ms;
}

const pages = new Map(ids.map((id) => [id, store.clusterAppearances(id, 0)]));
const read = cpuPerPage((id) => store.clusterAppearances(id, 0));
const compare = cpuPerPage((id) => {
  const c = pages.get(id);
  return provenanceOf(c.earliest, c.appearances, c.variants, c.otherSpeakers, diffs);
});
store.close();
process.stdout.write(`${JSON.stringify({ clusters: ids.length, readMsPerPage: +read.toFixed(3), compareMsPerPage: +compare.toFixed(3) })}\n`);
