import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type pg from 'pg';

/**
 * express-rate-limit's counts kept in PostgreSQL (table rate_limits), so every app server on
 * the database counts the same client against one limit: a client cannot get N times the limit
 * through N servers behind a proxy, and a restarted server forgets nothing. Each hit is one
 * atomic upsert: a window that has ended starts again at one.
 */
export class PgRateLimitStore implements Store {
  /** Keys live in the database, shared: express-rate-limit's double-count check must not assume one process. */
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly pool: pg.Pool,
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private key(key: string): string {
    return `${this.prefix}:${key}`;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await this.pool.query<{ hits: number; reset_at: number }>(
      'SELECT hits, reset_at FROM rate_limits WHERE key = $1 AND reset_at > $2',
      [this.key(key), this.now()],
    );
    const row = rows[0];
    return row ? { totalHits: row.hits, resetTime: new Date(row.reset_at) } : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    const { rows } = await this.pool.query<{ hits: number; reset_at: number }>(
      `INSERT INTO rate_limits (key, hits, reset_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.reset_at <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
         reset_at = CASE WHEN rate_limits.reset_at <= $3 THEN $2 ELSE rate_limits.reset_at END
       RETURNING hits, reset_at`,
      [this.key(key), now + this.windowMs, now],
    );
    const row = rows[0] as { hits: number; reset_at: number };
    return { totalHits: row.hits, resetTime: new Date(row.reset_at) };
  }

  async decrement(key: string): Promise<void> {
    await this.pool.query('UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = $1 AND reset_at > $2', [this.key(key), this.now()]);
  }

  async resetKey(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_limits WHERE key = $1', [this.key(key)]);
  }

  /** Forgets every count of this limit, and any window of any limit that has ended. */
  async resetAll(): Promise<void> {
    await this.pool.query('DELETE FROM rate_limits WHERE starts_with(key, $1) OR reset_at <= $2', [`${this.prefix}:`, this.now()]);
  }
}
