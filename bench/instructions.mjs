#!/usr/bin/env node
// Machine instructions of one warm pass of extract() over dev texts, or of a cold `saidby batch`,
// counted by valgrind's callgrind: a yardstick for one optimisation at a time that a busy machine
// does not move. CPU time on this kind of shared machine moves by a third between two runs of the
// same build, more than most single changes gain; the instruction count of the same build moves by
// about 0.2%.
//
//   node bench/instructions.mjs [--docs N] [--warm N] [ROOT ...]
//   node bench/instructions.mjs --cold [ROOT ...]
//
// ROOT: a checkout with a built dist/ (default: this one). Several roots run side by side, one
// process each, and the first is the baseline the others are compared with.
// --docs N   the first N dev texts (default 100, about 0.5 MB; all 309 take four times as long)
// --warm N   untimed passes before the counted one (default 2: V8 has optimised the hot code by then)
// --cold     instead, the whole process of `saidby batch --jobs 1` over the dev split (start-up, V8's
//            warm-up and the one pass), after a first run that writes the code cache for these flags
//
// The warm pass runs with the V8 flags `saidby extract` and `batch` set (src/cli/v8-flags.ts).
// Node runs with --single-threaded: V8 compiles on the main thread, so what is optimised when
// does not depend on how threads were scheduled (with background compilation, the same build read
// 2.4 and 5.4 G instructions). Counting starts after the warm-up (callgrind_control -i on), so
// start-up and the warm-up itself are not counted. Needs valgrind (Debian: apt-get install valgrind);
// about 7 minutes for 100 texts at 2 warm-up passes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { devPath, loadDevTexts } from './dev-texts.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** How many texts, and their MB of UTF-8. */
function sizeOf(texts) {
  return { docs: texts.length, mb: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6 };
}

/** The child's side: warm up, count one pass, stop counting. */
async function child(rootDir, docs, warm) {
  // V8's flags as `saidby extract` and `batch` set them (a checkout built before they were kept
  // apart keeps V8's defaults)
  const flags = join(rootDir, 'dist', 'cli', 'v8-flags.js');
  if (existsSync(flags)) setFlagsFromString((await import(pathToFileURL(flags).href)).SHORT_RUN_V8_FLAGS);
  const { extract } = await import(pathToFileURL(join(rootDir, 'dist', 'pipeline', 'index.js')).href);
  const texts = loadDevTexts().slice(0, docs).map((d) => d.text);
  for (let p = 0; p < warm; p++) for (const t of texts) extract(t);
  const toggle = (on) => spawnSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
  toggle(true);
  for (const t of texts) extract(t);
  toggle(false);
  process.stdout.write(JSON.stringify(sizeOf(texts)) + '\n');
}

function usage(message) {
  process.stderr.write(`bench/instructions: ${message}\nusage: node bench/instructions.mjs [--docs N] [--warm N] [ROOT ...]   or   --cold [ROOT ...]\n`);
  process.exit(2);
}

function count(flagName, fallback, args) {
  const at = args.indexOf(flagName);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < (flagName === '--warm' ? 0 : 1)) usage(`${flagName} takes a whole number, not ${args[at + 1] ?? 'nothing'}`);
  args.splice(at, 2);
  return value;
}

/** Runs one root under callgrind; resolves to its figures. */
function measure(rootDir, docs, warm, cold) {
  const outDir = mkdtempSync(join(tmpdir(), 'saidby-callgrind-'));
  const batch = [process.execPath, '--single-threaded', join(rootDir, 'dist', 'cli.js'), 'batch', devPath, '-o', join(outDir, 'out.jsonl'), '--jobs', '1'];
  if (cold) {
    const first = spawnSync(batch[0], batch.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (first.status !== 0) return Promise.reject(new Error(`saidby batch in ${rootDir} failed (exit ${first.status}): ${first.stderr}`));
  }
  return new Promise((done, fail) => {
    const args = cold
      ? ['--tool=callgrind', `--callgrind-out-file=${join(outDir, 'out')}`, ...batch]
      : ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(outDir, 'out')}`, process.execPath, '--single-threaded', join(here, 'instructions.mjs'), '--child', rootDir, String(docs), String(warm)];
    const run = spawn('valgrind', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (d) => (stdout += d));
    run.stderr.on('data', (d) => (stderr += d));
    run.on('error', (err) => fail(new Error(`valgrind could not be started (${err.message}); install it (Debian: apt-get install valgrind)`)));
    run.on('close', (code) => {
      rmSync(outDir, { recursive: true, force: true });
      const collected = /Collected\s*:\s*(\d+)/u.exec(stderr);
      const figures = cold ? JSON.stringify(sizeOf(loadDevTexts().map((d) => d.text))) : stdout.trim().split('\n').pop();
      if (code !== 0 || !collected || !figures) return fail(new Error(`the run of ${rootDir} failed (exit ${code}):\n${stderr.split('\n').slice(-15).join('\n')}`));
      const { docs: n, mb } = JSON.parse(figures);
      done({ root: rootDir, mode: cold ? 'cold batch' : 'warm pass', docs: n, mb: Number(mb.toFixed(3)), warm: cold ? 0 : warm, instructions: Number(collected[1]) });
    });
  });
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  await child(argv[1], Number(argv[2]), Number(argv[3]));
} else {
  const coldAt = argv.indexOf('--cold');
  const cold = coldAt >= 0;
  if (cold) argv.splice(coldAt, 1);
  const docs = count('--docs', 100, argv);
  const warm = count('--warm', 2, argv);
  const unknown = argv.find((a) => a.startsWith('--'));
  if (unknown) usage(`unknown option ${unknown}`);
  const roots = (argv.length ? argv : [resolve(here, '..')]).map((r) => resolve(r));
  for (const r of roots) if (!existsSync(join(r, 'dist', 'pipeline', 'index.js'))) usage(`${r} has no built dist/pipeline/index.js (npm run build there first)`);
  if (spawnSync('valgrind', ['--version']).error) usage('valgrind is not installed (Debian: apt-get install valgrind)');
  process.stderr.write(`counting ${cold ? 'a cold saidby batch --jobs 1 over the dev split' : `one warm pass over ${docs} dev texts after ${warm} warm-up passes`}, ${roots.length} root(s) side by side (several minutes)\n`);
  const results = await Promise.all(roots.map((r) => measure(r, docs, warm, cold)));
  const base = results[0].instructions;
  for (const r of results) {
    const change = r === results[0] ? '' : `  ${(100 * (r.instructions / base - 1)).toFixed(2)}% against the first`;
    process.stderr.write(`${(r.instructions / 1e9).toFixed(3)} G instructions, ${(r.instructions / r.mb / 1e9).toFixed(2)} G per MB  ${r.root}${change}\n`);
  }
  process.stdout.write(JSON.stringify(results) + '\n');
}
