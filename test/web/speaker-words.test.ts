import { describe, expect, it } from 'vitest';
import type { SpeakerLogRow } from '../../src/store/speaker-admin.js';
import { describeSpeakerLog } from '../../src/web/speaker-words.js';

describe('describeSpeakerLog', () => {
  it.each<[SpeakerLogRow['action'], SpeakerLogRow['detail'], string]>([
    ['merge', { from: 'Richard Grennell', to: 'Richard Grenell', records: 4 }, 'ana merged “Richard Grennell” into “Richard Grenell” (4 records moved)'],
    ['merge', { from: 'A B', to: 'C D', records: 1 }, 'ana merged “A B” into “C D” (1 record moved)'],
    ['rename', { from: 'Ric Grenell', to: 'Richard Grenell' }, 'ana renamed “Ric Grenell” to “Richard Grenell”'],
    ['alias', { name: 'The Donald' }, 'ana added the name “The Donald”'],
    ['split', { from: 'Donald Trump', to: 'Eric Trump', records: 1, text: '“We won,”' }, 'ana moved the record “We won,” from “Donald Trump” to “Eric Trump”'],
    ['split', { to: 'Eric Trump', records: 1 }, 'ana moved the record from an unknown speaker to “Eric Trump”'],
    ['not-speaker', { name: 'Getty Images', records: 3 }, 'ana marked “Getty Images” as not a speaker; its 3 records went back to the review queue'],
  ])('%s %j -> %s', (action, detail, words) => {
    expect(describeSpeakerLog({ userName: 'ana', action, detail })).toBe(words);
  });
});
