import type { ArticleMeta } from '../../src/schema/article.js';
import type { Attribution, SourceType } from '../../src/schema/attribution.js';

/**
 * An attribution for `quote` said by `speaker` in `text`, with offsets found by search, so
 * fixtures stay readable: attributionIn(text, '“We are wheels up…”', 'Richard Grenell', 'Grenell', 'wrote').
 */
export function attributionIn(
  text: string,
  quote: string,
  speaker: string | null,
  mention?: string,
  cue?: string,
  type: SourceType = 'person',
): Attribution {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  const after = start + quote.length;
  const mentionAt = mention ? text.indexOf(mention, after) : -1;
  const cueAt = cue ? text.indexOf(cue, after) : -1;
  return {
    id: `q${start}`,
    kind: 'direct',
    text: quote,
    start,
    end: after,
    group: null,
    doubt: null,
    speaker:
      speaker && mention && mentionAt >= 0
        ? { name: speaker, mention, start: mentionAt, end: mentionAt + mention.length, type }
        : null,
    cue: cue && cueAt >= 0 ? { text: cue, start: cueAt, end: cueAt + cue.length } : null,
    cueKind: cue ? 'assertion' : null,
    channel: { type: 'social-media', platform: 'X' },
    reportedBy: { name: 'CNN', type: 'news-outlet' },
    confidence: 0.9,
    rule: 'test-fixture',
  };
}

export function meta(title: string, published: string | null = '2025-02-01T05:07:00.000Z'): ArticleMeta {
  return { title, outlet: 'CNN', authors: ['Alejandra Jaramillo'], published };
}

export const VENEZUELA_TEXT = [
  'Six Americans who had been detained in Venezuela are heading home, President Donald Trump announced Friday.',
  '',
  '“I’ve just been informed that we are bringing six hostages home from Venezuela,” Trump wrote in a post on Truth Social.',
  '',
  '“We are wheels up and headed home with these six American citizens,” Grenell wrote in his post.',
  '',
  '“They’ve treated us not so good,” Trump said.',
  '',
  '“Venezuela is ready for a new era,” Maduro said in a speech.',
].join('\n');

export function venezuelaQuotes(text = VENEZUELA_TEXT): Attribution[] {
  return [
    attributionIn(text, '“I’ve just been informed that we are bringing six hostages home from Venezuela,”', 'Donald Trump', 'Trump', 'wrote'),
    attributionIn(text, '“We are wheels up and headed home with these six American citizens,”', 'Richard Grenell', 'Grenell', 'wrote'),
    attributionIn(text, '“They’ve treated us not so good,”', 'Donald Trump', 'Trump', 'said'),
    attributionIn(text, '“Venezuela is ready for a new era,”', 'Nicolás Maduro', 'Maduro', 'said'),
  ];
}

/**
 * An article with statements in pieces sharing a group, made by hand for the store and the pages:
 * a quotation split by its attribution (g1), a claim split around an aside (cg1), and one record
 * alone. (The pipeline itself now keeps "the suspect, a 34-year-old man from Leeds, had been
 * arrested" as one claim; test/browser/statements.test.ts ingests pieces the pipeline gives.)
 */
export const PIECES_TEXT = [
  '“We will not stop until every family feels safe again,” Mayor Anna Smith said on Monday. “This is the first step.”',
  '',
  'Police said the suspect, a 34-year-old man from Leeds, had been arrested near the station.',
  '',
  '“It was quiet for years,” Tom Reed said.',
].join('\n');

export function piecesQuotes(text = PIECES_TEXT): Attribution[] {
  const smith = attributionIn(text, '“We will not stop until every family feels safe again,”', 'Anna Smith', 'Mayor Anna Smith', 'said');
  const at = text.indexOf('Police');
  const police = { name: 'Police', mention: 'Police', start: at, end: at + 'Police'.length, type: 'government' as const };
  // a later piece has no mention of its own: its speaker is the statement's
  const piece = (words: string, group: string, speaker: Attribution['speaker'], kind: Attribution['kind']): Attribution => ({
    ...attributionIn(text, words, null),
    group,
    kind,
    speaker,
  });
  return [
    { ...smith, group: 'g1' },
    piece('“This is the first step.”', 'g1', smith.speaker, 'direct'),
    piece('the suspect', 'cg1', police, 'indirect'),
    piece('had been arrested near the station', 'cg1', police, 'indirect'),
    attributionIn(text, '“It was quiet for years,”', 'Tom Reed', 'Tom Reed', 'said'),
  ];
}
