import type { CommandTable } from './program.js';

/**
 * The commands that run the pipeline on text and nothing else (no store, no web app): the ones
 * whose start-up matters most, and the ones the compiled bundle holds (see compiled-cli.ts).
 */
export const PIPELINE_COMMANDS = [
  ['extract', () => import('./extract.js')],
  ['batch', () => import('./batch.js')],
] as const satisfies CommandTable;
