import { isSpace } from '../tokens.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { baseOf } from './lexicon.js';
import { tagsOf } from './verbless.js';
import { DETERMINER } from './word-classes.js';
import { findWithin, isBlankedWord, isMark, type Word } from './words.js';
import { headlineHeadSource } from './headline-heads.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, escapeRegExp, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { classifySource } from '../sources.js';

/**
 * `Newt Gingrich: Trump Must Decide …`: a headline with its source before the colon (rule
 * `headline`): one to four capitalised words (or `camp`, `aides` …) before a colon among the first
 * words, on a line of its own.
 *
 * Does not handle a header field (`Updated: …`, `Editor's note: …`) or a section's label (`Review: …`,
 * `Obituary: …`: the critic's or the paper's own voice), a colon inside a sentence of
 * running text, nor a headline in Title Case with a cue verb (`Chris Christie Says …`: `cue-words.ts`).
 */
export function headlineClaim(ctx: SentenceContext): void {
  const { text, sentence: s, words, sentenceEnd, claims: out } = ctx;
  const at = (i: number): Word | undefined => words[i];
  // headlines: "Newt Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket", "Clinton camp: …"
  const colon = findWithin(words, -1, 14, (w) => w.text === ':');
  if (colon >= 1 && startsItsLine(text, s.start) && isParagraphEnd(text, s.end)) {
    const head = words.slice(0, colon);
    const rest = words.slice(colon + 1);
    // ("Council reaction: ‘Unfair,’ ‘Absurd.’": quoted words may be fewer)
    const quoted = /[‘'“"]$/u.test(text.slice(at(colon)?.end ?? s.end, rest[0]?.start ?? s.end));
    const alphabetic = rest.filter((w) => (quoted ? /\p{L}{2,}/u : /^\p{L}{2,}/u).test(w.text)).length + (quoted ? 2 : 0);
    const headWords = head.map((w) => w.lower).join(' ');
    const headerField =
      /^(?:updated|published|posted|date|by|photo|photos|caption|image|images|picture|pictures|graphic|illustration|screenshot|source|sources|credit|note|editor|related|watch|read|update|correction|video|live|breaking|exclusive|analysis|opinion|editorial)$/u.test(head[0]?.lower ?? '') ||
      // (a section's label alone: "Review:", "Obituary:"; not "Podcast host:")
      /^(?:review|reviews|preview|recap|obituary|profile|commentary|comment|column|perspective|podcast|factbox|timeline|interview|explainer|letters|feature|sponsored|advertisement)$/u.test(headWords) ||
      /^(?:the latest|fact check|editor's note|editor’s note)$/u.test(headWords) ||
      // ("Film review:", "Press review:", "Weekend briefing:", "Readers respond:": a feature's name)
      // (an arts section or a time of day, not a body's review: "Pentagon review:", "Safety review:")
      /^(?:film|movie|book|theatre|theater|album|music|restaurant|tv|television|game|concert|opera|dance|art|exhibition|press|weekend|morning|evening|daily|weekly)\s+(?:review|reviews|preview|recap|roundup|round-up|briefing|diary|sketch|digest|wrap)$/u.test(headWords) ||
      /^readers?\s+(?:respond|write|react|say)$/u.test(headWords) ||
      // "Q: Will you raise taxes?", "A: No.": an interview's labels name nobody
      /^(?:\p{L}|question|answer|interviewer)$/u.test(headWords) ||
      isSectionLabel(head) ||
      isVerdictLabel(headWords);
    const named = colon <= 4 && head.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:camp|campaign|aide|aides|allies|spokesman|spokeswoman)$/u.test(w.lower));
    // ("‘We were robbed’: Carver fumes as …": quoted words before the colon are what was said, and
    // the words after it tell who said them; the quotation is no source)
    const quotedHead = head.every((w) => isBlankedWord(w.text) || isMark(w.text, '‘’\'“”"'));
    const src = headerField || quotedHead || (named && isFeatureLabel(text, head, s.end)) ? null : named ? { start: head[0]?.start ?? s.start, end: head[head.length - 1]?.end ?? s.start } : headlineHeadSource(words, colon);
    if (src && alphabetic >= 3) {
      // (a quoted headline keeps its opening mark, as it keeps its closing one)
      const content = trimRange(text, { start: (rest[0]?.start ?? s.end) - (quoted ? 1 : 0), end: sentenceEnd });
      if (quoteShare(ctx, content) < QUOTATION_SHARE) {
        out.push(candidate(content, { start: at(colon)?.start ?? 0, end: at(colon)?.end ?? 0 }, src, 'headline'));
      }
    }
  }
}

