import { describe, expect, it } from 'vitest';
import { carryPlatform, findChannel, findPlatformMentions } from '../../src/pipeline/channels.js';
import { extract } from '../../src/pipeline/index.js';

describe('findChannel', () => {
  it.each([
    ['Trump wrote in a post on Truth Social.', { type: 'social-media', platform: 'Truth Social' }],
    ['Grenell posted a picture on X of himself with the men', { type: 'social-media', platform: 'X' }],
    ['Grenell wrote in his post.', { type: 'social-media', platform: null }],
    ['tweeted Trump', { type: 'social-media', platform: null }],
    ['she wrote on Facebook', { type: 'social-media', platform: 'Facebook' }],
    ['The US President told reporters he wanted', { type: 'remarks', platform: null }],
    ['he said at a news conference', { type: 'remarks', platform: null }],
    ['Maduro said in an annual speech to the judiciary late on Friday', { type: 'speech', platform: null }],
    ['she told CNN in an interview', { type: 'interview', platform: null }],
    ['a source told the Detroit News', { type: 'interview', platform: null }],
    ['she told the Detroit Lions', null],
    ['witnesses told Le Parisien newspaper that', { type: 'interview', platform: null }],
    ['she told the French daily Le Monde that', { type: 'interview', platform: null }],
    ['he told the public broadcaster NHK that', { type: 'interview', platform: null }],
    ['she told the French Open crowd that', { type: 'speech', platform: null }],
    ['she told the French team that', null],
    ['according to a Venezuelan government statement on Friday', { type: 'statement', platform: null }],
    ['the company said in a court filing', { type: 'document', platform: null }],
    ['first reported by CNN', { type: 'report', platform: null }],
    ['she told analysts on a conference call that', { type: 'remarks', platform: null }],
    ['the finance chief said on a call with analysts', { type: 'remarks', platform: null }],
    ['analysts wrote in a note to clients that', { type: 'document', platform: null }],
    ['she said she would call the analysts', null],
    ['In a video posted to Instagram on Wednesday, he called on', { type: 'social-media', platform: 'Instagram' }],
    ['the chairwoman told the meeting that', { type: 'remarks', platform: null }],
    ['he told the board members to wait', { type: 'remarks', platform: null }],
    // negative rows: plain cues name no channel; "X" is a platform only after "on"
    ['she said she would call the board', null],
    ['he said', null],
    ['according to Reuters', null],
    ['Malcolm X said', null],
    ['X marks the spot, she said', null],
  ])('%j was said through %j', (context, channel) => {
    expect(findChannel(context)).toEqual(channel);
  });
});

describe('carryPlatform', () => {
  const text = 'Richard Grenell posted a picture on X of himself. Trump wrote in a post on Truth Social. Grenell wrote in his post.';
  const sentences = [
    { start: 0, end: 49 },
    { start: 50, end: 88 },
    { start: 89, end: text.length },
  ];
  const mentions = findPlatformMentions(text, sentences);

  it.each([
    ['Richard Grenell', 89, 'X'],
    ['Donald Trump', 89, 'Truth Social'],
    // negative rows: a platform is carried forward only, and only to the same speaker
    ['Richard Grenell', 0, null],
    ['Nicolás Maduro', 89, null],
  ])('%s writing at %i posts on %j', (speaker, at, platform) => {
    expect(carryPlatform(mentions, speaker, at)).toBe(platform);
  });
});

describe('a channel named once carries to the same speaker’s next quotations', () => {
  const channelsOf = (text: string): (string | null)[] =>
    extract(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => `${q.speaker?.name ?? '?'}: ${q.channel?.type ?? 'none'}`);
  it.each([
    [
      'to the next paragraph, not the one after',
      'Mayor Helen Cho told reporters that the budget was fair.\n\n“Nobody gets everything,” Cho said.\n\n“We will get there,” Cho said.',
      ['Helen Cho: remarks', 'Helen Cho: none'],
    ],
    [
      'in the same paragraph',
      'Mayor Helen Cho told reporters that the budget was fair. “Nobody gets everything,” Cho said.',
      ['Helen Cho: remarks'],
    ],
    [
      'not to another speaker',
      'Mayor Helen Cho told reporters that the budget was fair.\n\n“It is not fair,” Derek Walsh said.',
      ['Derek Walsh: none'],
    ],
    [
      'not two paragraphs on',
      'Mayor Helen Cho said in a speech that the budget was fair.\n\nThe council met.\n\nThe vote was late.\n\n“We will get there,” Cho said.',
      ['Helen Cho: none'],
    ],
    [
      'a newly named channel replaces it',
      'Mayor Helen Cho told reporters that the budget was fair.\n\n“Nobody gets everything,” Cho wrote on X.\n\n“We will get there,” Cho said.',
      ['Helen Cho: social-media', 'Helen Cho: social-media'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(channelsOf(text)).toEqual(expected);
  });
});

describe('a claim that goes on with what its speaker was saying takes the occasion', () => {
  const claimChannels = (text: string): string[] =>
    extract(text).quotes.filter((q) => q.kind === 'indirect').map((q) => `${q.cue?.text}: ${q.channel?.type ?? 'none'}`);
  it.each([
    ['"added" in the same paragraph', 'Sen. Ana Ortiz told CNN that the bill was fair. She added that she would not support cuts.', ['told: interview', 'added: interview']],
    ['not "said", which may be another occasion', 'Sen. Ana Ortiz told CNN that the bill was fair. She said she would not support cuts.', ['told: interview', 'said: none']],
    ['not in the next paragraph', 'Sen. Ana Ortiz told CNN that the bill was fair.\n\nShe added that she would not support cuts.', ['told: interview', 'added: none']],
  ])('%s', (_what, text, expected) => {
    expect(claimChannels(text)).toEqual(expected);
  });
});
