import { afterEach, describe, expect, it } from 'vitest';
import { processBatchLine } from '../../src/cli/batch-line.js';
import { createLinePool, type LinePool } from '../../src/cli/batch-pool.js';

// The pool behind `saidby batch --jobs N`, driven directly: each line's outcome is the one
// processBatchLine gives on this thread, and a worker that dies takes only its own line with it.

let pool: LinePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const line = (id: string, text: string): string => JSON.stringify({ id, text });

describe('createLinePool', () => {
  it('answers each line with what processBatchLine gives, written lines as UTF-8 bytes', async () => {
    pool = createLinePool({ jobs: 2, quotesOnly: false });
    const lines = [line('a', '"We are ready," Maria Lopez said.'), 'not json', line('b', 'Nothing quoted.'), '  ', '{"id": 3}'];
    const outcomes = await Promise.all(lines.map((l) => (pool as LinePool).run(l)));
    const decoded = outcomes.map((o) => (o.kind === 'encoded' ? { kind: 'written', json: new TextDecoder().decode(o.bytes).replace(/\n$/, ''), quotes: o.quotes } : o));
    expect(decoded).toEqual(lines.map((l) => processBatchLine(l)));
  }, 60_000);

  it('a line that runs its worker out of memory fails with a reason, and the lines around it are answered', async () => {
    pool = createLinePool({ jobs: 1, quotesOnly: false, heapMb: 96 });
    const huge = line('huge', 'said '.repeat(1_500_000));
    const [before, failed, after] = await Promise.all([
      pool.run(line('before', '"Hi," Ana Ruiz said.')),
      pool.run(huge),
      pool.run(line('after', '"Yes," Bo Li said.')),
    ]);
    expect(before?.kind).toBe('encoded');
    expect(failed).toEqual({ kind: 'failed', reason: 'extraction failed for id "huge": it needs more memory than a worker thread has; split it into smaller articles' });
    expect(after?.kind).toBe('encoded');
    expect(after?.kind === 'encoded' && new TextDecoder().decode(after.bytes)).toMatch(/^\{"id":"after","quotes":\[\{.*"Bo Li"/);
  }, 120_000);

  it('refuses lines once closed', async () => {
    pool = createLinePool({ jobs: 1, quotesOnly: false });
    await pool.close();
    await expect(pool.run(line('x', 'text'))).rejects.toThrow(/closed/);
  });
});
