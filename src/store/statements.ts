import { z } from 'zod';
import { AttributionKind } from '../schema/attribution.js';
import { ReviewStatus } from './rows.js';
import type { Sql } from './sqlite-sql.js';

/**
 * One statement the pipeline gave as several records sharing a group: a quotation running over
 * paragraphs, a claim split by its attribution ("Instead, Trump told CNN, his policy would be
 * …"), or split around the writer's aside ("Police said the suspect, a 34-year-old man, had been
 * arrested"). A group id is unique within its article, so (article, group) names the statement.
 */
export const StatementPart = z.object({
  id: z.number().int().positive(),
  kind: AttributionKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  status: ReviewStatus,
  version: z.number().int().positive(),
  speakerId: z.number().int().positive().nullable(),
});
export type StatementPart = z.infer<typeof StatementPart>;

/** A review asked to give its speaker to a record that is not another piece of the same statement. */
export class NotInStatementError extends Error {
  override readonly name = 'NotInStatementError';
}

/** Refuses `part` as a piece of `record`'s statement unless it is another record of the same group in the same article. */
export function checkPart(record: { id: number; articleId: number; group: string | null }, part: { id: number; articleId: number; group: string | null }): void {
  if (record.group === null || part.id === record.id || part.articleId !== record.articleId || part.group !== record.group) {
    throw new NotInStatementError(`record ${part.id} is not another part of the statement of record ${record.id}; nothing was changed`);
  }
}

/** Pieces of a statement read for several records at once, in text order. */
export type StatementParts = Map<number, StatementPart[]>;

/** One piece as read, with the statement it belongs to: its article and group. */
export interface PieceRow {
  articleId: number;
  group: string;
  part: StatementPart;
}

/**
 * The pieces of every statement read, sorted into text order, by each asked record among them;
 * a statement of one piece is left out, like a record alone in clusterSummaries.
 */
export function partsByRecord(ids: readonly number[], rows: readonly PieceRow[]): StatementParts {
  const statements = new Map<string, StatementPart[]>();
  for (const { articleId, group, part } of rows) {
    const key = `${articleId}\u0000${group}`;
    const parts = statements.get(key);
    if (parts) parts.push(part);
    else statements.set(key, [part]);
  }
  const asked = new Set(ids);
  const byRecord: StatementParts = new Map();
  for (const parts of statements.values()) {
    if (parts.length < 2) continue;
    parts.sort((a, b) => a.start - b.start || a.id - b.id);
    for (const part of parts) if (asked.has(part.id)) byRecord.set(part.id, parts);
  }
  return byRecord;
}

/**
 * The pieces of each record's statement, by record id, in one statement: the page's records by
 * primary key, their distinct (article, group) pairs (two pieces on one page read their
 * statement once), then each statement's pieces through the (article_id, position) unique index
 * (a group never leaves its article). Rows come back as arrays (raw mode): better-sqlite3 pays
 * per row object built. On the million-record bench database a claims page (50 records, 15 of
 * them pieces) reads in about 0.2 ms this way, 0.5-0.8 ms record by record with objects.
 */
export function statementParts(sql: Sql, ids: readonly number[]): StatementParts {
  if (ids.length === 0) return new Map();
  const rows = sql(
    `WITH g AS MATERIALIZED (
       SELECT DISTINCT m.article_id AS articleId, m.grp AS grp
         FROM json_each(?) k JOIN attributions m ON m.id = k.value
        WHERE m.grp IS NOT NULL)
     SELECT p.article_id, p.grp, p.id, p.kind, p.text, p.start, p."end", p.status, p.version, p.speaker_id
       FROM g JOIN attributions p ON p.article_id = g.articleId AND p.grp = g.grp`,
    'raw',
  ).all(JSON.stringify(ids)) as unknown[][];
  return partsByRecord(ids, rows.map(pieceFromCells));
}

/** A piece from its cells (raw mode, the order of the query above); unchecked, like attributionFromCells. */
function pieceFromCells(c: unknown[]): PieceRow {
  return {
    articleId: c[0] as number,
    group: c[1] as string,
    part: { id: c[2], kind: c[3], text: c[4], start: c[5], end: c[6], status: c[7], version: c[8], speakerId: c[9] } as StatementPart,
  };
}
