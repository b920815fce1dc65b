// The PostgreSQL store on the benchmark database: copies a saidby SQLite file (default the cached
// 1M-attribution one) into a throw-away cluster, then times the CSV export (COPY in one
// REPEATABLE READ snapshot, written to a null sink) and the claims list's keyset pages
// (unfiltered, one speaker, full text) as store calls; then `saidby serve --db postgres://…` in
// its own process, as the SQLite web part runs it: the list routes under autocannon at 32
// connections (the same routes as SQLite's, and the unfiltered list) and the CSV download; then
// the same routes served from the SQLite file, for figures taken under the same load.
// CPU seconds are counted for the Node process and for the PostgreSQL server (all its
// processes), since the machine's cores are shared.
//
//   npx tsx bench/pg-store.ts [SQLITE_FILE] [--pg URL]     (or: npm run bench -- --only pg)
//
// --pg URL measures a database already copied (by an earlier run or `saidby copy`) instead
// of copying. An SQLite file at an older schema is migrated in a copy first (copyFromSqlite
// reads the latest). Prints one line of JSON with the figures. Needs PostgreSQL (apt-get
// install postgresql) and dist/ built (npm run build; npm run bench builds it).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { Writable } from 'node:stream';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../src/store/migrations.js';
import { Store } from '../src/store/store.js';
import { copyFromSqlite } from '../src/store/pg/copy-from-sqlite.js';
import { writePgCsv } from '../src/store/pg/csv-export.js';
import { migratePg } from '../src/store/pg/migrations.js';
import { createPool } from '../src/store/pg/pool.js';
import { countAttributions, listAttributions, pgFilter, type PgFilter } from '../src/store/pg/queries.js';
import { findPgBin, startTestCluster, type TestCluster } from '../test/pg/cluster.js';

const args = process.argv.slice(2);
const pgAt = args.indexOf('--pg');
const givenUrl = pgAt >= 0 ? args.splice(pgAt, 2)[1] : undefined;
const file = args[0] ?? '.bench/store-v11-1000000.db';
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const CONNECTIONS = 32;
const WARM_UP_S = 3;
const LOAD_S = 10;
const ROUTES: [string, string][] = [
  ['httpList', '/'],
  ['httpSpeaker', '/?speaker=trump'],
  ['httpSearch', '/?q=immigration'],
  ['httpApi', '/api/attributions'],
];

/** CPU seconds (user + system, with reaped children) of a process and its live children. */
function cpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  const one = (p: number): number => {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      return 0;
    }
  };
  const children = readdirSync(`/proc/${pid}/task`).flatMap((t) =>
    readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
  return [pid, ...children].reduce((sum, p) => sum + one(p), 0) / 100;
}

/** The PostgreSQL server's postmaster (its backends are its children), when it is on this machine's socket folder. */
function postmasterOf(url: string): number | null {
  const host = new URLSearchParams(url.split('?')[1] ?? '').get('host');
  const pidFile = host ? `${host}/data/postmaster.pid` : '';
  return host && existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : null;
}

/** An SQLite file at the latest schema: the file itself, or a migrated copy beside it. */
function latestSchema(path: string): { path: string; remove: () => void } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  if (version >= MIGRATIONS.length) return { path, remove: () => {} };
  const copy = `${path}.pg-source`;
  log(`${path} is at schema ${version}: migrating a copy to ${MIGRATIONS.length}`);
  copyFileSync(path, copy);
  const store = Store.open(copy);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  return { path: copy, remove: () => ['', '-wal', '-shm', '.session-secret'].forEach((s) => rmSync(`${copy}${s}`, { force: true })) };
}

