import { cueKindOf } from './cue-kinds.js';
import type { Attribution, ReportedBy, Speaker } from '../schema/attribution.js';
import type { ArticleMeta } from '../schema/article.js';
import { readArticleMeta } from './article-meta.js';
import { findClaims, type ClaimCandidate } from './claims/index.js';
import { holdsQuotedWords, narrowToComplementizer, widenedMixedHost } from './claims/mixed-records.js';
import { actsOnPerson } from './claims/person-object.js';
import { objectSenseReportsNothing } from './claims/object-senses.js';
import { isShortAnswer } from './claims/short-answers.js';
import { isQuestionPut } from './claims/asked-adjunct.js';
import { headlineSpeakers } from './headline-speaker.js';
import { firstIndexAfter, type TextRange } from './segment.js';
import { findOutletName } from './source-lexicons.js';
import { writtenPronounGender } from './coref.js';
import { resolveSubject } from './resolve-subject.js';
import { appositiveName, outletPossessorSplit, speakerAfterQuotation, speakingOfObject, titledPerson } from './claim-speaker-names.js';
import { roleHolder, sameDescriptionHolder, titleRoleHolder } from './role-holder.js';
import { titleLineEnd } from './title-lines.js';
import { opensWithPreposition } from './speaker-check.js';
import { agedRole, isEpithet } from './epithets.js';
import type { SubjectPhrase } from './subject-phrase.js';
import { entityAt, lastIndexBefore, type Entity } from './entities.js';
import { mentionStarts } from './mention-starts.js';
import { classifySource } from './sources.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { analyzeArticle, resolveSpeakerMention, type ArticleAnalysis, type PriorSpeaker } from './speakers.js';
import { fillSources } from './attribution-sources.js';
import { nounPhraseOnly, TWO_WORDS } from './claims/noun-phrase-only.js';
import { sourcePastDateline } from './claims/dateline-source.js';
import { nameStance } from './claims/name-stance.js';
import { offeredSpeechKind } from './claims/offered-speech.js';
import { isFrontedTitle } from './claims/quoted-title.js';
import { speakerIsRelativeHost } from './claims/relative-mention.js';

/**
 * The claims-and-sources stage, run after the quotation stage: adds indirect claims (kind
 * `indirect`), and fills `speaker.type`, `reportedBy` and `channel` on every attribution,
 * quotations included.
 *
 * - A claim that overlaps one of the quotation stage's `mixed` quotations (a partial quotation
 *   inside paraphrase, which that stage spans with its clause) does not become a second record:
 *   it only lends that record the speaker, cue or relaying source it lacks. A claim cut through
 *   a direct quotation is dropped.
 * - Claim speakers are resolved with the quotation stage's resolver (names to canonical full names,
 *   pronouns to earlier speakers, role nouns to the person introduced with the role), so a claim's
 *   speaker is named exactly like a quotation's.
 *
 * Does not touch quotation spans of kind `direct`, nor their speakers.
 */
