import { tagsOf } from './verbless.js';
import { isBlankedWord, type Word } from './words.js';

/**
 * Words that make an opening adjunct the occasion of a statement rather than a part of what was
 * said: "In a letter to donors, she said, …", "While speaking with reporters, he said, …",
 * "On “Meet the Press”, he said, …". A verb of speech or asking, or a noun for a channel or event.
 */
const OCCASION_WORD =
  /^(?:interviews?|letters?|statements?|speech(?:es)?|responses?|remarks|appearances?|speaking|spoke|drafts?|posts?|tweets?|emails?|shows?|programs?|broadcasts?|op-ed|columns?|conference|hearing|debate|rally|address|podcast|video|memo|book|career|testimony|briefing)$/u;

/** Prepositions and conjunctions that open an adjunct of time, place or manner. */
const OCCASION_OPENER = /^(?:in|on|at|during|while|after|before|when|as|over|from|via|through|throughout|speaking)$/u;

/**
 * Discourse markers that link to the sentence before and hold nothing of the claim ("After all, he
 * said, …"), the speaker's viewpoint ("In her view", "In his words"), and a clause of time opened by
 * "as" ("As the crowd cheered, she said, …").
 */
const LINK_ONLY = /^(?:and|after all|as .*|and that|that said|in (?:his|her|their|its|my|our) (?:view|opinion|words|judgment|estimation|telling))$/iu;

/**
 * Whether the words `from`..`to`, an opening phrase before an inserted attribution ("In his state,
 * Christie said, …"), say when, where or how the statement was made rather than belonging to it:
 * opened by a preposition, they name the channel or act of speech or hold a quoted title, are a date alone ("On May 18"), or a
 * discourse link ("After all", "As for the budget").
 */
export function isOccasionPhrase(words: readonly Word[], from: number, to: number): boolean {
  if (to < from) return false;
  const span = words.slice(from, to + 1);
  const lowered = span.map((w) => w.lower).join(' ');
  if (LINK_ONLY.test(lowered)) return true;
  // "He tells audiences she may be prosecuted over her email server, …" is a clause, not an adjunct
  if (OCCASION_OPENER.test(span[0]?.lower ?? '') && span.some((w) => OCCASION_WORD.test(w.lower) || isBlankedWord(w.text))) return true;
  // "On May 18", "On Tuesday", "Last week": a date or day and nothing else
  return /^(?:on|last|this|early|late)$/u.test(span[0]?.lower ?? '') && span.length <= 4 && span.slice(1).every((w) => isDateWord(w));
}

function isDateWord(w: Word): boolean {
  if (/^\d{1,4}(?:st|nd|rd|th)?$/u.test(w.text)) return true;
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|week|month|year|morning|night|evening|afternoon|weekend)$/u.test(w.lower)) return true;
  return tagsOf(w.lower)?.[0] === 'CD';
}
