#!/usr/bin/env node
// Rebuilds dist/ when any source is newer than dist/cli.js. Shared by `npm run eval` and the
// vitest global setup (which runs it as `node scripts/build-if-stale.mjs`), so "is the build
// current?" is decided in one place.
//
// Type errors do not block when tsc still emitted dist/cli.js: engineers working in parallel
// should not be stopped by someone else's half-typed file. `npm run build` (as run by .ci/run)
// stays the strict gate.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const builtCli = join(root, 'dist', 'cli.js');
/** The eval data (never copied in): ../shared/eval beside the checkout, or SAIDBY_EVAL_DIR. */
export const evalDir = resolve(process.env.SAIDBY_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));

/** Newest modification time under `path` (a file or a folder, recursively); 0 when absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildStale() {
  const builtAt = existsSync(builtCli) ? statSync(builtCli).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => newestMtime(join(root, p))),
  );
  return builtAt < sourcesAt;
}

/** Returns true when dist/cli.js is usable afterwards; logs on stderr. */
export function buildIfStale(log = (line) => process.stderr.write(line + '\n')) {
  if (!isBuildStale()) return true;
  log(existsSync(builtCli) ? 'build: dist/ is older than src/, rebuilding' : 'build: dist/ is missing, building');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status === 0) return true;
  if (existsSync(builtCli) && !isBuildStale()) {
    log('build: tsc reported errors (above) but emitted dist/; continuing with it');
    return true;
  }
  log('build: failed and dist/cli.js is missing');
  return false;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildIfStale() ? 0 : 1);
}
