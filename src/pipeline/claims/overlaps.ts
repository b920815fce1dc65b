import { cueKindOf } from '../cue-kinds.js';
import { classifySource } from '../sources.js';
import { firstIndexAfter } from '../segment.js';
import { ANONYMITY_PHRASES, ANONYMOUS_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { isSpace } from '../tokens.js';
import { REPORT_ADVERBS } from './adverbs.js';
import { trimRange } from './trim.js';
import { endsInPassiveAux } from './clause-edges.js';
import { opensWithGapVerb } from './relative-gap.js';
import { isVerbless, tagsOf } from './verbless.js';
import { nounPhraseOnly, TWO_WORDS } from './noun-phrase-only.js';
import { isAdjunctOnly } from './adjunct-only.js';
import type { ClaimCandidate } from './context.js';
import type { TextRange } from '../segment.js';
import { CONTRAST_OPENER } from './clause-start.js';

/**
 * What happens to a sentence's claims once every rule has run: the same content found twice is
 * kept once (`dropContained`), a claim stops where a coordinated clause brings the next claim's
 * own subject (`cutAtNextSubject`), and `, according to X` right after a speaker's claim becomes
 * that claim's relaying source (`attachRelays`).
 *
 * Does not look beyond the sentence: claims of different sentences never meet here.
 */

/**
 * "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders": a claim
 * ends where a coordinated clause brings the next claim's own subject.
 */
export function cutAtNextSubject(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  // a claim is never cut at its own subject: a sentence's only claim stays as it is
  if (claims.length < 2) return claims;
  // sources sorted by start: each claim looks only at the sources inside its own (bounded) content,
  // and of those only at the ones after a comma or semicolon (and/but…): the comma before a source
  // is found once, from the text's start, and a claim starting at or before it sees the same comma
  // (the backward read never passes it), so "said said said …" has no candidate at all
  const sourced = claims
    .filter((c) => c.source)
    .sort((x, y) => (x.source?.start ?? 0) - (y.source?.start ?? 0))
    .map((c) => ({ claim: c, comma: coordinationBefore(text, 0, descriptionStart(text, c.source?.start ?? 0)) }))
    .filter((x) => x.comma >= 0);
  const starts = sourced.map((x) => x.claim.source?.start ?? 0);
  for (const a of claims) {
    for (let j = firstIndexAfter(starts, a.start); j < sourced.length && (starts[j] ?? 0) < a.end; j++) {
      const { claim: b, comma } = sourced[j] as { claim: ClaimCandidate; comma: number };
      // coordinationBefore(text, a.start, …) is that comma when it is at or after a.start, else -1
      if (b === a || comma < a.start || opensFrontedClause(text, a.start, comma, b) || listItemBefore(text, a.start, comma, b.source?.start ?? comma) || possessiveAfterComma(text, b, comma)) continue;
      const cut = trimRange(text, { start: a.start, end: comma });
      if (cut.end - cut.start >= 2) a.end = Math.min(a.end, cut.end);
    }
  }
  // the later claims that open a coordinated clause of their own, by where that clause starts:
  // each claim then looks up the first one inside it (no test of every pair: a run-on sentence
  // holds thousands of claims)
  const opening = claims
    // only a verb of saying right after its subject opens a clause of its own ("and others have
    // said"); "his decision to expand", "Bush -- all plan to skip" sit inside a list
    .filter((b) => b.source !== null && b.rule === 'svc' && b.cue.start - b.source.end <= 20 && REPORTING_VERB_FORMS.has(text.slice(b.cue.start, b.cue.end).toLowerCase()))
    .map((b) => ({ b, at: coordinatedClauseStart(text, b.source?.start ?? 0) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at);
  const ats = opening.map((x) => x.at);
  for (const a of claims) {
    for (let j = firstIndexAfter(ats, a.start); j < opening.length && (ats[j] ?? 0) < a.end; j++) {
      const { b, at } = opening[j] as { b: ClaimCandidate; at: number };
      if (b === a || b.cue.start >= a.end) continue;
      const cut = trimRange(text, { start: a.start, end: at });
      if (cut.end - cut.start >= 2) a.end = Math.min(a.end, cut.end);
      break;
    }
  }
  return claims;
}

/**
 * "argued that despite the backlash, the board's decision to close the depot saved money": a noun
 * cue's possessive source after a bare comma is the subject of the content's own clause (after a
 * fronted phrase), not a coordinated clause's; with "and"/"but" before it ("…, and the board's
 * decision to …") it still opens one.
 */
function possessiveAfterComma(text: string, b: ClaimCandidate, comma: number): boolean {
  return b.rule === 'noun' && /^[,;]\s*$/u.test(text.slice(comma, b.source?.start ?? comma));
}

/**
 * "Polls show a third of men, half of women, and most students back the plan": the content up to
 * the comma has no verb, so what follows the comma is the last item of the content's own subject
 * and its verb is the content's, not a new claim's.
 */
function listItemBefore(text: string, start: number, comma: number, source: number): boolean {
  // the last item comes after ", and" / ", or" ("trucks, and, still later, he …" is a clause)
  if (!/^,\s*(?:and|or)\s+$/u.test(text.slice(comma, source))) return false;
  const head = text.slice(start, comma);
  // a list already: two items or more before the comma, the first one a noun phrase (not "that, in
  // May, …" nor a fronted "despite …")
  return /,/u.test(head) && !/[;:—–()]/u.test(head) && !/^(?:that|if|when|as|in|on|at|by|for|from|after|before|despite|with|without|since|during|under)\b/iu.test(head) && isVerbless(head);
}

/**
 * "told voters that if prices rose, he would advise buying": the content opens with a subordinate
 * clause (after "that" or not) or a prepositional phrase that the comma at `comma` closes, so the
 * subject after it (`b`'s source) is the content's own main clause, not a coordinated one.
 */
function opensFrontedClause(text: string, start: number, comma: number, b: ClaimCandidate): boolean {
  const head = text.slice(start, comma);
  if (/[,;:—–]/u.test(head)) return false;
  // "In overnight calls, his advisers began to call the reports absurd, according to …": a
  // prepositional phrase with no verb, fronted before the subject of a clause that goes on past
  // its verb ("that in government work, he said": a tail's subject closes the content instead)
  return FRONTED_IN_CONTENT.test(head) || (b.start > b.cue.start && FRONTED_PHRASE.test(head) && isVerbless(head));
}

const FRONTED_PHRASE = /^(?:that\s+)?(?:in|on|at|during|over|throughout|amid|despite|under|within)\s/iu;
const FRONTED_IN_CONTENT = /^(?:that\s+)?(?:if|when|whenever|while|although|though|because|once|unless|after|before|since|as\s+soon\s+as|even\s+if|even\s+though)\s/iu;

/**
 * "voters said they were worried about the economy, and more than 4 in 10 said …", "said they
 * would stay home and others have said …": where the clause of a later claim's source begins,
 * when "and" or "but" (after a comma or not) opens it right before that source: the offset of
 * the comma or conjunction, else -1. "said that fares would rise and that fees would …" is one
 * content with two clauses, so the source must not open with "that".
 */
function coordinatedClauseStart(text: string, source: number): number {
  const before = text.slice(Math.max(0, source - 24), source);
  const m = /(,\s*|\s+)(?:and|but)\s+$/u.exec(before);
  if (!m) return -1;
  if (/^that\b/iu.test(text.slice(source, source + 5))) return -1;
  return source - before.length + m.index + (m[1]?.startsWith(',') ? 0 : m[1]?.length ?? 0);
}

/**
 * Where `text[from, to)` ends in `, and` / `; but` / `,` (a comma or semicolon, then optionally
 * and/but/while/whereas, spaces around): the offset of that comma, else -1. Read backwards from
 * `to`, as `/[,;]\s*(?:and|but|while|whereas)?\s*$/` would match, without scanning the whole
 * stretch for commas once per later source (slow on "said said said …").
 */
function coordinationBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const conjunction = COORDINATORS.find((w) => i - w.length >= from && text.startsWith(w, i - w.length));
  if (conjunction) {
    i -= conjunction.length;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i > from && (text[i - 1] === ',' || text[i - 1] === ';') ? i - 1 : -1;
}

const COORDINATORS = ['and', 'but', 'while', 'whereas'];

/**
 * Where a source's description starts when the source is the name after it ("…, and their pastor,
 * Ruth Adams, said …": "their pastor"), so the clause before is cut at its own comma; else `start`.
 */
function descriptionStart(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 60), start);
  const m = DESCRIBED_BEFORE.exec(window);
  return m?.[1] ? start - window.length + (m.index ?? 0) + m[0].indexOf(m[1]) : start;
}
const DESCRIBED_BEFORE = /[,;]\s*(?:and|but)\s+((?:the|his|her|their|its|our|a|an)\s+[^,;]{1,40}),\s*$/u;

/**
 * "A nurse, who asked not to be named, told the paper …": the relative clause says how the source
 * may be cited, it is no claim of its own (and must not swallow the claim after it).
 */
export function dropAnonymityClauses(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  return claims.filter((c) => !isAnonymityClause(text, c));
}

/** Each anonymity phrase after a space, built once rather than for every claim it is tried on. */
const SPACED_ANONYMITY_PHRASES: readonly string[] = ANONYMITY_PHRASES.map((p) => ` ${p}`);

/**
 * The longest word of each anonymity phrase ("anonymity", "named", "familiar"): text that holds a
 * phrase holds its word, and most claims hold none of these few, so they skip the phrases.
 */
const ANONYMITY_KEY_WORDS: readonly string[] = [
  ...new Set(ANONYMITY_PHRASES.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''))),
];

