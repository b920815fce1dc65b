import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/pipeline/claims/index.js';
import { findMarkedSpans } from '../../src/pipeline/quotes.js';
import { segment } from '../../src/pipeline/segment.js';

/** Claims in `text` as [content, source as written, cue] triples. */
function claims(text: string): [string, string | null, string][] {
  const seg = segment(text);
  const { spans } = findMarkedSpans(text, seg.paragraphs);
  return findClaims(text, seg.sentences, spans).map((c) => [
    text.slice(c.start, c.end),
    c.source ? text.slice(c.source.start, c.source.end) : null,
    text.slice(c.cue.start, c.cue.end),
  ]);
}

describe('findClaims', () => {
  it.each([
    ['Maduro said that the meeting had yielded some initial deals.', 'that the meeting had yielded some initial deals', 'Maduro', 'said'],
    ['The US President told reporters he wanted a deal.', 'he wanted a deal', 'The US President', 'told'],
    ['Trump announced the release of six Americans.', 'the release of six Americans', 'Trump', 'announced'],
    ['Gonzalez has warned the White House against cutting a deal with Maduro.', 'the White House against cutting a deal with Maduro', 'Gonzalez', 'warned'],
    ['Opposition leaders have accused Maduro of stealing the election.', 'Maduro of stealing the election', 'Opposition leaders', 'accused'],
    ['Six Americans are heading home, President Donald Trump announced Friday.', 'Six Americans are heading home', 'President Donald Trump', 'announced'],
    ['The stakes are high for both campaigns, Becerra said.', 'The stakes are high for both campaigns', 'Becerra', 'said'],
    ['The economy is slowing, said the central bank.', 'The economy is slowing', 'the central bank', 'said'],
    ['According to a new poll, Sanders leads among young voters.', 'Sanders leads among young voters', 'a new poll', 'According to'],
    ['Maduro and Grenell discussed sanctions, according to a government statement on Friday.', 'Maduro and Grenell discussed sanctions', 'a government statement', 'according to'],
    ['Gonzalez, who attended the inauguration, has warned that a deal would be a mistake.', 'that a deal would be a mistake', 'Gonzalez', 'warned'],
    ['Sen. Bernie Sanders (I-Vt.) said he will release his records.', 'he will release his records', 'Sen. Bernie Sanders', 'said'],
    ['Maduro said in an annual speech to the judiciary late on Friday that the meeting went well.', 'that the meeting went well', 'Maduro', 'said'],
    ['Instead, he said, he sees the benefits of the merger.', 'he sees the benefits of the merger', 'he', 'said'],
    ['Trump was asked if his envoy would lend legitimacy to Maduro.', 'if his envoy would lend legitimacy to Maduro', null, 'asked'],
    ['Clinton Camp: Trump Threatens National Security', 'Trump Threatens National Security', 'Clinton Camp', ':'],
  ])('%j reports %j from %j (cue %j)', (text, content, source, cue) => {
    expect(claims(text)).toContainEqual([content, source, cue]);
  });

  it.each([
    // a quotation is the quotation stage's: no claim for its content
    ['“We are wheels up,” Grenell wrote in his post.'],
    ['Trump said: “I have just been informed that we are bringing six hostages home.”'],
    // adjuncts after a verb are not its content
    ['“It was great,” Sanders said at a rally in Manchester.'],
    // nouns that look like reporting verbs
    ['Maduro’s claim to a third term has been contested.'],
    ['Trump has prioritized his campaign promise of mass deportations.'],
    ['He has 500 pledged delegates.'],
    // verbs that report only before "that"
    ['Grenell posted a picture on X of himself with the men.'],
    ['The senator continued his tour of Iowa.'],
    // header fields are not headlines
    ['Updated: 01 FEB 25 00:09 ET'],
    // a picture shows, but does not claim
    ['Grenell’s picture shows four of the released Americans.'],
    // an event an outlet reported, named by a noun phrase, is nothing a reader can check
    ['The meeting in Caracas, first reported by CNN, was notable.'],
    ['No one said anything.'.replace('said anything', 'left')],
  ])('%j reports no claim', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('relays a speaker’s claim through “according to”, not a second claim', () => {
    const text = 'Maduro said that the meeting had yielded some deals, according to Reuters.';
    const seg = segment(text);
    const found = findClaims(text, seg.sentences, []);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c && c.relayedBy && text.slice(c.relayedBy.start, c.relayedBy.end)).toBe('Reuters');
    expect(c && c.source && text.slice(c.source.start, c.source.end)).toBe('Maduro');
  });

  it('gives both pieces of a parenthetical attribution the same cue', () => {
    const found = claims('Many of the closures, he said, have involved public courses.');
    expect(found.map((c) => c[0])).toEqual(['Many of the closures', 'have involved public courses']);
  });

  it.each([
    ['The clubs have agreed a fee, one of the people said, speaking on condition of anonymity because the deal was not final.', 'The clubs have agreed a fee'],
    ['The plant will close in May, the company said, citing falling demand.', 'The plant will close in May'],
    // negative row: a participle that tells nothing of the speaking goes on with the content
    ['The ministry acted, he said, imposing new import limits to protect local firms.', 'imposing new import limits to protect local firms'],
  ])('keeps a participle after a parenthetical frame out of the claim: %s', (text, content) => {
    const found = claims(text).map((c) => c[0]);
    expect(found).toContain(content);
    expect(found.filter((c) => /^(?:speaking|citing)\b/u.test(c))).toEqual([]);
  });
});
