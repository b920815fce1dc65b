import { lastIndexBefore, type EntityIndex } from './entities.js';
import { mentionStarts } from './mention-starts.js';
import { FEMALE_HEADS, MALE_HEADS } from './noun-gender.js';
import { indexAt, type Segmentation } from './segment.js';
import { PERSON_NOUNS } from './source-lexicons.js';
import { ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import type { SubjectPhrase } from './subject-phrase.js';
import type { PriorSpeaker, ResolvedSpeaker } from './coref.js';

/** `resolvePronoun` of coref.ts, passed in (it calls back into this module). */
export type ResolvePronoun = (text: string, index: EntityIndex, seg: Segmentation, pronoun: SubjectPhrase, prior: readonly PriorSpeaker[]) => ResolvedSpeaker | null;

const GENDER_OF: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

/**
 * "Donald Trump won by 20 points. ¶ He nodded only obliquely to his finish in Iowa. ¶ “…,” he
 * said": with nobody to refer to nearby, a "he" goes on with the "he" that opens a sentence just
 * before it, and so with whoever that one refers to (the topic of consecutive sentences with the
 * same pronoun as subject stays the same). Not when someone of the pronoun's gender is named after
 * that sentence, nor when the earlier pronoun is itself unsettled.
 */
export function chainedPronoun(text: string, index: EntityIndex, seg: Segmentation, pronoun: SubjectPhrase, prior: readonly PriorSpeaker[], depth: number, resolve: ResolvePronoun): ResolvedSpeaker | null {
  const g = GENDER_OF[pronoun.text.toLowerCase()];
  if (depth <= 0 || g === undefined) return null;
  const { sentences, paragraphs } = seg;
  const here = indexAt(paragraphs, pronoun.start);
  // (not a pronoun opening a quotation: "“He gave this club everything,” one director said")
  const opening = g === 'm' ? /^[\s(]*(He)\s+\p{Ll}/u : /^[\s(]*(She)\s+\p{Ll}/u;
  for (let si = indexAt(sentences, pronoun.start) - 1; si >= 0; si--) {
    const s = sentences[si];
    if (!s || here - indexAt(paragraphs, s.start) > 1) return null;
    const m = opening.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
    // a sentence between about someone else unnamed ("The visiting goalkeeper was less happy",
    // "Her daughter lives next door") may have brought in the one speaking
    if (!m) {
      if (mentionsPerson(text, s)) return null;
      continue;
    }
    const at = s.start + m[0].indexOf(m[1] as string);
    // someone of that gender named since the earlier pronoun's sentence may be the one meant
    for (let k = lastIndexBefore(mentionStarts(index), s.end) + 1; k < index.mentions.length; k++) {
      const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
      if (mention.start >= pronoun.start) break;
      if (!mention.inQuote && entity.type === 'person' && (entity.gender === null || entity.gender === g)) return null;
    }
    const earlier: SubjectPhrase = { text: m[1] as string, start: at, end: at + (m[1] as string).length, kind: 'pronoun', role: null, apposition: false, titled: false };
    const found = resolve(text, index, seg, earlier, prior) ?? chainedPronoun(text, index, seg, earlier, prior, depth - 1, resolve);
    if (!found?.speaker.name || found.note === 'ambiguous' || found.note === 'unresolved' || found.note === 'described' || found.laterRival) return null;
    const speaker = { name: found.speaker.name, mention: pronoun.text, start: pronoun.start, end: pronoun.end, type: found.speaker.type };
    return { speaker, via: 'pronoun', entity: found.entity, note: 'chain', at: found.at };
  }
  return null;
}

/** Whether a sentence speaks of a person by a noun ("the goalkeeper", "Her daughter", "The victim"). */
function mentionsPerson(text: string, s: { start: number; end: number }): boolean {
  for (const m of text.slice(s.start, Math.min(s.end, s.start + 300)).matchAll(/\b\p{Ll}[\p{Ll}-]+\b/gu)) if (PERSON_NOUNS.has(m[0]) || ROLE_NOUNS.has(m[0]) || FEMALE_HEADS.has(m[0]) || MALE_HEADS.has(m[0])) return true;
  return false;
}
