import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const find = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('a list of quoted words: the claim after it keeps its cue and its speaker', () => {
  it.each<[what: string, text: string, words: string, speaker: string]>([
    ['five song titles before the quoted claim', 'Band on tour\n\nSmith said the band’s best songs — “Blue”, “Red”, “Gold”, “Silver” and “Grey” — were “the soundtrack of a generation”.', 'soundtrack', 'Smith'],
    ['nicknames for five rivals, then a second verb of the same subject', 'Rivals\n\nTrump has called Haley “Birdbrain”, DeSantis “Ron DeSanctimonious”, Christie “Sloppy Chris”, Ramaswamy “a fraud” and Pence “a coward”, and said on Sunday the field was “pathetic”.', 'pathetic', 'Trump'],
    ['chants, then a relative clause', 'Protest\n\nPolice said the crowd shouted “Out”, “Shame”, “Traitor”, “Liar” and “Resign” at the minister, whose car was “surrounded”.', 'surrounded', 'Police'],
    ['eight film titles after "wrote that"', 'Retrospective\n\nThe critic Ana Ruiz wrote that “Heat”, “Ronin”, “Thief”, “Collateral”, “Ali”, “Manhunter”, “Blackhat” and “Tetris” were “the work of a restless mind”.', 'restless mind', 'Ana Ruiz'],
  ])('%s', (_what, text, words, speaker) => {
    expect(find(text, words)?.speaker).toBe(speaker);
  });

  it('the list and what follows it is one record, not one per quoted word', () => {
    const rows = recordsOf('Plan\n\nSmith said the plan was “bold”, “risky”, “late”, “costly” and “vague”, and that voters would find it “baffling”.');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'mixed', speaker: 'Smith', text: 'the plan was “bold”, “risky”, “late”, “costly” and “vague”, and that voters would find it “baffling”' });
  });
});

describe('pieces joined into one paraphrase only when the same clause goes on', () => {
  it('"…, but economists remained “sceptical”": the first speaker\'s own words stay a record of their own', () => {
    const r = recordsOf('Economy\n\nMinisters said the economy was “turning a corner”, but economists remained “sceptical”.');
    expect(r.find((x) => x.text === 'the economy was “turning a corner”')?.speaker).toBe('Ministers');
  });

  it('"…, a claim the government rejected as “nonsense”": the critics\' words stay apart', () => {
    const r = recordsOf('Bill\n\nCritics called the bill “cruel”, “unworkable”, a claim the government rejected as “nonsense”.');
    expect(r.find((x) => x.text === 'the bill “cruel”, “unworkable”')?.speaker).toBe('Critics');
  });

  it('a quotation cut from a longer one and set off for its own attribution is no list item', () => {
    const r = recordsOf('Verdict\n\nMs Patel called the verdict “a disgrace”, “…the darkest day for this court in decades,” her lawyer added.');
    expect(r.find((x) => x.text === 'the verdict “a disgrace”')?.speaker).toBe('Patel');
  });
});

describe('"…, but economists remained “sceptical”": a contrast with a subject of its own ends the first speaker\'s words', () => {
  it.each<[sentence: string, first: string, word: string]>([
    ['Ministers said the economy was “turning a corner”, but economists remained “sceptical”.', 'Ministers', 'sceptical'],
    ['The company described the quarter as “exceptional”, although investors were “unimpressed”.', 'The company', 'unimpressed'],
    ['The agency said the vaccine was “safe and effective”, yet many parents stayed “wary”.', 'The agency', 'wary'],
    ['The chief executive called the results “encouraging”, though analysts were “less sure”.', 'The chief executive', 'less sure'],
    ['Smith described the texts as “private jokes”, but the committee found them “deeply offensive”.', 'Smith', 'deeply offensive'],
    ['Lee said the bill was “fair”, but Jones was “unconvinced”.', 'Lee', 'unconvinced'],
    ['The prime minister called the strike “unnecessary”, whereas the opposition thought it “a disaster”.', 'The prime minister', 'a disaster'],
    ['The coach said the team looked “sharp”, but the crowd seemed “restless”.', 'The coach', 'restless'],
  ])('%s', (sentence, first, word) => {
    const rows = recordsOf(`Reaction\n\n${sentence}`);
    expect(rows.some((r) => r.speaker === first)).toBe(true);
    expect(rows.filter((r) => r.text.includes(word) && r.speaker === first)).toEqual([]);
  });

  it.each<[sentence: string, word: string]>([
    ['Smith said the plan was “bold”, but the timing was “wrong”.', 'wrong'],
    ['Smith said the plan was “bold”, but it was also “far too late”.', 'far too late'],
    ['Lee said the bill was “fair”, but that the vote was “rushed”.', 'rushed'],
  ])('a subject that holds no view goes on with the first speaker\'s words: %s', (sentence, word) => {
    const rows = recordsOf(`Reaction\n\n${sentence}`);
    expect(rows.find((r) => r.text.includes(word))?.speaker).toMatch(/^(?:Smith|Lee)$/u);
  });
});
