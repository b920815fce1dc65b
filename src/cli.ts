#!/usr/bin/env node
/**
 * The `saidby` command. Each command lives in its own module under `src/cli/` and exports
 * `register(program)`; adding one is a line in cli/commands.ts. `extract` and `batch` start from
 * the compiled bundle when it is current (cli/compiled-cli.ts), every other command, and those two
 * without a current bundle, from the modules themselves.
 */
import { compiledCli } from './cli/compiled-cli.js';

const compiled = compiledCli(process.argv[2]);
if (compiled) await compiled(process.argv);
else {
  const [{ runCli }, { COMMANDS }] = await Promise.all([import('./cli/program.js'), import('./cli/commands.js')]);
  await runCli(process.argv, COMMANDS);
}
