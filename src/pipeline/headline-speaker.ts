import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Attribution } from '../schema/attribution.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS } from './source-lexicons.js';
import { headPhrase } from './sources.js';

/**
 * A headline's claim whose subject names nobody the body introduces ("Senate hopeful vows to block
 * pipeline", "Ex-minister says …") is the claim of the body's report it sums up: the first record
 * of the article's opening paragraphs whose words share at least two stems with it ("block",
 * "pipelin": "Karen Holt pledged on Thursday to block the Northline pipeline"). Its speaker is
 * that record's speaker, the headline's words kept as the mention. A Title Case headline subject the body
 * writes again in lower case ("Harbour Board Says …", "The harbour board said on Wednesday …") is
 * that body speaker too. With no such record the headline keeps its speaker as written.
 *
 * `titleEnd` is where the headline line ends; `people` the names the article's body introduces.
 */
export function headlineSpeakers(records: Attribution[], titleEnd: number, people: ReadonlySet<string>): Attribution[] {
  if (titleEnd <= 0) return records;
  // a body record is compared with every headline record: its stems are found once
  const stemsOf = new Map<Attribution, Set<string>>();
  const bodyStems = (o: Attribution): Set<string> => {
    let stems = stemsOf.get(o);
    if (!stems) stemsOf.set(o, (stems = contentStems(o.text)));
    return stems;
  };
  for (const r of records) {
    if (r.start >= titleEnd) break;
    // "“I never stopped saying it”: man freed after 23 years" over "“I never stopped saying it,”
    // Anthony Reyes told reporters": a quotation the body repeats word for word is that speaker's
    // ("Harwick City sack Dunmore: “We had to act”": the headline's subject is only a guess at who
    // said it; the body's speaker of the same words is not)
    if (r.kind !== 'indirect' && (!r.speaker?.name || r.rule === 'colon-clause')) {
      const echoed = bodyEcho(records, r, titleEnd);
      if (echoed?.speaker) {
        r.speaker = { ...echoed.speaker };
        r.rule = 'headline-echo';
        r.doubt = null;
      }
      continue;
    }
    if (r.kind !== 'indirect' || !r.speaker || (r.speaker.name !== null && people.has(r.speaker.name))) continue;
    const stems = contentStems(r.text);
    const written = plainMention(r.speaker.mention);
    const inBody = (o: Attribution): boolean => o.start >= titleEnd && o.start - titleEnd < BODY_REACH;
    const inReach = (o: Attribution): boolean => inBody(o) && !!o.speaker?.name;
    // "Daily walk cuts dementia risk, large study suggests": a document in the headline is the
    // body's document of that kind, never a person who comments on its finding
    const document = documentHead(written);
    // "Flynn Discussed Sanctions With Russian Envoy, Officials Say": unnamed people in the plural
    // are the body's unnamed people of that kind ("current and former officials said"), never one
    // person the body names (who may say the opposite)
    const unnamed = unnamedPlural(written);
    const sameSource = (o: Attribution): boolean =>
      document ? headOf(plainMention(o.speaker?.mention ?? '')) === document || headOf(plainMention(o.speaker?.name ?? '')) === document : unnamed ? headOf(plainMention(o.speaker?.mention ?? '')) === unnamed : people.has(o.speaker?.name ?? '');
    // "Flood inquest hears warden 'begged' council to close path": when the first report sharing
    // the words is an unnamed person's of the headline's kind ("a flood warden had repeatedly asked
    // the council to close a riverside footpath"), that is the report summed up, not a later one by
    // a named person using the same words (the official who admitted the path should have been closed)
    // (a question put about the same thing, "questioned whether the hospital ran out of oxygen", is
    // no report the headline sums up)
    const summed = stems.size >= 2 ? records.find((o) => inBody(o) && o.speaker !== null && shared(stems, bodyStems(o)) >= 2) : undefined;
    if (summed?.speaker?.name && !people.has(summed.speaker.name) && !/^(?:whether|if)\s/iu.test(summed.text) && headOf(plainMention(summed.speaker.mention)) === headOf(written)) {
      r.speaker = { ...r.speaker, name: summed.speaker.name, type: summed.speaker.type };
      continue;
    }
    const body =
      (stems.size >= 2 ? records.find((o) => inReach(o) && sameSource(o) && shared(stems, bodyStems(o)) >= 2) : undefined) ??
      (titleCase(r.speaker.mention) ? records.find((o) => inReach(o) && o.speaker !== null && plainMention(o.speaker.mention) === written) : undefined);
    if (body?.speaker?.name) r.speaker = { ...r.speaker, name: body.speaker.name, type: body.speaker.type };
  }
  return records;
}

