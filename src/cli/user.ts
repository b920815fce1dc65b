import type { Command } from 'commander';
import { z } from 'zod';
import { UserExistsError } from '../store/errors.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../store/password.js';
import { CliError } from './cli-error.js';
import { dbOption, openStoreForCli } from './db-option.js';

export const UserName = z
  .string()
  .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'a user name is 1-64 letters, digits, ".", "_", "@" or "-"');

/** Reads a password typed at a terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const done = (err: Error | null): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done(null);
        if (ch === '\u0003') return done(new CliError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of piped standard input: `echo "$PW" | saidby user add ana`. */
async function readFirstLine(): Promise<string> {
  let all = '';
  for await (const chunk of process.stdin) {
    all += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (all.includes('\n')) break;
  }
  return (all.split('\n')[0] ?? '').replace(/\r$/, '');
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    const again = await promptHidden('Repeat password: ');
    if (first !== again) throw new CliError('the two passwords differ');
    return first;
  }
  return readFirstLine();
}

export async function runUserAdd(name: string, options: { db: string }): Promise<void> {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'bad user name');
  const store = openStoreForCli(options.db);
  try {
    if (store.getUser(name)) throw new CliError(`user "${name}" already exists in ${options.db}`);
    const password = await readPassword();
    if (password.length === 0) throw new CliError('empty password (type it, or pipe it on standard input)');
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new CliError(`password too short: at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    store.addUser(name, await hashPassword(password));
    process.stderr.write(`reviewer "${name}" added to ${options.db}\n`);
  } catch (err) {
    if (err instanceof UserExistsError) throw new CliError(err.message);
    throw err;
  } finally {
    store.close();
  }
}

export function register(program: Command): void {
  const user = program.command('user').description('manage reviewer accounts');
  user
    .command('add')
    .description('add a reviewer; the password is read from standard input (not echoed at a terminal)')
    .argument('<name>', 'user name (letters, digits, . _ @ -)')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
The password is stored as a salted scrypt hash. At a terminal it is asked twice
without echo; otherwise the first line of standard input is the password.

Examples:
  $ saidby user add ana
  $ printf '%s\\n' "$REVIEWER_PASSWORD" | saidby user add ana --db /srv/saidby.db`,
    )
    .action(runUserAdd);
}