let cluster: TestCluster | null = null;
let source: { path: string; remove: () => void } | null = null;
let url = givenUrl;
if (!url) {
  const bin = findPgBin();
  if (!bin) throw new Error('no PostgreSQL: apt-get install postgresql');
  cluster = startTestCluster(bin);
  url = cluster.url;
}
const pgPid = postmasterOf(url);
const pgCpu = (): number => cpuSeconds(pgPid) ?? Number.NaN;
const pool = createPool(url, 4);
const figures: Record<string, number | string | null> = {};
try {
  let t = performance.now();
  if (!givenUrl) {
    await migratePg(pool);
    source = latestSchema(file);
    const sqlite = new Database(source.path, { readonly: true, fileMustExist: true });
    t = performance.now();
    const copied = await copyFromSqlite(sqlite, pool);
    sqlite.close();
    figures['copySeconds'] = round((performance.now() - t) / 1000);
    log(`copied ${copied['attributions'] ?? 0} attributions in ${figures['copySeconds']} s`);
    t = performance.now();
    await pool.query('VACUUM ANALYZE');
    figures['vacuumAnalyzeSeconds'] = round((performance.now() - t) / 1000);
  }

  // Records, not lines: a quotation may hold line breaks inside its quoted cell.
  const rows = (await pool.query<{ n: number }>('SELECT count(*) AS n FROM attributions')).rows[0]?.n ?? 0;
  figures['attributions'] = rows;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const cpu0 = process.cpuUsage();
  const pg0 = pgCpu();
  t = performance.now();
  await writePgCsv(pool, pgFilter({ status: 'all' }), sink, { claimBase: 'https://desk.example' });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  figures['csvMB'] = Math.round(bytes / 1e6);
  figures['csvSeconds'] = round(seconds, 2);
  figures['csvRowsPerSecond'] = Math.round(rows / seconds);
  figures['csvNodeCpuSeconds'] = round((cpu.user + cpu.system) / 1e6, 2);
  figures['csvPgCpuSeconds'] = round(pgCpu() - pg0, 2);
  figures['csvPeakRssMB'] = Math.round(peakRss / 1e6);
  log(`CSV (store call): ${rows} rows (${figures['csvMB']} MB) in ${seconds.toFixed(1)} s, ${figures['csvRowsPerSecond']} rows/s; CPU s: Node ${figures['csvNodeCpuSeconds']}, PostgreSQL ${figures['csvPgCpuSeconds']}`);

  const { rows: top } = await pool.query<{ id: number }>('SELECT id FROM speakers ORDER BY attribution_count DESC LIMIT 1');
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
    figures[`${name}P50ms`] = round(times[100] ?? 0, 2);
    figures[`${name}P95ms`] = round(times[190] ?? 0, 2);
    log(`${name}: page + count p50 ${figures[`${name}P50ms`]} ms, p95 ${figures[`${name}P95ms`]} ms`);
  }

  // The routes on PostgreSQL, then on the SQLite file it was copied from, one after the other
  // on the same machine: figures named http… and sqliteHttp….
  source ??= latestSchema(file);
  for (const [engine, db] of [['', url], ['sqlite', source.path]] as const) {
    const server = await serve(db);
    try {
      for (const [route, path] of ROUTES) {
        const name = engine ? `${engine}${route.charAt(0).toUpperCase()}${route.slice(1)}` : route;
        log(`${engine || 'postgres'}: GET ${path} at ${CONNECTIONS} connections: ${WARM_UP_S} s warm-up, ${LOAD_S} s measured`);
        await load(server.url + path, WARM_UP_S);
        const node0 = cpuSeconds(server.pid) ?? 0;
        const pgBefore = pgCpu();
        const m = await load(server.url + path, LOAD_S);
        const perRequest = (s: number): number | null => (m.requests > 0 ? round((s * 1000) / m.requests, 2) : null);
        Object.assign(figures, {
          [`${name}RequestsPerSecond`]: round(m.requests / LOAD_S),
          [`${name}P50ms`]: m.p50,
          [`${name}P95ms`]: m.p95,
          [`${name}P99ms`]: m.p99,
          [`${name}Non2xx`]: m.non2xx + m.errors,
          [`${name}NodeCpuMsPerRequest`]: perRequest((cpuSeconds(server.pid) ?? 0) - node0),
          ...(engine ? {} : { [`${name}PgCpuMsPerRequest`]: perRequest(pgCpu() - pgBefore) }),
        });
        log(`  ${round(m.requests / LOAD_S)} req/s, p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, CPU ms per request: server ${figures[`${name}NodeCpuMsPerRequest`]}${engine ? '' : `, PostgreSQL ${figures[`${name}PgCpuMsPerRequest`]}`}`);
      }
      if (engine) continue;
      const node0 = cpuSeconds(server.pid) ?? 0;
      const pgBefore = pgCpu();
      t = performance.now();
      const got = await download(`${server.url}/export.csv?status=all`);
      const httpSeconds = (performance.now() - t) / 1000;
      figures['httpCsvStatus'] = got.status;
      figures['httpCsvRows'] = got.rows;
      figures['httpCsvMB'] = Math.round(got.bytes / 1e6);
      figures['httpCsvSeconds'] = round(httpSeconds, 2);
      figures['httpCsvRowsPerSecond'] = Math.round(got.rows / httpSeconds);
      figures['httpCsvServerCpuSeconds'] = round((cpuSeconds(server.pid) ?? 0) - node0, 2);
      figures['httpCsvPgCpuSeconds'] = round(pgCpu() - pgBefore, 2);
      figures['httpCsvServerPeakRssMB'] = server.peakRssMB();
      log(`GET /export.csv?status=all: ${got.rows} records, ${figures['httpCsvMB']} MB in ${httpSeconds.toFixed(1)} s, ${figures['httpCsvRowsPerSecond']} rows/s; CPU s: server ${figures['httpCsvServerCpuSeconds']}, PostgreSQL ${figures['httpCsvPgCpuSeconds']}; server VmHWM ${figures['httpCsvServerPeakRssMB']} MB`);
    } finally {
      await server.stop();
    }
  }
} finally {
  await pool.end();
  cluster?.stop();
  source?.remove();
}
process.stdout.write(`${JSON.stringify(figures)}\n`);

/** `saidby serve` on the database in its own process (dist/cli.js), as the SQLite web part starts it. */
async function serve(dbUrl: string): Promise<{ url: string; pid: number; peakRssMB: () => number | null; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['dist/cli.js', 'serve', '--host', '127.0.0.1', '--port', '0', '--db', dbUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SAIDBY_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' },
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  child.stdout.resume();
  return {
    url: base,
    pid: child.pid as number,
    peakRssMB: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Math.round(Number(m[1]) / 1024) : null;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** autocannon at CONNECTIONS for `seconds`, each latency kept for exact percentiles. */
async function load(target: string, seconds: number) {
  const latencies: number[] = [];
  const result = await new Promise<{ requests: { total: number }; non2xx: number; errors: number; timeouts: number }>((resolve, reject) => {
    const instance = autocannon({ url: target, connections: CONNECTIONS, duration: seconds }, (err: Error | null, res: never) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_c: unknown, _s: number, _b: number, time: number) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  const at = (p: number): number | null => (latencies.length ? round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!, 1) : null);
  return { requests: result.requests.total, p50: at(50), p95: at(95), p99: at(99), non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** One GET, records counted as SQLite's CSV bench counts them: CRLF line ends, less the header. */
function download(target: string): Promise<{ status: number; rows: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(target, (res) => {
        let crlf = 0;
        let bytes = 0;
        let lastByte = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) if ((i > 0 ? chunk[i - 1] : lastByte) === 13) crlf++;
          lastByte = chunk[chunk.length - 1] ?? lastByte;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, rows: crlf - 1, bytes }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}
