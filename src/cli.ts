#!/usr/bin/env node
/**
 * The `saidby` command. Each command lives in its own module under `src/cli/` and exports
 * `register(program)`; adding one is a line in cli/commands.ts. `extract` and `batch` start from
 * the compiled bundle when it is current (cli/compiled-cli.ts), every other command, and those two
 * without a current bundle, from the modules themselves.
 */
import { setFlagsFromString } from 'node:v8';
import { compiledCli } from './cli/compiled-cli.js';

const command = process.argv[2];
// A run of `extract` or `batch` is short (one article; a corpus of a few MB) and about a third of
// its CPU went to V8 optimising functions it then ran only briefly: eight times V8's interrupt
// budget (67,584 bytes of bytecode run before a function is considered for optimisation) leaves the
// lukewarm ones to the baseline compiler, and a smaller budget for inlining (300 bytes of bytecode
// inlined into one function, not 920) keeps each optimised function small and quick to compile: the
// pipeline's largest functions, run once an article, were compiled with dozens of rules inlined and
// compiled again when one of those rules met a new kind of object. The flags are process-wide, so
// the workers of `batch --jobs N` get them too. Long-lived commands (serve, watch) keep V8's default.
// Each regex is first compiled to bytecode and interpreted, and compiled again to machine code
// once it has run a while; a short run pays for both compiles of most of the pipeline's patterns
// (about a fifth of a cold batch's instructions went to compiling them). Compiling each straight
// to machine code, once, costs less.
if (command === 'extract' || command === 'batch') setFlagsFromString('--interrupt-budget=540672 --max-inlined-bytecode-size-cumulative=300 --no-regexp-tier-up');

const compiled = compiledCli(command);
if (compiled) await compiled(process.argv);
else {
  const [{ runCli }, { COMMANDS }] = await Promise.all([import('./cli/program.js'), import('./cli/commands.js')]);
  await runCli(process.argv, COMMANDS);
}
