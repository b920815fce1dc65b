import type Database from 'better-sqlite3';
import { z } from 'zod';

/** A fact-checker's rating of a claim, in their own words ("False", "Missing context"). */
export const ClaimRating = z.object({ rating: z.string(), userName: z.string(), at: z.string() });
export type ClaimRating = z.infer<typeof ClaimRating>;

/** The rating of a record, or null when none was given. */
export function claimRating(db: Database.Database, attributionId: number): ClaimRating | null {
  const row = db.prepare('SELECT rating, user_name AS userName, at FROM claim_ratings WHERE attribution_id = ?').get(attributionId);
  return row ? ClaimRating.parse(row) : null;
}

/** Sets the rating of a record, or clears it (null or blank). */
export function setClaimRating(db: Database.Database, attributionId: number, rating: string | null, userName: string, at = new Date()): void {
  const text = rating?.trim() ?? '';
  if (text === '') {
    db.prepare('DELETE FROM claim_ratings WHERE attribution_id = ?').run(attributionId);
    return;
  }
  db.prepare(
    `INSERT INTO claim_ratings (attribution_id, rating, user_name, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (attribution_id) DO UPDATE SET rating = excluded.rating, user_name = excluded.user_name, at = excluded.at`,
  ).run(attributionId, text, userName, at.toISOString());
}