/**
 * A label before a headline's colon that names no source: a call to look ("Look:", "Listen:"), a
 * participle that announces the news ("Revealed:", "Just Leaked:", "Confirmed:"), or a recurring
 * feature ("Quote of the Day:", "Chart of the Week:"). A source is a name or a noun ("Gingrich:",
 * "Poll:", "Clinton camp:").
 */
export function isSectionLabel(head: readonly Word[]): boolean {
  const words = head.map((w) => w.lower);
  const last = words[words.length - 1] ?? '';
  if (/^(?:look|listen|see|wow|just in)$/u.test(words.join(' '))) return true;
  if (/\bof the (?:day|week|month|year|night)$/u.test(words.join(' '))) return true;
  // "Revealed", "Just Leaked": an -ed form the lexicon reads first as a past tense or participle,
  // alone or after an adverb
  const tags = tagsOf(last);
  return last.endsWith('ed') && /^VB[DN]$/u.test(tags?.[0] ?? '') && words.slice(0, -1).every((w) => /^(?:just|now|finally|newly|officially)$/u.test(w));
}

/**
 * A paper's feature label before a headline's colon ("Sketch:", "Insight:", "Q&A:"): initials, or one
 * or two common words that no lexicon knows as a source (not "Police:", "Poll:", "China:") and that
 * the article never writes with a capital again, as it writes the name of one it quotes ("Brown: …"
 * above "… Mr. Brown said").
 */
function isFeatureLabel(text: string, head: readonly Word[], after: number): boolean {
  if (head.every((w) => /^\p{Lu}$/u.test(w.text))) return true;
  if (head.length > 2 || !head.every((w) => tagsOf(w.lower) !== undefined && !SOURCE_NOUN(w.lower))) return false;
  if (classifySource(head.map((w) => w.text).join(' ')) !== 'person') return false;
  const last = (head[head.length - 1] as Word).text;
  return !new RegExp(`\\b${escapeRegExp(last)}\\b`, 'u').test(text.slice(after));
}
const SOURCE_NOUN = (w: string): boolean => PERSON_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || DOCUMENT_NOUNS.has(w) || ORGANISATION_HEADS.has(w);

/**
 * A fact-check's own labels and ratings before a colon: "CLAIM:", "THE FACTS:", "AP FACT CHECK:",
 * "Reality check:", "Explainer:", "FALSE:", "Mostly False:", "Pants on Fire:", "Fact-checking
 * Dorrance:". They are the checker's voice, and name no source of what follows.
 */
export function isVerdictLabel(headWords: string): boolean {
  return VERDICT_LABEL.test(headWords) || /^fact-?check(?:ing|ed)?\b/u.test(headWords);
}
const VERDICT_LABEL =
  /^(?:(?:the|our|ap|ap's|ap’s|a)\s+)?(?:claims?|facts?|fact check|reality check|truth|context|missing context|needs context|explainer|explained|verdict|rating|ruling|bottom line|what we found|the details|true|mostly true|half true|half-true|mostly false|false|pants on fire|misleading|unproven|unsupported|partly false|partly true|altered|satire|correct|incorrect|inaccurate|accurate|wrong|right|exaggerated|no evidence|four pinocchios|three pinocchios|two pinocchios|one pinocchio|assessment)$/u;

/**
 * Only whitespace between the start of its line and `at` (a headline stands alone on its line).
 * Read backwards and stopped at the first other character: walking to the line's start first took
 * quadratic time on a long one-line text.
 */
function startsItsLine(text: string, at: number): boolean {
  for (let i = at; i > 0 && text[i - 1] !== '\n'; i--) if (!/\s/u.test(text[i - 1] ?? '')) return false;
  return true;
}

/** Only whitespace, then a line break or the text's end, within 3 characters after `end`. */
function isParagraphEnd(text: string, end: number): boolean {
  return /^\s*(?:\n|$)/u.test(text.slice(end, end + 3));
}

/**
 * "Senate hopeful vows to block pipeline as rival cries foul": a headline joins its news with "as"
 * or "amid" and a second clause of the writer's; the claim ends before it.
 */
export function headlineContent(ctx: SentenceContext, c: ClaimCandidate): ClaimCandidate {
  // "Residents cite jobs as top concerns": a verb that takes "as" keeps it
  const cue = ctx.text.slice(c.cue.start, c.cue.end).toLowerCase();
  const content = ctx.text.slice(c.start, c.end);
  const m = (AS_VERBS.test(cue) ? /\s+amid\s+\S/u : /\s+(?:as|amid)\s+\S/u).exec(content);
  const cut = m && m.index > 8 ? m.index : content.length;
  // "Mayor Says Budget Is Balanced, Vows Tax Cuts": a cue in -s after a comma agrees with the
  // headline's subject, and is its next act, not the content's ("Trump Should Resign, Show
  // Compassion" keeps its base form under the modal)
  const act = /(?:,|\s+[Aa]nd)\s+(\p{Lu}\p{Ll}+s)\b/u.exec(content);
  const end = act && act.index > 8 && act.index < cut && baseOf((act[1] ?? '').toLowerCase()) ? act.index : cut;
  // "Union tells ministers strike is 'inevitable'", "Banker tells podcast inflation fight is far
  // from over": a headline drops "that", and the word after "tells" is the listener, not the
  // content's subject, when a clause of its own follows it
  const listener = /^tells?|told$/u.test(cue) ? HEADLINE_LISTENER.exec(content.slice(0, end)) : null;
  const start = listener ? listener[0].length : 0;
  return start > 0 || end < content.length ? { ...c, start: c.start + start, end: c.start + end } : c;
}

/** One listener word after "tells" in a headline, then a clause's subject and its verb: "ministers | strike is". */
const HEADLINE_LISTENER = /^(?!(?:of|about|how|what|why|when|where|whether|that|the|a|an|to|he|she|they|we|i|it|you|his|her|their|its)\s)[\p{L}’'-]+\s+(?=(?!(?:about|of|on|in|for|to|with)\s)(?:[\p{L}’'-]+\s+){1,2}(?:is|are|was|were|will|would|has|have|had|must|should|can|could|may|might)\s)/iu;

