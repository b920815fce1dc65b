/**
 * The `saidby` program: commander set up with the commands of a table (see commands.ts), run on
 * one command line. Data goes to stdout, progress and messages to stderr.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, ExitStatus } from './cli-error.js';
import { describeFileError } from './read-input.js';

export type RegisterCommand = (program: Command) => void;
/** Command names with the loader of each one's module, in the order `saidby --help` lists them. */
export type CommandTable = ReadonlyArray<readonly [string, () => Promise<{ register: RegisterCommand }>]>;

/**
 * The commands to register for these arguments: the one named first, or all of them when
 * none is (`saidby --help`, `saidby help batch`, an unknown command, which commander answers
 * with the full list).
 */
function commandsFor(commands: CommandTable, args: readonly string[]): CommandTable {
  const named = commands.find(([name]) => name === args[0]);
  return named ? [named] : commands;
}

/** package.json sits two levels above both src/cli/program.ts (tsx) and dist/cli/program.js (built). */
function packageVersion(): string {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const { version } = JSON.parse(raw) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}

async function createProgram(commands: CommandTable, args: readonly string[]): Promise<Command> {
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
  const modules = await Promise.all(commandsFor(commands, args).map(([, load]) => load()));
  for (const { register } of modules) register(program);
  return program;
}

function exitStatusOf(err: unknown): number {
  if (err instanceof CliError) return err.exitStatus;
  if (err instanceof CommanderError) return err.exitCode === 0 ? ExitStatus.ok : ExitStatus.badInput;
  return ExitStatus.internalError;
}

/** Runs the command named in `argv` (as `process.argv`), taking its module from `commands`. */
export async function runCli(argv: string[], commands: CommandTable): Promise<void> {
  // `saidby batch big.jsonl | head`: the reader went away, which is not an error worth a trace.
  // Any other stdout failure (`> /dev/full`) is one line and exit 2, like unreadable input.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? ExitStatus.ok);
    process.stderr.write(`saidby: cannot write stdout: ${describeFileError(err)}\n`);
    process.exit(ExitStatus.badInput);
  });
  try {
    await (await createProgram(commands, argv.slice(2))).parseAsync(argv);
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
