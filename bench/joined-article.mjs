// The dev texts as one long article against the same texts as their 309 articles, both after the
// same warm-up, in one process: the joined article's CPU over the articles'. A cost that grows with
// the number of distinct names, descriptions or records in one article (a scan of the whole article
// per description, a comparison of the whole text per record) shows here as a ratio well above 1,
// where repeated hostile strings (bench/adversarial.mjs) hide it. Prints one JSON line.
//
// (each round times the joined article right after extracting it once from another copy)
//
//   node bench/joined-article.mjs [ROUNDS]
import { loadDevTexts } from './dev-texts.mjs';

const rounds = Number(process.argv[2] ?? 2);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error('ROUNDS is a whole number, at least 1');
const { extract } = await import('../dist/pipeline/index.js');
const texts = loadDevTexts().map((d) => d.text);
const joined = texts.join('\n\n');

const cpuMs = (run) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const apart = () => {
  for (const t of texts) extract(t);
};
// (each round extracts a fresh copy of the joined string, as an article read anew would be)
const whole = () => extract(`${joined} `.slice(0, -1));

for (let pass = 0; pass < 3; pass++) apart();
whole();
let apartMs = Infinity;
let joinedMs = Infinity;
for (let r = 0; r < rounds; r++) {
  apartMs = Math.min(apartMs, cpuMs(apart));
  // timed right after the same text was extracted from another copy: what the review desk and a
  // repeated ingest do, and where a memo comparing whole texts would cost the square of the length
  whole();
  joinedMs = Math.min(joinedMs, cpuMs(whole));
}
process.stdout.write(JSON.stringify({ mb: Buffer.byteLength(joined, 'utf8') / 1e6, articles: texts.length, apartCpuMs: apartMs, joinedCpuMs: joinedMs, ratio: joinedMs / apartMs }) + '\n');