/**
 * The one body quotation holding the headline quotation's words (three or more), all of whose
 * holders name the same speaker; undefined when none does, or when they disagree.
 */
function bodyEcho(records: readonly Attribution[], r: Attribution, titleEnd: number): Attribution | undefined {
  const words = quotedWords(r.kind === 'mixed' ? quotedPart(r.text) : r.text);
  if (words.split(' ').length < 3) return undefined;
  let found: Attribution | undefined;
  for (const o of records) {
    if (o.start < titleEnd || o.kind === 'indirect' || !` ${quotedWords(o.kind === 'mixed' ? quotedPart(o.text) : o.text)} `.includes(` ${words} `)) continue;
    if (!o.speaker?.name || (found && found.speaker?.name !== o.speaker.name)) return undefined;
    found ??= o;
  }
  return found;
}

/** The words inside the quotation marks of a partial quotation ("… “never met a pothole,” dies" → "never met a pothole,"). */
function quotedPart(s: string): string {
  return (s.match(/[“"«][^”"»]*[”"»]/gu) ?? []).join(' ');
}

/** Words lower-cased, marks and punctuation dropped: "“I never stopped saying it,”" → "i never stopped saying it". */
function quotedWords(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}’']+/gu, ' ').replace(/[’']/gu, "'").trim();
}

/** The head noun of a mention that names unnamed people in the plural ("Officials", "Top aides" → "officials", "aides"), or null. */
function unnamedPlural(mention: string): string | null {
  const head = headOf(mention);
  return /s$/u.test(head) && ANONYMOUS_HEADS.has(head) ? head : null;
}

/** The head noun of a mention that names a document ("large study" → "study"), or null. */
function documentHead(mention: string): string | null {
  const head = headOf(mention);
  return DOCUMENT_NOUNS.has(head) ? head : null;
}

/** A description's head noun: the last word before its post-modifiers ("a study of 78,000 adults" → "study"). */
function headOf(mention: string): string {
  const words = headPhrase(mention).split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
}

/** How far into the body (characters) the report a headline sums up is looked for. */
const BODY_REACH = 1500;

/** Every word capitalised, as a Title Case headline writes common nouns ("Harbour Board"). */
function titleCase(s: string): boolean {
  return s.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
}

/** "The harbour board", "Harbour Board" → "harbour board": a mention without its article and case. */
function plainMention(s: string): string {
  return s.toLowerCase().replace(/^(?:the|a|an)\s+/u, '').replace(/\s+/gu, ' ').trim();
}

function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOPWORDS.has(w)) out.add(stem(w));
  return out;
}

/** The Porter stem of a word, remembered: a report's words recur across its records. */
function stem(w: string): string {
  let known = STEMS.get(w);
  if (known === undefined) {
    // words asked for are bounded by what articles hold; a pathological input cannot grow this without end
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    STEMS.set(w, (known = PorterStemmer.stem(w)));
  }
  return known;
}
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

// words too common to tie a headline to a report
const STOPWORDS: ReadonlySet<string> = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'will', 'would', 'could', 'should', 'their', 'there', 'they', 'them', 'about', 'after', 'before', 'into', 'over', 'more', 'than', 'says', 'said', 'what', 'when', 'which', 'were', 'year', 'years']);
