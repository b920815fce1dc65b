import type { Entity } from './entities.js';
import { foldName, type NameMention } from './name-mentions.js';

/*
 * What the name index asks of a short mention's candidates while it builds: the words right around
 * a mention (a credit line, a kin word, a place's preposition) and which of the entities sharing a
 * word the mention stands for. Read by `entities.ts`.
 */

/** A news agency's credit line before a name: "(Reporting by ", "Additional reporting by Ana Ruiz and ", "; Editing by ". */
export const CREDIT_BEFORE = /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced)\s+by\s+(?:[^\n;()]*?(?:,|\band)\s+)?$/u;

/** "said it", "said in a statement that it": a body's pronoun opening what it says ("said its" is `spokenOfAsBody`'s). */
export const SAID_IT = /^\s+(?:said|says)\s+(?:(?:in|on)\s+a\s+statement\s+)?(?:that\s+)?it\s/u;

/** A preposition of place right before a word: "in Austin", "from Charlotte, N.C.". */
export const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|from|near|across|outside|around|throughout|via)\s+$/iu;

// "his daughter, ", "Her husband, the architect ", "her son " right before a full name
export const KIN_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)\s+(?:\p{Ll}+\s+)?(?:son|daughter|wife|husband|brother|sister|mother|father|widow|widower|partner|grandson|granddaughter|nephew|niece|cousin|stepson|stepdaughter)\s*,?\s*(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2})?(?:former\s+)?(?:\p{Lu}\p{Ll}+\.?\s+)?$/u;

/**
 * What is known of each entity's mentions so far, by entity id, kept as mentions are added: the
 * questions below are asked at every short mention, and reading all of an entity's mentions each
 * time would cost the square of a name written thousands of times.
 */
export interface MentionFacts {
  /** Its full (two-word or longer) mentions. */
  full: NameMention[][];
  /** Whether any mention marks a person. */
  person: boolean[];
  /** Whether a full mention opens the text; whether one is written anywhere else. */
  fullAtStart: boolean[];
  fullElsewhere: boolean[];
}

/** The bearers of a surname written last, and those who write it first ("Park Ji-won"), each once. */
export function withSurnameFirst(last: Entity[], first: readonly Entity[] | undefined): Entity[] {
  if (!first) return last;
  return [...last, ...first.filter((e) => !last.includes(e))];
}

/** The one person among `entities` named in full with `articled` ("le pen") as the end of the name: "Marine Le Pen". */
export function bearerOfArticledName(entities: readonly Entity[], articled: string): Entity | undefined {
  const bearers = entities.filter((e) => e.mentions.some((x) => x.name.length >= 3 && !x.organisation && foldName(x.name.slice(-2).join(' ')) === articled));
  return bearers.length === 1 ? bearers[0] : undefined;
}

/** The one body among `entities` (keyed by their first word) whose full name, marked a body, was written before `at`. */
export function bodyNamedFirst(facts: MentionFacts, entities: readonly Entity[], at: number): Entity | undefined {
  const bodies = entities.filter((e) => (facts.full[e.id] ?? []).some((x) => x.organisation && x.start < at));
  return bodies.length === 1 && bodies[0] && facts.person[bodies[0].id] !== true ? bodies[0] : undefined;
}

/** The one entity among `entities` (keyed by their first word), never a person, whose full name the body wrote in `[from, before)`. */
export function namedFirstInBody(facts: MentionFacts, entities: readonly Entity[], from: number, before: number): Entity | undefined {
  const named = entities.filter((e) => (facts.full[e.id] ?? []).some((x) => !x.inQuote && x.start >= from && x.start < before) && facts.person[e.id] !== true);
  return named.length === 1 ? named[0] : undefined;
}
