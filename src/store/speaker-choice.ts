import type { SourceType } from '../schema/attribution.js';
import { parsePersonName } from './speaker-identity.js';
import { alignSpeakers, nameTokens, speakerKey, toCandidate, type SpeakerCandidate } from './speaker-match.js';

/**
 * Which speaker a typed name in the speaker filter means. The filter shows one speaker's claims
 * (an exact entity), forgiving spelling and name forms ("grenel", "Ric Grenell" -> Richard
 * Grenell; "trump" -> Donald Trump when he is the only person of that surname); other close
 * speakers ("Trump supporters", "the Trump campaign", "Eric Trump") are offered by name instead
 * of being mixed into the results.
 */

/** How a written form of a speaker reads as a name. */
export type NameShape = 'full-name' | 'surname' | 'other';

/** One written form of a speaker as the filter sees it. */
export interface FilterCandidate extends SpeakerCandidate {
  shape: NameShape;
  /**
   * Token indexes a typed name must cover to name this speaker rather than something close:
   * the surname of a person ("trump" names Donald Trump), every word but a leading article of
   * anything else ("trump" does not name "Trump supporters"; "trump campaign" names "the Trump
   * campaign").
   */
  required: readonly number[];
}

/** A written form (`name`) of speaker `id` of this type, ready for the filter. */
export function toFilterCandidate(id: number, name: string, type: SourceType): FilterCandidate {
  const base = toCandidate(id, name);
  const person = type === 'person' ? parsePersonName(name) : null;
  if (person === null) {
    const start = base.tokens.length > 1 && ['the', 'a', 'an'].includes(base.tokens[0]!) ? 1 : 0;
    return { ...base, shape: 'other', required: base.tokens.map((_, i) => i).slice(start) };
  }
  const surname = nameTokens(person.surnameWords.join(' '));
  let required: number[] = [];
  for (let j = base.tokens.length - surname.length; j >= 0; j--) {
    if (surname.every((t, k) => base.tokens[j + k] === t)) {
      required = surname.map((_, k) => j + k);
      break;
    }
  }
  return { ...base, shape: person.given === null ? 'surname' : 'full-name', required };
}

/** The speakers a typed name means (`chosen`, usually one) and those it comes close to. */
export interface SpeakerChoice {
  /** Speakers whose claims the filter shows; empty when no one speaker is clearly meant. */
  chosen: number[];
  /** Other close speakers, best first: "Did you mean …". */
  suggestions: number[];
  /** Every speaker the name matches forgivingly, best first (the speakers page search). */
  all: number[];
}

/** What the chooser needs about the stored speakers beyond their written forms. */
export interface ChoiceIndex {
  candidates: readonly FilterCandidate[];
  /** Speaker id by the key of any of its written forms. */
  byKey: ReadonlyMap<string, number>;
  /** Speakers known only by a surname ("Trump" from an article that never gave a full name). */
  surnameOnly: ReadonlySet<number>;
}

const MAX_SUGGESTIONS = 8;

/** A per-word score above a match by sound alone (0.85): a spelling, a short form or the same word. */
const WRITTEN_MATCH = 0.86;

/**
 * Which speaker a typed name means, in this order:
 * 1. a written form of one speaker exactly ("Donald J. Trump", "Trump supporters"), unless it is
 *    a speaker known only by a surname and the name is the surname of exactly one person known by
 *    a full name ("trump" means Donald Trump; the articles that wrote only "Trump" are offered);
 * 2. the surname (and given names, when typed) of exactly one person with a full name, at the
 *    best score ("grenel", "Ric Grenell", "trump"); two people fit equally ("clinton": Bill and
 *    Hillary) and neither is chosen, both are offered;
 * 3. one speaker whose words the name covers, when only one does ("trump campaign");
 * 4. else, when the name is a person's name written with a title or middle names, the same
 *    steps for the name without them ("President Trump", "Donald J. Trump" -> "Donald Trump").
 */
export function chooseSpeakers(query: string, index: ChoiceIndex): SpeakerChoice {
  const first = chooseExactly(query, index);
  if (first.chosen.length > 0) return first;
  const reduced = reducedName(query);
  if (reduced === null || speakerKey(reduced) === speakerKey(query)) return first;
  const second = chooseExactly(reduced, index);
  const all = [...new Set([...first.all, ...second.all])];
  return { chosen: second.chosen, all, suggestions: all.filter((id) => !second.chosen.includes(id)).slice(0, MAX_SUGGESTIONS) };
}

function chooseExactly(query: string, index: ChoiceIndex): SpeakerChoice {
  const matches = alignSpeakers(query, index.candidates);
  const all = [...new Set(matches.map((m) => m.candidate.id))];
  const covering = new Set<number>();
  const people = new Map<number, number>();
  for (const m of matches) {
    if (!m.candidate.required.every((i) => m.used.has(i))) continue;
    covering.add(m.candidate.id);
    if (m.candidate.shape === 'full-name') people.set(m.candidate.id, Math.max(m.score, people.get(m.candidate.id) ?? 0));
  }
  const best = Math.max(0, ...people.values());
  const topPeople = [...people].filter(([, score]) => score === best).map(([id]) => id);
  const scores = new Map<number, number>();
  for (const m of matches) scores.set(m.candidate.id, Math.max(m.score, scores.get(m.candidate.id) ?? 0));
  // "donald" is Donald Trump's own given name, not a misspelling of McDonald: a person matched
  // only forgivingly is not chosen while another speaker carries every typed word as written.
  const writtenElsewhere = best < 1 && [...scores].some(([id, score]) => score === 1 && !topPeople.includes(id));
  const exact = index.byKey.get(speakerKey(query));
  let chosen: number[] = [];
  if (exact !== undefined && !(index.surnameOnly.has(exact) && topPeople.length === 1)) chosen = [exact];
  // "Kiel" sounds like "Cole" (both KL) but is not written like it: a match by sound alone is
  // offered, never chosen
  else if (topPeople.length === 1 && best >= WRITTEN_MATCH && !writtenElsewhere) chosen = topPeople;
  else if (topPeople.length === 0 && covering.size === 1) chosen = [...covering];
  // The closest first ("grace" offers Grace Odum before Dan Gross, who only sounds like it); among
  // equally close ones, the people the name could be: "clinton" offers Bill and Hillary before
  // "Clinton aides".
  const offered = [...all].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || Number(people.has(b)) - Number(people.has(a)) || all.indexOf(a) - all.indexOf(b));
  return { chosen, all, suggestions: offered.filter((id) => !chosen.includes(id)).slice(0, MAX_SUGGESTIONS) };
}

/** "President Trump" -> "Trump", "Donald J. Trump" -> "Donald Trump"; null when not a person's name. */
function reducedName(query: string): string | null {
  // A typed name is often all lower case: read each word as capitalised, so "donald j trump"
  // reads as a name, while "the trump campaign" still starts with an article.
  const capitalised = query.trim().split(/\s+/u).map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  const person = parsePersonName(capitalised);
  if (person === null) return null;
  const surname = person.surnameWords.join(' ');
  return person.given === null ? surname : `${person.given} ${surname}`;
}
