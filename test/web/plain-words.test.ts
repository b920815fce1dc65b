import { describe, expect, it } from 'vitest';
import type { ReviewableFields } from '../../src/store/rows.js';
import { channelLabel, confidenceLabel, describeReview, kindLabel, whyThisSpeaker } from '../../src/web/plain-words.js';

const fields: ReviewableFields = {
  speaker: null,
  kind: 'direct',
  sourceType: 'person',
  channelType: 'remarks',
  channelPlatform: null,
  reportedBy: 'CNN',
  reportedByType: 'news-outlet',
  status: 'unreviewed',
  note: null,
};

describe('plain words', () => {
  it.each([
    ['direct', 'Quote'],
    ['mixed', 'Partial quote'],
    ['indirect', 'Paraphrase'],
  ] as const)('kind %s is shown as %s', (kind, label) => expect(kindLabel(kind)).toBe(label));

  it.each([
    [0.95, 'high'],
    [0.8, 'high'],
    [0.79, 'medium'],
    [0.5, 'medium'],
    [0.3, 'low'],
  ] as const)('confidence %d is %s', (c, label) => expect(confidenceLabel(c)).toBe(label));

  it.each([
    ['social-media', 'Truth Social', 'a post on Truth Social'],
    ['social-media', null, 'a post on social media'],
    ['speech', null, 'a speech'],
    [null, null, ''],
  ] as const)('channel %s on %s reads "%s"', (type, platform, words) => expect(channelLabel(type, platform)).toBe(words));

  const why: [string, Parameters<typeof whyThisSpeaker>[0], string][] = [
    ['a doubt wins', { rule: 'pronoun', cueText: 'said', speakerMention: 'he', speakerName: null, doubtReason: '“he” could be A or B.' }, '“he” could be A or B.'],
    ['a name by the verb', { rule: 'cue-name', cueText: 'said', speakerMention: 'Trump', speakerName: 'Donald Trump', doubtReason: null }, 'Named right next to “said”.'],
    ['a pronoun', { rule: 'pronoun', cueText: 'said', speakerMention: 'he', speakerName: 'Derek Walsh', doubtReason: null }, '“he” refers back to Derek Walsh, the nearest person named before who fits.'],
    ['quoted words in what the subject did', { rule: 'clause-subject', cueText: 'bemoaned', speakerMention: 'Rubio', speakerName: 'Marco Rubio', doubtReason: null }, 'The quoted words sit in what “Rubio” “bemoaned”, with nobody else named in between.'],
    ['a fronted opinion frame', { rule: 'claim-according-to-front', cueText: 'view', speakerMention: 'their', speakerName: 'Democrats', doubtReason: null }, 'Given as the source’s view (“in their view, …”) before the claim.'],
    ['a fronted poll', { rule: 'claim-according-to-front', cueText: 'In', speakerMention: 'a new poll', speakerName: null, doubtReason: null }, 'Attributed with “according to” before the claim.'],
    ['an unknown rule never shows its name', { rule: 'brand-new-sieve', cueText: null, speakerMention: null, speakerName: null, doubtReason: null }, 'Found by saidby’s attribution rules.'],
  ];
  it.each(why)('why this speaker: %s', (_name, a, words) => expect(whyThisSpeaker(a)).toBe(words));

  it.each([
    ['a speaker named for an unknown “he”', 'correct', { speaker: 'Derek Walsh', status: 'corrected' }, 'ana changed the speaker from unknown (“he”) to Derek Walsh'],
    ['a confirmation', 'confirm', { status: 'confirmed' }, 'ana confirmed it'],
    ['a rejection', 'reject', { status: 'rejected' }, 'ana rejected it'],
    ['who relayed it, and its type', 'correct', { reportedBy: 'Reuters', reportedByType: 'organization' }, 'ana changed who relayed it from CNN to Reuters and the type of who relayed it from news outlet to organization'],
  ] as const)('the audit says %s in words', (_name, action, after, words) => {
    expect(describeReview({ userName: 'ana', action, before: fields, after: { ...fields, ...after } }, 'he')).toBe(words);
  });
});
