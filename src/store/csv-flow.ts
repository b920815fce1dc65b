/** What the CSV export's worker (csv-worker.ts) and the main thread (csv-export.ts) share. */

/** Slots of the shared Int32Array: messages the worker may still send, and the stop flag. */
export const FLOW = { credits: 0, stop: 1, slots: 2 } as const;

/**
 * Worker -> main: ready (the database is open and the snapshot taken); up to CSV_PIECE
 * records, either as one JSON array text for the main thread to format or already formatted
 * as CSV text; the end; or why it stopped.
 */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'records'; json: string }
  | { type: 'text'; text: string }
  | { type: 'end' }
  | { type: 'error'; message: string; code: string | null };
