import type { Channel, ChannelType } from '../schema/attribution.js';
import { CHANNEL_PHRASES, OUTLET_HEADS, SOCIAL_PLATFORMS, findOutletName, findPlatformName } from './source-lexicons.js';

/**
 * How a statement was made, from the words around its reporting cue:
 * `wrote in a post on Truth Social` → social-media/Truth Social; `told reporters` → remarks;
 * `in an annual speech to the judiciary` → speech; `in an interview` → interview;
 * `according to a … statement` → statement; `in a court filing` → document; `reported` → report.
 *
 * `context` is the attribution clause (the cue's sentence minus the quoted words: a quotation
 * that mentions "speech" says nothing about how it was delivered). Returns null when nothing in
 * the clause names a channel; `said` alone is not a channel.
 *
 * Does not carry a platform from an earlier sentence: see `carryPlatforms`.
 */
export function findChannel(context: string): Channel | null {
  // "told CNN", "said in an interview with Reuters", "spoke to The Associated Press": a named outlet
  // as the addressee makes it an interview
  // every alternative holds "to" or "with" (no character but T and t folds to t, nor W and w to w),
  // and most contexts are a few words without either: those skip the scan
  // without ſ, the Kelvin sign or astral characters, a case-insensitive pattern matches the same
  // with or without the u flag, and several times faster without it
  const plain = !NOT_PLAIN.test(context);
  const told = MAY_BE_TOLD.test(context) ? (plain ? TOLD_FAST : TOLD).exec(context) : null;
  if (told?.[1] && namedOutletAt(told[1]) !== null) return { type: 'interview', platform: null };
  // most contexts name no channel: one scan with every rule as an alternative rules them all out
  // (it matches exactly when some rule does) before the rules are tried one by one, in order
  if ((plain ? ANY_RULE_FAST : ANY_RULE).test(context)) {
    for (const rule of CHANNEL_RULES) {
      if (!(plain ? rule.fast : rule.re).test(context)) continue;
      if (rule.type !== 'social-media') return { type: rule.type, platform: null };
      return { type: 'social-media', platform: postedOn(context)?.canonical ?? null };
    }
  }
  // "posted a picture on X": a platform after "on" is a post even without the word "post".
  const platform = mayNamePlatform(context) ? findPlatformName(context) : null;
  if (platform && /\b(?:on|via)\s+$/u.test(context.slice(0, platform.index))) {
    return { type: 'social-media', platform: platform.canonical };
  }
  return null;
}

/**
 * The platform a statement was posted on: the one written after its verb and "on" or "via" ("who runs
 * a YouTube channel, wrote on X that …" is X; "in a Facebook post, later shared on X" stays Facebook),
 * else the first one named.
 */
function postedOn(context: string): ReturnType<typeof findPlatformName> {
  const first = findPlatformName(context);
  for (let hit = first, from = 0; hit; ) {
    const at = from + hit.index;
    // (not a post's later life: "a Facebook post, later shared on X", "which was posted on Facebook")
    if (/(?<!\b(?:was|were|been|later|then)\s+)\b(?:wrote|writes|posted|posts|said|says|tweeted|announced|declared|added)\s+(?:on|via)\s+$/u.test(context.slice(Math.max(0, at - 30), at))) return { ...hit, index: at };
    from = at + hit.matched.length;
    hit = findPlatformName(context.slice(from));
  }
  return first;
}

/**
 * The news outlet `s` opens with, if any: a known one ("CNN", "The Associated Press"), or
 * capitalised words ending in an outlet's head word ("the Detroit News", "The Valley Tribune").
 */
