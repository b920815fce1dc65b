import { lexiconSections } from '../lexicon-file.js';

/**
 * The source and channel lexicons under `data/lexicons/` (provenance in its README), read once
 * when the module loads. Each fact lives in exactly one file; this module only parses them.
 *
 * File formats: `#` starts a comment line; blank lines are ignored; `[section]` lines split a
 * file into sections; `a | b | c` lists a canonical form first and its other names after it.
 */

interface LexiconFile {
  /** Entries outside any `[section]`, and the entries of each section, each split at ` | `. */
  sections: Map<string, string[][]>;
}

function readLexicon(name: string): LexiconFile {
  const sections = new Map<string, string[][]>();
  for (const [section, lines] of lexiconSections(name)) sections.set(section, lines.map((l) => l.split(/\s+\|\s+/u).map((x) => x.trim())));
  return { sections };
}

function entries(file: LexiconFile, section = ''): string[][] {
  return file.sections.get(section) ?? [];
}

function firstColumn(file: LexiconFile, section = ''): Set<string> {
  return new Set(entries(file, section).flat());
}

/** A named thing (outlet, platform, body) with every name it goes by. */
export interface NamedEntry {
  canonical: string;
  names: readonly string[];
}

function named(rows: string[][]): NamedEntry[] {
  return rows.filter((r) => r[0] !== undefined).map((r) => ({ canonical: r[0] ?? '', names: r }));
}

const outlets = readLexicon('news-outlets.txt');
const government = readLexicon('government-bodies.txt');
const anonymity = readLexicon('anonymity-phrases.txt');
const platforms = readLexicon('social-platforms.txt');

export const NEWS_OUTLETS: readonly NamedEntry[] = named(entries(outlets));
/** Last words of outlet names ("Tribune", "Times"), for outlets the list does not name. */
export const OUTLET_HEADS: ReadonlySet<string> = firstColumn(outlets, 'heads');
export const GOVERNMENT_NAMES: readonly NamedEntry[] = named(entries(government, 'names'));
export const GOVERNMENT_HEADS: ReadonlySet<string> = firstColumn(government, 'heads');
export const ORGANISATION_HEADS: ReadonlySet<string> = firstColumn(readLexicon('organisations.txt'));
export const ANONYMITY_PHRASES: readonly string[] = [...firstColumn(anonymity, 'phrases')];
export const ANONYMOUS_HEADS: ReadonlySet<string> = firstColumn(anonymity, 'heads');
export const DOCUMENT_NOUNS: ReadonlySet<string> = firstColumn(readLexicon('document-nouns.txt'));
/** Names of states that speak as their governments ("France said …"), every form of each. */
export const COUNTRY_NAMES: ReadonlySet<string> = firstColumn(readLexicon('countries.txt'));
/** US states: places, never a person ("of Columbia, South Carolina, says she …"). */
export const US_STATE_NAMES: ReadonlySet<string> = firstColumn(readLexicon('us-states.txt'));
/** Head nouns of unnamed people and groups (a young man, local residents). */
export const PERSON_NOUNS: ReadonlySet<string> = firstColumn(readLexicon('person-nouns.txt'));
export const SOCIAL_PLATFORMS: readonly NamedEntry[] = named(entries(platforms));

/** `channel type | regex` rows, in file order (first match wins). */
export const CHANNEL_PHRASES: readonly { type: string; pattern: string }[] = entries(readLexicon('channel-phrases.txt')).map(
  (r) => ({ type: r[0] ?? '', pattern: r.slice(1).join(' | ') }),
);

/** `s` as a pattern that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One alternation per table, longest names first so `Fox News` wins over `Fox`. */
function nameMatcher(table: readonly NamedEntry[]): { re: RegExp; byName: Map<string, string> } {
  const byName = new Map<string, string>();
  for (const e of table) for (const n of e.names) byName.set(n, e.canonical);
  const alternation = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Names are capitalised: match them case-sensitively, as whole words.
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), byName };
}

const outletMatcher = nameMatcher(NEWS_OUTLETS);
const governmentMatcher = nameMatcher(GOVERNMENT_NAMES);
const platformMatcher = nameMatcher(SOCIAL_PLATFORMS);

export interface NameHit {
  canonical: string;
  /** The name as it appears in the searched string. */
  matched: string;
  index: number;
}

function firstHit(matcher: { re: RegExp; byName: Map<string, string> }, s: string): NameHit | null {
  matcher.re.lastIndex = 0;
  const m = matcher.re.exec(s);
  if (!m) return null;
  return { canonical: matcher.byName.get(m[0]) ?? m[0], matched: m[0], index: m.index };
}

/** The first news outlet named in `s` (`according to Reuters` → Reuters). */
export function findOutletName(s: string): NameHit | null {
  return firstHit(outletMatcher, s);
}

/** The first named government body in `s` (`The State Department advises` → State Department). */
export function findGovernmentName(s: string): NameHit | null {
  return firstHit(governmentMatcher, s);
}

/** The first social platform named in `s`. A bare `X` counts only after `on`/`to` (`posted on X`). */
export function findPlatformName(s: string): NameHit | null {
  platformMatcher.re.lastIndex = 0;
  for (let m = platformMatcher.re.exec(s); m; m = platformMatcher.re.exec(s)) {
    if (m[0] === 'X' && !/\b(?:on|to|via)\s+$/u.test(s.slice(0, m.index))) continue;
    return { canonical: platformMatcher.byName.get(m[0]) ?? m[0], matched: m[0], index: m.index };
  }
  return null;
}

// Head words that make a capitalised run an organisation or place, never a person.
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'Department Ministry Agency Administration Office House Senate Congress Committee Council Party Campaign ' +
    'Center Centre Institute University College School Foundation Association Union Court Commission Bureau ' +
    'Service Services Group Fund Bank Corp Inc Company Times Post News Journal Press Network Television Radio ' +
    'Magazine Daily Tribune Herald Review Street Avenue County City State States Republic Kingdom Nations ' +
    'Mission Army Navy Force Forces Guard Police Board Authority Council Organization Organisation Coalition ' +
    'Alliance Project Club Church Trust Hospital Airport Station Museum Times Poll Caucus Convention Order Chamber Chiefs ' +
    'Democrats Republicans Americans Federation Society Network Media Reuters Twitter Facebook Instagram Social ' +
    // a company's legal form or trade ("Parkwise Ltd", "Northwind Capital"): no person is named so
    'Ltd Limited LLC LLP Plc PLC Co Corporation Holdings Industries Partners Capital Securities Brands ' +
    'Airlines Airways Motors Pharmaceuticals Technologies Lettings Systems Software Solutions Networks Electronics ' +
    'Semiconductor Semiconductors Logistics Energy Mutual Insurance Labs Therapeutics Foods Entertainment ' +
    'Hospice Clinic Utilities Railways Railroad Transit Hotels Resorts Mining Communications Telecom Pharmacy ' +
    'Chamber Parliament Assembly Tribunal Academy Library League Secretariat Directorate Inspectorate Observatory ' +
    'Laboratory Cooperative Consortium Partnership Initiative Institution Command ' +
    // a newspaper's title ("The Harbor Gazette"); not "Ledger", "Star" or "Globe", which are also surnames
    'Gazette Chronicle Courier Telegraph Examiner Inquirer Sentinel Dispatch Bulletin'
  ).split(' '),
);
