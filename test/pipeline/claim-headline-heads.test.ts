import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A headline's colon after a head that names its source with more than capitalised words: a name
 * and the noun of what it issued, the source and whom it addresses, the source and its topic. On
 * invented headlines over an invented first paragraph. Negative rows: no claim with that content.
 */
type Row = [what: string, headline: string, content: string, speaker: string | null];
type NoRow = [what: string, headline: string, notContent: string];

const BODY = '\n\nThe council met on Monday in the town hall to discuss the budget. “We will vote soon,” the mayor said. “Not before May,” a clerk said. “Maybe June,” she added.';

describe('a headline head with more than capitalised words', () => {
  it.each<Row>([
    ['a name and the noun of a document', 'Ledger editorial: The port deal should be scrapped.', 'The port deal should be scrapped', 'Ledger editorial'],
    ['a source and whom it addresses', 'Helen Cho to farmers: The depot will stay open.', 'The depot will stay open', 'Helen Cho'],
    ['a source and its topic', 'Helen Cho on the port deal: The council was misled.', 'The council was misled', 'Helen Cho'],
    ['a short quoted answer keeps its marks', 'Helen Cho on the port deal: ‘Reckless,’ ‘Absurd.’', '‘Reckless,’ ‘Absurd.’', 'Helen Cho'],
    ['a court case’s “v.” ends no sentence', 'Helen Cho to farmers: Court will revisit Smith v. Jones.', 'Court will revisit Smith v. Jones', 'Helen Cho'],
  ])('%s', (_what, headline, content, speaker) => expectClaim(headline + BODY, content, speaker));

  it.each<NoRow>([
    ['a head that announces an act names no source', 'Helen Cho to Speak at Rally: Farmers Expected in Force.', 'Farmers Expected in Force'],
    ['a head whose noun is no source', 'Helen Cho’s direct transfers to the party in May: $2 million.', '$2 million'],
    ['a head with two names and no source noun', 'Cho and Ruiz: A tortured rivalry.', 'A tortured rivalry'],
  ])('%s', (_what, headline, notContent) => expectNoClaim(headline + BODY, notContent));
});
