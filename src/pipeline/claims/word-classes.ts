/**
 * Word classes the claim rules use to find clause edges: closed classes of English (pronouns,
 * clause openers, prepositions, auxiliaries), not lexicon facts. Reporting and claim verbs live in
 * the lexicon (`lexicon.ts`); a word class used by one rule family only sits in that family's module.
 */

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Words that begin a subordinate or coordinate clause: the subject NP starts after them. */
export const CLAUSE_OPENERS = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'as', 'after', 'before', 'since',
  'although', 'though', 'if', 'unless', 'until', 'so', 'where', 'whether', 'once', 'then', 'than', 'nor', 'yet',
  'what', 'how', 'why', 'whom', 'whose', 'who', 'given',
]);

/**
 * Prepositions that may open a verb's content, and the verbs that take them: "warned against
 * cutting a deal", "accused (Maduro) of stealing", "called for a ban", "described it as". After
 * any other verb a preposition starts an adjunct ("said on Sunday", "said to cheers"), and the
 * content is elsewhere. `to` is open to every verb: "plans to run", "declined to comment".
 */
export const CONTENT_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string> | 'any'> = new Map<string, ReadonlySet<string> | 'any'>([
  ['of', new Set(['accuse', 'warn', 'speak', 'talk', 'think', 'remind', 'convince', 'inform', 'assure', 'complain', 'boast', 'brag', 'caution', 'dream', 'know', 'hear', 'learn'])],
  ['about', new Set(['talk', 'speak', 'complain', 'worry', 'ask', 'write', 'tell', 'warn', 'think', 'know', 'joke', 'boast', 'brag', 'caution', 'remind', 'inform', 'testify', 'wonder', 'muse', 'comment', 'post', 'tweet', 'rail', 'lament', 'fear', 'feel'])],
  ['against', new Set(['warn', 'caution', 'argue', 'rail', 'speak', 'advise', 'vote', 'testify', 'campaign', 'lash', 'push'])],
  ['for', new Set(['call', 'ask', 'push', 'argue', 'press', 'plead', 'vote', 'advocate', 'hope', 'pray', 'campaign', 'lobby', 'demand', 'criticize', 'praise', 'blame', 'fault', 'thank', 'applaud', 'slam', 'attack', 'condemn', 'chide', 'scold', 'rebuke', 'commend'])],
  ['on', new Set(['call', 'comment', 'insist', 'focus', 'speak', 'agree', 'weigh', 'elaborate', 'report', 'testify'])],
  ['as', new Set(['describe', 'see', 'regard', 'label', 'view', 'characterize', 'characterise', 'portray', 'cite', 'paint', 'dismiss', 'praise', 'criticize', 'tout', 'brand', 'depict', 'highlight', 'mention', 'identify'])],
  ['over', new Set(['clash', 'spar', 'worry', 'complain'])],
  ['to', 'any'],
]);

/** May the content of a `base` verb start with this word? Prepositions only by the table above. */
export function contentMayStartWith(base: string, word: string): boolean {
  if (!PREPOSITIONS.has(word)) return true;
  const verbs = CONTENT_PREPOSITIONS.get(word);
  if (verbs === 'any') return !SAY_LIKE.has(base); // "said to reporters" names the addressee
  return verbs !== undefined && verbs.has(base);
}

/** Verbs whose "to" introduces the addressee, not an infinitive: "said to cheers", "wrote to Comey". */
export const SAY_LIKE = new Set(['say', 'write', 'add', 'explain', 'announce', 'complain', 'report', 'speak', 'talk', 'remark', 'reply', 'respond', 'tweet', 'post']);

/** Copulas and auxiliaries: content cannot start with one ("that Carson said was written about …"). */
export const FINITE_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did|do)$/u;

/** Auxiliaries inside a would-be subject show a clause: "which has published thousands of tallies that suggested". */
export const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'into',
  'under', 'over', 'about', 'among', 'amid', 'despite', 'through', 'throughout', 'like', 'unlike', 'following', 'upon',
  'within', 'against', 'toward', 'towards', 'across', 'behind', 'beyond', 'near', 'outside', 'inside', 'per',
]);

/** Function words that cannot end a subject NP ("the", "of"): a verb after them is not a cue. */
export const NP_CANNOT_END = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'to', 'not', 'no', 'and', 'or', 'but']);

/** Time and place adjuncts that may stand between a verb and its complementizer or end a tail. */
export const ADJUNCT_HEAD =
  /^(?:on|in|at|during|after|before|late|early|earlier|later|last|this|next|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|recently|again|too|also|repeatedly|publicly|privately|separately|previously|while|when|as|via|through|from|to|with|without|outside|inside|near|before|following|amid|by|—|–|-|\(|,|;|:)$/iu;

/** Determiners and possessives that open a noun phrase: "the report", "her claim", "this statement". */
export const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/u;

/** A pronoun's contracted "is" or "has", no possessive: "He’s", "It's", "That’s". */
export const CONTRACTED = /^(?:he|she|it|that|what|there|here|who|where|let|how)[’']s$/iu;

/**
 * "at least two people", "about 20 posts", "up to 40 people", "around half": a preposition that
 * opens a number, not a phrase of place or time; content may start with it ("Police said at least
 * two people were arrested").
 */
export function opensQuantity(words: readonly { lower: string }[], k: number): boolean {
  const w = words[k]?.lower;
  const next = words[k + 1]?.lower ?? '';
  if (w === 'at') return next === 'least' || next === 'most';
  if (w === 'up') return next === 'to' && QUANTITY.test(words[k + 2]?.lower ?? '');
  if (w === 'about' || w === 'around' || w === 'over' || w === 'under' || w === 'nearly' || w === 'almost' || w === 'roughly') return QUANTITY.test(next);
  return false;
}
const QUANTITY = /^(?:\d[\d.,]*%?|\$\d[\d.,]*|£\d[\d.,]*|€\d[\d.,]*|half|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens?|thousands|millions|(?:one|two|three)-(?:thirds?|quarters?))$/u;

/** A number as written: "90,000", "$5", "2.5". */
export function isNumberWord(w: { text: string } | undefined): boolean {
  return w !== undefined && /^[$£€]?\d[\d,.]*$/u.test(w.text);
}
