import { spawnSync } from 'node:child_process';

/**
 * Builds dist/ once before any test file runs (only when src/ changed since the last build),
 * so CLI tests can drive `node dist/cli.js` as a user would, without a per-test compile.
 */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not build dist/cli.js for the CLI tests (see the tsc output above)');
}
