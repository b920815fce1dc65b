import { NotFoundError, VersionConflictError } from './errors.js';
import type { AttributionRow } from './rows.js';
import type { Store } from './store.js';

/** One record picked on a page, with the version the page showed. */
export interface Pick {
  id: number;
  version: number;
}

/** What a bulk action did, record by record. */
export interface BulkResult {
  saved: AttributionRow[];
  /** Changed by someone since the page was loaded: left as they are. */
  conflicts: { id: number; yourVersion: number; currentVersion: number }[];
}

/**
 * Confirms or rejects every picked record in ONE transaction, each one audited like a single
 * review. A record changed since the page was loaded is left alone and reported (the others
 * are saved); a record that does not exist stops the whole action with NotFoundError and
 * nothing is saved (the page was built from another database, or the article was deleted).
 */
export function bulkReview(store: Store, picks: readonly Pick[], action: 'confirm' | 'reject', userName: string): BulkResult {
  const run = store.db.transaction((): BulkResult => {
    const result: BulkResult = { saved: [], conflicts: [] };
    for (const pick of picks) {
      const exists = store.db.prepare('SELECT 1 FROM attributions WHERE id = ?').get(pick.id);
      if (!exists) throw new NotFoundError(`no record ${pick.id}; nothing was changed`);
      try {
        // Nested in this transaction, each review is a savepoint: a conflict undoes only its own.
        result.saved.push(store.review(pick.id, { action, version: pick.version }, userName));
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
        result.conflicts.push({ id: pick.id, yourVersion: pick.version, currentVersion: err.currentVersion });
      }
    }
    return result;
  });
  return run.immediate();
}
