import { createHash } from 'node:crypto';
import pg from 'pg';

export { isPostgresUrl } from './url.js';

/** PostgreSQL's int8 (count(*), sort keys) as a JavaScript number: every value saidby stores is below 2^53. */
const INT8 = 20;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The name a statement is prepared under: the same text gets the same name on every connection. */
export function statementName(text: string): string {
  return `s${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

/**
 * A client that prepares every query it is given with parameters: PostgreSQL parses and plans
 * a named statement once per connection and then only binds and runs it, where an unnamed one is
 * parsed again on every call. The name is the text's hash, so the few dozen texts saidby sends
 * (the list filters make a bounded number of variants) are each prepared once a connection.
 * Texts without parameters (BEGIN, a DDL script of several statements), cursors and COPY streams
 * go through as they are.
 */
class PreparingClient extends pg.Client {}
// pg's overloads in one loose signature: the wrapper only renames what it passes through
const plainQuery = pg.Client.prototype.query as unknown as (this: pg.Client, ...args: unknown[]) => unknown;
PreparingClient.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) {
  if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
    const prepared = { name: statementName(config), text: config, values };
    return typeof callback === 'function' ? plainQuery.call(this, prepared, callback) : plainQuery.call(this, prepared);
  }
  return plainQuery.call(this, config, values, callback);
} as unknown as typeof pg.Client.prototype.query;

/** A connection pool on `url` whose 64-bit integers come back as numbers and whose queries are prepared. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 15_000, Client: PreparingClient });
  // A connection lost while idle (the server restarted, an administrator ended it) leaves the
  // pool, which opens another for the next query; without a listener the event would end the process.
  pool.on('error', () => {});
  return pool;
}
