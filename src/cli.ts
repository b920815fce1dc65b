#!/usr/bin/env node
/**
 * The `saidby` command. Each command lives in its own module under `src/cli/` and exports
 * `register(program)`; adding one is a line in cli/commands.ts. `extract` and `batch` start from
 * the compiled bundle when it is current (cli/compiled-cli.ts), every other command, and those two
 * without a current bundle, from the modules themselves.
 */
import { setFlagsFromString } from 'node:v8';
import { compiledCli } from './cli/compiled-cli.js';
import { SHORT_RUN_V8_FLAGS } from './cli/v8-flags.js';

const command = process.argv[2];
// (cli/v8-flags.ts says why)
if (command === 'extract' || command === 'batch' || command === 'ingest') {
  setFlagsFromString(SHORT_RUN_V8_FLAGS);
  // a code cache is V8's for one set of flags: the bundles keep one for these (cli/compiled-cli.ts)
  process.env['SAIDBY_V8_FLAGS'] = SHORT_RUN_V8_FLAGS;
}

// `saidby ingest` reads its articles on worker threads: the first starts now and loads the pipeline
// on another core while this thread loads the store's modules (ingest/article-reader.ts)
if (command === 'ingest' && !process.argv.some((arg) => arg === '--help' || arg === '-h')) {
  (await import('./ingest/article-reader.js')).prestartArticleWorker();
}

const compiled = compiledCli(command);
if (compiled) await compiled(process.argv);
else {
  const [{ runCli }, { COMMANDS }] = await Promise.all([import('./cli/program.js'), import('./cli/commands.js')]);
  await runCli(process.argv, COMMANDS);
}
