/** Exit statuses shared by every command, so scripts can tell "bad input" from "some lines failed". */
export const ExitStatus = {
  ok: 0,
  /** The command ran, but some of its input could not be processed (a malformed batch line). */
  partialFailure: 1,
  /** Nothing useful could be done: unreadable input, bad arguments. */
  badInput: 2,
  /** A bug in saidby, not in the input (EX_SOFTWARE from sysexits.h). */
  internalError: 70,
} as const;

/**
 * An error meant for the person at the terminal: `cli.ts` prints `saidby: <message>` on one
 * line of stderr (no stack trace) and exits with `exitStatus`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitStatus: number = ExitStatus.badInput,
  ) {
    super(message);
  }
}