const AS_VERBS = /^(?:cite|see|view|describe|name|list|brand|label|regard|rank|identify|portray|characteri[sz]e|paint|depict|treat|hail|tout|dismiss|blast|slam|praise|critici[sz]e|call|class|count|rate|pick|choose|back|endorse|rule|reject|accept|present|frame|cast)(?:s|es|d|ed)?$/u;

/** A headline's subject ends in a noun or a name, with no determiner or preposition: "Senate hopeful", "Ex-minister". */
export function headlineSubjectEnd(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || i > 5 || DETERMINER.test(w.lower) || /^(?:of|in|on|at|for|to|with|by|from|and|or|as)$/u.test(w.lower)) return false;
  const tags = tagsOf(w.lower);
  return /^\p{Lu}/u.test(w.text) || tags === undefined || tags.some((t) => /^(?:NN|NNS|JJ)$/u.test(t));
}

/** Is this sentence an article's first line with no closing stop: its headline? */
export function isHeadline(ctx: SentenceContext): boolean {
  // asked once a cue: a long first paragraph of cues ("said said …") answers from the first
  return (ctx.headline ??= readsAsHeadline(ctx));
}

function readsAsHeadline(ctx: SentenceContext): boolean {
  const { text, sentence: s } = ctx;
  for (let i = 0; i < s.start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  // the line's end is looked for only as far as a headline may run: this is asked once a cue, and a
  // long first paragraph with many cues ("said said said …") must not be searched and sliced for each
  const limit = Math.min(text.length, s.start + MAX_HEADLINE_CHARS);
  let end = -1;
  for (let i = s.start; i < limit; i++) {
    if (text.charCodeAt(i) === 10) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    if (text.length - s.start >= MAX_HEADLINE_CHARS) return false;
    end = text.length;
  }
  return s.end >= end - 1 && !/[.!?]["”’']?\s*$/u.test(text.slice(s.start, end));
}

/** A first line this long (or longer) is a paragraph, not a headline. */
const MAX_HEADLINE_CHARS = 160;

/**
 * "Newspaper Says Trump Should Resign, Show Compassion": in a headline, a capitalised verb after a
 * comma or "and" past an earlier cue's subject and verb is a second predicate (of the content, or
 * with "Vows Tax Cuts" of the headline's subject), not a cue of its own whose subject follows it.
 */
export function coordinatedInHeadline(ctx: SentenceContext, i: number): boolean {
  const w = ctx.words[i];
  const before = ctx.words[i - 1]?.lower ?? '';
  if (!w || !/^\p{Lu}/u.test(w.text) || !/^(?:,|and|&)$/u.test(before) || !isHeadline(ctx)) return false;
  // "… And Vows To Cut Taxes": a cue coordinated by "and" in -s has the headline's subject, and its own claim
  if (before === 'and' && w.lower.endsWith('s')) return false;
  return ctx.claims.some((c) => c.rule === 'svc' && c.start <= w.start);
}
