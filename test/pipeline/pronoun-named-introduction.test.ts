import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('"a … named X" introduces the person the description is: the sentence\'s subject', () => {
  it('"The tenant, a retired postman named Walter Brisk, shrugs. “…,” he says"', () => {
    const text = 'Estate\n\nThe tenant, a retired postman named Walter Brisk, shrugs. "Nobody listens," he says.';
    expect(recordOf(text, 'Nobody listens')?.speaker).toBe('Walter Brisk');
  });

  it('"A farmer called Hollis Brandt leans on the gate. “…,” he says"', () => {
    const text = 'Drought\n\nA farmer called Hollis Brandt leans on the gate. "The wells are dry," he says.';
    expect(recordOf(text, 'wells are dry')?.speaker).toBe('Hollis Brandt');
  });

  it('"Before that, he says, he …" after such an introduction is his too', () => {
    const text = 'Estate\n\nThe tenant, a retired postman named Walter Brisk, shrugs. Before that, he says, he lived in the tower for thirty years.';
    expect(recordOf(text, 'lived in the tower')?.speaker).toBe('Walter Brisk');
  });
});

describe('look-alikes: a description named as an object', () => {
  it('"Ruth Amsel met a postman named Walter Brisk. “…,” she said": the subject speaks', () => {
    const text = 'Estate\n\nRuth Amsel met a postman named Walter Brisk. "He was kind," she said.';
    expect(recordOf(text, 'He was kind')?.speaker).toBe('Ruth Amsel');
  });

  it('"Police arrested a man named Walter Brisk. “…,” he said": not the one arrested', () => {
    const text = 'Raid\n\nInspector Ruth Amsel led the raid. Police arrested a man named Walter Brisk. "We are pleased," she said.';
    expect(recordOf(text, 'We are pleased')?.speaker).toBe('Ruth Amsel');
  });
});
