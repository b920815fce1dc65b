#!/usr/bin/env node
// Fits data/calibration.json: for every calibration key (src/pipeline/calibration.ts), the share
// of dev records with that key that are right end to end (span matched and speaker right, as
// ../shared/eval/score.mjs judges them). Each level is shrunk toward the level above it (a beta
// prior worth PRIOR records), so a key seen a handful of times borrows from its rule, and a key
// seen fewer than MIN_RECORDS times is left out (its rule answers for it).
//
// Only counts leave the corpus: the table holds a rate and a record count per key, nothing of the
// articles' words. Run after any change to the pipeline: npm run build && node scripts/fit-calibration.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, builtCli, evalDir, root } from './build-if-stale.mjs';
import { expectedCalibrationError, labelPredictions, unjudged } from './dev-labels.mjs';

const PRIOR = 16;
// "it" or "they" resolved to a body the article named ("Northwind Energy said … It said"): the
// annotated news keeps every such pronoun unresolved, so it scores each one wrong whoever it
// names; these keys are left out and the rule's rate answers for them
const UNJUDGED = /\|pronoun-body(?:\||$)/;
const MIN_RECORDS = 5;

if (!buildIfStale()) throw new Error('cannot build dist/; run npm run build');
const gold = join(evalDir, 'dev.jsonl');
const scorer = pathToFileURL(join(evalDir, 'score.mjs')).href;
mkdirSync(join(root, '.eval'), { recursive: true });
const pred = join(root, '.eval', 'calibration-pred.jsonl');
const run = spawnSync(process.execPath, [builtCli, 'batch', gold, '-o', pred], { stdio: ['ignore', 'inherit', 'inherit'] });
if (run.status !== 0) process.exit(run.status ?? 2);

const { calibrationKeys, calibratedConfidence } = await import(pathToFileURL(join(root, 'dist', 'pipeline', 'calibration.js')).href);
// a name given where the annotation left a bare pronoun is right or wrong for all the gold can
// tell (`unjudged`): such records stay out of the fit
const labelled = await labelPredictions(gold, pred, scorer);
const rows = labelled.filter((r) => !unjudged(r)).map(({ doc, record, correct }) => ({ doc, record, keys: calibrationKeys(record), correct }));

/** Shrunk rates for every key seen at least MIN_RECORDS times, general keys first. */
function fitRates(items) {
  const counts = new Map();
  let right = 0;
  for (const { keys, correct } of items) {
    if (correct) right++;
    for (const k of keys) {
      const c = counts.get(k) ?? { n: 0, right: 0 };
      c.n++;
      if (correct) c.right++;
      counts.set(k, c);
    }
  }
  const overall = items.length ? right / items.length : 0.5;
  // general keys first ("direct", "direct|cue-name", …), so each parent's rate is ready for its children
  const keys = [...counts.keys()].sort((a, b) => a.split('|').length - b.split('|').length || a.localeCompare(b));
  const rates = {};
  for (const k of keys) {
    const c = counts.get(k);
    if (c.n < MIN_RECORDS || UNJUDGED.test(k)) continue;
    const parentKey = k.split('|').slice(0, -1).join('|');
    const parent = parentKey ? (rates[parentKey]?.[0] ?? overall) : overall;
    rates[k] = [Math.round(((c.right + PRIOR * parent) / (c.n + PRIOR)) * 1000) / 1000, c.n];
  }
  return { rates, overall };
}

/** Expected calibration error of `table` on `items` (ten bins, as the scorer counts it). */
function ece(table, items) {
  // (read as the pipeline reads the table: `calibratedConfidence` itself)
  return expectedCalibrationError(items.map(({ record, correct }) => ({ record: { confidence: calibratedConfidence(record, table) }, correct })));
}

// two-fold cross-check by article: fitted on one half, measured on the other (what held-out news sees)
const half = (doc) => [...doc].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 2;
const folds = [0, 1].map((f) => ece(fitRates(rows.filter((r) => half(r.doc) !== f)), rows.filter((r) => half(r.doc) === f)));
const { rates, overall } = fitRates(rows);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const table = {
  about:
    'Calibrated confidence per record key (kind|rule|speaker state|cue reach), fitted by scripts/fit-calibration.mjs on the ' +
    'PolNeAR development split (309 annotated news articles, read from ../shared/eval/, never copied). Each entry is ' +
    '[share of dev records with that key that were right end to end, number of dev records]. Only counts are kept.',
  fitted: new Date().toISOString().slice(0, 10),
  commit,
  records: rows.length,
  unjudged: labelled.length - rows.length,
  crossCheckEce: folds.map((x) => Math.round(x * 1000) / 1000),
  prior: PRIOR,
  overall: Math.round(overall * 1000) / 1000,
  rates,
};
writeFileSync(join(root, 'data', 'calibration.json'), JSON.stringify(table, null, 1) + '\n');
process.stderr.write(
  `fit-calibration: ${rows.length} records, ${Object.keys(rates).length} keys, overall ${table.overall}; ` +
    `ECE fitted on one half of the articles, measured on the other: ${table.crossCheckEce.join(', ')} -> data/calibration.json\n`,
);
