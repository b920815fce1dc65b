import type { SpeakerLogRow } from '../store/speaker-admin.js';

const records = (n: number | undefined): string => `${n ?? 0} record${n === 1 ? '' : 's'}`;

/**
 * One speaker-log entry in plain words: "ana merged “Richard Grennell” into “Richard Grenell”
 * (2 records moved)", "ben renamed “Ric Grenell” to “Richard Grenell”".
 */
export function describeSpeakerLog(entry: Pick<SpeakerLogRow, 'userName' | 'action' | 'detail'>): string {
  const { userName: who, detail: d } = entry;
  switch (entry.action) {
    case 'merge':
      return `${who} merged “${d.from ?? '?'}” into “${d.to ?? '?'}” (${records(d.records)} moved)`;
    case 'rename':
      return `${who} renamed “${d.from ?? '?'}” to “${d.to ?? '?'}”`;
    case 'alias':
      return `${who} added the name “${d.name ?? '?'}”`;
    case 'split':
      return `${who} moved the record ${d.text ? `${d.text} ` : ''}from ${d.from ? `“${d.from}”` : 'an unknown speaker'} to “${d.to ?? '?'}”`;
    case 'not-speaker':
      return `${who} marked “${d.name ?? '?'}” as not a speaker; its ${records(d.records)} went back to the review queue`;
  }
}