export function addClaimsAndSources(text: string, quotes: readonly Attribution[], analysis: ArticleAnalysis = analyzeArticle(text)): Attribution[] {
  const sentences = analysis.segmentation.sentences;
  const candidates = findClaims(text, sentences, analysis.quotations);
  // (`On NBC's "Meet the Press," the host asked …`: a fronted phrase closed by a title is no partial quotation)
  const records: Attribution[] = quotes
    .filter((q) => !(q.kind === 'mixed' && q.cue && q.cue.start >= q.end && isFrontedTitle(q.text)))
    .map((q) => ({ ...q }))
    .sort((a, b) => a.start - b.start);
  // quotation records do not overlap, so their ends are sorted: a binary search finds the few a
  // claim can touch, and the stage stays linear in the article's length
  const ends = records.map((r) => r.end);
  const near = (c: TextRange): Attribution[] => {
    const out: Attribution[] = [];
    for (let j = firstIndexAfter(ends, c.start); j < records.length; j++) {
      const r = records[j] as Attribution;
      if (r.start >= c.end) break;
      if (r.end > c.start) out.push(r);
    }
    return out;
  };
  const claims: Attribution[] = [];
  const quotationEnds = analysis.quotations.map((q) => q.end);
  // the article's names, read in one pass over its entities: by name, and those of people
  const entityByName = new Map<string, Entity>();
  const people = new Set<string>();
  for (const e of analysis.entities.entities) {
    entityByName.set(e.name, e);
    if (e.type === 'person') people.add(e.name);
  }
  const entityNames: ReadonlySet<string> = new Set(entityByName.keys());
  const priorOf = (a: Attribution): PriorSpeaker | null => {
    if (!a.speaker?.name) return null;
    const pronoun = writtenPronounGender(a.speaker.mention);
    return { at: a.start, entity: entityByName.get(a.speaker.name) ?? null, name: a.speaker.name, type: a.speaker.type, ...(pronoun ? { pronoun } : {}) };
  };
  const recordPriors = records.map(priorOf).filter((p): p is PriorSpeaker => p !== null);
  // each claim's prior speaker, read once when it is added (a claim's speaker is settled then): every
  // later candidate looks at the latest of them
  const claimPriors: (PriorSpeaker | null)[] = [];
  // pronouns look a few paragraphs back: the latest earlier speakers are all the resolver needs
  const prior = (before: number): PriorSpeaker[] => {
    let i = 0;
    let hi = recordPriors.length;
    while (i < hi) {
      const mid = (i + hi) >> 1;
      if ((recordPriors[mid]?.at ?? 0) < before) i = mid + 1;
      else hi = mid;
    }
    const fromClaims = claimPriors.slice(-PRIOR_WINDOW).filter((p): p is PriorSpeaker => p !== null);
    return [...recordPriors.slice(Math.max(0, i - PRIOR_WINDOW), i), ...fromClaims].filter((p) => p.at < before).sort((a, b) => a.at - b.at);
  };

  // "Instead, he said, he sees …": the pieces of one claim split by its attribution share a cue
  // the pieces of one claim split by an aside share their cue: "that the mayor" is read with "… resign"
  const cueCount = new Map<number, number>();
  for (const c of candidates) cueCount.set(c.cue.start, (cueCount.get(c.cue.start) ?? 0) + 1);
  const sharedCues = new Set([...cueCount].filter(([, n]) => n > 1).map(([at]) => at));
  const pieceCues = new Set(candidates.filter((c, i) => c.rule === 'parenthetical' && candidates[i + 1]?.rule === 'parenthetical' && candidates[i + 1]?.cue.start === c.cue.start).map((c) => c.cue.start));
  const asideHeads = new Set(candidates.filter((c, i) => c.rule !== 'parenthetical' && candidates[i + 1]?.cue.start === c.cue.start && onePieceRule(c.rule, candidates[i + 1]?.rule)));
  // "Passengers appeared resigned": when the rest is one word and goes, its subject goes with it
  const orphanHeads = new Set(candidates.filter((c, i) => {
    const rest = candidates[i + 1];
    return asideHeads.has(c) && rest !== undefined && !TWO_WORDS.test(text.slice(rest.start, rest.end));
  }));
  for (const c of candidates) {
    // "talks stalled", "rejected that": one word of content says nothing a reader could check; the
    // first piece of a split claim ("Instead, he said, …") is read with the rest of it
    // ("Smith, the treasurer, had resigned": the subject before an aside is read with its clause too)
    if (orphanHeads.has(c)) continue;
    // ("said so", "said no", "thinks so": a pro-form or an answer stands for a whole clause)
    const short = isShortAnswer(text, c);
    // ("34,000 voters supported Ortiz": the side a subject took is one name: `nameStance`)
    if (!short && !TWO_WORDS.test(text.slice(c.start, c.end)) && !(c.rule === 'parenthetical' ? pieceCues.has(c.cue.start) : asideHeads.has(c)) && !nameStance(text, c)) continue;
    const touching = near(c);
    // "dismissed the concerns", "recalled 2 million chargers": a cue's object with no verb is no
    // claim (one that overlaps a partial quotation still lends that record its speaker below)
    // ("dismissed manager Colin Hart on Sunday": the verb's sense that ends a job reports nothing)
    // ("confirmed DeVos as education secretary", "claimed mileage", "denies eight counts of fraud": a sense that reports nothing)
    if (touching.length === 0 && !sharedCues.has(c.cue.start) && ((!short && !isQuestionPut(text, c) && nounPhraseOnly(text, c)) || actsOnPerson(text, c) || objectSenseReportsNothing(text, c))) continue;
    const inside = touching.filter((q) => q.start >= c.start && q.end <= c.end);
    const overlapping = touching.filter((q) => !inside.includes(q));
    // a claim cut through a quotation is a boundary mistake: the quotation stage knows better
    if (overlapping.some((q) => q.kind === 'direct')) continue;
    // the earlier speakers are gathered only if the speaker needs resolving (a name or a pronoun)
    const own = outletPossessorSplit(text, c) ?? c;
    // ("…, above the ratio the hospital's own policy recommends": a verb whose subject would be a
    // prepositional phrase is no verb of saying with a subject)
    if (own.source && opensWithPreposition(text.slice(own.source.start, own.source.end))) continue;
    const speaker = claimSpeaker(analysis, own, () => prior(own.source?.start ?? own.start), entityNames);
    // (a relay is named by words; an according-to phrase cut to nothing relays nothing, and so does
    // one that opens with a preposition)
    const relayWords = own.relayedBy ? text.slice(own.relayedBy.start, own.relayedBy.end) : '';
    const reportedBy = own.relayedBy && relayWords.trim() !== '' && !opensWithPreposition(relayWords) ? relay(text, own.relayedBy) : null;
    const mixed = inside.filter((q) => q.kind === 'mixed');
    if (inside.some((q) => q.kind === 'direct') && mixed.length === 0) continue;
    // the quotation stage already spans this paraphrase as a mixed quotation: one statement, one
    // record; the claim only lends what that record lacks
    const same = overlapping.find((q) => q.kind === 'mixed' && overlapShare(q, c) >= 0.5);
    if (same) {
      narrowToComplementizer(text, same, c);
      takeOverRelativeHost(text, same, c, speaker);
      same.speaker ??= speaker;
      same.reportedBy ??= reportedBy;
      continue;
    }
    if (overlapping.length > 0) continue;
    if (mixed.length > 0) {
      const host = widenedMixedHost(text, c, mixed);
      if (host) {
        host.start = c.start;
        host.end = c.end;
        host.text = text.slice(c.start, c.end);
      }
      // the quotation stage spans the partial quotation (and its paraphrase) itself: the claim
      // only lends what those records lack
      for (const host of mixed) {
        takeOverRelativeHost(text, host, c, speaker);
        host.speaker ??= speaker;
        host.cue ??= cueOf(text, c.cue);
        host.reportedBy ??= reportedBy;
      }
      continue;
    }
    claims.push({
      id: `c${claims.length + 1}`,
      kind: holdsQuotedWords(text, c, analysis.quotations, quotationEnds, sentences) ? 'mixed' : 'indirect',
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      group: null,
      speaker,
      cue: cueOf(text, c.cue),
      // ("offered some pointed advice": an offer of words is an assertion)
      cueKind: offeredSpeechKind(text.slice(c.cue.start, c.cue.end), text.slice(c.start, c.end)) ?? cueKindOf(text.slice(c.cue.start, c.cue.end)),
      channel: null,
      reportedBy,
      confidence: claimConfidence(c, speaker),
      rule: `claim-${c.rule}`,
      doubt: null,
    });
    claimPriors.push(priorOf(claims[claims.length - 1] as Attribution));
  }
  groupParentheticals(claims);
  const all = [...records, ...claims].sort((a, b) => a.start - b.start);
  return fillSources(text, analysis, headlineSpeakers(fullDescriptions(all), titleLineEnd(text), people));
}

