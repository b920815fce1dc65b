import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { classifyError } from '../../src/web/http-error.js';

describe('classifyError', () => {
  // [what, error, status]
  it.each([
    ['a database held by another writer past the busy timeout', Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 503],
    ['a locked table', Object.assign(new Error('database table is locked'), { code: 'SQLITE_LOCKED' }), 503],
    ['invalid input found by zod', new ZodError([]), 400],
    ['any other database error', Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }), 500],
    ['a plain bug', new TypeError('x is undefined'), 500],
  ])('%s gives %i', (_what, err, status) => {
    expect(classifyError(err).status).toBe(status);
  });

  it('tells the client to try again when the database is busy, without internals', () => {
    const { message } = classifyError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }));
    expect(message).toMatch(/try again/);
    expect(message).not.toMatch(/SQLITE/);
  });
});
