import pg from 'pg';

export { isPostgresUrl } from './url.js';

/** PostgreSQL's int8 (count(*), sort keys) as a JavaScript number: every value saidby stores is below 2^53. */
const INT8 = 20;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A connection pool on `url` whose 64-bit integers come back as numbers. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 15_000 });
  // A connection lost while idle (the server restarted, an administrator ended it) leaves the
  // pool, which opens another for the next query; without a listener the event would end the process.
  pool.on('error', () => {});
  return pool;
}
