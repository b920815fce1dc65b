import type Database from 'better-sqlite3';
import type { SqliteSpeakers } from './speakers.js';

/** How a cached statement hands back rows: objects, arrays (raw) or the first column (pluck). */
export type RowMode = 'object' | 'raw' | 'pluck';

/**
 * A prepared statement for an SQL text, compiled once per connection and row mode (the
 * SQLite store's statement cache): what the store's modules run their SQL through.
 */
export type Sql = (text: string, mode?: RowMode) => Database.Statement;

/** One SQLite connection as the store's modules use it: transactions, cached statements, speakers. */
export interface SqliteConn {
  db: Database.Database;
  sql: Sql;
  speakers: SqliteSpeakers;
}
