import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

/**
 * A dateline ("HULL, England — ") is no part of its sentence: a name after it and a fronted phrase
 * is still the sentence's subject, whom a later "she" goes on with. Its region ("England") is a
 * place, no short form of a body named later ("NHS England"), and a name opening with an acronym
 * ("NHS England", "BBC Wales") is a body, which a "he" or "she" never stands for.
 */
describe('datelines and bodies named with an acronym', () => {
  it.each<[what: string, text: string, words: string, speaker: string | null]>([
    ['a dateline, a fronted phrase and a progressive verb', 'Clinic\n\nHULL, England — On Tuesday, Priya Nandra was explaining the scan to a patient.\n\n"Your body is overcorrecting," she said.\n\nNHS England said that services would continue.', 'overcorrecting', 'Priya Nandra'],
    ['a dateline with an agency and a fronted phrase', 'Clinic\n\nDALLAS (AP) — Late on Friday, Priya Nandra was explaining the scan to a patient.\n\n"Your body is overcorrecting," she said.', 'overcorrecting', 'Priya Nandra'],
    ['the body named with an acronym speaks for itself', 'Clinic\n\nHULL, England — Priya Nandra was explaining the scan.\n\nNHS England said that services would continue.', 'services would continue', 'NHS England'],
    // a name opening with two capitals is a person's initials
    ['initials before a surname', 'Clinic\n\nTJ Marsh, a nurse, was explaining the scan to a patient.\n\n"Your body is overcorrecting," he said.', 'overcorrecting', 'TJ Marsh'],
  ])('%s', (_what, text, words, speaker) => {
    expect(recordsOf(text).find((r) => r.text.includes(words))?.speaker ?? null).toBe(speaker);
  });

  it('never gives "she" to a body named with an acronym', () => {
    const rows = recordsOf('Clinic\n\nHULL, England — BBC Yorkshire reported the closure first.\n\n"Your body is overcorrecting," she said.');
    expect(rows.find((r) => r.text.includes('overcorrecting'))?.speaker ?? null).toBeNull();
  });

  it('types a body named with an acronym as no person', () => {
    const rows = recordsOf('Clinic\n\nNHS England said that services would continue.');
    expect(rows.find((r) => r.text.includes('services would continue'))?.type).not.toBe('person');
  });
});
