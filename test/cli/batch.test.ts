import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extract } from '../../src/pipeline/index.js';
import { Attribution } from '../../src/schema/attribution.js';
import { CLI, runCli, SAMPLE } from './run-cli.js';

const BatchOutputLine = z.strictObject({ id: z.string(), quotes: z.array(Attribution) });

const dir = mkdtempSync(join(tmpdir(), 'saidby-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = readFileSync(SAMPLE, 'utf8');
const docs = [
  { id: 'z-last-alphabetically', text: sample },
  { id: 'a-first', text: 'Nothing quoted here.' },
  { id: 'm-middle', text: '"We are ready," Maria Lopez said.\n\n"Not yet," she added.' },
  { id: 'empty', text: '' },
];
const jsonl = (lines: unknown[]): string => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function outputLines(stdout: string): z.infer<typeof BatchOutputLine>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => BatchOutputLine.parse(JSON.parse(line)));
}

describe('saidby batch', () => {
  it('writes one {id, quotes} line per document, in input order, with what extract() finds', async () => {
    const input = file('docs.jsonl', jsonl(docs));
    const run = await runCli(['batch', input]);
    expect(run.status).toBe(0);
    const out = outputLines(run.stdout);
    expect(out.map((line) => line.id)).toEqual(docs.map((doc) => doc.id));
    for (const [i, doc] of docs.entries()) {
      expect(out[i]?.quotes).toEqual(JSON.parse(JSON.stringify(extract(doc.text).quotes)));
    }
  });

  it('reads stdin when the input is omitted or "-", and skips blank lines', async () => {
    const withBlanks = jsonl([docs[1], '', '   ', docs[2]]);
    for (const args of [['batch'], ['batch', '-']]) {
      const run = await runCli(args, { input: withBlanks });
      expect(run.status).toBe(0);
      expect(outputLines(run.stdout).map((line) => line.id)).toEqual(['a-first', 'm-middle']);
    }
  });

  it('ends with a one-line summary on stderr and draws no progress bar when stderr is not a terminal', async () => {
    const run = await runCli(['batch', file('summary.jsonl', jsonl(docs))]);
    expect(run.stderr).toMatch(/^saidby batch: 4 documents, \d+ quotes, \d+\.\d s\n$/);
    expect(run.stderr).not.toMatch(/\r/);
  });

  it('-o writes the output file (atomically: no temp file left) and nothing to stdout', async () => {
    const out = join(dir, 'out', 'pred.jsonl');
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    mkdirSync(join(dir, 'out'));
    const run = await runCli(['batch', file('for-o.jsonl', jsonl(docs)), '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(outputLines(readFileSync(out, 'utf8')).map((line) => line.id)).toEqual(docs.map((doc) => doc.id));
    expect(readdirSync(join(dir, 'out'))).toEqual(['pred.jsonl']);
  });
});

describe('saidby batch downstream', () => {
  it('a reader that stops early (| head -1) ends the run quietly, not with a stack trace', async () => {
    const many = jsonl(Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, text: 'Nothing quoted here at all. '.repeat(20) })));
    const input = file('many.jsonl', many);
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" batch "${input}" | head -1`], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^\{"id":"d0","quotes":\[/);
    expect(run.stderr).not.toMatch(/Error|at /);
  });
});

describe('saidby batch reports a malformed line as FILE:LINE, skips it, and exits 1', () => {
  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    ['JSON but not an object', '[1, 2]', /expected object/],
    ['no id', '{"text": "hello"}', /^.*:2: id: /],
    ['empty id', '{"id": "", "text": "hello"}', /^.*:2: id: /],
    ['text not a string', '{"id": "x", "text": 42}', /^.*:2: text: /],
  ])('%s', async (_name, badLine, reason) => {
    const input = file('malformed.jsonl', jsonl([docs[1], badLine, docs[2]]));
    const run = await runCli(['batch', input]);
    expect(run.status).toBe(1);
    expect(outputLines(run.stdout).map((line) => line.id)).toEqual(['a-first', 'm-middle']);
    const [message, summary, ...rest] = run.stderr.trimEnd().split('\n');
    expect(message?.startsWith(`${input}:2: `)).toBe(true);
    expect(message).toMatch(reason);
    expect(summary).toMatch(/^saidby batch: 2 documents, \d+ quotes, 1 failed line, /);
    expect(rest).toEqual([]);
  });

  it('counts lines from 1 including blank ones, so the number matches an editor', async () => {
    const input = file('numbering.jsonl', jsonl([docs[1], '', '', 'oops']));
    const run = await runCli(['batch', input]);
    expect(run.stderr).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: not valid JSON`));
  });
});

describe('saidby batch refuses unreadable input or output with exit 2 and writes no output file', () => {
  it.each([
    ['a missing input file', () => join(dir, 'nope.jsonl'), /cannot read .*nope\.jsonl: no such file/],
    ['a directory as input', () => dir, /cannot read .*: is a directory/],
    ['input that is not UTF-8', () => file('latin1.jsonl', Uint8Array.from([0x7b, 0xe9, 0x7d, 0x0a])), /not valid UTF-8/],
  ])('%s', async (_name, makeInput, message) => {
    const out = join(dir, `refused-${Math.random().toString(36).slice(2)}.jsonl`);
    const run = await runCli(['batch', makeInput(), '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed run leaves an existing output file exactly as it was', async () => {
    const out = file('previous-run.jsonl', '{"id":"old","quotes":[]}\n');
    const run = await runCli(['batch', file('broken.jsonl', Uint8Array.from([0x7b, 0xff, 0x7d])), '-o', out]);
    expect(run.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"id":"old","quotes":[]}\n');
  });

  it('an output folder that does not exist', async () => {
    const run = await runCli(['batch', file('ok.jsonl', jsonl([docs[1]])), '-o', join(dir, 'missing', 'out.jsonl')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^saidby: cannot write .*out\.jsonl: no such directory\n$/);
  });
});
