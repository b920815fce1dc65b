import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { UserExistsError } from '../store/errors.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../store/password.js';
import { CliError } from './cli-error.js';
import { dbOption, describeDb, openBackendForCli } from './db-option.js';
import { isPostgresUrl } from '../store/pg/url.js';
import type { StoreBackend } from '../store/backend.js';

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

/** A new password, typed or piped, checked for length. */
async function readNewPassword(): Promise<string> {
  const password = await readPassword();
  if (password.length === 0) throw new CliError('empty password (type it, or pipe it on standard input)');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(`password too short: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return password;
}

/** The database of list, remove and passwd: these never create one. */
function openExisting(db: string): Promise<StoreBackend> {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new CliError(`no database at ${describeDb(db)} (saidby user add NAME makes one)`);
  return openBackendForCli(db);
}

function checkedName(name: string): string {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'bad user name');
  return parsed.data;
}

export async function runUserAdd(name: string, options: { db: string }): Promise<void> {
  checkedName(name);
  const store = await openBackendForCli(options.db);
  try {
    if (await store.getUser(name)) throw new CliError(`user "${name}" already exists in ${describeDb(options.db)}`);
    const password = await readNewPassword();
    await store.addUser(name, await hashPassword(password));
    process.stderr.write(`reviewer "${name}" added to ${describeDb(options.db)}\n`);
  } catch (err) {
    if (err instanceof UserExistsError) throw new CliError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}

/** `saidby user list`: one reviewer a line on stdout, name first. */
export async function runUserList(options: { db: string }): Promise<void> {
  const store = await openExisting(options.db);
  try {
    const users = await store.listUsers();
    for (const u of users) {
      process.stdout.write(`${u.name}\tadded ${u.createdAt.slice(0, 10)}\t${u.sessions} signed-in session${u.sessions === 1 ? '' : 's'}\n`);
    }
    if (users.length === 0) process.stderr.write(`no reviewers in ${describeDb(options.db)} (add one with: saidby user add NAME)\n`);
  } finally {
    await store.close();
  }
}

/** `saidby user remove NAME`: the account and its sessions go; the reviews it made stay in the audit log. */
export async function runUserRemove(name: string, options: { db: string }): Promise<void> {
  checkedName(name);
  const store = await openExisting(options.db);
  try {
    if (!(await store.removeUser(name))) throw new CliError(`no user "${name}" in ${describeDb(options.db)}`);
    process.stderr.write(`reviewer "${name}" removed from ${describeDb(options.db)}; their sessions are ended\n`);
  } finally {
    await store.close();
  }
}

/** `saidby user passwd NAME`: a new password, read like `user add` reads one; signs the reviewer out everywhere. */
export async function runUserPasswd(name: string, options: { db: string }): Promise<void> {
  checkedName(name);
  const store = await openExisting(options.db);
  try {
    if (!(await store.getUser(name))) throw new CliError(`no user "${name}" in ${describeDb(options.db)}`);
    const password = await readNewPassword();
    if (!(await store.setPassword(name, await hashPassword(password)))) throw new CliError(`no user "${name}" in ${describeDb(options.db)}`);
    process.stderr.write(`password of "${name}" changed in ${describeDb(options.db)}; their sessions are ended\n`);
  } finally {
    await store.close();
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
  user
    .command('list')
    .description('list reviewers: name, date added, signed-in sessions (tab-separated, on stdout)')
    .addOption(dbOption())
    .action(runUserList);
  user
    .command('remove')
    .description('remove a reviewer and end their sessions at once (their reviews stay in the audit log)')
    .argument('<name>', 'user name')
    .addOption(dbOption())
    .action(runUserRemove);
  user
    .command('passwd')
    .description('set a new password, read like `user add` reads one; ends the reviewer\'s sessions')
    .argument('<name>', 'user name')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Examples:
  $ saidby user passwd ana
  $ printf '%s\\n' "$NEW_PASSWORD" | saidby user passwd ana --db /srv/saidby.db`,
    )
    .action(runUserPasswd);
}
