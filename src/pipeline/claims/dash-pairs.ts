import type { Word } from './words.js';

/**
 * Dashes come in pairs around an inserted phrase ("the depot — a project the board backed — would
 * open in May") or alone before an afterthought ("… the depot — a costly one"). The second dash of
 * a pair closes the insertion and the clause goes on after it.
 */

/** Whether the dash at word `j` closes a pair opened by a dash among words `k..j-1`. */
export function closesDashPair(words: readonly Word[], k: number, j: number): boolean {
  let open = false;
  for (let n = k; n < j; n++) if (isDash((words[n] as Word).text)) open = !open;
  return open;
}

function isDash(text: string): boolean {
  return text === '—' || text === '–';
}
