import { countBefore, type Entity, type EntityIndex } from './entities.js';
import type { NameMention } from './name-mentions.js';
import type { SubjectPhrase } from './subject-phrase.js';

/** The people a surname written alone in `subject` could be, when more than one named in full bears it. */
export function sharedSurnameAt(index: EntityIndex, subject: SubjectPhrase): Entity[] | undefined {
  if (index.sharedSurnames.size === 0) return undefined;
  // (a mention may open before the subject: its title words)
  for (let i = Math.max(0, countBefore(index.mentions, subject.start, (x) => x.mention.start) - 1); i < index.mentions.length; i++) {
    const { mention } = index.mentions[i] as { mention: NameMention };
    if (mention.start >= subject.end) break;
    if (mention.end > subject.start && mention.name.length === 1) return index.sharedSurnames.get(mention.start);
  }
  return undefined;
}
