import type { Express } from 'express';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

/** The app served on 127.0.0.1 and a headless Chromium open on it, as the browser tests use them. */
export interface BrowserSession {
  server: Server;
  base: string;
  context: BrowserContext;
  page: Page;
  /** Closes the browser and the server; safe after a start that failed half-way. */
  close(): Promise<void>;
}

/**
 * Serves `app` on a free loopback port and opens Chromium (a profile under `profileDir`) on it,
 * signed in as `signIn` when given. A page error fails the test that caused it.
 */
export async function openBrowserSession(options: {
  app: Express;
  executablePath: string;
  profileDir: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  signIn?: { name: string; password: string };
}): Promise<BrowserSession> {
  const session: Partial<BrowserSession> = {};
  const close = async (): Promise<void> => {
    // each step only when it was reached: with no server, waiting for its close callback would
    // wait for the hook's whole timeout
    await session.context?.close();
    const server = session.server;
    if (server) await new Promise((ok) => server.close(ok));
  };
  try {
    session.server = await new Promise<Server>((ok) => {
      const s = options.app.listen(0, '127.0.0.1', () => ok(s));
    });
    const base = `http://127.0.0.1:${(session.server.address() as AddressInfo).port}`;
    session.context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: options.executablePath,
      // a browser that cannot start fails here, not after the hook's whole timeout
      timeout: 30_000,
      headless: true,
      acceptDownloads: options.acceptDownloads ?? false,
      viewport: options.viewport ?? { width: 1440, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    page.on('pageerror', (err) => {
      throw err;
    });
    if (options.signIn) {
      await page.goto(`${base}/signin`);
      await page.fill('input[name="name"]', options.signIn.name);
      await page.fill('input[name="password"]', options.signIn.password);
      await Promise.all([page.waitForURL(`${base}/`), page.click('button:has-text("Sign in")')]);
    }
    return { server: session.server, base, context: session.context, page, close };
  } catch (err) {
    await close();
    throw err;
  }
}
