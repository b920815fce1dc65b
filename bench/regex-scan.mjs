// Every regular-expression literal in src/pipeline, run on long adversarial strings, to catch
// backtracking blow-ups before an article does. Prints one JSON line on stdout.
//
//   node bench/regex-scan.mjs
//
// The literals are found with the TypeScript parser (not a regex over the source). Each one is
// run on every adversarial string at two lengths, SHORT and LONG = 8 x SHORT characters: a
// linear regex takes about 8x as long on the longer one, a quadratic one about 64x, an
// exponential one never finishes (each run has a time limit, and running out of it counts as a
// blow-up). Global regexes are run as the pipeline runs them (every match, as matchAll does);
// the others with one exec from the start.
//
// Regexes built at run time with `new RegExp(...)` (lexicon alternations) are listed by count:
// they are exercised by the whole-pipeline adversarial inputs in adversarial.mjs instead.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { root } from '../scripts/build-if-stale.mjs';

const SHORT = 2_000;
const LONG = SHORT * 8;
const TIME_LIMIT_MS = 1_000;
/** LONG/SHORT time ratio above which a regex is reported: linear is ~8, quadratic ~64. */
const RATIO_LIMIT = 24;
/** A run over LONG characters faster than this is fine whatever its ratio (and below it, timer noise rules). */
const NOISE_MS = 10;

// Units repeated to make an adversarial string, then ended by a character the run's pattern does
// not expect (a control character, punctuation, a letter), so a match attempt from every position
// of the run fails only at its far end: the classic backtracking trigger.
const UNITS = [
  ' ', '  \n', 'a', 'A', 'Aa ', 'Aa', 'Aa-', 'A. ', 'Mr. Aa ', 'said ', 'said, ', 'he said ', 'the ',
  '“', '”', '"', "'", '’', '‘', '«', '»', "''", '“a', 'a”', '" ', '.', ',', ', ', '. ', '\n', '\n\n',
  '-', '—', '(', ')', 'a’', "a'", "s' ", '1', '1,', '\t', 'é', '😀', '\uD800', '\u0007', 'A.B.', 'a a ',
];
// [before, after] the run: a control character or punctuation after it, or letters on both sides
// ("x   …   x": a pattern anchored at the start matches the run there, so only a letter first
// makes every later position try again).
const ENDINGS = [['', '\u0001'], ['', '!'], ['', 'x'], ['x', 'x']];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function findRegexes(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals = [];
  let dynamic = 0;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const cut = raw.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      literals.push({ where: `${relative(root, file)}:${line + 1}`, source: raw.slice(1, cut), flags: raw.slice(cut + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
      dynamic++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

const context = vm.createContext({});
const runner = vm.runInContext(
  `(function (source, flags, input, rounds) {
     const re = new RegExp(source, flags);
     let n = 0;
     for (let r = 0; r < rounds; r++) {
       if (re.global) { re.lastIndex = 0; for (const m of input.matchAll(re)) n += m.index & 1; }
       else { re.lastIndex = 0; n += re.exec(input) ? 1 : 0; }
     }
     return n;
   })`,
  context,
);

/**
 * CPU milliseconds for one run of `regex` over `input` (the least of three; CPU time, not wall
 * time, so other work on a busy machine is not taken for the regex), or Infinity when it runs
 * out of (wall) time.
 */
function timeOne(regex, input) {
  context.run = runner;
  context.args = [regex.source, regex.flags, input, 1];
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = process.cpuUsage();
    try {
      vm.runInContext('globalThis.out = globalThis.run(...globalThis.args)', context, { timeout: TIME_LIMIT_MS });
    } catch (err) {
      if (/timed out/i.test(String(err?.message))) return Infinity;
      throw err;
    }
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
    if (best > 100) break; // clearly slow: one run says enough
  }
  return best;
}

const files = sourceFiles(join(root, 'src', 'pipeline'));
const found = files.map(findRegexes);
const regexes = found.flatMap((f) => f.literals);
const dynamicCount = found.reduce((n, f) => n + f.dynamic, 0);
const flagged = [];
let inputs = 0;
let worstRatio = 0;
let worst = null;
const started = Date.now();
nextRegex: for (const regex of regexes) {
  try {
    new RegExp(regex.source, regex.flags);
  } catch (err) {
    flagged.push({ ...regex, problem: `does not compile: ${err.message}` });
    continue;
  }
  for (const unit of UNITS) {
    for (const [before, ending] of ENDINGS) {
      const make = (n) => before + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + ending;
      inputs++;
      // A run over LONG characters under NOISE_MS is fast enough whatever its growth; only a
      // slower one is timed on SHORT too, to tell a slow-but-linear regex from a blow-up.
      const long = timeOne(regex, make(LONG));
      if (long < NOISE_MS) continue;
      inputs++;
      const short = timeOne(regex, make(SHORT));
      const ratio = long / Math.max(short, 0.01);
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worst = { where: regex.where, unit: JSON.stringify(unit), shortMs: short, longMs: long };
      }
      if (long === Infinity || ratio > RATIO_LIMIT) {
        // one blow-up is enough to report this regex; the other inputs would only cost time
        flagged.push({ where: regex.where, regex: `/${regex.source}/${regex.flags}`, unit: JSON.stringify(before + unit + ending), shortMs: +short.toFixed(3), longMs: long === Infinity ? 'timeout' : +long.toFixed(3), ratio: long === Infinity ? 'inf' : +ratio.toFixed(1) });
        continue nextRegex;
      }
    }
  }
}
process.stdout.write(
  JSON.stringify({
    files: files.length,
    literals: regexes.length,
    dynamic: dynamicCount,
    inputs,
    shortChars: SHORT,
    longChars: LONG,
    seconds: (Date.now() - started) / 1000,
    worstRatio: worstRatio === Infinity ? 'inf' : +worstRatio.toFixed(1),
    worst,
    flagged,
  }) + '\n',
);
