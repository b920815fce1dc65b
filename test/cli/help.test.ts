import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('saidby --help and --version', () => {
  it('--help lists every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: saidby/);
    for (const command of ['extract', 'batch', 'ingest', 'serve', 'export', 'user']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('--version prints the version from package.json', async () => {
    const run = await runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it.each([['extract'], ['batch'], ['ingest'], ['serve'], ['export'], ['user add']])('%s --help describes its options and shows examples', async (command) => {
    const run = await runCli([...command.split(' '), '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Usage: saidby ${command}`));
    expect(run.stdout).toMatch(/Examples:/);
  });
});

describe('usage errors exit 2 with one saidby: line', () => {
  it.each([
    [['frobnicate'], /^saidby: unknown command 'frobnicate'/],
    [['extract'], /^saidby: missing required argument 'file'/],
    [['extract', 'x.txt', '--format', 'xml'], /^saidby: option .* argument 'xml' is invalid/],
    [['batch', '--no-such-option'], /^saidby: unknown option '--no-such-option'/],
  ])('saidby %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