/** Any of the key words, as one pattern: one scan of the text instead of one a word. */
const ANONYMITY_KEY = new RegExp(ANONYMITY_KEY_WORDS.map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')).join('|'), 'u');

/** `asked not to be named, told the paper that …`: the candidate's cue and content are an anonymity phrase. */
function isAnonymityClause(text: string, c: ClaimCandidate): boolean {
  const around = text.slice(c.cue.start, Math.min(c.end, c.start + 40)).toLowerCase();
  if (!ANONYMITY_KEY.test(around)) return false;
  if (!ANONYMITY_PHRASES.some((p, n) => around.startsWith(p) || around.includes(SPACED_ANONYMITY_PHRASES[n] as string))) return false;
  // "asked not to be named" (the content says "not"), "who did not want his name used" (the cue is
  // negated), "asked that her name not be used" (the content asks it of the name)
  return /^\W*not\b|anonym|^\W*that\s+(?:his|her|their|my)\s+names?\s+(?:not\s+be|be\s+withheld)\b/u.test(text.slice(c.start, c.start + 40).toLowerCase()) || /\b(?:not|n[’']t|never)\s+$/u.test(text.slice(Math.max(0, c.cue.start - 12), c.cue.start).toLowerCase());
}

/**
 * One claim per content: the same span found twice is kept once, and a claim whose cue sits inside
 * another claim's content is part of that claim ("She said she believes the law is void" is one
 * claim, not a second one by "she"). An according-to frame is no claim of its own speaker's, so what
 * it holds stays ("According to Reuters, Maduro said …").
 */
export function dropContained(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  // one claim is in no other (most sentences hold one)
  if (claims.length < 2) return claims;
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  // the same span twice is next to itself once sorted: the first of a run is kept
  const unique = sorted.filter((c, n) => n === 0 || (sorted[n - 1] as ClaimCandidate).start !== c.start || (sorted[n - 1] as ClaimCandidate).end !== c.end);
  const nested = cuesInsideOthers(unique.filter((c) => !c.rule.startsWith('according-to')), unique);
  // "Two insurers are reportedly preparing …, according to people briefed": the relayed claim
  // names the source the adverb only hints at
  const according = unique.filter((c) => c.rule.startsWith('according-to'));
  const hinted = (c: ClaimCandidate): boolean => c.source === null && according.some((a) => a !== c && a.start <= c.start && c.end <= a.end && a.start <= c.cue.start && c.cue.end <= a.end);
  // (an according-to phrase is no host above, so a claim inside one is kept: it is only marked)
  for (const a of according) {
    if (a.rule !== 'according-to-front') continue;
    for (const c of unique) if (c !== a && c.source && c.source.start >= a.start && c.cue.end <= a.end) relayedByOutlet(text, c, a);
  }
  return unique.filter((c) => !(nested.has(c) && !framesItsHost(text, c, nested) && !namedRelativeGap(text, c) && !relayedByOutlet(text, c, nested.get(c))) && !(according.length > 0 && hinted(c)));
}

/**
 * "Reuters, citing two people familiar with the matter, reported that …", "Bloomberg reported,
 * citing three officials, that …": the ones cited are the claim's source, the outlet relays them;
 * "citing" itself is no claim ("internal documents" is no content).
 */
export function takeCitedSources(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  const cited: TextRange[] = [];
  for (const c of claims) {
    if (c.rule !== 'svc' || !c.source) continue;
    const before = CITING.exec(text.slice(c.source.end, c.cue.start));
    const after = before ? null : CITING.exec(text.slice(c.cue.end, c.start));
    const m = before ?? after;
    // (people cited by an outlet: "citing health reasons", "citing a 2019 study" give grounds)
    if (!m?.[1] || !citesPeople(m[1]) || classifySource(text.slice(c.source.start, c.source.end)) !== 'news-outlet') continue;
    const from = (before ? c.source.end : c.cue.end) + (m.index ?? 0) + m[0].indexOf(m[1]);
    const range = { start: from, end: from + m[1].length };
    c.relayedBy = c.source;
    c.source = range;
    cited.push(range);
  }
  if (cited.length === 0) return claims;
  return claims.filter((c) => !(text.slice(c.cue.start, c.cue.end) === 'citing' && cited.some((r) => c.start >= r.start && c.end <= r.end)));
}
/** Whether the phrase cited names people: "two people familiar with the matter", "three officials", "sources". */
function citesPeople(phrase: string): boolean {
  const head = (/^(?:[\p{L}\d-]+\s+){0,4}?(\p{Ll}+)(?:\s+(?:familiar|close|with|in|at|from|of|who|briefed)\b.*)?$/u.exec(phrase)?.[1] ?? '').toLowerCase();
  return PERSON_NOUNS.has(head) || ANONYMOUS_HEADS.has(head);
}

/** ", citing two officials, " between a subject and its verb, or between the verb and its content. */
const CITING = /^\s*,\s*citing\s+([^,;]{3,80}?)\s*,\s*$/u;

/**
 * "Mark Hill told staff the plant would close, the Financial Times reported", "According to the
 * Financial Times, Mark Hill told staff …": a speaker's claim inside an outlet's report is the
 * speaker's too, relayed by the outlet (and marked so); the outlet's report of it stays.
 */
function relayedByOutlet(text: string, c: ClaimCandidate, host: ClaimCandidate | undefined): boolean {
  if (!host?.source || !c.source || c.rule !== 'svc' || (host.rule !== 'tail' && host.rule !== 'according-to-front')) return false;
  if (Math.abs(host.end - c.end) > 2 || !relaysSaying(text.slice(c.cue.start, c.cue.end).toLowerCase())) return false;
  // ("Tijani said Nigeria would build a museum, officials said": anyone reporting a speaker's saying
  // relays it, as an outlet does; the speaker's own claim is kept with them as its relay)
  // (only a speaker who opens the reported sentence, with a verb of saying: not "The tricks that
  // Carson accused Cruz of are …, the candidate said", whose relative clause is no report of its own)
  const opensReport = host.rule === 'tail' && c.source.start <= host.start + 1 && cueKindOf(text.slice(c.cue.start, c.cue.end).toLowerCase()) === 'assertion';
  if (!opensReport && classifySource(text.slice(host.source.start, host.source.end)) !== 'news-outlet') return false;
  c.relayedBy = host.source;
  return true;
}

/**
 * "Trump mocked the story, an event that Carson says led him to Christ": a relative clause whose
 * own subject is named says who claims it (Carson), whoever reports the sentence around it.
 */
function namedRelativeGap(text: string, c: ClaimCandidate): boolean {
  if (!GAP_CUES.has(text.slice(c.cue.start, c.cue.end))) return false;
  const m = NAMED_RELATIVE_SUBJECT.exec(text.slice(Math.max(0, c.cue.start - 60), c.cue.start));
  // a relative "that" follows its noun ("an event that"), a complement "that" a verb ("said that");
  // and the clause has a gap: the verb after the cue is the relative's own ("says led him")
  // (only a verb of saying or believing, whose own clause has the gap: "the symptoms which Dr Hall
  // noted were missed" is the writer's; and the content is that clause alone, no verb of the
  // sentence around it: "the man that Smith says attacked him has been arrested")
  return m !== null && /^NNS?$/u.test(tagsOf(m[1] ?? '')?.[0] ?? '') && opensWithGapVerb(text.slice(c.cue.end, c.cue.end + 40)) && !SECOND_VERB.test(text.slice(c.start, c.end).replace(/^\s*\S+/u, ''));
}
const GAP_CUES: ReadonlySet<string> = new Set(['says', 'said', 'claims', 'claimed', 'believes', 'believed', 'thinks', 'thought', 'insists', 'insisted', 'argues', 'argued', 'alleges', 'alleged', 'maintains', 'maintained', 'contends', 'contended']);
const SECOND_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/u;
const NAMED_RELATIVE_SUBJECT = /\b(\p{Ll}+)\s+(?:that|which)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}$/u;

/**
 * "Paper Says Mayor Must Quit, Show Remorse": in a headline in Title Case, two readings that each
 * hold the other's cue (a capitalised verb read as the tail of the first clause) cannot both be
 * nested; the one whose cue comes first is the frame, and stays. In running text such a pair is
 * two misreadings ("were charged fees, saw their ratings fall") and both go.
 */
function framesItsHost(text: string, c: ClaimCandidate, nested: ReadonlyMap<ClaimCandidate, ClaimCandidate>): boolean {
  const host = nested.get(c);
  const capitalised = (r: ClaimCandidate): boolean => /^\p{Lu}/u.test(text.slice(r.cue.start, r.cue.end));
  return host !== undefined && nested.get(host) === c && host.cue.start > c.cue.start && capitalised(c) && capitalised(host);
}

function cuesInsideOthers(hosts: readonly ClaimCandidate[], claims: readonly ClaimCandidate[]): Map<ClaimCandidate, ClaimCandidate> {
  const byStart = [...hosts].sort((a, b) => a.start - b.start);
  const byCue = [...claims].sort((a, b) => a.cue.start - b.cue.start);
  const out = new Map<ClaimCandidate, ClaimCandidate>();
  let first: ClaimCandidate | null = null;
  let second: ClaimCandidate | null = null;
  let h = 0;
  for (const c of byCue) {
    for (; h < byStart.length && (byStart[h] as ClaimCandidate).start <= c.cue.start; h++) {
      const x = byStart[h] as ClaimCandidate;
      if (!first || x.end > first.end) [first, second] = [x, first];
      else if (!second || x.end > second.end) second = x;
    }
    const other = first === c ? second : first;
    if (other && other.end >= c.cue.end) out.set(c, other);
  }
  return out;
}

/**
 * `Maduro said … that CONTENT, according to Reuters`: the according-to phrase right after a
 * speaker's claim relays it (reportedBy), and is not a second claim.
 */
export function attachRelays(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  // a relay needs a host beside it
  if (claims.length < 2) return claims;
  const according = claims.filter((c) => c.rule === 'according-to');
  const others = claims.filter((c) => c.rule !== 'according-to');
  const out: ClaimCandidate[] = [...others];
  // hosts by where their content ends: the according-to phrase starts at most 4 characters later
  const byEnd = new Map<number, ClaimCandidate[]>();
  const replaced = new Set<ClaimCandidate>();
  for (const o of others) if (o.rule === 'svc' && o.source) byEnd.set(o.end, [...(byEnd.get(o.end) ?? []), o]);
  for (const a of according) {
    let host: ClaimCandidate | undefined;
    for (let d = 0; d <= 4 && !host; d++) host = byEnd.get(a.cue.start - d)?.find((o) => o.cue.start < a.cue.start && !replaced.has(o));
    if (!host) out.push(a);
    else if (a.start > host.cue.end) {
      // "Mediators said talks had reached “a critical stage,” even as airstrikes killed 27 people,
      // according to health officials": the phrase sources only the contrast it closes, which is
      // no part of the host's content
      host.end = endBeforeContrast(text, host.start, a.start);
      out.push(a);
    } else if (relaysSaying(text.slice(host.cue.start, host.cue.end).toLowerCase()) && !noClaimOfItsOwn(text, host)) host.relayedBy = a.source;
    else {
      // "Maduro and Grenell also discussed migration, according to a government statement": what
      // they did is the statement's claim, not theirs
      replaced.add(host);
      out.push(a);
    }
  }
  // "According to Okafor, the senator told him she hoped to …": a front according-to phrase whose
  // clause is a verb of saying and its content relays that content, as one after it does (the
  // phrase's own claim, the whole clause, stays: the senator's telling is Okafor's account)
  for (const a of others) {
    if (a.rule !== 'according-to-front' || !a.source) continue;
    const host = others.find((o) => o.rule === 'svc' && o.source && o.source.start >= a.start && o.end === a.end && relaysSaying(text.slice(o.cue.start, o.cue.end).toLowerCase()) && !noClaimOfItsOwn(text, o));
    if (host && !host.relayedBy) host.relayedBy = a.source;
  }
  return out.filter((c) => !replaced.has(c)).sort((a, b) => a.start - b.start);
}

const CONTRAST_BEFORE = new RegExp(String.raw`(?:,\s*)?${CONTRAST_OPENER}\s+$`, 'u');

/** The end of a content before the contrasting conjunction whose clause starts at `clause` ("…, even as | airstrikes …"), without the comma. */
function endBeforeContrast(text: string, start: number, clause: number): number {
  const opener = CONTRAST_BEFORE.exec(text.slice(start, clause));
  let end = opener ? start + opener.index : clause;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * A host that says nothing a reader could check: one word ("Smith denied wrongdoing, according to
 * court filings"), an object with no verb that reports no position, or only a time or place ("The
 * fire was first reported just before 11 a.m., according to the Forest Service"). The
 * according-to phrase after it then reports the act itself, and is the claim.
 */
function noClaimOfItsOwn(text: string, host: ClaimCandidate): boolean {
  const content = text.slice(host.start, host.end);
  return !TWO_WORDS.test(content) || nounPhraseOnly(text, host) || isAdjunctOnly(content);
}

/**
 * A verb of saying proper ("said", "told", "wrote"): what its subject said is relayed by the
 * according-to phrase after it. After a verb of acting or urging ("called for attacks", "began to
 * call the claims absurd") the phrase vouches for the whole clause, the act included.
 */
function relaysSaying(cue: string): boolean {
  const verb = cue.split(/\s+/u)[0] ?? '';
  return REPORTING_VERB_FORMS.has(verb) && !/^(?:call|urge|demand|ask|press|push)/u.test(verb);
}

/**
 * A claim read with the phrase it is said of (`ClaimCandidate.antecedent`), when no other claim of
 * the sentence lies in between. A relative clause's antecedent joins its content (`Maduro – who
 * opposition leaders have accused of stealing the election`, one phrase). The subject of a verb of
 * seeming or of a passive cue stands apart from its content, with the verb between them (`[The
 * race] appears [closer]`, `[Trump] is widely seen [as a risk]`): the claim is kept as its two
 * pieces, the subject and the rest, with the same cue, as an aside's split claim is.
 */
export function withAntecedents(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const c of claims) {
    const from = c.antecedent;
    if (from === undefined || from >= c.start || claims.some((o) => o !== c && o.start < c.start && o.end > from) || subjectGap(text, c, from)) {
      out.push(c);
      continue;
    }
    // a relative's antecedent ("the fees, which the mayor said …", "a move its chairwoman said …") and a
    // reduced relative's noun ("The trader accused of fraud") are read with it
    const apart = !RELATIVE_WORD.test(text.slice(from, c.cue.start)) && (standsApart(text.slice(c.cue.start, c.cue.end)) || endsInPassiveAux(text, from, c.cue.start));
    const head = apart ? trimRange(text, { start: from, end: subjectEnd(text, from, c.cue.start) }) : null;
    if (head && head.end - head.start >= 2) out.push({ ...c, start: head.start, end: head.end }, c);
    else {
      c.start = from;
      out.push(c);
    }
  }
  return out;
}

/**
 * "the fees, which the mayor said were never collected": the relative pronoun is the content's
 * subject (`opensWithGapVerb`), so the content is the verb phrase after the cue, without the
 * antecedent. A pronoun that is the cue's own subject ("which is seen as …") or a cue of seeming
 * or in the passive is left as it was.
 */
function subjectGap(text: string, c: ClaimCandidate, from: number): boolean {
  const cue = text.slice(c.cue.start, c.cue.end);
  if (standsApart(cue) || endsInPassiveAux(text, from, c.cue.start)) return false;
  return opensWithGapVerb(text.slice(c.start, c.end));
}

/** Verbs of seeming: "appears", "seemed". */
const SEEMING = /^(?:seem|appear)/iu;

/**
 * A cue that stands between its subject and the rest of the content, which it marks as hedged or
 * second-hand: a verb of seeming ("[The race] appears [closer]") or a report adverb ("[The
 * company has] reportedly [paid the fine]").
 */
function standsApart(cue: string): boolean {
  return SEEMING.test(cue) || REPORT_ADVERBS.has(cue.toLowerCase());
}

/** A relative pronoun between an antecedent and its cue: "the fees, which the mayor said …". */
const RELATIVE_WORD = /(?:^|[\s,–—-])(?:who|whom|which|that|whose)\s/iu;

/**
 * The end of the subject phrase before a verb at `to`, without the auxiliaries and adverbs that
 * stand before the verb ("Trump has also been [seen]", "The race now [appears]", "Voters widely
 * [saw]"; "The family [appears]" keeps its noun).
 */
function subjectEnd(text: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    const m = /(\S+)\s*$/u.exec(text.slice(from, end));
    if (!m || m.index === 0) return end;
    const word = m[1] as string;
    if (!(BEFORE_VERB.has(word) || (/^\p{Ll}+ly$/u.test(word) && (tagsOf(word)?.[0] ?? '') === 'RB'))) return end;
    end = from + m.index;
  }
}

const BEFORE_VERB: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'also', 'not', 'once', 'already', 'often', 'still', 'sometimes', 'now', 'then', 'never', 'always',
]);
