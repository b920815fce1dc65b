import type { CueMatch } from './cues.js';
import { cueOf } from './cue-context.js';
import { DETERMINERS, phraseBackward, skippable, verbAt, type SubjectPhrase } from './subject-phrase.js';
import { phraseForward } from './phrase-forward.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';

/**
 * Cues whose speaker is not the verb's subject, or not only: one quoted by another ("Kyodo quoted
 * Sato as saying"), the author of a writing someone passed on ("a post by Anna Lutz which said"),
 * and words told to the subject ("Lutz recalled being told by her manager"). The one who quotes,
 * passes on or tells of the words relays them.
 */

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'gets', 'get']);

/** The verb at `v` is a past participle after a form of be/get ("was asked", "were repeatedly told"). */
export function passiveAt(toks: readonly Token[], v: number): boolean {
  if (!/(?:ed|told|asked|shown|given|written|spoken|said)$/u.test(toks[v]?.text ?? '')) return false;
  let j = v - 1;
  while (j >= 0 && skippable(toks[j]) && !PASSIVE_AUX.has(toks[j]?.text.toLowerCase() ?? '')) j--;
  return PASSIVE_AUX.has(toks[j]?.text.toLowerCase() ?? '');
}

/**
 * "Kyodo quoted Defence Minister Taro Sato as saying: “…”", "Lutz was quoted as telling reporters:
 * “…”": the one quoted is the phrase between the verb of quoting and "as"; whoever quotes them
 * relays the words (a passive "was quoted" names the speaker as its subject, and no relay).
 */
