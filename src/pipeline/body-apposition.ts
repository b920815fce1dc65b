import { GOVERNMENT_HEADS, ORGANISATION_HEADS } from './source-lexicons.js';
import { GIVEN_NAMES } from './speech-lexicons.js';

// the body a role is held at, last in the phrase: "for the airline", "of the ministry's"
const ROLE_HELD_AT = /\b(?:for|of|at|from|with|to)\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s*$/u;

/**
 * "A spokesman for the airline, Delta, said": a name set off by commas after a role held at a body
 * ("for the airline") renames the body, not the role's holder, so the name is not the speaker.
 * A name that opens with a given name is the person's ("A lawyer for the firm, Ann Kelly, said").
 */
export function appositionRenamesBody(before: string, name: string): boolean {
  const head = ROLE_HELD_AT.exec(before)?.[1];
  if (head === undefined || !(ORGANISATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head))) return false;
  return !GIVEN_NAMES.has(name.split(/\s+/u)[0] ?? '');
}
