import { spawnSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli, SAMPLE } from './run-cli.js';

// `-o FILE` (batch, export): a regular file is replaced atomically, through a symbolic link to
// it; a character device or a pipe is written straight to; a directory, socket or block device
// is refused. As root the old behaviour turned /dev/full into a regular file, so the device
// tests use device nodes made in a temp folder (mknod, root only), and the real /dev/null and
// /dev/full otherwise (which a non-root user cannot replace anyway).

const dir = mkdtempSync(join(tmpdir(), 'saidby-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const input = join(dir, 'in.jsonl');
writeFileSync(input, JSON.stringify({ id: 'm', text: '"We are ready," Maria Lopez said.' }) + '\n');

let devices = 0;

/** A character device like /dev/NAME (1, minor), made in the temp folder when possible. */
function device(name: 'null' | 'full', type: 'c' | 'b' = 'c', major = 1, minor = name === 'null' ? 3 : 7): string {
  if (!isRoot) return `/dev/${name}`;
  const path = join(dir, `${name}-${type}-${major}-${minor}-${++devices}`);
  const made = spawnSync('mknod', [path, type, String(major), String(minor)]);
  if (made.status !== 0) throw new Error(`mknod failed: ${made.stderr.toString()}`);
  return path;
}

/** Names in `folder` that look like leftover temp files. */
const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('-o writes through symbolic links to regular files', () => {
  it('a link to a file: the target gets the output, the link stays a link', async () => {
    const real = join(dir, 'targets');
    mkdirSync(real);
    writeFileSync(join(real, 'real.jsonl'), 'old\n');
    symlinkSync(join(real, 'real.jsonl'), join(dir, 'link.jsonl'));
    const run = await runCli(['batch', input, '-o', join(dir, 'link.jsonl')]);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(real, 'real.jsonl'), 'utf8')).toMatch(/^\{"id":"m","quotes":\[/);
    expect(leftovers(real)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a link whose target does not exist yet: the target is created, the link stays', async () => {
    symlinkSync('new-target.jsonl', join(dir, 'dangling.jsonl'));
    const run = await runCli(['batch', input, '-o', join(dir, 'dangling.jsonl')]);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'dangling.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'new-target.jsonl'), 'utf8')).toMatch(/"id":"m"/);
  });

  it('export -o link.csv writes the linked file', async () => {
    const db = join(dir, 'export.db');
    expect((await runCli(['ingest', SAMPLE, '--db', db])).status).toBe(0);
    writeFileSync(join(dir, 'real.csv'), 'old\n');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    const run = await runCli(['export', '--db', db, '-o', join(dir, 'link.csv')]);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^\uFEFFSpeaker,/);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/,\/attributions\/\d+,/);
    // --base-url makes the claim links open on the review site
    expect((await runCli(['export', '--db', db, '--base-url', 'https://saidby.example/', '-o', join(dir, 'linked.csv')])).status).toBe(0);
    expect(readFileSync(join(dir, 'linked.csv'), 'utf8')).toMatch(/,https:\/\/saidby\.example\/attributions\/\d+,/);
    // nothing reviewed yet: the ClaimReview export is an empty array
    expect((await runCli(['export', '--db', db, '--format', 'claimreview', '-o', join(dir, 'reviews.json')])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'reviews.json'), 'utf8'))).toEqual([]);
    // a search with nothing to look for is refused with the reason
    const refused = await runCli(['export', '--db', db, '--q', '?!']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/no letters or digits/);
  });

  it('a replaced file keeps its permissions', async () => {
    const out = join(dir, 'private.jsonl');
    writeFileSync(out, 'old\n', { mode: 0o600 });
    expect((await runCli(['batch', input, '-o', out])).status).toBe(0);
    expect(lstatSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('-o writes straight to devices and pipes', () => {
  it('a FIFO gets the lines and stays a FIFO', async () => {
    const fifo = join(dir, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    let read = '';
    const reader = new Promise<void>((resolve, reject) => {
      createReadStream(fifo, 'utf8')
        .on('data', (chunk) => (read += chunk))
        .on('end', resolve)
        .on('error', reject);
    });
    const run = await runCli(['batch', input, '-o', fifo]);
    await reader;
    expect(run.status).toBe(0);
    expect(read).toMatch(/^\{"id":"m","quotes":\[/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it.runIf(spawnSync('bash', ['-c', 'true']).status === 0)('-o >(cmd), a pipe named /dev/fd/N, gets the lines', () => {
    const out = join(dir, 'substituted.jsonl');
    const script = `"${process.execPath}" "${CLI}" batch "${input}" -o >(cat > "${out}"); status=$?; wait; exit $status`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/^saidby batch: 1 documents/);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{"id":"m","quotes":\[/);
  });

  it('/dev/null takes the output and stays a character device', async () => {
    const devNull = device('null');
    const run = await runCli(['batch', input, '-o', devNull]);
    expect(run.status).toBe(0);
    expect(lstatSync(devNull).isCharacterDevice()).toBe(true);
  });

  it.each([['batch'], ['export']])('%s -o /dev/full is one line "no space left on device", exit 2, and the device stays', async (command) => {
    const devFull = device('full');
    const db = join(dir, 'full.db');
    if (command === 'export') expect((await runCli(['ingest', SAMPLE, '--db', db])).status).toBeLessThan(2);
    const args = command === 'batch' ? ['batch', input, '-o', devFull] : ['export', '--db', db, '-o', devFull];
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`saidby: cannot write ${devFull}: no space left on device\n`);
    expect(lstatSync(devFull).isCharacterDevice()).toBe(true);
  });
});

describe('-o refuses what is no place for data', () => {
  it('a directory', async () => {
    const run = await runCli(['batch', input, '-o', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`saidby: cannot write ${dir}: it is a directory\n`);
  });

  it('a socket', async () => {
    const path = join(dir, 'out.sock');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const run = await runCli(['batch', input, '-o', path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^saidby: cannot write .*out\.sock: it is a socket, not a file\n$/);
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it.runIf(isRoot)('a block device', async () => {
    const block = device('null', 'b', 7, 200);
    const run = await runCli(['batch', input, '-o', block]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/it is a block device, not a file/);
    expect(lstatSync(block).isBlockDevice()).toBe(true);
  });
});
