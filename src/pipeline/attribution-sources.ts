import type { Attribution, Channel, ReportedBy } from '../schema/attribution.js';
import { carryPlatform, findChannel, findPlatformMentions, listenerOutletAt } from './channels.js';
import { indexAt, type TextRange } from './segment.js';
import { findOutletName } from './source-lexicons.js';
import { classifySource } from './sources.js';
import type { ArticleAnalysis } from './speakers.js';
import { isSpace } from './tokens.js';

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
export function fillSources(text: string, analysis: ArticleAnalysis, all: Attribution[]): Attribution[] {
  const sentences = analysis.segmentation.sentences;
  const platforms = findPlatformMentions(text, sentences);
  const byGroup = new Map<string, Channel>();
  // the pieces of a split quotation, and a quotation and the claim beside it, often read the same
  // words for their channel: each distinct context is read once (channels are never changed in place)
  const byContext = new Map<string, Channel | null>();
  for (const a of all) {
    if (a.speaker?.name && !/^(?:he|she|they|we|i)$/iu.test(a.speaker.mention)) {
      // "The State Department" → government, "Reuters" → news-outlet; a named person stays a person
      const t = classifySource(a.speaker.name);
      // (a speaker already of that type is kept as it is: no copy of it)
      if (t !== 'person' && t !== a.speaker.type && !(a.speaker.type === 'organization' && t === 'anonymous')) a.speaker = { ...a.speaker, type: t };
    }
    a.reportedBy ??= relayAfter(text, analysis, a);
    const context = channelContext(text, analysis, a);
    let channel = context ? channelOf(byContext, context) : null;
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

function channelOf(seen: Map<string, Channel | null>, context: string): Channel | null {
  let channel = seen.get(context);
  if (channel === undefined) seen.set(context, (channel = findChannel(context)));
  return channel;
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
    // (the record's own "according to": "…, according to Brazil's space research institute, INPE"
    // names INPE with its description, it does not relay it)
    const own = m !== null && a.cue !== null && a.cue.start >= a.end && a.cue.start < a.end + m[0].length;
    if (source && a.speaker && !own && !source.includes(speakerName) && !speakerName.includes(source)) {
      return { name: findOutletName(source)?.canonical ?? source, type: classifySource(source) };
    }
  }
  // "an official who spoke to CNN": the outlet the anonymous source talked to relayed it
  const spoke = /\b(?:spoke|speaking|talked|told)\s+(?:to\s+)?(.+)$/u.exec(a.speaker?.mention ?? '');
  const outlet = spoke?.[1] ? findOutletName(spoke[1]) : null;
  if (outlet) return { name: outlet.canonical, type: 'news-outlet' };
  // "A source told the Detroit News that …", "Jan Kowal told Reuters that …": the listener, an
  // outlet, relayed it
  if (a.speaker !== null && a.cue && /^(?:told|tells|tell)$/iu.test(a.cue.text)) {
    const listener = listenerOutletAt(text.slice(a.cue.end, a.cue.end + 60).trimStart());
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
