// extract() on large adversarial articles, to show time grows linearly with size (no regex or
// scanning blow-up hides in the pipeline). One case per process, so a blow-up can be cut off
// by the caller's time limit without losing the sizes already measured.
//
//   node bench/adversarial.mjs CASE [--budget SECONDS] [--again] MB [MB...]   e.g.  said-run --budget 30 1 2 4
//   node bench/adversarial.mjs --list
//
// Prints one JSON line per size as soon as it is measured: wall and CPU milliseconds (CPU time
// is the steadier figure on a busy machine) and the number of quotations found. With a budget,
// a size that would overrun it (extrapolated linearly from the last one) is not run and gets a
// `{"skipped": MB}` line instead, so a slow-but-linear case does not eat the bench's time.
import { loadDevTexts } from './dev-texts.mjs';

const MARKS = ['“', '„', '"', '«', "''", '``', '‘', "'", '‹'];

/** Each case makes `n` characters of one kind of hostile text. */
export const CASES = {
  // not hostile: the dev articles one after another as one long article, paragraphs kept
  // (the "10 MB article" of issue 2); run apart from the hostile cases, see run.mjs
  'dev-article': (n) => repeatTo(loadDevTexts().map((d) => d.text).join('\n\n'), n),
  // real news prose, every paragraph break removed: one multi-megabyte line
  'dev-one-line': (n) => repeatTo(loadDevTexts().map((d) => d.text.replace(/\s+/g, ' ')).join(' '), n),
  // quotations that open and never close, of every kind of mark
  'unbalanced-openers': (n) => repeatTo(MARKS.map((m) => `${m}He said we will win, `).join(''), n),
  // marks of every kind nested deeper and deeper, then closed in the wrong order
  'nested-marks': (n) => repeatTo(MARKS.join('a ') + ' deep ' + [...MARKS].reverse().map((m) => m.replace('“', '”')).join(' b'), n),
  // one mark over and over: a million empty or unbalanced quotations
  'one-mark-run': (n) => '"'.repeat(n),
  // a capitalised run with no stop: a "name" a megabyte long
  'capitalised-run': (n) => repeatTo('Alpha Beta Gamma Delta Ricardo Grenell ', n),
  // the cue verb with nothing to attribute
  'said-run': (n) => repeatTo('said ', n),
  // the cue verb after a name, again and again with no stop: every cue has a subject and a content
  'named-said-run': (n) => repeatTo('Ann said ', n),
  // long whitespace runs between words and around quotations (the classic \s+$ trap)
  'whitespace-runs': (n) => repeatTo(`“Yes,”${' '.repeat(5000)}he said${'\n'.repeat(3000)}${' \t'.repeat(2000)}.`, n),
  // a quotation holding a long run of spaces, or of symbols, before its last word: trims of
  // "non-letters at the end" must not rescan the run from every position
  'spaces-in-quote': (n) => repeatTo(`“We will${' '.repeat(20_000)}win,” Trump said. `, n),
  'symbols-in-quote': (n) => repeatTo(`“We will${' -*'.repeat(7_000)}win,” Trump said. `, n),
  // the same inside a partial quotation (mixed kind), whose content span is trimmed separately
  'spaces-in-partial-quote': (n) => repeatTo(`Trump said he would “win${' '.repeat(20_000)}x” and “lose” today. `, n),
  // dense, well-formed quotations with speakers: the most work per character
  // every paragraph ends in a colon and the next opens a quotation: the colon-lead sieve looks
  // back at earlier quotations from each one (it once scanned all of them: 37 s at 640 KB)
  'colon-paragraphs': (n) => repeatTo('Smith said:\n\n“We will win.”\n\n', n),
  'dense-quotes': (n) => repeatTo('“We will win,” said President Donald Trump. “Not so,” Hillary Clinton replied. He said: “Never.” ', n),
  // run-on "sentences" (no full stop) that give every rule reading a sentence to its end a cue every
  // few words: inserted frames, a verb of telling after a comma, appositions with relative clauses,
  // roles held at a body, a source with no end; and quotation marks of every kind packed together
  'said-frame-run': (n) => gen((i) => `the plan, ${person(i)} said, worked and `, n),
  'told-comma-run': (n) => gen((i) => `, ${person(i)} told Bob the plan worked`, n),
  'apposition-chain': (n) => gen((i) => `${person(i)}, a lawyer for Acme Corp, who said the deal was fair, told ${person(i + 7)}, `, n),
  'role-nouns-run': (n) => gen((i) => `the spokesman for ${person(i)}, a lawyer, said `, n),
  'according-to-run': (n) => repeatTo('according to ', n),
  // relative clauses whose gap lies in what was said, one after another: each pronoun asks whether another claim holds it
  'relative-said-run': (n) => gen((i) => `the fees, which ${person(i)} said would rise, and `, n),
  'alternating-marks': (n) => repeatTo('“a” "b" ‘c’ \'d\' «e» ', n),
  'open-close-swap': (n) => repeatTo('”a“ ', n),
};

