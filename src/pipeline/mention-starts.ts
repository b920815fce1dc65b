import type { EntityIndex } from './entities.js';

const startsCache = new WeakMap<EntityIndex, number[]>();
/** Start offsets of the index's mentions, computed once per article. */
export function mentionStarts(index: EntityIndex): number[] {
  let starts = startsCache.get(index);
  if (!starts) {
    starts = index.mentions.map((x) => x.mention.start);
    startsCache.set(index, starts);
  }
  return starts;
}
