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
  speakerName: z.string().nullable(),
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

/**
 * Rows of (the record asked about, one piece of its statement), ordered by record then text
 * order, into a map from record id to its pieces; a record whose group holds only itself (or
 * none) is left out, like a record alone in clusterSummaries.
 */
export function groupParts(rows: readonly (StatementPart & { of: number })[]): StatementParts {
  const byRecord: StatementParts = new Map();
  for (const { of, ...part } of rows) {
    const parts = byRecord.get(of);
    if (parts) parts.push(part);
    else byRecord.set(of, [part]);
  }
  for (const [id, parts] of byRecord) if (parts.length < 2) byRecord.delete(id);
  return byRecord;
}

/**
 * The pieces of each record's statement, by record id, in one statement: each record found by
 * its primary key, its siblings through the (article_id, position) unique index (a group never
 * leaves its article), so a page of fifty records costs fifty short index probes.
 */
export function statementParts(sql: Sql, ids: readonly number[]): StatementParts {
  if (ids.length === 0) return new Map();
  const rows = sql(
    `SELECT m.id AS "of", p.id, p.kind, p.text, p.start, p."end", p.status, p.version,
            p.speaker_id AS speakerId, s.name AS speakerName
       FROM json_each(?) k
       JOIN attributions m ON m.id = k.value
       JOIN attributions p ON p.article_id = m.article_id AND p.grp = m.grp
       LEFT JOIN speakers s ON s.id = p.speaker_id
      WHERE m.grp IS NOT NULL
      ORDER BY m.id, p.start, p.id`,
  ).all(JSON.stringify(ids)) as (StatementPart & { of: number })[];
  return groupParts(rows);
}
