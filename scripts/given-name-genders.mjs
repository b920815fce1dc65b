// Writes dist/given-name-genders.tsv: the English given-name table of the gender-detection-from-name
// package, one "name<TAB>m|f" line per name, sorted by their UTF-8 bytes
// (src/pipeline/given-name-gender.ts reads the table and searches the file; parsing the package's
// own module costs tens of milliseconds a process). Run by `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { englishGivenNames } from '../dist/pipeline/given-name-gender.js';

const names = englishGivenNames();
writeFileSync(new URL('../dist/given-name-genders.tsv', import.meta.url), `${names.map(([name, g]) => `${name}\t${g}`).join('\n')}\n`);
