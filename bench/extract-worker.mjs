// One engine over the dev texts, repeated until at least TARGET_MB of text has gone through it,
// in its own process so its peak RSS is its own. Prints one JSON line on stdout.
//
//   node bench/extract-worker.mjs saidby|compromise [TARGET_MB]
//
// saidby: extract() from the built dist/ (the whole pipeline, as the CLI runs it).
// compromise: nlp(text) then .quotations() and .people(), each turned into output so the
// work is really done (compromise's views are lazy until read).
import { loadDevTexts, procMemory } from './dev-texts.mjs';

const [engineName = 'saidby', targetArg = '20'] = process.argv.slice(2);
const targetBytes = Number(targetArg) * 1e6;

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

// Warm-up: every dev text once, so the JIT has compiled the hot paths before timing. Twenty
// articles were not enough: V8 keeps compiling and recompiling saidby's functions (as rarer
// branches are first taken) for several passes over the dev texts, and the first pass runs at about
// a quarter of the steady speed, so a timed run then measured mostly the JIT, and more or less of it
// with the run's length. The warm-up pass is timed on its own and reported as `warmup`: that is what
// one short batch (a few hundred articles in a fresh process) gets.
const warmCpu = process.cpuUsage();
const warmStarted = process.hrtime.bigint();
for (const d of docs) run(d.text);
const warmSeconds = Number(process.hrtime.bigint() - warmStarted) / 1e9;
const warmUsed = process.cpuUsage(warmCpu);

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
    warmup: {
      mb: passBytes / 1e6,
      seconds: warmSeconds,
      cpuSeconds: (warmUsed.user + warmUsed.system) / 1e6,
      mbPerSec: passBytes / 1e6 / warmSeconds,
      mbPerCpuSec: passBytes / 1e6 / ((warmUsed.user + warmUsed.system) / 1e6),
    },
  }) + '\n',
);
