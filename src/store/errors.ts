/** A row that was asked for by id does not exist (HTTP 404). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/**
 * A review was made from a stale page: the attribution changed since the reviewer loaded it
 * (HTTP 409). Carries the version the reviewer should reload.
 */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

/** `saidby user add` for a name that already has an account. */
export class UserExistsError extends Error {
  override readonly name = 'UserExistsError';
}