/**
 * "A former bookkeeper told jurors that she had moved money "whenever …," testimony that prosecutors
 * say is central": the partial quotation's speaker read from a relative clause's subject after it
 * gives way to the subject of the claim's verb before it (`speakerIsRelativeHost`).
 */
function takeOverRelativeHost(text: string, record: Attribution, c: ClaimCandidate, speaker: Speaker | null): void {
  if (!speaker || !speakerIsRelativeHost(text, record, c.cue)) return;
  record.speaker = speaker;
  record.cue = cueOf(text, c.cue);
  record.confidence = claimConfidence(c, speaker);
  record.rule = `claim-${c.rule}`;
  record.doubt = null;
}

/** How far back (characters) a shortened description looks for its full wording. */
const DESCRIPTION_REACH = 600;

/**
 * One name per person for the unnamed too: `A spokesperson for the health department said …
 * “No decision has been made,” she said` gave the quotation "A spokesperson" (the pronoun's
 * description as the quotation stage reads it) and the claim the full phrase. A description that
 * is the first words of the nearest earlier one, close before it, takes its full wording.
 */
function fullDescriptions(records: Attribution[]): Attribution[] {
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Attribution;
    const name = r.speaker?.name;
    if (!r.speaker || !name || r.speaker.type !== 'anonymous') continue;
    for (let j = i - 1; j >= 0; j--) {
      const o = records[j] as Attribution;
      if (r.start - o.start > DESCRIPTION_REACH) break;
      const full = o.speaker?.name;
      if (full && full.startsWith(`${name} `) && o.speaker?.type === 'anonymous') {
        r.speaker = { ...r.speaker, name: full };
        break;
      }
      if (full === name) break;
    }
  }
  return records;
}

