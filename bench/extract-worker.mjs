// One engine over the dev texts, repeated until at least TARGET_MB of text has gone through it,
// after WARMUP passes over them, in its own process so its peak RSS is its own. Prints one JSON
// line on stdout.
//
//   node bench/extract-worker.mjs saidby|compromise [TARGET_MB] [--warmup PASSES]
//
// saidby: extract() from the built dist/ (the whole pipeline, as the CLI runs it).
// compromise: nlp(text) then .quotations() and .people(), each turned into output so the
// work is really done (compromise's views are lazy until read).
import { loadDevTexts, procMemory } from './dev-texts.mjs';

const argv = process.argv.slice(2);
const warmupAt = argv.indexOf('--warmup');
const warmupPasses = warmupAt >= 0 ? Number(argv[warmupAt + 1]) : 1;
const [engineName = 'saidby', targetArg = '20'] = warmupAt >= 0 ? argv.filter((_, i) => i !== warmupAt && i !== warmupAt + 1) : argv;
const targetBytes = Number(targetArg) * 1e6;
if (!(Number.isInteger(warmupPasses) && warmupPasses >= 1)) throw new Error('--warmup takes a whole number of passes, at least 1');

async function loadEngine(name) {
  if (name === 'saidby') {
    const { extract } = await import('../dist/pipeline/index.js');
    return (text) => extract(text).quotes.length;
  }
  if (name === 'compromise') {
    const { default: nlp } = await import('compromise');
    return (text) => {
      const doc = nlp(text);
      return doc.quotations().out('array').length + doc.people().out('array').length;
    };
  }
  throw new Error(`unknown engine ${name} (saidby or compromise)`);
}

const docs = loadDevTexts();
const run = await loadEngine(engineName);
const bytesOf = docs.map((d) => Buffer.byteLength(d.text, 'utf8'));
const passBytes = bytesOf.reduce((a, b) => a + b, 0);

// Warm-up: every dev text WARMUP times before timing. V8 keeps compiling and recompiling saidby's
// functions (as rarer branches are first taken, and as inlining decisions change) for several passes
// over the dev texts: the first pass runs at about a third of the steady speed and the second and
// third still 10-30% slower than the eighth (docs/benchmarks.md, 2026-12-05), so a timed run after
// one pass measured the JIT as much as the pipeline. Each warm-up pass is timed on its own: the
// first is reported as `firstPass` (what one short batch of a few hundred articles in a fresh process
// gets), all of them as `warmupPassCpuMs` (they show whether the speed had settled).
const passCpuSeconds = [];
let firstPassSeconds = 0;
for (let pass = 0; pass < warmupPasses; pass++) {
  const passCpu = process.cpuUsage();
  const passStarted = process.hrtime.bigint();
  for (const d of docs) run(d.text);
  if (pass === 0) firstPassSeconds = Number(process.hrtime.bigint() - passStarted) / 1e9;
  const used = process.cpuUsage(passCpu);
  passCpuSeconds.push((used.user + used.system) / 1e6);
}

let bytes = 0;
let articles = 0;
let found = 0;
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
while (bytes < targetBytes) {
  for (let i = 0; i < docs.length && bytes < targetBytes; i++) {
    found += run(docs[i].text);
    bytes += bytesOf[i];
    articles++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const mem = procMemory();
process.stdout.write(
  JSON.stringify({
    engine: engineName,
    articles,
    mb: bytes / 1e6,
    seconds,
    mbPerSec: bytes / 1e6 / seconds,
    articlesPerSec: articles / seconds,
    // CPU time is the steadier figure when other work shares the machine
    cpuSeconds,
    mbPerCpuSec: bytes / 1e6 / cpuSeconds,
    found,
    passMB: passBytes / 1e6,
    peakRssMB: mem?.peakMB ?? process.resourceUsage().maxRSS / 1024,
    warmupPasses,
    warmupPassCpuMs: passCpuSeconds.map((x) => Math.round(x * 1000)),
    firstPass: {
      mb: passBytes / 1e6,
      articles: docs.length,
      seconds: firstPassSeconds,
      cpuSeconds: passCpuSeconds[0],
      mbPerSec: passBytes / 1e6 / firstPassSeconds,
      mbPerCpuSec: passBytes / 1e6 / passCpuSeconds[0],
    },
  }) + '\n',
);
