import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/**
 * A surname's lower-case particle ("al-Ansari", "bin Talal") goes on with the name even when the
 * given name before it ends like a participle ("Majed", "Rasheed"); a real participle opening the
 * sentence ("Holding signs") still names nobody.
 */
describe('names with a lower-case particle', () => {
  it.each<[text: string, words: string, speaker: string | null]>([
    ["Talks\n\nMajed al-Ozeri, the ministry's spokesman, told reporters the talks were at a critical stage.", 'critical stage', 'Majed al-Ozeri'],
    ['Talks\n\nRasheed el-Tayeb said the ceasefire would hold through the weekend.', 'ceasefire would hold', 'Rasheed el-Tayeb'],
    ['Talks\n\nWaleed bin Tamim told reporters the ceasefire would hold.', 'ceasefire would hold', 'Waleed bin Tamim'],
    ['Talks\n\nHolding signs, protesters said the talks had failed.', 'talks had failed', 'protesters'],
  ])('%s', (text, words, speaker) => {
    expect(recordsOf(text).find((r) => r.text.includes(words))?.speaker ?? null).toBe(speaker);
  });
});
