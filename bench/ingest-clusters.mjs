// Ingest speed with and without clustering, same code, same machine, runs interleaved:
//
//   node bench/ingest-clusters.mjs [TARGET_ATTRIBUTIONS] [ROUNDS] [without,with]
//
// Each run stores the dev texts over and over into a fresh database file until it holds TARGET
// attributions, through the real path (ingestArticle -> Store.addArticle), as build-db.mjs does.
// "without" replaces Clusterer.prototype.add with a no-op in this process only (the records are
// stored, no cluster is looked up or written); "with" is saidby as shipped. The copies of a text
// are the same words in another article, so with clustering every record after the first copy
// finds, checks and joins a cluster: the costly case. Speed is counted per CPU second of this
// process (process.cpuUsage) as well as per second of wall time: on a shared machine the wall
// time of one run can triple when another job starts. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractEach, loadDevTexts } from './dev-texts.mjs';

const [targetArg = '100000', roundsArg = '2', modesArg = 'without,with'] = process.argv.slice(2);
const modes = modesArg.split(',');
const target = Number(targetArg);
const rounds = Number(roundsArg);

const { extract } = await import('../dist/pipeline/index.js');
const { ingestArticle } = await import('../dist/ingest/ingest.js');
const { Store } = await import('../dist/store/store.js');
const { Clusterer } = await import('../dist/store/clusters.js');

const docs = loadDevTexts();
const results = extractEach(extract, docs);
const add = Clusterer.prototype.add;
const dir = mkdtempSync(join(tmpdir(), 'saidby-ingest-bench-'));

function run(mode, n, size = target) {
  Clusterer.prototype.add = mode === 'with' ? add : () => null;
  const path = join(dir, `${mode}-${n}.db`);
  const store = Store.open(path);
  let attributions = 0;
  let copy = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  while (attributions < size) {
    for (let i = 0; i < docs.length && attributions < size; i++) {
      const d = docs[i];
      const outcome = ingestArticle(
        store,
        { text: `${d.text}\n\n[bench copy ${copy}]`, title: d.title, outlet: d.outlet, published: d.published, sourcePath: `bench/${copy}/${d.id}` },
        () => results[i],
      );
      attributions += outcome.attributions;
    }
    copy++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const clustered = store.db.prepare('SELECT count(*) FROM cluster_members').pluck().get();
  store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return { mode, attributions, seconds, cpuSeconds, attributionsPerSec: attributions / seconds, attributionsPerCpuSec: attributions / cpuSeconds, clustered };
}

const runs = [];
try {
  // A short run of each mode first, not counted: the first runs of a process pay its warm-up
  // (the JIT, the page cache of a new file), which otherwise fell on whichever mode ran first.
  for (const mode of modes) run(mode, -1, Math.ceil(target / 10));
  for (let n = 0; n < rounds; n++) {
    for (const mode of n % 2 === 0 ? modes : [...modes].reverse()) {
      const r = run(mode, n);
      process.stderr.write(`bench: ingest ${mode} clustering: ${r.attributionsPerSec.toFixed(0)} attributions/s, ${r.attributionsPerCpuSec.toFixed(0)} per CPU second (${r.clustered} clustered)\n`);
      runs.push(r);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The best run of each mode: the one least slowed by other work on the machine.
const best = (mode, key) => Math.max(...runs.filter((r) => r.mode === mode).map((r) => r[key]));
const without = best('without', 'attributionsPerCpuSec');
const withClusters = best('with', 'attributionsPerCpuSec');
const wall = { without: best('without', 'attributionsPerSec'), with: best('with', 'attributionsPerSec') };
process.stdout.write(`${JSON.stringify({ target, rounds, without, with: withClusters, ratio: withClusters / without, wall, runs })}\n`);
