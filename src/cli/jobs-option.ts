import { availableParallelism } from 'node:os';
import { CliError } from './cli-error.js';

/** The most `--jobs` may ask for: far past any machine's cores, short of a typo's thousands of threads. */
const MAX_JOBS = 256;

/** `--jobs N`: a whole number from 1 to 256; omitted, the cores this process may use. */
export function jobsOf(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism();
  const jobs = Number(raw);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new CliError(`bad option --jobs: ${raw} is not a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}
