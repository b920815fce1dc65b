import { lastIndexBefore, type Entity, type EntityIndex } from './entities.js';
import { indexAt, type Segmentation, type TextRange } from './segment.js';
import { DEMONYMS, ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { PERSON_NOUNS } from './source-lexicons.js';

// The word before a name that makes it an object, place or modifier: "from Monsey", "an Obama supporter"
export const OBJECT_LEAD = /\b(?:in|from|at|of|near|a|an|the)\s+$/i;

// "the Spaniard", "the 27-year-old", "the teenager": an epithet for someone just named, never a name
const EPITHET = /^[Tt]he\s+(?:(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)|(?:\d{1,3}|[a-z]+)-year-old|teenager|youngster)$/u;

/** Is `phrase` an epithet sports and court copy use for someone named ("the Spaniard", "the 27-year-old")? */
export function isEpithet(phrase: string): boolean {
  const m = EPITHET.exec(phrase);
  if (m !== null) return m[1] === undefined || DEMONYMS.has(m[1]);
  // "“…,” the Dutch diplomat said", "the Italian striker": a nationality before a person's role or
  // description is sports and foreign copy's way of naming again the person just named ("the
  // Republican senator" is a party, and the role index's to read); "the winger", "the goalkeeper":
  // a player's position likewise
  // (a role, "the French president", is the role index's first: `nationalRole`)
  const n = NATIONALITY_DESCRIPTION.exec(phrase);
  return (n?.[1] !== undefined && !/s$/u.test(n[1]) && PERSON_NOUNS.has(n[1]) && !ROLE_NOUNS.has(n[1])) || POSITION_EPITHET.test(phrase);
}

/** "the Dutch diplomat", "the French president": a nationality before a role noun. */
export function nationalRole(phrase: string): boolean {
  const n = NATIONALITY_DESCRIPTION.exec(phrase);
  return n?.[1] !== undefined && ROLE_NOUNS.has(n[1]);
}
const NATIONALITY_DESCRIPTION = /^[Tt]he\s+(?!(?:Republican|Democratic|Democrat|Labour|Conservative|Liberal|Green|Socialist|Communist|Christian|Catholic|Muslim|Jewish|Anglican|Protestant|Evangelical|Libertarian|Independent)\s)\p{Lu}\p{Ll}+(?:ish|ese|ch|ian|an|i)\s+(\p{Ll}+)$/u;
const POSITION_EPITHET = /^[Tt]he\s+(?:winger|striker|midfielder|defender|goalkeeper|keeper|forward|playmaker|full-back|centre-back|center-back|quarterback|pitcher|shortstop|batsman|bowler|all-rounder|skipper|debutant|substitute)$/u;

/**
 * `Arteta praised his side. “We were brilliant,” the Spaniard said`: an epithet stands for the
 * person named in its sentence or the one before (which may close the paragraph before), when exactly one person
 * named there fits its gender (a demonym in -man or -woman marks one). `Arteta praised Jesus. “…,”
 * the Brazilian said` names two, and the text does not settle which (a nationality is not known
 * for a name): null, and the speaker is left unknown with the epithet as written. `starts` are the
 * start offsets of the index's mentions.
 */
export function epithetHolder(text: string, index: EntityIndex, seg: Segmentation, epithet: TextRange & { text: string }, starts: readonly number[]): { entity: Entity; at: number } | null {
  // "Lidiya Stepanenko, 91, … Her granddaughter, Olena, 34, … The 91-year-old said": an age
  // names the one person given it, however many are named between
  const age = AGE_EPITHET.exec(epithet.text)?.[1];
  const aged = age !== undefined ? agedHolder(text, index, seg, epithet.start, age, starts) : null;
  if (aged) return aged;
  const found = nearbyHolder(text, index, seg, epithet, starts, age !== undefined);
  // (the one person just named, unless the text gave them another age: "Olena, 34, … The 91-year-old")
  if (found && age !== undefined && found.entity.mentions.some((m) => OTHER_AGE.test(text.slice(m.end, m.end + 8)) && !new RegExp(`^\\s*,\\s*${age}\\b`, 'u').test(text.slice(m.end, m.end + 8)))) return null;
  return found;
}

function nearbyHolder(text: string, index: EntityIndex, seg: Segmentation, epithet: TextRange & { text: string }, starts: readonly number[], aged: boolean): { entity: Entity; at: number } | null {
  const demonym = EPITHET.exec(epithet.text)?.[1];
  const gender: Gender | null = demonym === undefined ? null : /woman$/u.test(demonym) ? 'f' : /man$/u.test(demonym) ? 'm' : null;
  const { sentences } = seg;
  const own = indexAt(sentences, epithet.start);
  // (the sentence before may close the paragraph before, when the epithet's opens its own:
  // "… Amira Osman says she has never slept so well. ¶ “…,” the 39-year-old said")
  const from = Math.max(0, own - 1);
  const floor = sentences[from]?.start ?? epithet.start;
  const found = new Set<Entity>();
  let last: { entity: Entity; at: number } | null = null;
  for (let k = lastIndexBefore(starts, epithet.start); k >= 0; k--) {
    const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
    if (mention.start < floor) break;
    if (mention.inQuote || entity.type !== 'person') continue;
    // a name nothing marks as a person counts as a rival unless a preposition makes it a place
    // ("after the win at Wembley") or a role after it a modifier ("Arsenal manager Mikel Arteta")
    // (a role after it makes any name a modifier: "Rovers manager Steve Callander", "Trump adviser Roger Stone")
    if (ROLE_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(text.slice(mention.end, mention.end + 30))?.[1] ?? '')) continue;
    if (!entity.known && OBJECT_LEAD.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    if (gender !== null && entity.gender !== null && entity.gender !== gender) continue;
    found.add(entity);
    last ??= { entity, at: mention.start };
  }
  // ("Amira Osman says she … “…,” the 39-year-old said": only people are given ages, so a full
  // name the lexicon does not know is one when it is the only one named there)
  return last && found.size === 1 && (last.entity.known || (aged && /\s/u.test(last.entity.name))) ? last : null;
}

const AGE_EPITHET = /^[Tt]he\s+(\d{1,3})-year-old(?:\s+[\p{Ll}-]+){0,3}$/u;

/**
 * "The 49-year-old minister", "The 58-year-old outgoing prime minister": an age before a role. It
 * names again someone just named when the article gave them that role (the caller checks); else it
 * may introduce someone new ("Police arrested Tom Hall. The 45-year-old teacher said …").
 */
export function agedRole(phrase: string): boolean {
  return /^[Tt]he\s+(?:\d{1,3}|[a-z]+)-year-old\s+\p{Ll}/u.test(phrase) && AGE_EPITHET.test(phrase);
}
const OTHER_AGE = /^\s*,\s*\d{1,3}\s*[,)]/u;

/**
 * The one person the text gives age `age` before `at`, within the epithet's paragraph and the two
 * before it: "Lidiya Stepanenko, 91," or "91-year-old Lidiya Stepanenko". Null when nobody, or more
 * than one person, is given that age.
 */
function agedHolder(text: string, index: EntityIndex, seg: Segmentation, at: number, age: string, starts: readonly number[]): { entity: Entity; at: number } | null {
  const { paragraphs } = seg;
  const here = indexAt(paragraphs, at);
  const floor = paragraphs[Math.max(0, here - 2)]?.start ?? 0;
  const after = new RegExp(`^\\s*,\\s*${age}\\s*[,)]`, 'u');
  const before = new RegExp(`\\b${age}-year-old\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
  let found: { entity: Entity; at: number } | null = null;
  for (let k = lastIndexBefore(starts, at); k >= 0; k--) {
    const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
    if (mention.start < floor) break;
    if (mention.inQuote || entity.type !== 'person') continue;
    if (!after.test(text.slice(mention.end, mention.end + 8)) && !before.test(text.slice(Math.max(0, mention.start - 40), mention.start))) continue;
    if (found && found.entity !== entity) return null;
    found ??= { entity, at: mention.start };
  }
  return found;
}
