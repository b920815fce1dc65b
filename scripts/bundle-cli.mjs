#!/usr/bin/env node
// Second half of `npm run build` (after tsc): the pipeline commands of the built CLI in one
// CommonJS bundle, dist/cli/compiled.cjs, with the list of modules it was made from
// (compiled.json) and a V8 code cache (compiled-*.cache, one per Node and V8 flags) written by one
// warm-up run; and the same for the worker threads, a `batch --jobs N` worker's loop and an article
// worker's file jobs (compiled-worker.cjs, .json, -*.cache), which holds zod too: each worker thread would
// otherwise compile all of zod's modules afresh. The CLI uses them only while every listed module
// is unchanged (src/cli/compiled-cli.ts).
//
// Each module keeps its own `import.meta.url` (the lexicons, package.json and the worker modules
// are found relative to it), rewritten to the URL of the built module it came from.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { root } from './build-if-stale.mjs';

const outDir = join(root, 'dist', 'cli');
const bundlePath = join(outDir, 'compiled.cjs');
const workerBundlePath = join(outDir, 'compiled-worker.cjs');

// the old manifests go first: a half-written bundle is then never taken for a current one;
// code caches made for the old bundles go with them
for (const name of ['compiled.json', 'compiled-worker.json']) rmSync(join(outDir, name), { force: true });
for (const name of existsSync(outDir) ? readdirSync(outDir) : []) if (/^compiled.*\.cache$/.test(name)) rmSync(join(outDir, name), { force: true });

const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const rel = JSON.stringify(relative(outDir, args.path));
      const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${rel})).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const dependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});

/** Bundles `entry` (a built module of dist/cli) into `outfile` with its manifest; `external`: the packages left to require(). */
async function bundle(entry, outfile, external) {
  const result = await build({
    entryPoints: [join(outDir, entry)],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external,
    metafile: true,
    plugins: [ownUrl],
    logLevel: 'warning',
  });
  // compiled-cli.ts runs a bundle as a script, where import() has no loader to ask: every
  // module must be inside the bundle or a package loaded with require()
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports);
  const unloadable = imports.filter((i) => i.kind !== 'require-call' || !i.external);
  if (unloadable.length > 0 || result.warnings.length > 0) {
    for (const i of unloadable) console.error(`bundle-cli: ${i.kind} ${i.path}`);
    console.error(`bundle-cli: ${relative(root, outfile)} still holds import() or import.meta; not using it`);
    process.exit(1);
  }
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, input);
    const { size, mtimeMs } = statSync(path);
    inputs[relative(outDir, path)] = { size, mtimeMs };
  }
  writeFileSync(outfile.replace(/\.cjs$/, '.json'), `${JSON.stringify({ inputs }, null, 1)}\n`);
  return { modules: Object.keys(inputs).length, kB: readFileSync(outfile).length / 1024 };
}

// commander and natural's few modules go inside the CLI's bundle: required from node_modules they were
// compiled afresh on every run (about 10 ms of a one-line `extract`), inside it they are in the code cache
const cli = await bundle('compiled-entry.js', bundlePath, dependencies.filter((name) => name !== 'commander' && name !== 'natural'));
// htmlparser2 (an article worker's HTML to text) is an ES module only: Node before 20.19 cannot
// require() it, so it goes inside the bundle; natural's few modules too, as in the CLI's
const worker = await bundle('worker-entry.js', workerBundlePath, dependencies.filter((name) => name !== 'zod' && name !== 'htmlparser2' && name !== 'natural'));

// One run over the sample article writes the code cache (every function it compiled).
const scratch = mkdtempSync(join(tmpdir(), 'saidby-bundle-'));
try {
  const samples = join(root, 'data', 'samples');
  const text = readFileSync(join(samples, 'cnn-2025-02-01-venezuela-detainees.txt'), 'utf8');
  const corpus = join(scratch, 'warm-up.jsonl');
  writeFileSync(corpus, `${JSON.stringify({ id: 'warm-up', text })}\n`);
  // --jobs 1 writes the CLI's cache as it exits; --jobs 2 (one line: one worker) the worker's, after its line
  for (const jobs of ['1', '2']) {
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'batch', corpus, '--jobs', jobs, '-o', join(scratch, 'out.jsonl')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`bundle-cli: the warm-up run failed (${run.status}): ${run.stderr}`);
      process.exit(1);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const caches = readdirSync(outDir).filter((name) => /^compiled-.*\.cache$/.test(name));
console.error(`bundle-cli: ${relative(root, bundlePath)} (${cli.modules} modules, ${cli.kB.toFixed(0)} kB), ${relative(root, workerBundlePath)} (${worker.modules} modules, ${worker.kB.toFixed(0)} kB), code caches ${caches.map((c) => `${c} ${(statSync(join(outDir, c)).size / 1024).toFixed(0)} kB`).join(', ') || 'not written'}`);
