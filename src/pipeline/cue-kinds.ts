import { lexiconSections } from '../lexicon-file.js';
import type { CueKind } from '../schema/attribution.js';
import { CLAIM_VERB_FORMS, REPORTING_VERB_FORMS } from './speech-lexicons.js';

/**
 * What kind of report a cue makes: `assertion` ("said", "told reporters", "according to"),
 * `belief` ("believes", "is confident that"), `intention` ("plans to", "vowed to"), `question`
 * ("asked whether") or `evidence` ("a poll showed", "records indicate"). Read from the cue's
 * words: the first one whose base form `cue-kinds.txt` lists decides; a cue with none listed is an
 * assertion. Does not look at the sentence: "was asked whether" (a question put to the subject)
 * is a question here, and the claims stage decides who asked.
 */
export function cueKindOf(cue: string): CueKind {
  // a few cue spellings ("said", "told", "according to") are most of them: each is read once
  const known = KIND_OF_CUE.get(cue);
  if (known !== undefined) return known;
  const kind = readCueKind(cue);
  if (KIND_OF_CUE.size >= MAX_REMEMBERED_CUES) KIND_OF_CUE.clear();
  KIND_OF_CUE.set(cue, kind);
  return kind;
}

const PARTICLES: ReadonlySet<string> = new Set(['back', 'in', 'up', 'out', 'on']);

/** Cue spellings already read; emptied when full, so text full of odd cues cannot grow it without bound. */
const KIND_OF_CUE = new Map<string, CueKind>();
const MAX_REMEMBERED_CUES = 4096;

function readCueKind(cue: string): CueKind {
  let n = 0;
  for (const raw of cue.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw === '') continue;
    // ("fired back", "chimed in": a particle after the verb is no verb "back" of its own)
    if (n++ > 0 && PARTICLES.has(raw)) continue;
    const kind = KINDS.get(raw) ?? KINDS.get(REPORTING_VERB_FORMS.get(raw) ?? CLAIM_VERB_FORMS.get(raw) ?? '') ?? KINDS.get(baseGuess(raw));
    if (kind) return kind;
  }
  return 'assertion';
}

/** "vowed" → "vow", "plans" → "plan", "hoping" → "hope", "questioned" → "question". */
function baseGuess(word: string): string {
  for (const [suffix, repl] of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length) + repl;
      if (KINDS.has(stem)) return stem;
    }
  }
  return word;
}

const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['d', ''],
  // "planned", "planning"
  ['ned', ''], ['ning', ''],
];

const KINDS: ReadonlyMap<string, CueKind> = new Map(
  [...lexiconSections('cue-kinds.txt')].flatMap(([section, words]) => words.map((w) => [w, section as CueKind] as const)).reverse(),
);
