import { REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import { isCapitalised, isSpace, lastTokens, tokenize, type Token } from './tokens.js';

// The role nouns written around a name ("envoy Richard Grenell", "The transport minister, Sarah
// Cole,", "Hugh Hill, a doctor,"): what makes a name a person's and names the roles they hold.

const ROLE_OF_BODY = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}.&’'-]*,\s*$/u;

/**
 * Whether the lower-case word ending right before the comma at `comma` (not before `floor`) may be
 * a role noun: the apposition pattern in `rolesAround` captures exactly that word, so most commas
 * before a name ("In Caracas, Maduro") are answered without running it. Anything but ASCII letters
 * and hyphens before the comma is left to the pattern.
 */
function mayEndInRole(text: string, floor: number, comma: number): boolean {
  let w = comma;
  for (; w > floor; w--) {
    const c = text.charCodeAt(w - 1);
    if (c >= 128) return true;
    if (!((c >= 97 && c <= 122) || c === 45)) break;
  }
  return ROLE_NOUNS.has(text.slice(w, comma));
}

const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * Whether the word after a comma (from `from`, before `limit`) may be one of the determiners an
 * apposition opens with (`, a doctor,`): its letters, read up to the window's end, must spell one.
 * Most commas after a name are followed by something else (`, who`, `, 66,`, `, said`).
 */
function determinerAfterComma(text: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < limit && j - i <= 5) {
    const c = text.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    j++;
  }
  return APPOSITION_DETERMINERS.has(text.slice(i, j).toLowerCase());
}

// (a possessive too: "the singer in her London studio" names a place she owns, not the singer)
const CLOSES_ROLE_PHRASE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'from', 'in', 'with', 'to', 'by', 'her', 'his', 'their', 'its', 'our', 'my', 'your', 'between', 'among', 'against', 'and', 'or']);

/**
 * The walk back from a name over the lower-case words before it (`before`, the last up to five
 * tokens), pushing the role noun it finds onto `roles`; 'on' when `before` ran out with the walk
 * still going. The last token of a look-back is the same however many tokens are asked for.
 */
function roleBefore(before: readonly Token[], roles: string[], oneWord = false): 'done' | 'on' {
  for (let k = before.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = before[k] as Token;
    if (t.kind !== 'word' || isCapitalised(t)) return 'done';
    // "whose side host Northfield on Saturday", "the panel will chair Smith": a role that is also a
    // verb, right before a lone capitalised word, may be that verb and its object ("talk-show host
    // Jimmy Fallon" names a person in full)
    if (n === 0 && oneWord && VERBAL_ROLES.has(t.text)) return 'done';
    // "a former inspector told the Courier": a determiner right before the name, or a verb of
    // saying between, ends the phrase that could introduce it
    // ("The chief executive of Northern Ferries": a name after a preposition is what the role
    // belongs to, not who holds it)
    // ("The mediator overseeing talks between Varnia and …": a participle's object is no role holder)
    if ((n === 0 && CLOSES_ROLE_PHRASE.has(t.text)) || REPORTING_VERB_FORMS.has(t.text) || (n > 0 && /^\p{Ll}{3,}ing$/u.test(t.text))) return 'done';
    if (ROLE_NOUNS.has(t.text)) {
      roles.push(t.text);
      return 'done';
    }
  }
  return before.length < 5 && before.length > 0 ? 'on' : 'done';
}

/**
 * The words that front a phrase holding a role before a clause's subject: "According to the
 * diplomat, Varnia wants …", "Like the minister, Hale opposes …" (not "For the mayor, Ann Lee, …",
 * an apposition): the name after the comma is no holder of the role.
 */
export const FRONTING_WORDS = String.raw`(?:[Aa]ccording\s+to|[Ll]ike|[Uu]nlike|[Aa]s\s+for)`;
const FRONTED_SOURCE = new RegExp(String.raw`\b${FRONTING_WORDS}\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s*$`, 'u');

