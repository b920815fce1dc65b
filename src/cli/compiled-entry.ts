/**
 * Entry of the compiled bundle (scripts/bundle-cli.mjs): the program with the pipeline commands
 * alone, so the bundle holds no web app, store or feed reader and loads no module at run time.
 */
import { PIPELINE_COMMANDS } from './pipeline-commands.js';
import { runCli } from './program.js';

export function main(argv: string[]): Promise<void> {
  return runCli(argv, PIPELINE_COMMANDS);
}
