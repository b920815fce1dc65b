import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { CLI, SAMPLE, runCli } from '../cli/run-cli.js';

// An ingest killed with SIGKILL (no handler, no cleanup) must leave the database consistent:
// every article stored with all its attributions and their search rows, or not at all. The
// real CLI is killed several times part-way through a folder, the database is checked after
// each kill, and a last run must finish the rest without duplicating anything.

const ARTICLES = 240;
const KILLS = 3;

let dir: string;
let db: string;
let articles: string;

/** Distinct articles: the sample with its paragraphs rotated and a numbered closing line. */
function writeArticles(folder: string): Map<string, string> {
  const paragraphs = readFileSync(SAMPLE, 'utf8').split(/\n\s*\n/);
  const texts = new Map<string, string>();
  for (let i = 0; i < ARTICLES; i++) {
    const k = i % paragraphs.length;
    const text = [...paragraphs.slice(k), ...paragraphs.slice(0, k), `Story ${i} of the kill test.`].join('\n\n');
    const name = `a${String(i).padStart(4, '0')}.txt`;
    writeFileSync(join(folder, name), text);
    texts.set(name, text);
  }
  return texts;
}

function articleCount(path: string): number {
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    reader.close();
  }
}

/** Starts `saidby ingest`, waits until at least `atLeast` more articles are stored, then SIGKILLs it. */
async function killPartWay(atLeast: number): Promise<{ before: number; after: number; finished: boolean }> {
  const before = (() => {
    try {
      return articleCount(db);
    } catch {
      return 0;
    }
  })();
  const child = spawn(process.execPath, [CLI, 'ingest', '--db', db, articles], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let finished = false;
  for (;;) {
    const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 15))]);
    if (done) {
      finished = true;
      break;
    }
    let now = before;
    try {
      now = articleCount(db);
    } catch {
      // the database file may not exist yet on the first run
    }
    if (now >= before + atLeast) break;
  }
  child.kill('SIGKILL');
  await exited;
  return { before, after: articleCount(db), finished };
}

/** Every way the database could be inconsistent after a crash, as a list of findings (empty = consistent). */
function inconsistencies(path: string, expected: Map<string, number>): string[] {
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = reader.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = reader.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`${fk.length} foreign key violations`);
    const rows = reader
      .prepare(
        `SELECT ar.id, ar.source_path AS path, count(a.id) AS n,
           sum(CASE WHEN EXISTS (SELECT 1 FROM attribution_search s WHERE s.rowid = a.sort_key) THEN 1 ELSE 0 END) AS searchable
         FROM articles ar LEFT JOIN attributions a ON a.article_id = ar.id GROUP BY ar.id`,
      )
      .all() as { id: number; path: string; n: number; searchable: number | null }[];
    for (const r of rows) {
      const name = r.path.split(/[\\/]/).pop() ?? '';
      const want = expected.get(name);
      if (want === undefined) problems.push(`article ${r.id} (${r.path}) is not one of the inputs`);
      else if (r.n !== want) problems.push(`article ${name} has ${r.n} of its ${want} attributions`);
      if ((r.searchable ?? 0) !== r.n) problems.push(`article ${name}: ${r.n - (r.searchable ?? 0)} attributions missing from full-text search`);
    }
    const orphans = reader.prepare('SELECT count(*) AS n FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number };
    if (orphans.n > 0) problems.push(`${orphans.n} attributions without an article`);
    const attributions = (reader.prepare('SELECT count(*) AS n FROM attributions').get() as { n: number }).n;
    const searchRows = (reader.prepare('SELECT count(*) AS n FROM attribution_search').get() as { n: number }).n;
    if (searchRows !== attributions) problems.push(`${searchRows} search rows for ${attributions} attributions`);
    return problems;
  } finally {
    reader.close();
  }
}

let expected: Map<string, number>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-kill-'));
  db = join(dir, 'kill.db');
  articles = join(dir, 'articles');
  mkdirSync(articles);
  const texts = writeArticles(articles);
  // what a complete ingest stores per article: the pipeline's attributions for its text
  expected = new Map([...texts].map(([name, text]) => [name, extract(text).quotes.length]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an ingest killed with SIGKILL', () => {
  it(`killed ${KILLS} times part-way, leaves every article whole or absent; a last run stores the rest once`, async () => {
    const kills: { before: number; after: number; finished: boolean }[] = [];
    for (let k = 0; k < KILLS; k++) {
      const kill = await killPartWay(5 + k * 7);
      kills.push(kill);
      expect(inconsistencies(db, expected)).toEqual([]);
    }
    // the kills really interrupted work: some articles stored, not all
    const last = kills.at(-1);
    expect(kills.every((k) => !k.finished)).toBe(true);
    expect(last?.after).toBeGreaterThan(0);
    expect(last?.after).toBeLessThan(ARTICLES);

    const rerun = await runCli(['ingest', '--db', db, articles]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`ingested ${ARTICLES - (last?.after ?? 0)} articles .* ${last?.after} duplicates, 0 failed`));
    expect(articleCount(db)).toBe(ARTICLES);
    expect(inconsistencies(db, expected)).toEqual([]);
  }, 240_000);
});
