/**
 * Clusters in plain words: "also in 3 articles", what a changed wording touches, and the cluster
 * as the JSON API gives it (`cluster: {id, size, articles, earliest}`).
 */
import type { Provenance } from '../cluster/provenance.js';
import type { Significance } from '../cluster/variants.js';
import type { ClusterSummary } from '../store/cluster-reads.js';

/** How many other articles carry a record's words; 0 when none (the list then says nothing). */
export function otherArticles(cluster: ClusterSummary | undefined): number {
  return cluster ? Math.max(0, cluster.articles - 1) : 0;
}

/** "also in 1 article", "also in 12 articles". */
export function alsoIn(n: number): string {
  return `also in ${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`;
}

const SIGNIFICANCE_WORDS: Record<Significance, string> = {
  number: 'a number',
  negation: 'a negation (not, never, no)',
  name: 'a name',
};

/** "a number and a name changed". */
export function changedWords(significant: readonly Significance[]): string {
  const words = significant.map((s) => SIGNIFICANCE_WORDS[s]);
  if (words.length === 0) return 'other words changed';
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `${list} changed`;
}

/** The cluster page's headline facts, in sentences. */
export function clusterFlags(p: Provenance): string[] {
  const flags: string[] = [];
  const others = p.differentSpeakers;
  if (others > 0) flags.push(`Given to another speaker in ${others.toLocaleString('en')} appearance${others === 1 ? '' : 's'}.`);
  const changed = p.changedWording;
  if (changed > 0) flags.push(`Worded differently in ${changed.toLocaleString('en')} appearance${changed === 1 ? '' : 's'}: ${changedWords(p.significant)}.`);
  return flags;
}
