import { describe, expect, it } from 'vitest';
import { statementName } from '../../src/store/pg/pool.js';
import { PgSpeakers } from '../../src/store/pg/speakers.js';
import { pgForTests } from './cluster.js';
import { useSeedDesk } from './desk.js';

const bin = pgForTests();

describe.skipIf(bin === null)('statements on PostgreSQL', () => {
  const desk = useSeedDesk(bin);

  it('a query with parameters is prepared once per connection under the name of its text, and answers as before', async () => {
    const client = await desk().pool.connect();
    try {
      const text = 'SELECT name FROM speakers WHERE lower(name) LIKE $1 ORDER BY name';
      const first = await client.query(text, ['%trump%']);
      const again = await client.query(text, ['%grenell%']);
      expect(first.rows.map((r: { name: string }) => r.name)).toContain('Donald Trump');
      expect(again.rows.map((r: { name: string }) => r.name)).toEqual(['Richard Grenell']);
      const prepared = await client.query('SELECT name, statement FROM pg_prepared_statements');
      const mine = prepared.rows.filter((r: { name: string }) => r.name === statementName(text));
      expect(mine).toHaveLength(1);
      expect(mine[0].statement).toBe(text);
      // a text without parameters (BEGIN, a script) is not prepared
      await client.query('SELECT 1');
      const after = await client.query('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1', ['SELECT 1']);
      expect(after.rows[0].n).toBe(0);
    } finally {
      client.release();
    }
  });

  it('the store goes on answering through prepared statements (a speaker search twice on one pool)', async () => {
    const speakers = new PgSpeakers(desk().pool);
    const once = await speakers.findSpeakers('trump');
    const twice = await speakers.findSpeakers('trump');
    expect(twice.map((s) => s.id)).toEqual(once.map((s) => s.id));
    expect(once.length).toBeGreaterThan(0);
  });
});
