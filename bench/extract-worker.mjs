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

// Warm-up: the first 20 articles once, so the JIT has compiled the hot paths (not timed).
for (const d of docs.slice(0, 20)) run(d.text);

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
  }) + '\n',
);
