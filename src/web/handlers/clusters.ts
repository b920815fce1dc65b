import type { Request, Response } from 'express';
import { z } from 'zod';
import { provenanceOf, rememberedDiff, type Provenance } from '../../cluster/provenance.js';
import type { ClusterAppearances } from '../../store/cluster-reads.js';
import type { AppContext } from '../context.js';
import { clusterFlags } from '../cluster-words.js';
import { idParam, parseInput } from '../params.js';

/** The wordings this process compared lately: a cluster page shows the same few on every view. */
const diffs = rememberedDiff();

/** `?from=50`: where the page of appearances starts. */
const ClusterQuery = z.object({ from: z.coerce.number().int().min(0).max(1_000_000_000).optional() });

async function provenanceFor(ctx: AppContext, req: Request): Promise<{ cluster: ClusterAppearances; provenance: Provenance }> {
  const id = idParam(req);
  const { from } = parseInput(ClusterQuery, req.query, 'page');
  const cluster = await ctx.store.clusterAppearances(id, from ?? 0);
  return { cluster, provenance: provenanceOf(cluster.earliest, cluster.appearances, cluster.variants, cluster.otherSpeakers, diffs) };
}

/** GET /clusters/:id — one statement's appearances in time order, each compared with the earliest. */
export async function showCluster(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const { cluster, provenance } = await provenanceFor(ctx, req);
  res.render('cluster', {
    title: cluster.group === 'claim' ? 'One claim across articles' : 'One quotation across articles',
    cluster,
    provenance,
    flags: clusterFlags(provenance),
  });
}

/** GET /api/clusters/:id — the same as JSON: a page of appearances with flags and word-level diffs. */
export async function apiCluster(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const { cluster, provenance: p } = await provenanceFor(ctx, req);
  const e0 = p.earliest;
  res.json({
    id: cluster.id,
    group: cluster.group,
    size: cluster.total,
    articles: cluster.articles,
    earliest: { attributionId: e0.attributionId, articleId: e0.articleId, outlet: e0.outlet, date: e0.published ?? e0.ingestedAt },
    differentSpeakers: p.differentSpeakers > 0,
    changedWording: p.changedWording > 0,
    significant: p.significant,
    appearances: p.entries.map((e) => ({
      attributionId: e.attributionId,
      articleId: e.articleId,
      articleTitle: e.articleTitle,
      outlet: e.outlet,
      published: e.published,
      ingestedAt: e.ingestedAt,
      url: e.url,
      kind: e.kind,
      text: e.text,
      speaker: { id: e.speakerId, name: e.speakerName, mention: e.speakerMention },
      reportedBy: e.reportedBy,
      earliest: e.earliest,
      differentSpeaker: e.differentSpeaker,
      changedWording: e.changedWording,
      significant: e.significant,
      diff: e.diff?.parts ?? null,
    })),
    next: cluster.next,
  });
}
