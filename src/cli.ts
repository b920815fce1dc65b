#!/usr/bin/env node
/**
 * The `saidby` command. Each command lives in its own module under `src/cli/` and exports
 * `register(program)`; adding one is an import and a line in COMMANDS below.
 * Data goes to stdout, progress and messages to stderr.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { register as registerBatch } from './cli/batch.js';
import { CliError, ExitStatus } from './cli/cli-error.js';
import { register as registerExport } from './cli/export.js';
import { register as registerExtract } from './cli/extract.js';
import { describeFileError } from './cli/read-input.js';
import { register as registerIngest } from './cli/ingest.js';
import { register as registerServe } from './cli/serve.js';
import { register as registerUser } from './cli/user.js';
import { register as registerWatch } from './cli/watch.js';

const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerExtract,
  registerBatch,
  registerIngest,
  registerServe,
  registerExport,
  registerUser,
  registerWatch,
];

/** package.json sits one level above both src/cli.ts (tsx) and dist/cli.js (built). */
function packageVersion(): string {
  const raw = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const { version } = JSON.parse(raw) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}

function createProgram(): Command {
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
  for (const registerCommand of COMMANDS) registerCommand(program);
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
    await createProgram().parseAsync(argv);
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