export function namedOutletAt(s: string): string | null {
  const bare = s.replace(/^the\s+/iu, '');
  const known = findOutletName(bare);
  if (known && known.index === 0) return known.canonical;
  // "told the Chronicle that …", "an interview with the Herald on Friday": an outlet's head word
  // alone, capitalised after "the", is the local paper the article means, when the phrase ends
  // with it ("told the Star player", "the Record label", "the Echo chamber" go on to another noun)
  const head = bare !== s ? OUTLET_HEAD_ALONE.exec(bare)?.[1] : undefined;
  if (head && OUTLET_HEADS.has(head)) return head;
  // "told Radio Velmark", "TV Nord reported": a station named after the kind of outlet it is
  const station = /^(?:Radio|TV|Television)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?/u.exec(bare)?.[0];
  if (station) return station;
  const m = /^((?:\p{Lu}[\p{L}.'’&-]*\s+){1,3})(\p{Lu}\p{L}+)\b/u.exec(bare);
  if (m?.[2] !== undefined && OUTLET_HEADS.has(m[2])) return `${m[1]}${m[2]}`.trim();
  // "Le Parisien newspaper", "the French daily Le Monde", "the broadcaster NHK": a name said to be
  // an outlet by the kind of outlet written after it or before it
  const kindBefore = OUTLET_BEFORE.exec(bare);
  // (a sentence's stop after the name is not the name's: "NHK.", "Rossiya-1."; the stops of "U.S." are)
  if (kindBefore?.[1]) return kindBefore[1].trim().replace(/^([^.]+)\.$/u, '$1');
  const kindAfter = OUTLET_AFTER.exec(bare);
  return kindAfter?.[1] ? kindAfter[1].trim() : null;
}

/** `namedOutletAt` for a listener, its owner's "'s" dropped ("told USA TODAY's weekly series"). */
export function listenerOutletAt(s: string): string | null {
  const found = namedOutletAt(s);
  return found === null ? null : found.replace(/[’']s$/u, '');
}

/** The common nouns that say a name is a news outlet's. */
const OUTLET_KINDS = String.raw`(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|news\s+agency|news\s+site|news\s+website|radio\s+station|radio|television|TV\s+station|TV\s+channel|channel)`;
const OUTLET_AFTER = new RegExp(String.raw`^((?:\p{Lu}[\p{L}.'’&-]*\s+){1,4})${OUTLET_KINDS}\b`, 'u');
// ("French television channel BFM TV": two kinds before the name)
// ("state television Rossiya-1": a digit is part of the name)
const OUTLET_BEFORE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}-]+\s+|state\s+|public\s+|local\s+)?(?:${OUTLET_KINDS}\s+){1,2}((?:\p{Lu}[\p{L}\p{N}.'’&-]*)(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3})`, 'u');

/** A capitalised word, then the end of its noun phrase: a mark, the text's end, or a word that cannot go on with it. */
const OUTLET_HEAD_ALONE = /^(\p{Lu}\p{Ll}+)(?=\s*(?:$|[,.;:!?)]|(?:that|on|in|by|about|last|this|during|after|before|when|what|how|why|whether|the|a|an|he|she|it|they|we|i|his|her|their|its|was|is|were|are|had|has|said)\b))/u;

/** A named addressee: "told CNN", "said to The Associated Press", "an interview with Reuters". */
const TOLD = /\b(?:told|said\s+to|speaking\s+to|spoke\s+to|talked\s+to|interview\s+with)\s+((?:the\s+)?\S.{0,40})/iu;
const TOLD_FAST = new RegExp(TOLD.source, 'i');
const MAY_BE_TOLD = /to|with/i;

const PLATFORM_ALTERNATION = SOCIAL_PLATFORMS.flatMap((p) => p.names)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  .join('|');

const CHANNEL_TYPES: ReadonlySet<string> = new Set<ChannelType>([
  'social-media',
  'speech',
  'remarks',
  'interview',
  'statement',
  'document',
  'report',
]);

const CHANNEL_RULES: readonly { type: ChannelType; re: RegExp; fast: RegExp }[] = CHANNEL_PHRASES.filter((r) =>
  CHANNEL_TYPES.has(r.type),
).map((r) => {
  // PLATFORM in a pattern stands for every platform name; matched case-insensitively like the rest.
  const pattern = r.pattern.replace('PLATFORM', `(?:${PLATFORM_ALTERNATION})`);
  const re = new RegExp(pattern, 'iu');
  // `fast` reads the pattern without the u flag, used on plain text only (see NOT_PLAIN); a pattern
  // with u-only syntax (\p{…}, \u{…}) keeps its u flag
  return { type: r.type as ChannelType, re, fast: /\\[pP]\{|\\u\{/.test(pattern) ? re : new RegExp(pattern, 'i') };
});

/**
 * `(?:A)|(?:B)|…`, with the `\b` every alternative opens with written once in front: `\b(?:A|B|…)`
 * matches at the same places, and the engine tests the boundary once a position instead of once
 * an alternative (a third of the scan's time on news sentences). A rule with a `|` of its own at
 * its top level (`\bfoo|bar`) keeps the plain form: its boundary does not cover its second half.
 */
function anyOf(sources: readonly string[]): string {
  const bounded = sources.length > 0 && sources.every((p) => p.startsWith('\\b') && !hasTopLevelBar(p));
  return bounded ? `\\b(?:${sources.map((p) => `(?:${p.slice(2)})`).join('|')})` : sources.map((p) => `(?:${p})`).join('|');
}

/** Whether a regular expression source has a `|` outside every group and character class. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Every rule as one alternation: it matches where any rule does. A back-reference would point at
 * another rule's group once joined, so with one in the table the filter lets everything through.
 */
const ANY_RULE = CHANNEL_RULES.some((r) => /\\[1-9]|\\k</u.test(r.re.source)) ? /(?:)/u : new RegExp(anyOf(CHANNEL_RULES.map((r) => r.re.source)), 'iu');
const ANY_RULE_FAST = new RegExp(ANY_RULE.source, CHANNEL_RULES.every((r) => r.fast !== r.re) ? 'i' : 'iu');

/**
 * Whether `s` holds some platform's name anywhere: every name `findPlatformName` finds is one, and
 * this plain alternation (no look-behind, no u flag) rules out most strings far faster.
 */
function mayNamePlatform(s: string): boolean {
  return PLATFORM_HINT.test(s);
}
const PLATFORM_HINT = new RegExp(PLATFORM_ALTERNATION);
const PLATFORM_HINT_FROM = new RegExp(PLATFORM_ALTERNATION, 'g');

/**
 * Characters where `/…/i` and `/…/iu` differ: ſ and the Kelvin sign fold to s and k only under u,
 * and under u `.`, `\S` and negated classes take a whole astral character, not half of it.
 */
const NOT_PLAIN = /[\u017f\u212a\ud800-\udfff]/;

/** A sentence that names a platform a speaker used: `Grenell posted a picture on X`. */
export interface PlatformMention {
  /** Offset of the mention, to carry it forward only. */
  start: number;
  /** The words of the sentence, searched for the speaker's name. */
  sentence: string;
  platform: string;
}

/** Every sentence that puts someone on a platform (`posted … on X`, `wrote on Facebook`). */
export function findPlatformMentions(
  text: string,
  sentences: readonly { start: number; end: number }[],
): PlatformMention[] {
  const out: PlatformMention[] = [];
  // the first place at or after a sentence's start where some platform's name is written (or
  // text.length): one search of the text serves every sentence before it
  let hint = -1;
  for (const s of sentences) {
    if (hint < s.start) {
      PLATFORM_HINT_FROM.lastIndex = s.start;
      hint = PLATFORM_HINT_FROM.exec(text)?.index ?? text.length;
    }
    // every platform findChannel gives comes from findPlatformName: a sentence naming no platform
    // is skipped without copying it out or trying each channel phrase on it
    if (hint >= s.end) continue;
    const sentence = text.slice(s.start, s.end);
    if (!findPlatformName(sentence)) continue;
    const channel = findChannel(sentence);
    if (channel?.type === 'social-media' && channel.platform) {
      out.push({ start: s.start, sentence, platform: channel.platform });
    }
  }
  return out;
}

/**
 * A social-media channel with no platform (`Grenell wrote in his post`) takes the platform of the
 * latest earlier sentence that put the same speaker on a platform (`Grenell posted a picture on
 * X`), matched on any word of the speaker's name of three letters or more. Returns the platform
 * or null.
 */
export function carryPlatform(
  mentions: readonly PlatformMention[],
  speakerName: string,
  before: number,
): string | null {
  const words = speakerName.split(/\s+/u).filter((w) => w.length >= 3);
  if (words.length === 0) return null;
  // the latest few mentions before `before` only: a platform is carried within a story, not across a corpus
  let hi = mentions.length;
  while (hi > 0 && (mentions[hi - 1]?.start ?? 0) >= before) hi--;
  for (let i = hi - 1; i >= Math.max(0, hi - 50); i--) {
    const m = mentions[i];
    if (!m) continue;
    if (words.some((w) => wholeWord(w).test(m.sentence))) {
      return m.platform;
    }
  }
  return null;
}

/** `w` as a whole word (no letter on either side), compiled once a word: asked for each earlier mention of each claim's speaker. */
function wholeWord(w: string): RegExp {
  let re = WHOLE_WORDS.get(w);
  if (!re) {
    if (WHOLE_WORDS.size >= 1000) WHOLE_WORDS.clear();
    re = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
    WHOLE_WORDS.set(w, re);
  }
  return re;
}
const WHOLE_WORDS = new Map<string, RegExp>();