export function quotedAsSaying(text: string, toks: readonly Token[], v: number, quoteStart: number): CueMatch | null {
  const verb = toks[v] as Token;
  if (!/ing$/u.test(verb.text) || toks[v - 1]?.text.toLowerCase() !== 'as') return null;
  let q = v - 2;
  // (the one quoted may carry an apposition: "quoted General Viktor Hanns, commander of the
  // southern front, as saying")
  while (q >= 0 && v - q <= 24 && !QUOTING.has(toks[q]?.text.toLowerCase() ?? '')) q--;
  if (q < 0 || v - q > 24) return null;
  const between = text.slice(verb.end, quoteStart);
  const adjacent = between.length < 60 && /[:,]\s*$/u.test(between);
  if (q === v - 2) {
    // "Lutz was quoted as saying": the subject of the passive is the one quoted
    if (!passiveAt(toks, q)) return null;
    const subject = phraseBackward(text, toks, q);
    return subject ? { cue: cueOf(verb), subject, position: 'before', adjacent } : null;
  }
  // "Kim Yo-sun was quoted by KCNA as saying": the passive's subject is the one quoted, its agent
  // the one who relays the words
  if (toks[q + 1]?.text === 'by' && passiveAt(toks, q)) {
    const agent = phraseForward(text, toks, q + 2);
    // (the subject stands before the passive's auxiliaries: "Kim | was quoted")
    let a = q;
    while (a > 0 && /^(?:was|were|is|are|been|being|has|have|had)$/iu.test(toks[a - 1]?.text ?? '')) a--;
    const subject = phraseBackward(text, toks, a);
    return agent && subject && agent.end === (toks[v - 2] as Token).end ? { cue: cueOf(verb), subject, position: 'before', adjacent, relay: agent } : null;
  }
  // ("Reporters quoted her as saying": the one quoted is a pronoun in its object form)
  const pronoun = q + 1 === v - 2 && OBJECT_PRONOUNS.test(toks[q + 1]?.text ?? '') ? (toks[q + 1] as Token) : null;
  const quoted = pronoun ? { start: pronoun.start, end: pronoun.end, text: pronoun.text, kind: 'pronoun' as const, role: null, apposition: false, titled: false } : phraseForward(text, toks, q + 1);
  const beforeAs = toks[v - 2] as Token;
  if (!quoted || (quoted.end !== beforeAs.end && !APPOSED.test(text.slice(quoted.end, beforeAs.end)))) return null;
  // ("quoted the Bible as saying": a scripture is cited, and the one citing it speaks)
  if (SCRIPTURES.test(quoted.text)) return null;
  const relay = phraseBackward(text, toks, q);
  return { cue: cueOf(verb), subject: quoted, position: 'before', adjacent, ...(relay ? { relay } : {}) };
}
const QUOTING: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quote', 'quoting']);
/** ", commander of Ostrelia's southern front,": an apposition set off by commas, no clause in it. */
const APPOSED = /^,\s*(?:the\s+|a\s+|an\s+)?[^,;:"“”.!?]{1,80},$/u;
const OBJECT_PRONOUNS = /^(?:him|her)$/u;
const SCRIPTURES = /^(?:the\s+)?(?:Bible|Koran|Quran|Qur'an|Qur’an|Torah|Talmud|Gospels?|Scriptures?|Psalms?|Constitution)$/u;

/**
 * Where "told" (or "ordered", "warned") stands when the verb at `v` reports words said to its own
 * subject: "recalled being told", "said she was told", "says he had been warned"; or -1.
 */
function toldToSubject(toks: readonly Token[], v: number): number {
  let k = v + 1;
  if (/^(?:she|he|they|I|we)$/u.test(toks[k]?.text ?? '')) k++;
  if (toks[k]?.text === 'being' || (/^(?:was|were)$/u.test(toks[k]?.text ?? '') && k > v + 1)) k++;
  else if (toks[k]?.text === 'had' && toks[k + 1]?.text === 'been' && k > v + 1) k += 2;
  else return -1;
  return k > v + 1 && TOLD_TO.has(toks[k]?.text ?? '') ? k : -1;
}
const TOLD_TO: ReadonlySet<string> = new Set(['told', 'ordered', 'warned', 'instructed', 'asked']);
/** A by-phrase that names a time or a medium, not who spoke: "by Friday", "by then", "by email". */
const NOT_AGENT = /(?:^|\s)(?:then|now|phone|telephone|email|e-mail|text|message|letter|mail|post|call|video|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|noon|midnight)$/iu;

/**
 * "Grant retweeted a post by Anna Lutz which said: “…”", "shared Lutz's post, which read: “…”": the
 * words of a piece of writing whose author the sentence names are the author's; the one who shared
 * or read it out relays them.
 */
export function writingsAuthor(text: string, toks: readonly Token[], v: number, quoteStart: number): CueMatch | null {
  const verb = toks[v] as Token;
  if (!WRITING_SAYS.has(verb.text) || !/^(?:which|that)$/u.test(toks[v - 1]?.text ?? '')) return null;
  const end = toks[v - 2]?.text === ',' ? v - 3 : v - 2;
  let author: SubjectPhrase | null = null;
  let head = -1;
  // "a post by Anna Lutz", "a letter from the council"
  for (let n = end; n >= 0 && end - n <= 6; n--) {
    const t = toks[n] as Token;
    if (t.kind !== 'word') break;
    if ((t.text === 'by' || t.text === 'from') && WRITINGS.has(toks[n - 1]?.text ?? '')) {
      const p = phraseForward(text, toks, n + 1);
      if (p && p.end === (toks[end] as Token).end) {
        author = p;
        head = n - 1;
      }
      break;
    }
  }
  // "Anna Lutz's post"
  if (!author && WRITINGS.has(toks[end]?.text ?? '') && isPossessive(toks[end - 1])) {
    author = phraseBackward(text, toks, end - 1);
    head = end;
  }
  if (!author || author.kind === 'pronoun') return null;
  const between = text.slice(verb.end, quoteStart);
  const adjacent = between.length < 60 && /[:,]\s*$/u.test(between);
  // the one who passed the writing on: the subject of the verb before it
  // ("retweeted a post by …", "shared Lutz's post": the verb is the first word before the writing
  // that is no determiner or possessive)
  let w = head - 1;
  while (w >= 0 && toks[w]?.kind === 'word' && (DETERMINERS.has(toks[w]?.text.toLowerCase() ?? '') || isCapitalised(toks[w] as Token) || isPossessive(toks[w + 1]))) w--;
  const relay = w > 0 && toks[w]?.kind === 'word' && /(?:ed|s)$/u.test(toks[w]?.text ?? '') ? phraseBackward(text, toks, w) : null;
  return { cue: cueOf(verb), subject: author, position: 'before', adjacent, ...(relay && relay.kind !== 'pronoun' ? { relay } : {}) };
}
export const WRITING_SAYS: ReadonlySet<string> = new Set(['said', 'says', 'read', 'reads', 'stated', 'states']);
const WRITINGS: ReadonlySet<string> = new Set(['post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'letter', 'letters', 'note', 'email', 'e-mail', 'memo', 'text', 'statement', 'video', 'column', 'op-ed', 'essay', 'blog']);

/**
 * The cue after a quotation when the verb after its subject (at `v`) hands the words to someone
 * else, who then speaks, relayed by the subject: "“Get out,” Anna Lutz recalled being told by her
 * manager" (only with an agent that closes the clause: "was told by doctors that the cancer had
 * spread" told something else, and "was told by Friday" names a time; with none, the subject
 * keeps the words), "“…,” Reuters quoted Lutz as saying". Null otherwise.
 */
export function relayedAfter(text: string, toks: readonly Token[], v: number, subject: SubjectPhrase): CueMatch | null {
  const toldAt = toldToSubject(toks, v);
  const agent = toldAt >= 0 && toks[toldAt + 1]?.text === 'by' ? phraseForward(text, toks, toldAt + 2) : null;
  const agentEnd = agent ? toks.findIndex((t) => t.start >= (agent as SubjectPhrase).end) : -1;
  if (agent && agent.kind !== 'pronoun' && !NOT_AGENT.test(agent.text) && (agentEnd < 0 || /^[.,;!?]$/u.test(toks[agentEnd]?.text ?? ''))) {
    return { cue: cueOf(toks[toldAt] as Token), subject: agent, position: 'after', adjacent: true, relay: subject };
  }
  const verb = toks[v] as Token;
  if (!QUOTING.has(verb.text.toLowerCase())) return null;
  const quoted = phraseForward(text, toks, v + 1);
  const at = quoted ? toks.findIndex((t) => t.start >= (quoted as SubjectPhrase).end) : -1;
  const saying = toks[at + 1];
  return quoted && at > v && toks[at]?.text === 'as' && saying && /ing$/u.test(saying.text) && !SCRIPTURES.test(quoted.text) ? { cue: cueOf(saying), subject: quoted, position: 'after', adjacent: true, relay: subject } : null;
}

/**
 * The passive at `v` calls the quotation after it something: "is being criticized as a “…”",
 * "was billed as “…”". The tokens run up to the quotation, so only "as" and at most two
 * determiners ("as a", "as their", "as all the") may follow the verb.
 */
export function describedAsQuotation(toks: readonly Token[], v: number): boolean {
  if (toks[v + 1]?.text.toLowerCase() !== 'as') return false;
  const rest = toks.slice(v + 2);
  return rest.length <= 2 && rest.every((t) => t.kind === 'word' && DETERMINERS.has(t.text.toLowerCase()));
}
