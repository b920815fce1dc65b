// The PostgreSQL store parts on the benchmark database: copies a saidby SQLite file (default
// the cached 1M-attribution one, .bench/store-v11-1000000.db) into a throw-away cluster, then
// times the CSV export (cursor in one REPEATABLE READ snapshot, written to a null sink) and the
// claims list's keyset pages (unfiltered, one speaker, full text) as store calls; then the app
// itself on PostgreSQL (PgBackend behind createApp, one process) over HTTP: the three list
// routes, the JSON API and the CSV download.
//
//   npx tsx bench/pg-store.ts [SQLITE_FILE]     (or: npm run bench -- --only pg)
//
// Prints one line of JSON with the figures. Needs PostgreSQL (apt-get install postgresql).
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { copyFromSqlite } from '../src/store/pg/copy-from-sqlite.js';
import { writePgCsv } from '../src/store/pg/csv-export.js';
import { migratePg } from '../src/store/pg/migrations.js';
import { createPool } from '../src/store/pg/pool.js';
import { countAttributions, listAttributions, pgFilter, type PgFilter } from '../src/store/pg/queries.js';
import { findPgBin, startTestCluster } from '../test/pg/cluster.js';
import { PgBackend } from '../src/store/pg/backend.js';
import { createApp } from '../src/web/app.js';
import type { AddressInfo } from 'node:net';

const file = process.argv[2] ?? '.bench/store-v11-1000000.db';
const bin = findPgBin();
if (!bin) throw new Error('no PostgreSQL: apt-get install postgresql');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const cluster = startTestCluster(bin);
const pool = createPool(cluster.url, 4);
const figures: Record<string, number | string> = {};
try {
  await migratePg(pool);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  let t = performance.now();
  const copied = await copyFromSqlite(sqlite, pool);
  sqlite.close();
  const attributions = copied['attributions'] ?? 0;
  figures['attributions'] = attributions;
  figures['copySeconds'] = Math.round((performance.now() - t) / 100) / 10;
  log(`copied ${attributions} attributions in ${figures['copySeconds']} s`);
  t = performance.now();
  await pool.query('VACUUM ANALYZE');
  figures['vacuumAnalyzeSeconds'] = Math.round((performance.now() - t) / 100) / 10;

  // Records, not lines: a quotation may hold line breaks inside its quoted cell.
  const rows = (await pool.query<{ n: number }>('SELECT count(*) AS n FROM attributions')).rows[0]?.n ?? 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  t = performance.now();
  await writePgCsv(pool, pgFilter({ status: 'all' }), sink, { claimBase: 'https://desk.example' });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  figures['csvRows'] = rows;
  figures['csvMB'] = Math.round(bytes / 1e6);
  figures['csvRowsPerSecond'] = Math.round(rows / seconds);
  figures['csvPeakRssMB'] = Math.round(peakRss / 1e6);
  log(`CSV: ${rows} rows (${figures['csvMB']} MB) in ${seconds.toFixed(1)} s, ${figures['csvRowsPerSecond']} rows/s, peak RSS ${figures['csvPeakRssMB']} MB`);

  const { rows: top } = await pool.query<{ id: number; name: string }>('SELECT id, name FROM speakers ORDER BY attribution_count DESC LIMIT 1');
  const cases: [string, PgFilter, boolean][] = [
    ['list', pgFilter({}), false],
    ['speaker', pgFilter({}, [top[0]?.id ?? 1]), false],
    ['search', pgFilter({ q: 'immigration' }), false],
  ];
  for (const [name, f, statusGiven] of cases) {
    const times: number[] = [];
    let after: number | undefined;
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      const page = await listAttributions(pool, f, { limit: 50, after });
      await countAttributions(pool, f, statusGiven);
      times.push(performance.now() - start);
      after = i % 10 === 9 ? undefined : (page.next ?? undefined);
    }
    times.sort((a, b) => a - b);
    figures[`${name}P50ms`] = Math.round((times[100] ?? 0) * 100) / 100;
    figures[`${name}P95ms`] = Math.round((times[190] ?? 0) * 100) / 100;
    log(`${name}: page + count p50 ${figures[`${name}P50ms`]} ms, p95 ${figures[`${name}P95ms`]} ms`);
  }

  // The app on PostgreSQL over HTTP: one request at a time, so each figure is a page's own time.
  const app = createApp({ store: new PgBackend(pool), sessionSecret: 'bench-secret-bench-secret-bench-secret', log: () => {} });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const speaker = encodeURIComponent(top[0]?.name ?? 'trump');
    const routes: [string, string][] = [
      ['httpList', '/'],
      ['httpSpeaker', `/?speaker=${speaker}`],
      ['httpSearch', '/?q=immigration'],
      ['httpApi', '/api/attributions?limit=50'],
    ];
    for (const [name, path] of routes) {
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const start = performance.now();
        const res = await fetch(`${base}${path}`);
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
        await res.arrayBuffer();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      figures[`${name}P50ms`] = Math.round((times[100] ?? 0) * 100) / 100;
      figures[`${name}P95ms`] = Math.round((times[190] ?? 0) * 100) / 100;
      log(`GET ${path}: p50 ${figures[`${name}P50ms`]} ms, p95 ${figures[`${name}P95ms`]} ms`);
    }
    t = performance.now();
    const res = await fetch(`${base}/export.csv?status=all`);
    let httpBytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) httpBytes += chunk.length;
    const httpSeconds = (performance.now() - t) / 1000;
    figures['httpCsvMB'] = Math.round(httpBytes / 1e6);
    figures['httpCsvRowsPerSecond'] = Math.round(rows / httpSeconds);
    log(`GET /export.csv: ${figures['httpCsvMB']} MB in ${httpSeconds.toFixed(1)} s, about ${figures['httpCsvRowsPerSecond']} rows/s`);
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
} finally {
  await pool.end();
  cluster.stop();
}
process.stdout.write(`${JSON.stringify(figures)}\n`);
