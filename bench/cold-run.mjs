// One engine over every dev text once, in a fresh process with no warm-up: what a short run
// of the tool gets. The caller times the whole process (start-up and JIT included).
//
//   node bench/cold-run.mjs compromise
//
// compromise: nlp(text) then .quotations() and .people(), read out, as in extract-worker.mjs.
// (saidby is measured as users run it: `saidby batch` over the dev file, see run.mjs.)
import { loadDevTexts } from './dev-texts.mjs';

const [engineName = 'compromise'] = process.argv.slice(2);
if (engineName !== 'compromise') throw new Error(`unknown engine ${engineName} (compromise)`);
const { default: nlp } = await import('compromise');
let found = 0;
for (const d of loadDevTexts()) {
  const doc = nlp(d.text);
  found += doc.quotations().out('array').length + doc.people().out('array').length;
}
process.stdout.write(JSON.stringify({ engine: engineName, found }) + '\n');