/** Role nouns that are also verbs taking an object: "host", "judge", "coach". */
const VERBAL_ROLES: ReadonlySet<string> = new Set(['host', 'hosts', 'judge', 'judges', 'coach', 'coaches', 'chair', 'chairs', 'head', 'heads', 'lead', 'leads', 'captain', 'captains', 'counsel', 'guard', 'guards', 'pilot', 'star', 'stars', 'referee']);

/**
 * Role nouns introducing a name from just before it ("Trump’s envoy for special missions Richard
 * Grenell": lower-case words back to a stop) or in an apposition after it ("Hugh Hill, a doctor,"),
 * pushed onto `roles` (returned).
 */
export function rolesAround(text: string, start: number, end: number, roles: string[]): string[] {
  // Every non-space character belongs to a token, so the windows' edge tokens can be told from
  // the characters: the walk back stops at once on a last token that ends in ASCII punctuation
  // (punctuation, or a capitalised "Sen."), and the apposition needs a comma first.
  let b = start - 1;
  while (b >= Math.max(0, start - 60) && isSpace(text.charCodeAt(b))) b--;
  const lastCode = b >= Math.max(0, start - 60) ? text.charCodeAt(b) : -1;
  const walkBack = lastCode >= 128 || (lastCode >= 48 && lastCode <= 57) || (lastCode >= 65 && lastCode <= 90) || (lastCode >= 97 && lastCode <= 122);
  // "The transport minister, Sarah Cole, said", "The United Nations envoy, Marta Olsen, told": a
  // role phrase set before the name with a comma; a body's name may modify the role
  // ("According to the diplomat, Varnia wants …": the role closes a fronted phrase, not an apposition)
  if (lastCode === 44 && mayEndInRole(text, Math.max(0, start - 60), b) && !FRONTED_SOURCE.test(text.slice(Math.max(0, start - 60), start))) {
    const role = /(?:^|\s)(?:[Tt]he|[Aa]n?|[\p{L}]+(?:[’']s|(?<=s)[’'])|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.&-]*)\s+){0,3}?([\p{Ll}-]+),\s*$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1];
    if (role !== undefined && ROLE_NOUNS.has(role)) roles.push(role);
  } else if (lastCode === 44 && b > 0 && text.charCodeAt(b - 1) !== 32) {
    // "The envoy of the United Nations, Marta Olsen,": the role before the body it serves (the
    // pattern runs only when a preposition is near: most commas before a name have none)
    const window = text.slice(Math.max(0, start - 80), start);
    const role = / (?:of|at|for|to) /u.test(window) ? ROLE_OF_BODY.exec(window)?.[1] : undefined;
    if (role !== undefined && ROLE_NOUNS.has(role)) roles.push(role);
  }
  if (walkBack) {
    // the word right before the name settles most names ("said Maduro", "the Kremlin", "envoy
    // Grenell"): the four before it are made only when the walk goes on past it
    const floor = Math.max(0, start - 60);
    const last = lastTokens(text, floor, start, 1);
    const oneWord = text.slice(start, end).indexOf(' ') < 0;
    if (roleBefore(last, roles, oneWord) === 'on') roleBefore(lastTokens(text, floor, start, 5), roles, oneWord);
  }
  const limit = Math.min(text.length, end + 80);
  let a = end;
  while (a < limit && isSpace(text.charCodeAt(a))) a++;
  const after = a < limit && text.charCodeAt(a) === 44 && determinerAfterComma(text, a + 1, limit) ? tokenize(text, end, limit) : [];
  if (after[0]?.text === ',' && /^(?:a|an|the|his|her|its|their)$/i.test(after[1]?.text ?? '')) {
    for (let k = 2; k < after.length && k < 9; k++) {
      const t = after[k] as Token;
      if (t.kind !== 'word') break;
      if (ROLE_NOUNS.has(t.text.toLowerCase())) roles.push(t.text.toLowerCase());
    }
  }
  return roles;
}
