import { z } from 'zod';
import type { ArticleMeta } from '../schema/article.js';
import type { AttributionKind, ChannelType, CueKind, SourceType } from '../schema/attribution.js';
import { CSV_COLUMNS } from './csv-columns.js';
import type { AttributionRow, ReviewStatus, SpeakerRow } from './rows.js';
import type { SearchScope } from './search-query.js';

// What the store takes and gives, whichever database holds it.

/** What the claims list, the API and the export can be narrowed by. */
export interface AttributionFilter {
  /**
   * A typed name: the one speaker it means, spelling and name form forgiven ("grenel" and "Ric
   * Grenell" mean Richard Grenell; see chooseSpeakers). Close speakers are not mixed in.
   */
  speaker?: string | undefined;
  /** An exact speaker (links from the speakers page). */
  speakerId?: number | undefined;
  kind?: AttributionKind | undefined;
  /** Any of these kinds (a speaker page's quotes: direct and mixed). */
  kinds?: readonly AttributionKind[] | undefined;
  sourceType?: SourceType | undefined;
  /** Only records whose cue makes this kind of report ("assertion" keeps to what was asserted). */
  cueKind?: CueKind | undefined;
  /** One status; 'all' includes rejected records, which are left out when no status is given. */
  status?: ReviewStatus | 'all' | undefined;
  /** Full text (search-query.ts): in the quote or claim, or with speaker name and article title too (`searchIn`). */
  q?: string | undefined;
  searchIn?: SearchScope | undefined;
  articleId?: number | undefined;
}

/** Keyset page: `after` continues the list, `before` goes back; both are sort keys. */
export interface PageRequest {
  after?: number | undefined;
  before?: number | undefined;
  limit: number;
}

export interface Page<T> {
  items: T[];
  /** Sort key to pass as `after` for the next page; null on the last page. */
  next: number | null;
  /** Sort key to pass as `before` for the previous page; null on the first page. */
  prev: number | null;
}

export type AttributionPage = Page<AttributionRow>;

/** A page whose items are AttributionRow objects already serialized as JSON (for the API). */
export type AttributionJsonPage = Page<string>;

/** A count that stops at a cap, so a page view never counts a million rows. */
export interface CappedCount {
  count: number;
  capped: boolean;
}

export interface NewArticle {
  text: string;
  meta: ArticleMeta;
  url?: string | null | undefined;
  sourcePath?: string | null | undefined;
}

export type AddArticleResult =
  | { status: 'ingested'; articleId: number; attributions: number }
  | { status: 'duplicate'; articleId: number; attributions: number };

export type ReviewAction = 'confirm' | 'correct' | 'reject';

export interface ReviewInput {
  action: ReviewAction;
  /** The version the reviewer saw; a mismatch means the page was stale. */
  version: number;
  note?: string | null | undefined;
  /** For `correct`: the fields to change (absent = unchanged, null = cleared). */
  changes?: Partial<{
    speaker: string | null;
    kind: AttributionKind;
    sourceType: SourceType | null;
    channelType: ChannelType | null;
    channelPlatform: string | null;
    reportedBy: string | null;
    reportedByType: SourceType | null;
  }>;
  /**
   * The other pieces of this record's statement (same article, same group) as the reviewer saw
   * them: when the review changes the speaker, each piece naming another one is corrected to
   * the same speaker and speaker type in the same transaction, each audited; a stale version
   * refuses the whole review (VersionConflictError), a record outside the statement too
   * (NotInStatementError).
   */
  parts?: readonly { id: number; version: number }[] | undefined;
}

/** One CSV record as read back: every cell a string, a number or null, one per column. */
export const CsvRecord = z.array(z.union([z.string(), z.number(), z.null()])).length(CSV_COLUMNS.length);
export type CsvRecord = z.infer<typeof CsvRecord>;

/** A streamed export: iterate `rows`, then `close()` (also after an abort). */
export interface Exported<T> {
  rows: Iterable<T>;
  /**
   * The same rows as the batches they are read in (iterate one or the other, once). A writer
   * that formats and writes a whole batch before asking for the next holds no rows while it
   * waits for the reader, so they die young instead of filling the old heap.
   */
  batches: Iterable<T[]>;
  close: () => void;
}

/** A filter as SQL: plain data, so another thread can run the same query (see CsvExportPlan). */
export interface SqlFilter {
  /** SQL conditions on `a`, joined with AND. */
  where: string[];
  params: Record<string, unknown>;
  /** FTS query when full-text search is on. */
  fts: string | null;
  /** Speaker ids to restrict to; null = any speaker. An empty list matches nothing. */
  speakerIds: number[] | null;
}

/** The speaker a typed name means, and the close ones offered instead of being mixed in. */
export interface SpeakerChoiceRows {
  chosen: SpeakerRow[];
  didYouMean: SpeakerRow[];
}

/** What /healthz reports about the database. */
export interface DatabaseHealth {
  ok: boolean;
  schemaVersion: number;
  /** SQLite: whether its file is still in place; PostgreSQL: 'server' (no file of its own). */
  file: 'present' | 'gone' | 'in memory' | 'server';
  writable: boolean;
}

/** A CSV export as plain data (Store.csvExportPlan): what readCsvExport needs in another thread. */
export interface CsvExportPlan {
  path: string;
  filter: SqlFilter;
  /** The start of each "Claim link" ("https://saidby.example"), '' for a path alone. */
  claimBase: string;
}
