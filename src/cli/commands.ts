import { PIPELINE_COMMANDS } from './pipeline-commands.js';
import type { CommandTable } from './program.js';

/**
 * Every command, by name, in the order `saidby --help` lists them. Each module is imported only
 * when its command runs (or for the full help): `extract` then loads the pipeline alone, not
 * the web app, the store and the feed reader, which took start-up from about 0.15 s to 0.5 s.
 */
export const COMMANDS: CommandTable = [
  ...PIPELINE_COMMANDS,
  ['ingest', () => import('./ingest.js')],
  ['serve', () => import('./serve.js')],
  ['export', () => import('./export.js')],
  ['user', () => import('./user.js')],
  ['watch', () => import('./watch.js')],
  ['copy', () => import('./copy.js')],
];
