import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * A headline's claim is made by the body speaker its subject names again: the same words in lower
 * case ("Harbour Board Says …", "The harbour board said …"), or a role the body gives a name. A
 * subject the body never writes again keeps no speaker.
 */
type Row = [what: string, article: string, content: string, speaker: string | null];

const headlineClaim = (text: string, content: string): string | null | undefined => {
  const r = extract(text).quotes.find((q) => q.text === content);
  return r === undefined ? undefined : (r.speaker?.name ?? null);
};

describe('a headline claim takes the body speaker its subject names', () => {
  it.each<Row>([
    ['a Title Case body the article writes in lower case', 'Harbour Board Says Dredging Will Finish By June\n\nThe harbour board said on Wednesday that dredging would finish by June.', 'Dredging Will Finish By June', 'The harbour board'],
    ['a council in lower case, the claim in other words', 'City Council Says Library Will Stay Open\n\nThe city council voted late on Monday to fund the reading room for another year.\n\nThe city council said the branch would keep its hours.', 'Library Will Stay Open', 'The city council'],
    ['a role the body names', 'Mayor Says Budget Is Balanced\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'Budget Is Balanced', 'Helen Cho'],
    // a one-word common noun the headline capitalised, written again in lower case in the body
    ['a document noun the body writes in lower case', 'Study Finds Coffee Is Safe\n\nThe study followed 4,000 drinkers for ten years.', 'Coffee Is Safe', 'Study'],
    ['a person noun the body writes in lower case', 'Woman Says Landlord Kept Her Deposit\n\nThe woman, a nurse, moved out in May.', 'Landlord Kept Her Deposit', 'Woman'],
    // negative rows: a subject the body never names again, or names as someone else
    ['a common noun the body never writes again', 'Study Finds Coffee Is Safe\n\nCoffee prices rose again on Monday.', 'Coffee Is Safe', null],
    ['a subject the body never writes again', 'Harbour Board Says Dredging Will Finish By June\n\nThe weather on the coast was cold on Wednesday, the ministry said.', 'Dredging Will Finish By June', null],
    ['a different body is no match', 'Water Board Says Rates Will Not Rise\n\nThe harbour board said on Wednesday that dredging would finish by June.', 'Rates Will Not Rise', null],
  ])('%s', (_what, article, content, speaker) => {
    expect(headlineClaim(article, content)).toBe(speaker);
  });
});
