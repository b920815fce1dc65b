import { cueKindOf } from './cue-kinds.js';
import { tagsOf } from './claims/verbless.js';
import { CLAIM_VERB_FORMS, REPORTING_VERB_FORMS } from './speech-lexicons.js';

// What "and" or "but" brings after quoted words: the sentence subject's next act, which ends the
// paraphrase that holds the quotation ("called the deal “outrageous” and called for …").

/**
 * "and called for …", "and said the party …", "but suggesting that …": at `at`, a coordinator and
 * a verb of saying (or its participle) that goes on with the sentence's subject, not with the
 * quoted words' own clause. A verb of belief or questioning counts when a clause of its own follows
 * it: "… was “a desperate smear” and questioned why she had waited".
 */
export function secondVerbAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 97 && c !== 98) return false; // "and", "but"
  // "and has said …", "and had told …": the verb after its auxiliary
  const m = /^(?:and|but)\s+(?:then\s+|also\s+|has\s+|have\s+|had\s+)*(\p{Ll}+)\b(?:\s+(\p{Ll}+))?/u.exec(text.slice(at, at + 60));
  const verb = m?.[1];
  if (verb === undefined) return false;
  if (REPORTING_VERB_FORMS.has(verb)) return true;
  if (!CLAIM_VERB_FORMS.has(verb) || !/^(?:that|whether|why|how|if|what|when|where|who)$/u.test(m?.[2] ?? '')) return false;
  // "imagined walking … and knowing that …": a participle may go on with the content's own verbs;
  // "and questioning how …" puts a question, which no statement's content holds
  return !/ing$/u.test(verb) || cueKindOf(verb) === 'question';
}

/**
 * After quoted words in a verb's object (`calling him a “stiff”`), what `and` brings at `at` that
 * the object cannot hold: the subject's next act in the past tense (`and boycotted …`), as a
 * participle (`and accusing him …`) or with an auxiliary (`and has said …`), or a clause with a
 * subject of its own (`and he didn’t provide …`).
 */
export function nextActAt(text: string, at: number): boolean {
  if (pastVerbAt(text, at)) return true;
  const m = /^(?:and|but)\s+(?:then\s+|also\s+)?(\p{Ll}+)\s+(\S+)/u.exec(text.slice(at, at + 40));
  const w = m?.[1];
  if (w === undefined) return false;
  if (/^(?:he|she|they|we|i|it)$/u.test(w) || /^(?:has|have|had|is|was|will|would)$/u.test(w)) return true;
  return /^\p{Ll}{3,}ing$/u.test(w) && tagsOf(w)?.[0] === 'VBG';
}

/** "and boycotted …", "but then voted …": at `at`, a coordinator and a verb in the past tense. */
function pastVerbAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 97 && c !== 98) return false; // "and", "but"
  const m = /^(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(\p{Ll}+)\b/u.exec(text.slice(at, at + 30));
  const w = m?.[1];
  if (w === undefined) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  // a word in -ed the lexicon does not know ("boycotted") is read as the verb it looks like
  const tags = tagsOf(w);
  return /[^e]ed$|eed$/u.test(w) && (tags === undefined || tags.includes('VBD') || tags[0] === 'VBN');
}

const IRREGULAR_PAST: ReadonlySet<string> = new Set(['went', 'made', 'took', 'gave', 'left', 'held', 'met', 'ran', 'won', 'lost', 'sent', 'spent', 'paid', 'brought', 'bought', 'kept', 'got', 'came', 'stood', 'sat', 'led', 'threw', 'wore', 'drove', 'flew', 'fought', 'sought', 'struck', 'swore', 'began']);

/**
 * "… and declined to elaborate", "… and hung up", "… and walked out": at `at`, a coordinator and an
 * act that ends the speaker's turn, which no content goes on with.
 */
// ("said the delegates listened to the speech and then walked out": after a plain content, walking
// out may be the content's own subject's act; right after quoted words it is the speaker's)
export function closingActAt(text: string, at: number, afterQuotation = false): boolean {
  const c = text.charCodeAt(at);
  if (c !== 97 && c !== 98) return false; // "and", "but"
  const rest = text.slice(at, at + 50);
  return CLOSING_ACT.test(rest) || (afterQuotation && WALKED_OUT.test(rest));
}
const CLOSING_ACT = /^(?:and|but)\s+(?:then\s+)?(?:(?:declined|refused)\s+to\s+(?:elaborate|comment|say\s+more|answer|discuss|give\s+details)|hung\s+up|ended\s+the\s+(?:call|interview|conversation))\b/u;
const WALKED_OUT = /^(?:and|but)\s+(?:then\s+)?walked\s+(?:out|away|off)\b/u;