/** Article metadata for `extract()`'s `article` field. */
export function articleMeta(text: string): ArticleMeta {
  return readArticleMeta(text);
}

/** How many earlier speakers of each kind (quotations, claims) pronoun resolution sees. */
const PRIOR_WINDOW = 24;

/** Overlap of two spans as a share of the shorter one. */
function overlapShare(a: TextRange, b: TextRange): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common <= 0 ? 0 : common / Math.min(a.end - a.start, b.end - b.start);
}

function cueOf(text: string, r: TextRange): Attribution['cue'] {
  // "Jones does not believe the plan will work": the negation is part of how it was said, or the
  // record would read as Jones believing the plan will work
  const before = text.slice(Math.max(0, r.start - 32), r.start);
  // (most cues have no negation before them: the pattern runs only where one may be)
  const negation = mayBeNegated(before) ? NEGATION_BEFORE.exec(before) : null;
  const start = negation ? r.start - negation[0].length : r.start;
  return { text: text.slice(start, r.end), start, end: r.end };
}
/** A cheap test that `before` holds "not", "never", "no longer" or an "n't". */
function mayBeNegated(before: string): boolean {
  return before.includes('no') || before.includes('ever') || before.includes("n't") || before.includes('n’t') || before.includes('NO');
}
const NEGATION_BEFORE = /(?:\b(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)\s+(?:not|never)|\b(?:never|no\s+longer|\p{L}+n[’']t))\s+(?:\p{Ll}+ly\s+)?$/iu;

/** The person the article's body first introduces with the role a headline names ("Mayor" → Helen Cho), or null. */
function headlineRoleHolder(analysis: ArticleAnalysis, written: string): string | null {
  // "Opposition leader vows …": the phrase's head when the phrase as a whole is no listed role
  const phrase = stripDeterminer(written).toLowerCase();
  const role = ROLE_NOUNS.has(phrase) ? phrase : (phrase.split(/\s+/u).pop() ?? '');
  if (!ROLE_NOUNS.has(role)) return null;
  return titleRoleHolder(analysis.text, analysis.entities, role)?.name ?? null;
}

const POSSESSIVE_SUBJECT: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** `svc` and tails are the surest; a speaker we could not name lowers it. */
function claimConfidence(c: ClaimCandidate, speaker: Speaker | null): number {
  const base = c.rule === 'svc' || c.rule === 'tail' || c.rule.startsWith('according') ? 0.7 : 0.6;
  return speaker ? base : base - 0.2;
}

/**
 * The claim's speaker. Names, pronouns and role nouns go through the quotation stage's resolver; a
 * common-noun phrase ("Legislative leaders in North Carolina", "a Venezuelan government statement")
 * is the speaker as written, whole. An unresolvable pronoun gives no speaker.
 */
function claimSpeaker(analysis: ArticleAnalysis, c: ClaimCandidate, priorOf: () => readonly PriorSpeaker[], personNames: ReadonlySet<string>): Speaker | null {
  const quoted = c.source ? speakerAfterQuotation(analysis.text, c.source, c.cue.start) : null;
  if (quoted) c = { ...c, source: quoted };
  const found = appositiveName(analysis.text, c) ?? (c.source ? speakingOfObject(analysis.text, c.source, c.cue.start) : null) ?? c.source;
  if (!found) return null;
  const r = sourcePastDateline(analysis.text, found, c.cue.start);
  // "Trump’s" as a source is Trump: the possessive is cut from the mention and from its offsets,
  // so that text.slice(start, end) is still the mention
  const raw = analysis.text.slice(r.start, r.end);
  // ("according to a study published on Monday": the participle whose adjunct was cut off is no
  // part of the source's name)
  const written = raw.replace(/[’']s$/u, '').replace(/\s+(?:published|released|issued|filed|conducted|obtained|prepared|commissioned|posted|seen|reviewed|cited)$/u, '');
  if (written.trim() === '') return null;
  const mention = { start: r.start, end: r.start + written.length };
  // "his claim that …": a possessive pronoun is resolved as its subject form ("he") would be
  const possessive = POSSESSIVE_SUBJECT.get(written.toLowerCase());
  if (possessive) {
    const phrase: SubjectPhrase = { ...mention, text: possessive, kind: 'pronoun', role: null, apposition: false, titled: false };
    const found = resolveSubject(analysis.text, analysis.entities, analysis.segmentation, phrase, priorOf())?.speaker ?? null;
    return found && found.name !== null ? { ...found, mention: written } : { name: null, mention: written, ...mention, type: 'person' };
  }
  // "Mayor Says Budget Is Balanced", "Budget balanced, mayor says": a role in the headline is the
  // person the body introduces with it
  const headlined = mention.start < titleLineEnd(analysis.text) ? headlineRoleHolder(analysis, written) : null;
  if (headlined) return { name: headlined, mention: written, ...mention, type: 'person' };
  const asWritten: Speaker = { name: stripDeterminer(written), mention: written, ...mention, type: classifySource(written) };
  // "Procter & Gamble said": one firm's name, as the name index reads it
  const firm = written.includes('&') ? entityAt(analysis.entities, mention.start) : undefined;
  if (firm?.type === 'organization' && firm.name === stripDeterminer(written)) return { name: firm.name, mention: written, ...mention, type: 'organization' };
  // "Hill and Reyes both said": two people say it; neither alone is the speaker
  if (/(?:\p{Lu}[\p{L}.'’-]*|\))\s+(?:and|&)\s+(?:\p{Lu}|[Hh]is\s|[Hh]er\s|other\s|fellow\s|an?\s|the\s)/u.test(written)) return { ...asWritten, name: written };
  // "The 22-year-old admitted …", "the Spaniard said …": an epithet stands for the person just named
  if (isEpithet(written)) return resolveSpeakerMention(analysis, mention, priorOf()) ?? asWritten;
  // ("The 49-year-old minister said": the minister just named, when the article gave them the role)
  const aged = agedRole(written) ? resolveSpeakerMention(analysis, mention, priorOf()) : null;
  if (aged?.name) return aged;
  const titled = titledPerson(analysis, mention, written);
  if (titled) return titled;
  const pronoun = /^(?:he|she|they|we|i|it)$/iu.test(written);
  // ("People I’ve spoken with": the pronoun "I" inside a description names nobody)
  const named = pronoun || /\p{Lu}/u.test(written.replace(/^\p{Lu}\p{Ll}*\s/u, '').replace(/\bI(?=[\s’']|$)/gu, 'i')) || /^\p{Lu}\p{Ll}+$/u.test(written);
  // "Their lawyer, Grace Lindqvist, called …" and later "…, their lawyer said": the same
  // description an apposition gave one named person is that person
  const same = (asWritten.type === 'person' || asWritten.type === 'anonymous') && !pronoun ? sameDescriptionHolder(analysis.text, analysis.entities, written, mention.start) : null;
  if (same) return { name: same.name, mention: written, ...mention, type: 'person' };
  // "The chief said …", "the union leader said …": a definite role is the person the article
  // introduced with it before, as it is for a quotation's speaker (resolve-subject.ts)
  const role = definiteRole(written);
  // (only a holder named in the last few paragraphs: "the candidate" in a passage about Clinton is
  // not the one candidate the article introduced with the word pages before)
  const holder = role ? roleHolder(analysis.text, analysis.entities, written, role, mention.start) : null;
  // (nor one the claim itself names: "The chief said Beckett had saved hundreds of lives"; nor when
  // a word before the role is none of the holder's: "The police chief" after "Fire Chief Arnold
  // Beckett", "the former president", "the assistant coach" name another role or another time)
  if (holder && lastPersonNamedBefore(analysis, mention.start) === holder && !holder.mentions.some((x) => x.start >= c.start && x.end <= c.end) && modifiersHeldBy(analysis.text, written, holder)) return { name: holder.name, mention: written, ...mention, type: holder.type };
  // a phrase with a post-modifier keeps its full wording ("an official who spoke to CNN")
  if (!named || asWritten.type !== 'person') return { ...asWritten, name: written };
  const resolved = resolveSpeakerMention(analysis, mention, priorOf());
  if (!resolved) return pronoun ? null : asWritten;
  // the resolver names people; for "Aides to Clinton" or "FBI officials" it returns a fragment of
  // the phrase, and the phrase as written says more
  if (resolved.name === null) return resolved;
  const person = pronoun || personNames.has(resolved.name) || resolved.name !== resolved.mention;
  if (!person && resolved.name.length < written.length) return asWritten;
  return resolved;
}


/**
 * Whether every word of a definite role phrase after its determiner is one of the holder's role
 * words, or was written just before one of the holder's names ("Union leader Frank Dunleavy").
 */
function modifiersHeldBy(text: string, written: string, holder: Entity): boolean {
  const held = new Set(holder.roles.flatMap((r) => r.split(' ')));
  for (const m of holder.mentions) for (const w of text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().split(/[^\p{L}-]+/u)) held.add(w);
  return written.toLowerCase().split(/\s+/u).slice(1).every((w) => held.has(w));
}

/** How far back (characters) a role's holder must have been named for a claim's "the chief" to be them. */
const ROLE_HOLDER_REACH = 1200;

/**
 * The person named last before `at` (outside quotations), within ROLE_HOLDER_REACH: "the chief"
 * said after "Fire Chief Arnold Beckett arrived" is him, but not once another person has been
 * named since ("the candidate discusses … her mother" after Trump and then Clinton).
 */
function lastPersonNamedBefore(analysis: ArticleAnalysis, at: number): Entity | null {
  const all = analysis.entities.mentions;
  for (let k = lastIndexBefore(mentionStarts(analysis.entities), at); k >= 0; k--) {
    const { mention, entity } = all[k] as { mention: { start: number; inQuote: boolean }; entity: Entity };
    if (at - mention.start > ROLE_HOLDER_REACH) return null;
    if (!mention.inQuote && entity.type === 'person') return entity;
  }
  return null;
}

/**
 * The role a definite phrase names, as the role index keys it: "the chief" → "chief", "The union
 * leader" → "union leader"; null for a phrase with a preposition ("the head of the agency") or no role.
 */
function definiteRole(written: string): string | null {
  const m = /^(?:the|this|that)\s+([\p{L}\s-]+)$/iu.exec(written);
  if (!m?.[1] || /\b(?:of|for|at|from|in|on|with)\b/iu.test(m[1])) return null;
  const words = m[1].toLowerCase().split(/\s+/u);
  const two = words.slice(-2).join(' ');
  if (words.length >= 2 && ROLE_NOUNS.has(two)) return two;
  const last = words[words.length - 1] ?? '';
  return ROLE_NOUNS.has(last) ? last : null;
}

function stripDeterminer(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/iu, '');
}

function relay(text: string, r: TextRange): ReportedBy {
  const written = text.slice(r.start, r.end);
  return { name: findOutletName(written)?.canonical ?? written, type: classifySource(written) };
}

/**
 * Whether claims found by rules `a` and `b` with one cue may be the pieces of one claim: the same
 * rule, or the two sides of an according-to phrase set inside the clause ("Fundraising, according
 * to the campaign, has surged": the piece before it and the piece after it).
 */
function onePieceRule(a: string, b: string | undefined): boolean {
  return a === b || (a === 'according-to' && b === 'according-to-front');
}

/** `claim-svc` → `svc`: the claims stage's own name for a claim's rule. */
function claimRule(rule: string): string {
  return rule.startsWith('claim-') ? rule.slice('claim-'.length) : rule;
}

/** `A, he said, B.`, `that Clinton, who …, still faces …`: the pieces of one claim (same rule, same cue) share a group id. */
function groupParentheticals(claims: Attribution[]): void {
  let n = 1;
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1] as Attribution;
    const b = claims[i] as Attribution;
    if (a.cue && a.cue.start === b.cue?.start && onePieceRule(claimRule(a.rule), claimRule(b.rule))) {
      const id = a.group ?? `cg${n++}`;
      a.group = id;
      b.group = id;
    }
  }
}
