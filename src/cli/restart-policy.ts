/** How many worker crashes within CRASH_WINDOW_MS stop `serve --workers` instead of restarting. */
export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 60_000;

export type AfterCrash = { action: 'restart'; delayMs: number } | { action: 'stop'; crashes: number };

/**
 * What the primary does after a worker dies, given when workers died (oldest first, this
 * crash last): restart it after a back-off of 0.1 s doubling with each recent crash (0.1, 0.2,
 * 0.4, 0.8 s), or stop the server on the MAX_CRASHESth crash within a minute, when restarting
 * has stopped helping (a worker that dies on start, the database gone).
 * Does not keep the list: the caller drops times older than the window (see `recentCrashes`).
 */
export function afterCrash(crashTimes: readonly number[], now: number): AfterCrash {
  const recent = recentCrashes(crashTimes, now).length;
  if (recent >= MAX_CRASHES) return { action: 'stop', crashes: recent };
  return { action: 'restart', delayMs: Math.min(5_000, 100 * 2 ** Math.max(0, recent - 1)) };
}

/** The crash times still inside the window. */
export function recentCrashes(crashTimes: readonly number[], now: number): number[] {
  return crashTimes.filter((t) => now - t < CRASH_WINDOW_MS);
}
