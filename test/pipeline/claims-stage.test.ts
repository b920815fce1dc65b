import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/schema/attribution.js';
import { addClaimsAndSources } from '../../src/pipeline/claims-stage.js';
import { extractQuotations } from '../../src/pipeline/index.js';

/** The stage on top of the quotation stage, as extract() runs it. */
function run(text: string): Attribution[] {
  return addClaimsAndSources(text, extractQuotations(text).quotes);
}

const holding = (all: Attribution[], fragment: string): Attribution | undefined => all.find((a) => a.text.includes(fragment));

describe('addClaimsAndSources', () => {
  it('adds an indirect claim with its resolved speaker, named like the quotations name him', () => {
    const all = run('President Donald Trump spoke on Friday.\n\nTrump said that the talks had gone well.');
    const claim = holding(all, 'the talks had gone well');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.speaker).toMatchObject({ name: 'Donald Trump', mention: 'Trump', type: 'person' });
    expect(claim?.cue?.text).toBe('said');
  });

  it('types speakers from the source lexicons', () => {
    const all = run('The State Department said that travel is unsafe.\n\nReuters said the deal was close.\n\nA senior official said talks would resume.');
    expect(holding(all, 'travel is unsafe')?.speaker?.type).toBe('government');
    expect(holding(all, 'the deal was close')?.speaker?.type).toBe('news-outlet');
    expect(holding(all, 'talks would resume')?.speaker?.type).toBe('anonymous');
  });

  it('records who relayed a speaker’s words: according to Reuters', () => {
    const all = run('Maduro said the meeting had yielded some initial deals, according to Reuters.');
    const claim = holding(all, 'the meeting had yielded');
    expect(claim?.speaker?.name).toBe('Maduro');
    expect(claim?.reportedBy).toEqual({ name: 'Reuters', type: 'news-outlet' });
  });

  it('records the outlet a source told as the one that relayed it, named or not', () => {
    const all = run('A source told the Valley Tribune that the plant knew of the fault in January. Mayor Ana Ortiz told the Valley Tribune that the plant would stay open.');
    const unnamed = holding(all, 'the plant knew of the fault');
    expect(unnamed?.reportedBy).toEqual({ name: 'Valley Tribune', type: 'news-outlet' });
    expect(unnamed?.channel).toEqual({ type: 'interview', platform: null });
    const tail = holding(run('The plant will close, a spokesman told the Valley Tribune.'), 'The plant will close');
    expect(tail?.reportedBy).toEqual({ name: 'Valley Tribune', type: 'news-outlet' });
    const named = holding(all, 'the plant would stay open');
    expect(named?.speaker?.name).toBe('Ana Ortiz');
    expect(named?.reportedBy).toEqual({ name: 'Valley Tribune', type: 'news-outlet' });
  });

  it('makes a claim with no speaker but an according-to source that source’s claim', () => {
    const all = run('Maduro and Grenell discussed sanctions, according to a Venezuelan government statement.');
    const claim = holding(all, 'discussed sanctions');
    expect(claim?.speaker).toMatchObject({ name: 'a Venezuelan government statement', type: 'government' });
    expect(claim?.channel).toEqual({ type: 'statement', platform: null });
  });

  it('carries a platform to the same speaker’s later post, and not to another speaker', () => {
    const text =
      'Richard Grenell posted a picture on X of himself with the men.\n\n' +
      '“We are wheels up,” Grenell wrote in his post.\n\n' +
      '“We are glad,” Maduro wrote in his post.';
    const all = run(text);
    expect(holding(all, 'We are wheels up')?.channel).toEqual({ type: 'social-media', platform: 'X' });
    expect(holding(all, 'We are glad')?.channel).toEqual({ type: 'social-media', platform: null });
  });

  it('does not add a second record for a paraphrase the quotation stage already spans', () => {
    const all = run('The US President told reporters he wanted to “do something with Venezuela.”');
    const touching = all.filter((a) => a.text.includes('do something with Venezuela'));
    expect(touching).toHaveLength(1);
    expect(touching[0]?.channel).toEqual({ type: 'remarks', platform: null });
  });

  it('leaves direct quotations’ spans and speakers alone', () => {
    const text = '“We have made a first step,” Maduro said.';
    const before = extractQuotations(text).quotes;
    const after = addClaimsAndSources(text, before);
    expect(after.map((a) => [a.kind, a.start, a.end, a.speaker?.name])).toEqual(before.map((a) => [a.kind, a.start, a.end, a.speaker?.name]));
  });

  it('gives every record offsets that slice to its text', () => {
    const text = 'Six Americans are heading home, President Donald Trump announced Friday, after talks.\n\nHe said: “Great job!”';
    for (const a of run(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('finds nothing in an empty text', () => {
    expect(run('')).toEqual([]);
  });
});

describe('a paraphrase that holds quoted words', () => {
  // [what, text, fragment, kind, span, speaker]
  it.each([
    ['the claim\'s whole content, not the clause round the quoted words', 'Ortiz says she would sit the minister down and tell him “no more delays” on the port.', 'no more delays', 'mixed', 'she would sit the minister down and tell him “no more delays” on the port', 'Ortiz'],
    ['a report within the report keeps its own speaker and span', 'Mayor Ana Ortiz is assuring voters the port is safe after a fisherman told her he worries the water is “too dirty” to swim in.', 'too dirty', 'mixed', 'he worries the water is “too dirty” to swim in', 'a fisherman'],
    ['content with a quoted clause is a partial quotation', 'Many fishermen in the northern villages believe the quota set by the ministry last month is “a death sentence for us.”', 'death sentence', 'mixed', 'the quota set by the ministry last month is “a death sentence for us.”', 'Many fishermen in the northern villages'],
    ['one scare-quoted word leaves the content indirect', 'Many fishermen in the northern villages believe the quota set by the ministry last month is “unfair.”', 'unfair', 'indirect', 'the quota set by the ministry last month is “unfair.”', 'Many fishermen in the northern villages'],
    ['a quoted name leaves the content indirect', 'Many fishermen in the northern villages believe the quota set by the ministry last month has hurt the “Blue Harbour” brand.', 'Blue Harbour', 'indirect', 'the quota set by the ministry last month has hurt the “Blue Harbour” brand', 'Many fishermen in the northern villages'],
  ])('%s', (_what, text, fragment, kind, span, speaker) => {
    const all = run(`Harbour\n\n${text}\n`);
    expect(all.filter((a) => a.text.includes(fragment)).map((a) => [a.kind, a.text, a.speaker?.name])).toEqual([[kind, span, speaker]]);
  });
});
