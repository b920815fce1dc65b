// Two (or more) builds of the pipeline compared in one process, for a loaded machine: each
// build's claims stage alone (addClaimsAndSources on that build's own quotation-stage output) and
// its whole extract(), over the dev texts, rounds alternated across builds so all see the same
// load. Prints CPU ms per pass (min and median) per build. Run it twice with the builds in the
// other order: a build loaded later can come out slower whatever its code.
//
//   node bench/ab-claims.mjs ROUNDS DIR_A DIR_B ...   (each DIR holds a built dist/)
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDevTexts } from './dev-texts.mjs';

const [rounds = '8', ...dirs] = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: node bench/ab-claims.mjs ROUNDS DIR_A DIR_B ...');
const docs = loadDevTexts().map((d) => d.text);
const mb = docs.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const load = (dir, file) => import(pathToFileURL(join(resolve(dir), 'dist', 'pipeline', file)).href);
const builds = [];
for (const dir of dirs) {
  const pipeline = await load(dir, 'index.js');
  const stage = await load(dir, 'claims-stage.js');
  builds.push({ dir, pipeline, stage, quoted: docs.map((t) => pipeline.extractQuotations(t)) });
}
const claimsPass = (b) => docs.forEach((t, i) => b.stage.addClaimsAndSources(t, b.quoted[i].quotes, b.quoted[i].analysis));
const extractPass = (b) => docs.forEach((t) => b.pipeline.extract(t));
const cpuMs = (f) => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
// two warm-up passes each: V8 keeps recompiling the hot paths for a few passes
for (let w = 0; w < 2; w++) for (const b of builds) { claimsPass(b); extractPass(b); }
const times = builds.map(() => ({ claims: [], extract: [] }));
for (let r = 0; r < Number(rounds); r++) {
  builds.forEach((b, i) => {
    times[i].claims.push(cpuMs(() => claimsPass(b)));
    times[i].extract.push(cpuMs(() => extractPass(b)));
  });
}
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)} median ${s[s.length >> 1].toFixed(0)}`;
};
builds.forEach((b, i) => {
  const best = Math.min(...times[i].extract) / 1000;
  console.log(`${b.dir}: claims stage ${summary(times[i].claims)} ms/pass; extract ${summary(times[i].extract)} ms/pass; ${(mb / best).toFixed(3)} MB per CPU-second at the best pass`);
});
