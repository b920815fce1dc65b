// The dev texts the benchmarks run over: ../shared/eval/dev.jsonl beside the checkout, or
// SAIDBY_EVAL_DIR — located the way `npm run eval` does (scripts/eval.mjs), read in place and
// never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../scripts/build-if-stale.mjs';

export { evalDir };
export const devPath = join(evalDir, 'dev.jsonl');

/**
 * `[{ id, text, title, outlet, published }]` in file order. Gold annotations are dropped:
 * the benchmark only needs the article texts and their dates.
 */
export function loadDevTexts() {
  if (!existsSync(devPath)) {
    throw new Error(`dev texts not found at ${devPath}; put the shared folder beside the checkout or set SAIDBY_EVAL_DIR`);
  }
  return readFileSync(devPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const doc = JSON.parse(line);
      const date = doc.meta?.date && !Number.isNaN(Date.parse(doc.meta.date)) ? new Date(doc.meta.date).toISOString() : null;
      return { id: String(doc.id), text: String(doc.text), title: doc.meta?.title ?? null, outlet: doc.meta?.publisher ?? null, published: date };
    });
}

/**
 * `extract()` of each dev text, in the same order, for the benches that store them: a text
 * extract() fails on is stored without attributions, and the failure is said on stderr.
 */
export function extractEach(extract, docs) {
  return docs.map((d) => {
    try {
      return extract(d.text);
    } catch (err) {
      process.stderr.write(`bench: extract() failed on ${d.id}: ${err.message}; that text is stored without attributions\n`);
      return { article: { title: null, outlet: null, authors: [], published: null }, quotes: [], diagnostics: [] };
    }
  });
}

/** Peak and current resident memory of a process, in MB, from /proc (Linux). Null when unreadable. */
export function procMemory(pid = process.pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
