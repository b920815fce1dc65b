// Writes dist/pos-lexicon.tsv: the lexicon that ships with natural's Brill tagger (word -> its Penn
// tags, likeliest first) as one "word<TAB>tags" line per word, sorted by their UTF-8 bytes. The
// pipeline's first part-of-speech look-up then reads 1.3 MB of bytes and searches them, instead of
// parsing 4 MB of JSON into 92,000 arrays (about 200 ms of a one-line `saidby extract`).
// Run by `npm run build`; src/pipeline/claims/verbless.ts reads the JSON itself when this file is
// missing (the tests run from src/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const words = Object.keys(lexicon)
  .filter((w) => Object.hasOwn(lexicon, w) && Array.isArray(lexicon[w]) && !/[\t\n]/u.test(w))
  .sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
const out = new URL('../dist/pos-lexicon.tsv', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${words.map((w) => `${w}\t${lexicon[w].join(' ')}`).join('\n')}\n`);
