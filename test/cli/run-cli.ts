import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI, as users run it (built by test/global-setup.ts). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const SAMPLE = fileURLToPath(
  new URL('../../data/samples/cnn-2025-02-01-venezuela-detainees.txt', import.meta.url),
);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` with optional stdin and resolves when it exits. With
 * `killAfterMs`, a run still going then is killed (status null), so a regression that makes a
 * command run forever (serve, reading /dev/zero) fails its test instead of outliving it.
 */
export function runCli(
  args: string[],
  options: { input?: string | Uint8Array; cwd?: string; killAfterMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...(options.env ?? process.env), NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    const killer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('close', (status) => {
      if (killer) clearTimeout(killer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
