// Ingest with and without clustering in step, article by article, for a ratio the load of a shared
// machine cannot tilt:
//
//   node bench/ingest-clusters-paired.mjs [TARGET_ATTRIBUTIONS] [--statements]
//
// bench/ingest-clusters.mjs runs each mode for a minute or more, one after the other: when another
// session starts or stops in between, one mode runs on a busier machine than the other, and its
// CPU seconds grow too (caches shared with the other jobs), so its per-run ratio moved by ±3% or
// more. Here two stores fill side by side in one process: each dev text goes into the store
// "with" (saidby as shipped) and the store "without" (Clusterer.prototype.add a no-op, as in
// ingest-clusters.mjs), in alternating order, and the CPU time of each call is added to its mode.
// Both modes see the same moments of the machine's load. The two stores share the process's
// memory caches, so the figures per CPU second are lower than those of ingest-clusters.mjs; the
// ratio is what this measures. `--statements` adds each SQL statement's wall time per attribution
// in both modes (better-sqlite3's Statement methods wrapped), largest difference first. Prints
// one JSON line (and the statement table to stderr).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractEach, loadDevTexts } from './dev-texts.mjs';

const args = process.argv.slice(2);
const statements = args.includes('--statements');
const target = Number(args.find((a) => !a.startsWith('--')) ?? '100000');

const { extract } = await import('../dist/pipeline/index.js');
const { ingestArticle } = await import('../dist/ingest/ingest.js');
const { Store } = await import('../dist/store/store.js');
const { Clusterer } = await import('../dist/store/clusters.js');

const docs = loadDevTexts();
const results = extractEach(extract, docs);
const add = Clusterer.prototype.add;
const none = () => null;

let mode = 'with';
const spent = { with: new Map(), without: new Map() };
if (statements) {
  const { default: Database } = await import('better-sqlite3');
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1'));
  probe.close();
  for (const method of ['run', 'get', 'all']) {
    const original = proto[method];
    proto[method] = function timed(...params) {
      const started = process.hrtime.bigint();
      try {
        return original.apply(this, params);
      } finally {
        // Not while the stores are opened (migrations) or closed.
        const counted = spent[mode];
        if (counted) {
          const ns = Number(process.hrtime.bigint() - started);
          const sql = this.source.replace(/\s+/g, ' ').slice(0, 80);
          const s = counted.get(sql) ?? { calls: 0, ns: 0 };
          s.calls++;
          s.ns += ns;
          counted.set(sql, s);
        }
      }
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'saidby-ingest-paired-'));

function run(size, name) {
  mode = 'opening';
  const stores = { with: Store.open(join(dir, `${name}-with.db`)), without: Store.open(join(dir, `${name}-without.db`)) };
  const cpu = { with: 0, without: 0 };
  let attributions = 0;
  let copy = 0;
  let turn = 0;
  while (attributions < size) {
    for (let i = 0; i < docs.length && attributions < size; i++) {
      const d = docs[i];
      for (const m of turn++ % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
        mode = m;
        Clusterer.prototype.add = m === 'with' ? add : none;
        const before = process.cpuUsage();
        const outcome = ingestArticle(
          stores[m],
          { text: `${d.text}\n\n[bench copy ${copy}]`, title: d.title, outlet: d.outlet, published: d.published, sourcePath: `bench/${copy}/${d.id}` },
          () => results[i],
        );
        const used = process.cpuUsage(before);
        cpu[m] += used.user + used.system;
        if (m === 'with') attributions += outcome.attributions;
      }
    }
    copy++;
  }
  mode = 'closing';
  for (const store of Object.values(stores)) store.close();
  return { attributions, cpu };
}

let measured;
try {
  // A tenth of the target first, not counted: the process's warm-up falls on both modes alike anyway,
  // but the JIT's first compilations would count in the first articles.
  run(Math.ceil(target / 10), 'warm-up');
  spent.with.clear();
  spent.without.clear();
  measured = run(target, 'measured');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { attributions, cpu } = measured;
const perCpuSecond = (m) => Math.round(attributions / (cpu[m] / 1e6));
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
process.stdout.write(
  `${JSON.stringify({
    target,
    without: perCpuSecond('without'),
    with: perCpuSecond('with'),
    ratio: cpu.without / cpu.with,
    clusteringMicrosecondsPerAttribution: (cpu.with - cpu.without) / attributions,
    load,
  })}\n`,
);
if (statements) {
  const sqls = new Set([...spent.with.keys(), ...spent.without.keys()]);
  const rows = [...sqls].map((sql) => {
    const w = spent.with.get(sql) ?? { calls: 0, ns: 0 };
    const o = spent.without.get(sql) ?? { calls: 0, ns: 0 };
    return { sql, with: w.ns / attributions / 1000, without: o.ns / attributions / 1000, calls: w.calls, callsWithout: o.calls };
  });
  rows.sort((x, y) => Math.abs(y.with - y.without) - Math.abs(x.with - x.without));
  process.stderr.write('µs/attribution: with - without, with, without, calls with, calls without, statement\n');
  for (const r of rows.slice(0, 25)) {
    process.stderr.write(`${(r.with - r.without).toFixed(2).padStart(7)} ${r.with.toFixed(2).padStart(7)} ${r.without.toFixed(2).padStart(7)} ${String(r.calls).padStart(7)} ${String(r.callsWithout).padStart(7)}  ${r.sql}\n`);
  }
}
