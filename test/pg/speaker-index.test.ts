import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PgSpeakers } from '../../src/store/pg/speakers.js';
import { pgForTests } from './cluster.js';
import { useSeedDesk } from './desk.js';

const bin = pgForTests();

/** The pool, counting the statements that read written forms into a server's speaker index. */
function counting(pool: pg.Pool): { pool: pg.Pool; reads: () => number } {
  let reads = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const counted = Object.create(pool) as pg.Pool;
  counted.query = ((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('FROM speaker_aliases WHERE id >')) reads++;
    return query(...args);
  }) as pg.Pool['query'];
  return { pool: counted, reads: () => reads };
}

describe.skipIf(bin === null)('the speaker index on PostgreSQL', () => {
  const desk = useSeedDesk(bin);

  it('is read once when many requests reach a cold server at once, each speaker in it once', async () => {
    const { pool, reads } = counting(desk().pool);
    const cold = new PgSpeakers(pool);
    const answers = await Promise.all(Array.from({ length: 32 }, () => cold.findSpeakers('trump')));
    expect(reads()).toBe(1);
    const warm = await new PgSpeakers(desk().pool).findSpeakers('trump');
    expect(warm.length).toBeGreaterThan(0);
    for (const found of answers) expect(found.map((s) => s.id)).toEqual(warm.map((s) => s.id));
    expect((await cold.findSpeakers('grenell')).map((s) => s.name)).toEqual(['Richard Grenell']);
  });

  it('sees a speaker stored after a check began: a later call waits for a check of its own', async () => {
    const speakers = new PgSpeakers(desk().pool);
    await speakers.findSpeakers('trump');
    const during = speakers.findSpeakers('trump');
    await desk().pool.query(
      `WITH s AS (INSERT INTO speakers (name, key, type) VALUES ('Zelda Quarrington', 'zelda quarrington', 'person') RETURNING id)
       INSERT INTO speaker_aliases (speaker_id, name, key, exact) SELECT id, 'Zelda Quarrington', 'zelda quarrington', 1 FROM s`,
    );
    await during;
    expect((await speakers.findSpeakers('quarrington')).map((s) => s.name)).toEqual(['Zelda Quarrington']);
  });
});
