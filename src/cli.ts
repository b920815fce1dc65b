#!/usr/bin/env node
/**
 * The `saidby` command. Each command lives in its own module under `src/cli/` and exports
 * `register(program)`; adding one is a line in COMMANDS below.
 * Data goes to stdout, progress and messages to stderr.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, ExitStatus } from './cli/cli-error.js';
import { describeFileError } from './cli/read-input.js';

type RegisterCommand = (program: Command) => void;

/**
 * Every command, by name, in the order `saidby --help` lists them. Each module is imported only
 * when its command runs (or for the full help): `extract` then loads the pipeline alone, not
 * the web app, the store and the feed reader, which took start-up from about 0.15 s to 0.5 s.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<{ register: RegisterCommand }>]> = [
  ['extract', () => import('./cli/extract.js')],
  ['batch', () => import('./cli/batch.js')],
  ['ingest', () => import('./cli/ingest.js')],
  ['serve', () => import('./cli/serve.js')],
  ['export', () => import('./cli/export.js')],
  ['user', () => import('./cli/user.js')],
  ['watch', () => import('./cli/watch.js')],
  ['copy', () => import('./cli/copy.js')],
];

/**
 * The commands to register for these arguments: the one named first, or all of them when
 * none is (`saidby --help`, `saidby help batch`, an unknown command, which commander answers
 * with the full list).
 */
function commandsFor(args: readonly string[]): typeof COMMANDS {
  const named = COMMANDS.find(([name]) => name === args[0]);
  return named ? [named] : COMMANDS;
}

/** package.json sits one level above both src/cli.ts (tsx) and dist/cli.js (built). */
function packageVersion(): string {
  const raw = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const { version } = JSON.parse(raw) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}

async function createProgram(args: readonly string[]): Promise<Command> {
  const program = new Command()
    .name('saidby')
    .description('Who said what, and who reported it: finds quotations in news text and attributes each to its speaker.')
    .version(packageVersion(), '-V, --version', 'print the saidby version')
    .helpOption('-h, --help', 'show help for saidby or for one command')
    .showHelpAfterError('(run with --help for usage)')
    // One style for every error line: "saidby: missing required argument 'file'".
    .configureOutput({ outputError: (message, write) => write(`saidby: ${message.replace(/^error: /, '')}`) })
    // Usage errors exit with 2 like other bad input; set before registering so every command inherits it.
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ saidby extract data/samples/cnn-2025-02-01-venezuela-detainees.txt --format text
  $ saidby batch corpus.jsonl -o predictions.jsonl
  $ saidby <command> --help`,
    );
  const modules = await Promise.all(commandsFor(args).map(([, load]) => load()));
  for (const { register } of modules) register(program);
  return program;
}

function exitStatusOf(err: unknown): number {
  if (err instanceof CliError) return err.exitStatus;
  if (err instanceof CommanderError) return err.exitCode === 0 ? ExitStatus.ok : ExitStatus.badInput;
  return ExitStatus.internalError;
}

async function main(argv: string[]): Promise<void> {
  // `saidby batch big.jsonl | head`: the reader went away, which is not an error worth a trace.
  // Any other stdout failure (`> /dev/full`) is one line and exit 2, like unreadable input.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? ExitStatus.ok);
    process.stderr.write(`saidby: cannot write stdout: ${describeFileError(err)}\n`);
    process.exit(ExitStatus.badInput);
  });
  try {
    await (await createProgram(argv.slice(2))).parseAsync(argv);
  } catch (err) {
    const status = exitStatusOf(err);
    // Commander has already printed its own message (and help) for usage errors.
    if (!(err instanceof CommanderError)) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`saidby: ${err instanceof CliError ? message : `internal error: ${message}`}\n`);
      if (!(err instanceof CliError) && process.env['SAIDBY_DEBUG'] && err instanceof Error) {
        process.stderr.write(`${err.stack ?? ''}\n`);
      }
    }
    process.exitCode = status;
  }
}

await main(process.argv);
