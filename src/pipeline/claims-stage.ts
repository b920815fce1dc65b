import { cueKindOf } from './cue-kinds.js';
import type { Attribution, Channel, ReportedBy, Speaker } from '../schema/attribution.js';
import type { ArticleMeta } from '../schema/article.js';
import { readArticleMeta } from './article-meta.js';
import { carryPlatform, findChannel, findPlatformMentions, namedOutletAt } from './channels.js';
import { findClaims, type ClaimCandidate } from './claims/index.js';
import { holdsQuotedWords, widenedMixedHost } from './claims/overlaps.js';
import { isVerbless } from './claims/verbless.js';
import { actsOnPerson } from './claims/person-object.js';
import { REPORT_ADVERBS } from './claims/adverbs.js';
import { isPhraseClaim } from './claims/phrase-content.js';
import { objectIsClaim } from './claims/object-content.js';
import { isShortAnswer } from './claims/short-answers.js';
import { isQuestionPut } from './claims/asked-adjunct.js';
import { headlineSpeakers } from './headline-speaker.js';
import { baseOf } from './claims/lexicon.js';
import { firstIndexAfter, indexAt, type TextRange } from './segment.js';
import { findOutletName } from './source-lexicons.js';
import { resolveSubject } from './coref.js';
import { appositiveName, speakerAfterQuotation, titledPerson } from './claim-speaker-names.js';
import { sameDescriptionHolder, titleLineEnd, titleRoleHolder } from './role-holder.js';
import { isEpithet } from './epithets.js';
import type { SubjectPhrase } from './subject-phrase.js';
import { classifySource } from './sources.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { analyzeArticle, resolveSpeakerMention, type ArticleAnalysis, type PriorSpeaker } from './speakers.js';
import { isSpace } from './tokens.js';

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
  const records: Attribution[] = quotes.map((q) => ({ ...q })).sort((a, b) => a.start - b.start);
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
  const entityByName = new Map(analysis.entities.entities.map((e) => [e.name, e] as const));
  const entityNames: ReadonlySet<string> = new Set(entityByName.keys());
  const priorOf = (a: Attribution): PriorSpeaker | null =>
    a.speaker?.name ? { at: a.start, entity: entityByName.get(a.speaker.name) ?? null, name: a.speaker.name, type: a.speaker.type } : null;
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
  const asideHeads = new Set(candidates.filter((c, i) => c.rule !== 'parenthetical' && candidates[i + 1]?.cue.start === c.cue.start && candidates[i + 1]?.rule === c.rule));
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
    if (!short && !TWO_WORDS.test(text.slice(c.start, c.end)) && !(c.rule === 'parenthetical' ? pieceCues.has(c.cue.start) : asideHeads.has(c))) continue;
    const touching = near(c);
    // "dismissed the concerns", "recalled 2 million chargers": a cue's object with no verb is no
    // claim (one that overlaps a partial quotation still lends that record its speaker below)
    // ("dismissed manager Colin Hart on Sunday": the verb's sense that ends a job reports nothing)
    if (touching.length === 0 && !sharedCues.has(c.cue.start) && ((!short && !isQuestionPut(text, c) && nounPhraseOnly(text, c)) || actsOnPerson(text, c))) continue;
    const inside = touching.filter((q) => q.start >= c.start && q.end <= c.end);
    const overlapping = touching.filter((q) => !inside.includes(q));
    // a claim cut through a quotation is a boundary mistake: the quotation stage knows better
    if (overlapping.some((q) => q.kind === 'direct')) continue;
    const speaker = claimSpeaker(analysis, c, prior(c.source?.start ?? c.start), entityNames);
    const reportedBy = c.relayedBy ? relay(text, c.relayedBy) : null;
    const mixed = inside.filter((q) => q.kind === 'mixed');
    if (inside.some((q) => q.kind === 'direct') && mixed.length === 0) continue;
    // the quotation stage already spans this paraphrase as a mixed quotation: one statement, one
    // record; the claim only lends what that record lacks
    const same = overlapping.find((q) => q.kind === 'mixed' && overlapShare(q, c) >= 0.5);
    if (same) {
      same.speaker ??= speaker;
      same.reportedBy ??= reportedBy;
      continue;
    }
    if (overlapping.length > 0) continue;
    if (mixed.length > 0) {
      const host = widenedMixedHost(c, mixed);
      if (host) {
        host.start = c.start;
        host.end = c.end;
        host.text = text.slice(c.start, c.end);
      }
      // the quotation stage spans the partial quotation (and its paraphrase) itself: the claim
      // only lends what those records lack
      for (const host of mixed) {
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
      cueKind: cueKindOf(text.slice(c.cue.start, c.cue.end)),
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
  const people = new Set(analysis.entities.entities.filter((e) => e.type === 'person').map((e) => e.name));
  return fillSources(text, analysis, headlineSpeakers(fullDescriptions(all), titleLineEnd(text), people));
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
  return { text: text.slice(r.start, r.end), start: r.start, end: r.end };
}

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
function claimSpeaker(analysis: ArticleAnalysis, c: ClaimCandidate, prior: readonly PriorSpeaker[], personNames: ReadonlySet<string>): Speaker | null {
  const quoted = c.source ? speakerAfterQuotation(analysis.text, c.source, c.cue.start) : null;
  if (quoted) c = { ...c, source: quoted };
  const r = appositiveName(analysis.text, c) ?? c.source;
  if (!r) return null;
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
    const found = resolveSubject(analysis.text, analysis.entities, analysis.segmentation, phrase, prior)?.speaker ?? null;
    return found && found.name !== null ? { ...found, mention: written } : { name: null, mention: written, ...mention, type: 'person' };
  }
  // "Mayor Says Budget Is Balanced", "Budget balanced, mayor says": a role in the headline is the
  // person the body introduces with it
  const headlined = mention.start < titleLineEnd(analysis.text) ? headlineRoleHolder(analysis, written) : null;
  if (headlined) return { name: headlined, mention: written, ...mention, type: 'person' };
  const asWritten: Speaker = { name: stripDeterminer(written), mention: written, ...mention, type: classifySource(written) };
  // "Hill and Reyes both said": two people say it; neither alone is the speaker
  if (/(?:\p{Lu}[\p{L}.'’-]*|\))\s+(?:and|&)\s+(?:\p{Lu}|[Hh]is\s|[Hh]er\s|other\s|fellow\s|an?\s|the\s)/u.test(written)) return { ...asWritten, name: written };
  // "The 22-year-old admitted …", "the Spaniard said …": an epithet stands for the person just named
  if (isEpithet(written)) return resolveSpeakerMention(analysis, mention, prior) ?? asWritten;
  const titled = titledPerson(analysis, mention, written);
  if (titled) return titled;
  const pronoun = /^(?:he|she|they|we|i|it)$/iu.test(written);
  // ("People I’ve spoken with": the pronoun "I" inside a description names nobody)
  const named = /\p{Lu}/u.test(written.replace(/^\p{Lu}\p{Ll}*\s/u, '').replace(/\bI(?=[\s’']|$)/gu, 'i')) || pronoun || /^\p{Lu}\p{Ll}+$/u.test(written);
  // "Their lawyer, Grace Lindqvist, called …" and later "…, their lawyer said": the same
  // description an apposition gave one named person is that person
  const same = (asWritten.type === 'person' || asWritten.type === 'anonymous') && !pronoun ? sameDescriptionHolder(analysis.text, analysis.entities, written, mention.start) : null;
  if (same) return { name: same.name, mention: written, ...mention, type: 'person' };
  // a phrase with a post-modifier keeps its full wording ("an official who spoke to CNN")
  if (!named || asWritten.type !== 'person') return { ...asWritten, name: written };
  const resolved = resolveSpeakerMention(analysis, mention, prior);
  if (!resolved) return pronoun ? null : asWritten;
  // the resolver names people; for "Aides to Clinton" or "FBI officials" it returns a fragment of
  // the phrase, and the phrase as written says more
  if (resolved.name === null) return resolved;
  const person = pronoun || personNames.has(resolved.name) || resolved.name !== resolved.mention;
  if (!person && resolved.name.length < written.length) return asWritten;
  return resolved;
}


function stripDeterminer(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/iu, '');
}

function relay(text: string, r: TextRange): ReportedBy {
  const written = text.slice(r.start, r.end);
  return { name: findOutletName(written)?.canonical ?? written, type: classifySource(written) };
}

/** `A, he said, B.`, `that Clinton, who …, still faces …`: the pieces of one claim (same rule, same cue) share a group id. */
function groupParentheticals(claims: Attribution[]): void {
  let n = 1;
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1] as Attribution;
    const b = claims[i] as Attribution;
    if (a.rule === b.rule && a.cue && a.cue.start === b.cue?.start) {
      const id = a.group ?? `cg${n++}`;
      a.group = id;
      b.group = id;
    }
  }
}

/**
 * Types, channels and reporting sources on every attribution:
 * - `speaker.type` from the source lexicons when the phrase is not a person (`The State
 *   Department` → government); a resolved person stays a person;
 * - `reportedBy`: `…, according to Reuters` right after a record whose speaker is someone else;
 *   `an official who spoke to CNN` → reported by CNN;
 * - `channel` from the words of the attribution's sentence outside quotations and outside the
 *   claim's own content; a post with no platform takes the platform the same speaker used earlier
 *   (`posted a picture on X` … `wrote in his post`); pieces of one group share a channel.
 */
function fillSources(text: string, analysis: ArticleAnalysis, all: Attribution[]): Attribution[] {
  const sentences = analysis.segmentation.sentences;
  const platforms = findPlatformMentions(text, sentences);
  const byGroup = new Map<string, Channel>();
  for (const a of all) {
    if (a.speaker?.name && !/^(?:he|she|they|we|i)$/iu.test(a.speaker.mention)) {
      // "The State Department" → government, "Reuters" → news-outlet; a named person stays a person
      const t = classifySource(a.speaker.name);
      if (t !== 'person' && !(a.speaker.type === 'organization' && t === 'anonymous')) a.speaker = { ...a.speaker, type: t };
    }
    a.reportedBy ??= relayAfter(text, analysis, a);
    const context = channelContext(text, analysis, a);
    let channel = context ? findChannel(context) : null;
    if (channel?.type === 'social-media' && channel.platform === null && a.speaker?.name) {
      channel = { ...channel, platform: carryPlatform(platforms, a.speaker.name, a.start) };
    }
    if (a.group) {
      if (channel) byGroup.set(a.group, channel);
      else channel = byGroup.get(a.group) ?? null;
    }
    a.channel ??= channel;
  }
  // a group's earlier piece may have no cue of its own: give it the channel found on a later piece
  for (const a of all) if (a.group && !a.channel) a.channel = byGroup.get(a.group) ?? null;
  // "told reporters he wanted to …, but noted that he was …": coordinated cues of one speaker in
  // one sentence share the occasion
  const bySentence = new Map<string, Channel>();
  const key = (a: Attribution): string => `${indexAt(sentences, a.cue?.start ?? a.start)}\u0000${a.speaker?.name ?? ''}`;
  for (const a of all) if (a.channel && a.speaker) bySentence.set(key(a), a.channel);
  for (const a of all) if (!a.channel && a.speaker) a.channel = bySentence.get(key(a)) ?? null;
  carryChannels(analysis, all);
  return all;
}

/**
 * `Trump told reporters he wanted to … “They’ve treated us …,” he said`: the occasion named for
 * one statement carries to the same speaker's quotations in the same and the next paragraph,
 * until that speaker's words are given another channel; and to a claim of theirs in the same
 * paragraph that only goes on with it (`She added that …`).
 */
function carryChannels(analysis: ArticleAnalysis, all: Attribution[]): void {
  const { paragraphs } = analysis.segmentation;
  const last = new Map<string, { channel: Channel; paragraph: number }>();
  for (const a of [...all].sort((x, y) => x.start - y.start)) {
    const name = a.speaker?.name;
    if (!name) continue;
    const paragraph = indexAt(paragraphs, a.start);
    if (a.channel) {
      last.set(name, { channel: a.channel, paragraph });
      continue;
    }
    const before = last.get(name);
    if (!before) continue;
    if (a.kind !== 'indirect' ? paragraph - before.paragraph <= 1 : paragraph === before.paragraph && CONTINUING_CUE.test(a.cue?.text ?? '')) a.channel = before.channel;
  }
}

/** "She added that …", "he went on to say": a claim that goes on with what its speaker was saying. */
const CONTINUING_CUE = /^(?:added|adds|continued|continues|went on|goes on)$/iu;

/** `…, according to Reuters` after a record spoken by someone else: Reuters relayed it. */
function relayAfter(text: string, analysis: ArticleAnalysis, a: Attribution): ReportedBy | null {
  const s = analysis.segmentation.sentences[indexAt(analysis.segmentation.sentences, Math.max(a.start, a.end - 1))];
  const speakerName = a.speaker?.name ?? '';
  if (s) {
    // up to the next comma or the sentence's end ("according to the F.B.I." keeps its stops)
    const m = /^[\s,”"’']*according to ([^,;]+)/iu.exec(text.slice(a.end, s.end));
    const source = m?.[1] === undefined ? undefined : withoutTrailingTime(withoutTrailingStops(m[1])).trim();
    if (source && a.speaker && !source.includes(speakerName) && !speakerName.includes(source)) {
      return { name: findOutletName(source)?.canonical ?? source, type: classifySource(source) };
    }
  }
  // "an official who spoke to CNN": the outlet the anonymous source talked to relayed it
  const spoke = /\b(?:spoke|speaking|talked|told)\s+(?:to\s+)?(.+)$/u.exec(a.speaker?.mention ?? '');
  const outlet = spoke?.[1] ? findOutletName(spoke[1]) : null;
  if (outlet) return { name: outlet.canonical, type: 'news-outlet' };
  // "A source told the Detroit News that …": an unnamed source's listener is the outlet that relayed it
  const unnamed = a.speaker !== null && (a.speaker.type === 'anonymous' || /^(?:an?|one|another)\s/iu.test(a.speaker.name ?? a.speaker.mention));
  if (unnamed && a.cue && /^(?:told|tells|tell)$/iu.test(a.cue.text)) {
    const listener = namedOutletAt(text.slice(a.cue.end, a.cue.end + 60).trimStart());
    if (listener) return { name: listener, type: 'news-outlet' };
  }
  return null;
}

/**
 * `the F.B.I. ` → `the F.B.I`: trailing stops and spaces cut, as `s.replace(/[.\s]+$/u, '')` does,
 * read backwards (the regex retried every position of a long run of spaces).
 */
function withoutTrailingStops(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 46 || isSpace(s.charCodeAt(e - 1)))) e--;
  return s.slice(0, e);
}

/**
 * `Reuters on Friday` → `Reuters`: a trailing `on|last|this WORD` cut, as
 * `s.replace(/\s+(?:on|last|this)\s+\w+$/u, '')` does (\w is ASCII there), read backwards.
 */
function withoutTrailingTime(s: string): string {
  let word = s.length;
  while (word > 0 && isAsciiWordChar(s.charCodeAt(word - 1))) word--;
  if (word === s.length) return s;
  let gap = word;
  while (gap > 0 && isSpace(s.charCodeAt(gap - 1))) gap--;
  if (gap === word) return s;
  const time = ['on', 'last', 'this'].find((t) => s.endsWith(t, gap));
  if (time === undefined) return s;
  const before = gap - time.length;
  let start = before;
  while (start > 0 && isSpace(s.charCodeAt(start - 1))) start--;
  return start === before ? s : s.slice(0, start);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The words that say how an attribution was made: its sentence (for a quotation spanning several
 * sentences, the one holding its cue) with every quotation and the claim's own content blanked.
 */
function channelContext(text: string, analysis: ArticleAnalysis, a: Attribution): string | null {
  const sentences = analysis.segmentation.sentences;
  const at = a.cue ? a.cue.start : a.start;
  const sentence = sentences[indexAt(sentences, at)];
  if (!sentence) return null;
  // the clause around the cue: "The meeting, first reported by CNN, was notable … who opposition
  // leaders have accused" — a report forty words away is another statement's channel
  const s = a.cue ? { start: Math.max(sentence.start, a.cue.start - CHANNEL_REACH_BEFORE), end: Math.min(sentence.end, a.cue.end + CHANNEL_REACH_AFTER) } : sentence;
  let out = text.slice(s.start, s.end);
  const blank = (r: TextRange): void => {
    const x = Math.max(r.start, s.start) - s.start;
    const y = Math.min(r.end, s.end) - s.start;
    if (y > x) out = out.slice(0, x) + ' '.repeat(y - x) + out.slice(y);
  };
  for (let j = Math.max(0, indexAt(analysis.quotations, s.start) - 1), n = 0; j < analysis.quotations.length && n < 64; j++, n++) {
    const q = analysis.quotations[j] as TextRange;
    if (q.start >= s.end) break;
    blank(q);
  }
  // a claim's content is what was said, not how: blank it too (a quotation's record is already blank)
  if (a.kind === 'indirect') blank(a);
  return out;
}

/** How far from its cue a channel phrase may sit (characters): "said in an annual speech to the judiciary …". */
const CHANNEL_REACH_BEFORE = 60;
const CHANNEL_REACH_AFTER = 120;

// "called his vote an irresponsible one", "consider Clinton honest": the object and what is said
// of it make a small clause, read as one. "supports D.C. statehood", "denied the allegations",
// "proposed a tax on trading": a position the speaker takes on the object, which a reader can check
// as it stands (unlike the target of "slammed", "praised", "mentioned" or "defended"). Base forms:
// every cue word is one of the lexicon's forms, which baseOf maps back.
const OBJECT_IS_CONTENT = new Set([
  'call', 'consider', 'deem', 'label', 'labeled', 'brand', 'find', 'think', 'judge', 'rate',
  'support', 'oppose', 'endorse', 'back', 'reject', 'deny', 'propose', 'demand', 'promise', 'pledge', 'vow', 'favor', 'favour',
  'want', 'seek', 'predict', 'forecast', 'expect', 'anticipate', 'estimate', 'announce', 'confirm', 'admit', 'acknowledge',
]);

/** Two words or more: "talks stalled", not "resigned". */
const TWO_WORDS = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;

/**
 * A claim whose content is a noun phrase with no verb (`dismissed the concerns`, `recalled 2
 * million chargers`): not a statement a reader can check. A small clause after a verb of calling
 * or regarding, a position taken (`supports D.C. statehood`), a fact reported or a judgement with
 * its grounds (`reported flat growth`, `blamed the outage on a storm`: `object-content.ts`), an `as`
 * phrase and a piece of a claim split by its attribution are kept.
 */
function nounPhraseOnly(text: string, c: ClaimCandidate): boolean {
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase();
  const base = baseOf(cue) ?? cue;
  // ("Poll: Mayor Ties Rival In Race": a headline's Title Case verb reads as a noun)
  if (c.rule === 'parenthetical' || c.rule === 'headline' || OBJECT_IS_CONTENT.has(base) || (c.source && objectIsClaim(text, base, c, c.source))) return false;
  // "The company is reportedly spending $1.5 million": a report adverb's content starts at its verb;
  // "the survey shows only a small gender gap", "a poll shows Clinton with a lead": a finding
  if (REPORT_ADVERBS.has(cue) || cueKindOf(cue) === 'evidence') return false;
  const content = text.slice(c.start, c.end);
  if (c.source && isPhraseClaim(cue, content)) return false;
  // "(sees) the tariff as a betrayal", "(is seen) as a candidate": what the object is regarded as
  return !/(?:^|\s)as\s/iu.test(content) && isVerbless(content);
}