const GIVEN = ['Ann', 'Bob', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kofi', 'Lena', 'Marco', 'Nadia', 'Omar', 'Priya'];
const FAMILY = ['Lee', 'Smith', 'Garcia', 'Okafor', 'Nguyen', 'Schmidt', 'Rossi', 'Kowalski', 'Haddad', 'Tanaka', 'Silva', 'Murphy', 'Novak', 'Dubois', 'Ivanova', 'Park'];
/** The i-th of 256 full names, so that a case names many people, not one. */
const person = (i) => `${GIVEN[i % 16]} ${FAMILY[Math.floor(i / 16) % 16]}`;

/** `f(0) + f(1) + …` cut to `n` characters. */
function gen(f, n) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const part = f(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, n);
}

function repeatTo(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const [name, ...given] = process.argv.slice(2);
// --again: each size is extracted once untimed, then an equal copy of its string is timed (an
// article read anew from a file or the database, as the review desk and a repeated ingest do)
const again = given.includes('--again');
const rest = given.filter((a) => a !== '--again');
const budgetAt = rest.indexOf('--budget');
const budgetMs = budgetAt >= 0 ? Number(rest[budgetAt + 1]) * 1000 : Infinity;
const sizes = budgetAt >= 0 ? rest.filter((_, i) => i !== budgetAt && i !== budgetAt + 1) : rest;
if (name === '--list') {
  process.stdout.write(Object.keys(CASES).filter((c) => c !== 'dev-article').join('\n') + '\n');
  process.exit(0);
}
const make = CASES[name];
if (!make) throw new Error(`unknown case ${name}; one of ${Object.keys(CASES).join(', ')}`);
const { extract } = await import('../dist/pipeline/index.js');
// warm-up, not timed: every case runs in an engine warmed the same way (one pass over the dev
// texts as articles, then a little of the case), so that "CPU per MB against ordinary news" compares
// like with like; without it the first case's timing held the engine's warm-up, and the ordinary-news
// baseline moved by nearly 2x between runs
for (const d of loadDevTexts()) extract(d.text);
extract(make(20_000));

let spentMs = 0;
let last = null;
for (const mb of sizes.map(Number)) {
  if (last && spentMs + (last.wallMs * mb) / last.mb > budgetMs) {
    process.stdout.write(JSON.stringify({ case: name, skipped: mb }) + '\n');
    continue;
  }
  const made = make(Math.round(mb * 1e6));
  if (again) extract(made);
  // (a new string of the same characters: concatenated, then cut back)
  const text = again ? `${made} `.slice(0, -1) : made;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const quotes = extract(text).quotes.length;
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  last = { mb, wallMs };
  spentMs += wallMs;
  process.stdout.write(JSON.stringify({ case: name, again, mb, chars: text.length, wallMs, cpuMs: (used.user + used.system) / 1000, quotes }) + '\n');
}
