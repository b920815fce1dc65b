import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redactUrl } from '../../src/store/pg/url.js';

describe('a PostgreSQL address in --db', () => {
  it.each([
    ['postgres://saidby@db/saidby', true],
    ['postgresql://saidby:pw@db:5432/saidby', true],
    ['POSTGRES://x@y/z', true],
    ['data/saidby.db', false],
    ['postgres.db', false],
    ['./postgres://x', false],
  ])('%s names a server: %s', (location, expected) => expect(isPostgresUrl(location)).toBe(expected));

  it.each([
    ['postgres://saidby:hunter2@db/saidby', 'postgres://saidby:***@db/saidby'],
    ['postgresql://u:p%40ss@db:5432/x?sslmode=require', 'postgresql://u:***@db:5432/x?sslmode=require'],
    ['postgres://saidby@/saidby?host=/tmp/s', 'postgres://saidby@/saidby?host=/tmp/s'],
    ['postgres://db/saidby', 'postgres://db/saidby'],
  ])('%s is printed as %s', (location, shown) => expect(redactUrl(location)).toBe(shown));
});
