import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu put Chromium, tried in this order after $CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

export const INSTALL_HINT = 'install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH (or the older $SAIDBY_CHROMIUM) when
 * set, else the first of CHROMIUM_CANDIDATES that exists; null when there is none. A path set
 * in the environment that does not exist is not silently replaced by another browser: it is
 * reported (null), so a typo does not test a different Chromium than meant.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env['CHROMIUM_PATH'] || env['SAIDBY_CHROMIUM'];
  if (chosen) return exists(chosen) ? chosen : null;
  return CHROMIUM_CANDIDATES.find((path) => exists(path)) ?? null;
}

/**
 * The browser for a test file, or null to skip it. Without one, a developer's `npm test` skips
 * the browser tests with one line saying how to get them; under CI=true a missing browser is a
 * failure (throws), so a CI image without Chromium cannot pass by testing less.
 */
export function chromiumForTests(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): string | null {
  const found = findChromium(env, exists);
  if (found !== null) return found;
  const where = env['CHROMIUM_PATH'] || env['SAIDBY_CHROMIUM'] || CHROMIUM_CANDIDATES.join(' or ');
  if (env['CI'] === 'true') throw new Error(`browser tests need Chromium, not found at ${where}: ${INSTALL_HINT}`);
  warn(`skipping the browser tests: no Chromium at ${where}; ${INSTALL_HINT}`);
  return null;
}
