// Builds the benchmark database: the dev texts ingested over and over until it holds at least
// TARGET attributions, through the real ingest path (ingestArticle -> Store.addArticle: content
// hash check, one transaction per article, attribution and full-text rows).
//
//   node bench/build-db.mjs DB_PATH TARGET
//
// Each copy of a text gets a marker line at its end ("[bench copy 12]") so the content-hash
// dedupe stores it as a new article; the marker comes after every quotation, so offsets stay
// valid. To keep the build to minutes, extract() runs once per dev text and its result is
// handed to ingestArticle for every copy (ingestArticle's `extract` parameter); storing is
// never skipped. Prints one JSON line with what was built.
import { rmSync } from 'node:fs';
import { extractEach, loadDevTexts } from './dev-texts.mjs';

const [dbPath, targetArg = '1000000'] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: node bench/build-db.mjs DB_PATH [TARGET_ATTRIBUTIONS]');
const target = Number(targetArg);

const { extract } = await import('../dist/pipeline/index.js');
const { ingestArticle } = await import('../dist/ingest/ingest.js');
const { Store } = await import('../dist/store/store.js');

const docs = loadDevTexts();
const startedExtract = process.hrtime.bigint();
const results = extractEach(extract, docs);
const extractSeconds = Number(process.hrtime.bigint() - startedExtract) / 1e9;
const perPass = results.reduce((n, r) => n + r.quotes.length, 0);
if (perPass === 0) throw new Error('extract() found no attributions in the dev texts');

for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const store = Store.open(dbPath);
let articles = 0;
let attributions = 0;
let copy = 0;
const started = process.hrtime.bigint();
while (attributions < target) {
  for (let i = 0; i < docs.length && attributions < target; i++) {
    const d = docs[i];
    const result = results[i];
    const outcome = ingestArticle(
      store,
      { text: `${d.text}\n\n[bench copy ${copy}]`, title: d.title, outlet: d.outlet, published: d.published, sourcePath: `bench/${copy}/${d.id}` },
      () => result,
    );
    if (outcome.status !== 'ingested') throw new Error(`copy ${copy} of ${d.id} was not stored (${outcome.status})`);
    articles++;
    attributions += outcome.attributions;
  }
  copy++;
  if (copy % 20 === 0) {
    const s = Number(process.hrtime.bigint() - started) / 1e9;
    process.stderr.write(`bench: db ${attributions.toLocaleString('en')} attributions, ${articles} articles, ${s.toFixed(0)} s\n`);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// After a bulk load, as `saidby ingest` should: one full-text segment, fresh planner statistics.
const startedOptimize = process.hrtime.bigint();
store.optimizeSearch();
const optimizeSeconds = Number(process.hrtime.bigint() - startedOptimize) / 1e9;
store.db.pragma('wal_checkpoint(TRUNCATE)');
store.db.exec('ANALYZE');
store.close();
process.stdout.write(
  JSON.stringify({
    articles,
    attributions,
    copies: copy,
    perPass,
    seconds,
    articlesPerSec: articles / seconds,
    attributionsPerSec: attributions / seconds,
    extractSeconds,
    searchOptimized: true,
    optimizeSeconds,
    mode: 'extract() once per dev text, every copy stored through ingestArticle/Store.addArticle',
  }) + '\n',
);
